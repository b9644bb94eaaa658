import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { STRICT_CSP, startStaticServer } from '../../scripts/static-server.mjs';
import { recordQuality } from '../quality/node.js';
import { bannerShown, carouselCounter, completeQuiz, helplinesShown, renderedElements, SHIPPED_LOCALES, upgraded } from './drive.js';
import { useBrowserAndServer } from './harness.js';

// Every element from the single CDN file, on a page with Content-Security-Policy: default-src 'self'
// (no 'unsafe-inline', no 'unsafe-eval'), in every shipped language, used as a person uses it.
const served = useBrowserAndServer();

// The same page once more with Trusted Types required: what a site that has turned them on sends.
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;
let trusted: { server: import('node:http').Server; url: string };
beforeAll(async () => {
  trusted = await startStaticServer({ root: '.', csp: TRUSTED_TYPES_CSP });
});

// Trusted Types in two languages (one of each direction) by default; in all six with COP_FULL=1.
const FULL = process.env.COP_FULL === '1';
const TRUSTED_TYPES_LOCALES: readonly string[] = FULL ? SHIPPED_LOCALES : ['en', 'ar'];

const tally = { pages: 0, elements: 0, locales: new Set<string>(), interactions: 0, violations: 0, cspConsoleErrors: 0, uncaught: 0 };
afterAll(() => {
  trusted?.server.close();
  recordQuality({
    id: 'csp-all-elements',
    area: 'Strict CSP',
    check:
      "All five elements from dist/cdn/cop-widgets.js and through dist/cdn/loader.js, used to the end (quiz completed, carousel moved, finder filtered, banner dismissed, quick exit taken), in the 6 shipped languages under `default-src 'self'` (no unsafe-inline, no unsafe-eval), and with Trusted Types required as well " +
      (FULL ? '(full matrix: 6 languages)' : '(fast subset: en and ar; COP_FULL=1 for all 6)'),
    figures: {
      pages: tally.pages,
      elements: tally.elements,
      locales: tally.locales.size,
      interactions: tally.interactions,
      violations: tally.violations,
      'console CSP errors': tally.cspConsoleErrors,
      'uncaught errors': tally.uncaught,
    },
    failures: ['violations', 'console CSP errors', 'uncaught errors'],
  });
});

/** Uses every element once; returns the number of things done. Ends on the quick exit's page. */
async function useEveryElement(page: Page): Promise<number> {
  const quiz = page.locator('cop-risk-quiz');
  const carousel = page.locator('cop-tip-carousel');
  const finder = page.locator('cop-helpline-finder');
  const banner = page.locator('cop-campaign-banner');
  let done = 0;

  await completeQuiz(quiz);
  done++;
  // After the quiz the carousel leads with tips for what it showed; then it moves on.
  await expect.poll(() => carousel.locator('[part="reason"]').count()).toBe(1);
  const before = await carouselCounter(carousel);
  await carousel.locator('[part="next"]').click();
  expect(await carouselCounter(carousel)).not.toBe(before);
  done++;
  await quiz.locator('[part="help"]').click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder');
  done++;
  const listed = await helplinesShown(finder);
  expect(listed).toBeGreaterThan(0);
  await finder.locator('[part="search"]').fill('zzzz');
  await expect.poll(() => helplinesShown(finder)).toBe(0);
  await finder.locator('[part="search"]').fill('');
  await expect.poll(() => helplinesShown(finder)).toBe(listed);
  done++;
  await banner.locator('[part="dismiss"]').click();
  await expect.poll(() => bannerShown(banner)).toBe(false);
  done++;
  await page.locator('cop-quick-exit').locator('[part="link"]').click();
  await page.waitForURL('**/quick-exit-neutral.html');
  done++;
  return done;
}

// Through the single file, and through the autoloader (one module per element, with the
// languages, packs and helpline files each of those loads from its own folder).
const ENTRIES = [
  { file: 'cop-widgets.js', query: '' },
  { file: 'loader.js', query: '&via=loader' },
] as const;

describe('all five elements under a strict CSP', () => {
  for (const entry of ENTRIES) {
    for (const policy of ['strict', 'trusted-types'] as const) {
      for (const lang of policy === 'strict' ? SHIPPED_LOCALES : TRUSTED_TYPES_LOCALES) {
        it(`${entry.file}, ${lang}, ${policy === 'strict' ? "default-src 'self'" : 'Trusted Types required'}: render and work, make no foreign request, set no cookie, write only cop-widgets keys, and break no policy`, async () => {
          const base = policy === 'strict' ? served.url : trusted.url;
          const context = await served.browser.newContext();
          const page = await context.newPage();
          const problems: string[] = [];
          const violations: string[] = [];
          const requests: string[] = [];
          let cspConsoleErrors = 0;
          let uncaught = 0;
          page.on('pageerror', (error) => {
            uncaught++;
            problems.push(`pageerror ${error.message}`);
          });
          page.on('console', (message) => {
            if (!['error', 'warning'].includes(message.type())) return;
            if (/Content.Security.Policy|Trusted ?Type/i.test(message.text())) cspConsoleErrors++;
            problems.push(`${message.type()} ${message.text()}`);
          });
          page.on('request', (request) => requests.push(request.url()));
          // Reported to the test at once, so that violations on the quick exit's page count too.
          await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
          await page.addInitScript(() =>
            document.addEventListener('securitypolicyviolation', (event) =>
              (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
                `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
              ),
            ),
          );
          let before: string[], storage: string[], cookies: unknown[];
          try {
            await page.goto(`${base}/test/e2e/pages/all-elements.html?lang=${lang}${entry.query}`);
            await upgraded(page);
            tally.elements = Math.max(tally.elements, await renderedElements(page));
            expect(await page.locator('cop-risk-quiz').locator('[part="base"]').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
            await page.evaluate(() => sessionStorage.setItem('page-own-key', 'kept'));
            before = await page.evaluate(() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)]);
            tally.interactions += await useEveryElement(page);
            await page.goBack();
            await page.waitForFunction(() => document.querySelector('cop-risk-quiz')?.shadowRoot);
            storage = await page.evaluate(() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)]);
            cookies = await context.cookies();
            tally.locales.add(lang);
          } finally {
            // Counted even when the page did not work, so that the row shows what went wrong.
            await context.close();
            tally.pages++;
            tally.violations += violations.length;
            tally.cspConsoleErrors += cspConsoleErrors;
            tally.uncaught += uncaught;
          }
          expect(violations).toEqual([]);
          expect(problems).toEqual([]);
          expect(cookies).toEqual([]);
          expect(before).toEqual(['page-own-key']);
          expect(storage.filter((key) => key !== 'page-own-key')).toEqual(['cop-widgets:banner:all@0']);
          expect(requests.filter((url) => new URL(url).origin !== new URL(base).origin)).toEqual([]);
        });
      }
    }
  }
});
