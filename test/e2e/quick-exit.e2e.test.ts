import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

// Runs against the built CDN file (npm test builds first), served with the strict
// Content-Security-Policy `default-src 'self'`, as a deployer's page would be.
let browser: Browser;
// Playwright turns the back-forward cache off by default; Back from a real exit must be tested
// with it on, since that is how most people's browsers return to the page.
let browserWithCache: Browser;
let server: import('node:http').Server;
let base: string;

const PAGE = '/test/e2e/pages/quick-exit.html';
const SLOTTED = '/test/e2e/pages/quick-exit-slotted.html';
const NEUTRAL = '/test/e2e/pages/quick-exit-neutral.html';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  browserWithCache = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  ({ server, url: base } = await startStaticServer({ root: '.' }));
});
afterAll(async () => {
  await browser?.close();
  await browserWithCache?.close();
  server?.close();
});

/**
 * Opens a page and records, across navigations, what a deployer would worry about: console
 * errors, uncaught errors and Content-Security-Policy violations.
 */
async function open(path: string, context: Browser | BrowserContext = browser) {
  const page = await context.newPage();
  const problems = { consoleErrors: [] as string[], pageErrors: [] as string[], violations: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.exposeFunction('reportViolation', (violation: string) => problems.violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (v: string) => void }).reportViolation;
    document.addEventListener('securitypolicyviolation', (event) => report(`${event.violatedDirective} ${event.blockedURI}`));
    addEventListener('pageshow', (event) => {
      (window as unknown as { shows: boolean[] }).shows = [...((window as unknown as { shows?: boolean[] }).shows ?? []), event.persisted];
    });
  });
  await page.goto(`${base}${path}`);
  return { page, problems };
}

const upgraded = (page: Page) =>
  page.waitForFunction(() => document.querySelector('cop-quick-exit')?.shadowRoot?.querySelector('[part="link"]'));

/** What a person sees of the page: the overlay's text and size, and whether the content shows. */
function whatIsShown() {
  const overlay = document.querySelector<HTMLElement>('body > [role="alert"]');
  const box = overlay?.getBoundingClientRect();
  return {
    overlay: overlay?.textContent ?? null,
    coversViewport: box ? box.width === innerWidth && box.height === innerHeight && box.top === 0 : false,
    overlayBackground: overlay ? getComputedStyle(overlay).backgroundColor : null,
    contentVisible: document.getElementById('content')!.checkVisibility(),
    quickExitVisible: document.querySelector('cop-quick-exit')!.checkVisibility(),
  };
}

/**
 * Holds the request for the neutral page and reports what the page being left shows once its
 * overlay has text (Playwright cannot evaluate in a page while its navigation is pending).
 */
async function watchLeaving(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${NEUTRAL}`, async (route) => {
    await released;
    await route.continue();
  });
  let shown!: (state: ReturnType<typeof whatIsShown>) => void;
  const seen = new Promise<ReturnType<typeof whatIsShown>>((resolve) => (shown = resolve));
  await page.exposeFunction('reportShown', shown);
  // Evaluated through the DevTools protocol, which the page's policy (no 'unsafe-eval') does not govern.
  await page.evaluate(`window.whatIsShown = ${whatIsShown.toString()}`);
  await page.evaluate(() => {
    const page = window as unknown as { whatIsShown: () => unknown; reportShown: (state: unknown) => void };
    const observer = new MutationObserver(() => {
      if (!document.querySelector('body > [role="alert"]')?.textContent) return;
      observer.disconnect();
      page.reportShown(page.whatIsShown());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return { seen, release };
}

describe('leaving through <cop-quick-exit> under Content-Security-Policy: default-src \'self\'', () => {
  it('leaves on a click, blanking the page first, with no violation or error', async () => {
    const { page, problems } = await open(PAGE);
    await upgraded(page);
    const { seen, release } = await watchLeaving(page);
    // Playwright's click waits for the navigation it starts, which is being held.
    const clicked = page.locator('cop-quick-exit').getByRole('link', { name: 'Emergency Exit this page' }).click();
    expect(await seen).toEqual({
      overlay: 'Loading.',
      coversViewport: true,
      overlayBackground: 'rgb(255, 255, 255)',
      contentVisible: false,
      quickExitVisible: false,
    });
    release();
    await clicked;
    await page.waitForURL(`**${NEUTRAL}`);
    expect(await page.locator('h1').textContent()).toBe('Weather');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], violations: [] });
    await page.close();
  });

  it('leaves on Enter, the first Tab stop of the page', async () => {
    const { page, problems } = await open(PAGE);
    await upgraded(page);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'));
    expect(focused).toBe('link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${NEUTRAL}`);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], violations: [] });
    await page.close();
  });

  it('leaves when Shift is pressed three times, wherever focus is', async () => {
    const { page, problems } = await open(PAGE);
    await upgraded(page);
    await page.locator('#after').focus();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(page.url()).toBe(`${base}${PAGE}`);
    await page.keyboard.press('Shift');
    await page.waitForURL(`**${NEUTRAL}`);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], violations: [] });
    await page.close();
  });

  it('uses the link written inside the element as its destination', async () => {
    const { page, problems } = await open(SLOTTED);
    await upgraded(page);
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await page.waitForURL(`**${NEUTRAL}`);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], violations: [] });
    await page.close();
  });

  it('still leaves without JavaScript, through the link written inside the element', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${SLOTTED}`);
    expect(await page.evaluate(() => customElements.get('cop-quick-exit'))).toBeUndefined();
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(`**${NEUTRAL}`);
    expect(await page.locator('h1').textContent()).toBe('Weather');
    await context.close();
  });
});

describe('coming Back after leaving', () => {
  for (const [label, cached] of [
    ['from the back-forward cache', true],
    ['reloaded from history', false],
  ] as const) {
    it(`shows the page again, not a blank one (${label})`, async () => {
      const { page, problems } = await open(PAGE, cached ? browserWithCache : browser);
      await upgraded(page);
      await page.locator('cop-quick-exit').getByRole('link').click();
      await page.waitForURL(`**${NEUTRAL}`);

      await page.goBack({ waitUntil: 'commit' });
      await upgraded(page);
      await page.waitForFunction(() => !document.querySelector('body > [role="alert"]'), undefined, { timeout: 5000 });
      expect(await page.evaluate(() => (window as unknown as { shows: boolean[] }).shows.at(-1))).toBe(cached);
      expect(await page.evaluate(whatIsShown)).toMatchObject({ overlay: null, contentVisible: true, quickExitVisible: true });
      expect(await page.evaluate(() => document.body.className)).toBe('');

      // and the quick exit works again
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForURL(`**${NEUTRAL}`);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], violations: [] });
      await page.close();
    });
  }
});
