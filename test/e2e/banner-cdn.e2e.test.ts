import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

// Runs against the built files in dist/ (npm test builds first), as a deployer's page would.
let browser: Browser;
const servers: { server: import('node:http').Server; url: string }[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  servers.push(await startStaticServer({ root: '.' }));
  servers.push(await startStaticServer({ root: '.', csp: null }));
});
afterAll(async () => {
  await browser?.close();
  for (const { server } of servers) server.close();
});

/** Opens a page and records what a deployer would worry about. */
async function open(url: string) {
  const page = await browser.newPage();
  const problems = { consoleErrors: [] as string[], warnings: [] as string[], pageErrors: [] as string[], foreignRequests: [] as string[] };
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.foreignRequests.push(request.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(url);
  return { page, problems };
}

const bannerText = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('cop-campaign-banner');
    return el?.shadowRoot?.querySelector('[part="base"]') ? el.textContent!.replace(/\s+/g, ' ').trim() : null;
  });

describe('the CDN file under Content-Security-Policy: default-src \'self\'', () => {
  it('renders, dismisses by keyboard, remembers on reload, with no error, violation or foreign request', async () => {
    const { page, problems } = await open(`${servers[0].url}/test/e2e/pages/csp-banner.html`);
    await page.waitForFunction(() => document.querySelector('cop-campaign-banner')?.shadowRoot?.querySelector('[part="dismiss"]'));
    expect(await bannerText(page)).toBe('Stay safe online Talk with your children about the apps they use.');

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Dismiss campaign message');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('cop-campaign-banner')!.shadowRoot!.querySelector('[part="base"]'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after');

    await page.reload();
    await page.waitForFunction(() => customElements.get('cop-campaign-banner'));
    await page.waitForTimeout(200);
    expect(await bannerText(page)).toBeNull();
    expect(await page.evaluate(() => sessionStorage.getItem('cop-widgets:banner:x@0'))).toBe('1');

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], warnings: [], pageErrors: [], foreignRequests: [] });
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
    await page.close();
  });

  it('loads Arabic strings from a lazy chunk, under the same policy', async () => {
    const { page, problems } = await open(`${servers[0].url}/test/e2e/pages/csp-banner.html`);
    await page.waitForFunction(() => customElements.get('cop-campaign-banner'));
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'ar'));
    const label = await page.waitForFunction(() => {
      const button = document.querySelector('cop-campaign-banner')!.shadowRoot!.querySelector('[part="dismiss"]');
      const text = button?.getAttribute('aria-label');
      return text !== 'Dismiss campaign message' && text;
    });
    expect(await label.jsonValue()).toBe('إغلاق رسالة الحملة');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('two copies of the library on one page', () => {
  it('throws nothing: the CDN file twice and the npm build beside it', async () => {
    const { page, problems } = await open(`${servers[1].url}/test/e2e/pages/two-copies.html`);
    await page.waitForFunction(() => document.querySelector('cop-campaign-banner')?.shadowRoot?.querySelector('[part="base"]'));
    await page.waitForTimeout(300);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // Each copy after the first says once, naming the versions, that it stood aside.
    const standAside = problems.warnings.filter((w) => w.includes('<cop-campaign-banner> is already registered by cop-widgets 0.1.0'));
    expect(standAside).toHaveLength(2);
    expect(await bannerText(page)).toBe('One banner, three copies of the library.');
    await page.close();
  });
});
