import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { useBrowserAndServer } from './harness.js';

// The embed builder (demo/builder.html), served as `npm start` serves it: under
// Content-Security-Policy: default-src 'self', against the built dist/.
const served = useBrowserAndServer();

const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8')) as Record<string, string>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const CDN_LOADER = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/loader.js`;

type Watched = { page: Page; problems: string[]; violations: () => Promise<string[]> };

/** Opens a page that records console errors and warnings, page errors and CSP violations. */
async function watch(browser: Browser, url: string, options: BrowserContextOptions = {}, before?: (page: Page) => Promise<unknown>): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror ${error.message}`));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()} ${message.text()}`));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { violations: string[] }).violations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await before?.(page);
  await page.goto(url);
  return { page, problems, violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations) };
}

async function openBuilder(options: BrowserContextOptions = {}, before?: (page: Page) => Promise<unknown>): Promise<Watched> {
  const watched = await watch(served.browser, `${served.url}/demo/builder.html`, options, before);
  await watched.page.waitForSelector('html[data-ready]');
  return watched;
}

const snippetOf = (page: Page) => page.locator('#snippet').inputValue();

describe('the embed builder', () => {
  it('configures a banner in Arabic, previews it, and gives a CDN snippet that works as pasted', async () => {
    const { page, problems, violations } = await openBuilder();

    await page.getByRole('radio', { name: /Campaign banner/ }).check();
    await page.getByLabel('campaign', { exact: true }).fill('sid-2027');
    await page.getByLabel('variant', { exact: true }).selectOption('warning');
    await page.getByLabel('Language of the element').selectOption('ar');
    await page.getByLabel(/Primary colour/).fill('#8a1538');

    // The preview: the configured element, in Arabic, right to left, with the token set through CSSOM.
    const preview = page.locator('#preview cop-campaign-banner');
    await expect.poll(() => preview.getAttribute('lang')).toBe('ar');
    expect(await preview.getAttribute('campaign')).toBe('sid-2027');
    expect(await preview.getAttribute('variant')).toBe('warning');
    expect(await preview.evaluate((el: HTMLElement) => el.style.getPropertyValue('--cop-color-primary'))).toBe('#8a1538');
    await expect
      .poll(() => preview.evaluate((el) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') ?? null))
      .toBe('rtl');

    // The CDN snippet: pinned version, the real SRI hash of loader.js, the token block and the markup.
    const snippet = await snippetOf(page);
    expect(sri['loader.js']).toMatch(/^sha384-[A-Za-z0-9+/]+=*$/);
    expect(snippet).toContain(
      `<script type="module" src="${CDN_LOADER}" integrity="${sri['loader.js']}" crossorigin="anonymous"></script>`,
    );
    expect(snippet).toContain('<style>\n  cop-campaign-banner {\n    --cop-color-primary: #8a1538;\n  }\n</style>');
    const markup = snippet.slice(snippet.indexOf('<cop-campaign-banner'));
    expect(markup).toBe(
      [
        '<cop-campaign-banner lang="ar" campaign="sid-2027" variant="warning">',
        '  <span slot="heading">Safer Internet Day is on 9 February</span>',
        '  <p>Join a free evening session for parents and carers.</p>',
        '  <a slot="actions" href="https://example.org/sessions">Find a session</a>',
        '</cop-campaign-banner>',
      ].join('\n'),
    );
    const styleHash = await page.locator('#snippet-notes').getAttribute('data-style-hash');
    expect(styleHash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    await expect.poll(() => page.locator('#snippet-notes').textContent()).toContain(`'${styleHash}'`);

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();

    // The snippet, pasted into a fresh page on this origin: only the script's host is changed (to this
    // build's loader.js, whose bytes the integrity hash names); the policy allows nothing but this
    // origin and the <style> block's hash, as the builder's note says.
    const pastedUrl = `${served.url}/pasted-snippet.html`;
    const local = snippet.replace(CDN_LOADER, '/dist/cdn/loader.js');
    expect(local).not.toBe(snippet);
    const pasted = await watch(served.browser, pastedUrl, {}, (fresh) =>
      fresh.route(pastedUrl, (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `${STRICT_CSP}; style-src 'self' '${styleHash}'` },
          body: `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Pasted</title></head>\n<body>\n${local}\n</body>\n</html>\n`,
        }),
      ),
    );
    const foreign: string[] = [];
    pasted.page.on('request', (request) => new URL(request.url()).origin !== served.url && foreign.push(request.url()));
    await pasted.page.waitForFunction(() => document.querySelector('cop-campaign-banner')?.shadowRoot?.querySelector('[part="base"]'));
    const rendered = await pasted.page.evaluate(() => {
      const banner = document.querySelector('cop-campaign-banner')!;
      const base = banner.shadowRoot!.querySelector('[part="base"]')!;
      return {
        integrity: document.querySelector('script')!.integrity,
        dir: base.getAttribute('dir'),
        heading: banner.querySelector('[slot="heading"]')!.textContent,
        primary: getComputedStyle(banner).getPropertyValue('--cop-color-primary').trim(),
        variant: banner.getAttribute('variant'),
      };
    });
    expect(rendered).toEqual({
      integrity: sri['loader.js'],
      dir: 'rtl',
      heading: 'Safer Internet Day is on 9 February',
      primary: '#8a1538',
      variant: 'warning',
    });
    expect(await pasted.violations()).toEqual([]);
    expect(pasted.problems).toEqual([]);
    expect(foreign).toEqual([]);
    await pasted.page.context().close();
  });

  it('gives an npm snippet with escaped markup, and copies it', async () => {
    const { page, problems, violations } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });

    await page.getByRole('radio', { name: /Campaign banner/ }).check();
    await page.getByLabel('Heading', { exact: true }).fill('Tips & "tricks" <for> parents');
    await page.getByRole('radio', { name: /Tip carousel/ }).check();
    await page.getByRole('checkbox', { name: 'contact', exact: true }).check();
    await page.getByLabel('picker', { exact: true }).selectOption('tabs');
    await page.getByRole('radio', { name: /^npm/ }).check();
    let snippet = await snippetOf(page);
    expect(snippet).toContain('npm install cop-widgets');
    expect(snippet).toContain("import 'cop-widgets/tip-carousel.js';");
    expect(snippet).toContain('<cop-tip-carousel lang="en" risks="contact" picker="tabs"></cop-tip-carousel>');
    expect(snippet).not.toContain('<script');
    await expect.poll(() => page.locator('#preview cop-tip-carousel').getAttribute('picker')).toBe('tabs');

    // Back to the banner: its choices were kept, and text is escaped in the markup.
    await page.getByRole('radio', { name: /Campaign banner/ }).check();
    snippet = await snippetOf(page);
    expect(snippet).toContain('<span slot="heading">Tips &amp; "tricks" &lt;for&gt; parents</span>');
    await page.getByLabel('campaign', { exact: true }).fill('a"b&c');
    snippet = await snippetOf(page);
    expect(snippet).toContain('campaign="a&quot;b&amp;c"');

    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied.' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippetOf(page));

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('at 320 px: no sideways scrolling; without the clipboard it selects the text; the quick exit stays in the preview', async () => {
    const { page, problems, violations } = await openBuilder({ viewport: { width: 320, height: 640 } }, (fresh) =>
      fresh.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      }),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Select the text and copy it.');
    const selection = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { id: area.id, all: area.selectionStart === 0 && area.selectionEnd === area.value.length };
    });
    expect(selection).toEqual({ id: 'snippet', all: true });

    // Keyboard only: choose the quick exit with the arrow keys, then press Shift three times.
    await page.getByRole('radio', { name: /Campaign banner/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /Quick exit/ }).isChecked()).toBe(true);
    await page.waitForFunction(() => document.querySelector('#preview cop-quick-exit')?.shadowRoot?.querySelector('[part="link"]'));
    expect(await snippetOf(page)).toContain(
      '<cop-quick-exit lang="en" href="https://www.wikipedia.org/">\n  <a href="https://www.wikipedia.org/">Exit this page</a>\n</cop-quick-exit>',
    );
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(() => page.locator('#preview-status').textContent()).toContain('would now blank and leave');
    expect(new URL(page.url()).pathname).toBe('/demo/builder.html');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
