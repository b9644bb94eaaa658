import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './harness.js';

// Every element from the single CDN file, on a page with Content-Security-Policy: default-src 'self'.
const served = useBrowserAndServer();

describe('all five elements under a strict CSP', () => {
  for (const lang of ['en', 'ar']) {
    it(`${lang}: render, make no foreign request, set no cookie, write only cop-widgets keys, and break no policy`, async () => {
      const page = await served.browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror ${error.message}`));
      page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()} ${message.text()}`));
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        const list: string[] = [];
        (window as unknown as { violations: string[] }).violations = list;
        document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${served.url}/test/e2e/pages/all-elements.html`);
      if (lang === 'ar') await page.evaluate(() => document.documentElement.setAttribute('lang', 'ar'));
      await page.waitForFunction(() =>
        ['cop-campaign-banner', 'cop-risk-quiz', 'cop-tip-carousel', 'cop-helpline-finder', 'cop-quick-exit'].every(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
        ),
      );
      await page.waitForFunction(() => document.querySelector('cop-helpline-finder')!.shadowRoot!.querySelector('[part="helpline"]'));
      // Use the quiz once, so its code paths and the carousel's reordering run too.
      await page.evaluate(() => {
        const quiz = document.querySelector('cop-risk-quiz')!.shadowRoot!;
        (quiz.querySelector('.actions button') as HTMLButtonElement).click();
      });
      await page.waitForTimeout(300);
      const storage = await page.evaluate(() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)]);
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      const cookies = await page.context().cookies();
      await page.close();

      expect(problems).toEqual([]);
      expect(violations).toEqual([]);
      expect(cookies).toEqual([]);
      expect(storage.every((key) => key.startsWith('cop-widgets:'))).toBe(true);
      expect(requests.filter((url) => new URL(url).origin !== served.url)).toEqual([]);
    });
  }
});
