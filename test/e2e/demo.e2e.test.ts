import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { recordQuality } from '../quality/node.js';
import { bannerShown, completeQuiz, helplinesShown } from './drive.js';
import { useBrowserAndServer } from './harness.js';

// The demo campaign site, as `npm start` serves it: the quiz hands over to the tips and to help.
const served = useBrowserAndServer();

describe('the demo campaign site', () => {
  for (const page of ['index.html', 'ar.html']) {
    it(`${page}: after the quiz the tips follow it, and "Talk to someone" reaches the helpline finder`, async () => {
      const context = await served.browser.newContext({ timezoneId: 'Europe/London' });
      const tab = await context.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await tab.goto(`${served.url}/demo/${page}`);
      const quiz = tab.locator('cop-risk-quiz');
      await quiz.locator('.actions button').first().click();
      for (let i = 0; i < 40 && !(await quiz.locator('[part="result"]').count()); i++) {
        if (!(await quiz.locator('input:checked').count())) await quiz.locator('input').first().check();
        await quiz.locator('button[type="submit"]').click();
      }
      await expect.poll(() => tab.locator('#tips-children').locator('[part="reason"]').count()).toBe(1);
      await quiz.locator('[part="help"]').click();
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('helplines');
      expect(await tab.locator('#helplines').locator('[part="helpline"]').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const [page, audience, locale] of [
    ['es.html', 'teens', 'es'],
    ['index.html', 'educators', 'en'],
  ] as const) {
    it(`${page}?audience=${audience}: the quiz and the first tips follow the audience, and its link is current`, async () => {
      const context = await served.browser.newContext({ timezoneId: 'Europe/London' });
      const tab = await context.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await tab.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      await tab.goto(`${served.url}/demo/${page}?audience=${audience}`);
      const { title } = JSON.parse(readFileSync(`src/content/quiz/core/${audience}/${locale}.json`, 'utf8')) as { title: string };
      const quiz = tab.locator('#quiz-children');
      expect(await quiz.getAttribute('audience')).toBe(audience);
      expect(await tab.locator('cop-tip-carousel').first().getAttribute('audience')).toBe(audience);
      expect(await tab.locator('#tips-children').getAttribute('for')).toBe('quiz-children');
      await expect.poll(() => quiz.locator('[part="title"]').textContent()).toBe(title);
      const current = tab.locator('nav.audiences a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute('href')).toBe(`?audience=${audience}`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

// Privacy, as a person on the demo site would test it: every page, used to the end, with every
// request, cookie and storage write watched. Storage may hold only the keys the README documents:
// the banner's dismissal and the quiz's progress (with `resume`).
const DOCUMENTED_KEY = /^(session|local):cop-widgets:(banner:[^@]+@\d+|quiz:[^@]+@\d+)$/;
const DEMO_PAGES = readdirSync('demo').filter((file) => file.endsWith('.html')).sort();
// The demo banners run from 1 November 2026 to 28 February 2027: the pages are seen on a day inside.
const CAMPAIGN_DAY = new Date('2027-01-15T10:00:00Z');

const privacy = { pages: 0, interactions: 0, requests: 0, foreign: 0, cookies: 0, storageWrites: 0, undocumented: 0 };
afterAll(() =>
  recordQuality({
    id: 'privacy-demo-pages',
    area: 'Privacy',
    check:
      'Every demo page (demo/*.html as `npm start` serves it), used to the end: quizzes completed, banners dismissed, carousels moved, the finder opened from the quiz, a country chosen and its list filtered, every element of the embed builder previewed',
    figures: {
      pages: privacy.pages,
      interactions: privacy.interactions,
      requests: privacy.requests,
      'foreign requests': privacy.foreign,
      cookies: privacy.cookies,
      'storage writes': privacy.storageWrites,
      'undocumented storage keys': privacy.undocumented,
    },
    failures: ['foreign requests', 'cookies', 'undocumented storage keys'],
  }),
);

/** Uses every cop-* element of a demo page as a person would; returns the number of things done. */
async function useDemoPage(tab: Page): Promise<number> {
  let done = 0;
  for (const banner of await tab.locator('cop-campaign-banner').all()) {
    if (!(await bannerShown(banner)) || !(await banner.locator('[part="dismiss"]').count())) continue;
    await banner.locator('[part="dismiss"]').click();
    await expect.poll(() => bannerShown(banner)).toBe(false);
    done++;
  }
  for (const quiz of await tab.locator('cop-risk-quiz').all()) {
    await completeQuiz(quiz);
    done++;
  }
  for (const carousel of await tab.locator('cop-tip-carousel').all()) {
    const tabs = carousel.locator('[role="tab"]');
    await ((await tabs.count()) ? tabs.nth(1) : carousel.locator('[part="next"]')).click();
    done++;
  }
  const help = tab.locator('cop-risk-quiz button[part="help"]');
  if (await help.count()) {
    await help.first().click();
    done++;
  }
  for (const finder of await tab.locator('cop-helpline-finder').all()) {
    await finder.locator('[part="country"]').selectOption('KE');
    await expect.poll(() => helplinesShown(finder)).toBeGreaterThan(0);
    await finder.locator('[part="search"]').fill('zzzz');
    await expect.poll(() => helplinesShown(finder)).toBe(0);
    await finder.locator('[part="search"]').fill('');
    done++;
  }
  // The embed builder: preview each element in turn, in Arabic.
  const choices = tab.locator('#element-choices input[type="radio"]');
  if (await choices.count()) {
    await tab.getByLabel('Language of the element').selectOption('ar');
    for (const choice of await choices.all()) {
      await choice.check();
      const tag = await choice.inputValue();
      await tab.waitForFunction((tag) => document.querySelector(`#preview ${tag}`)?.shadowRoot?.firstElementChild, tag);
      done++;
    }
  }
  return done;
}

describe('every demo page keeps to itself', () => {
  it('finds the demo pages', () => expect(DEMO_PAGES.length).toBeGreaterThanOrEqual(8));

  for (const file of DEMO_PAGES) {
    it(`${file}: no request to another host, no cookie, only documented storage keys`, async () => {
      const context = await served.browser.newContext({ timezoneId: 'Europe/London' });
      const tab = await context.newPage();
      const origin = new URL(served.url).origin;
      const requests: string[] = [];
      const writes: string[] = [];
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      tab.on('request', (request) => requests.push(request.url()));
      tab.on('websocket', (socket) => requests.push(socket.url()));
      // Nothing may leave this machine even if something tried.
      await context.route((url) => url.origin !== origin, (route) => route.abort());
      await tab.clock.setFixedTime(CAMPAIGN_DAY);
      await tab.exposeFunction('reportWrite', (write: string) => writes.push(write));
      await tab.addInitScript(() => {
        const report = (window as unknown as { reportWrite: (write: string) => void }).reportWrite;
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          report(`${this === window.localStorage ? 'local' : 'session'}:${key}`);
          return setItem.call(this, key, value);
        };
        const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
        Object.defineProperty(Document.prototype, 'cookie', {
          configurable: true,
          get() {
            return cookie.get!.call(this);
          },
          set(value: string) {
            report(`cookie:${String(value).split('=')[0]}`);
            cookie.set!.call(this, value);
          },
        });
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
          report(`indexedDB:${name}`);
          return open.call(this, name, version);
        };
      });
      let interactions = 0;
      let stored: string[] = [];
      let cookies: unknown[] = [];
      const foreign = () => requests.filter((url) => new URL(url).origin !== origin);
      const undocumented = () => [...new Set([...writes, ...stored])].filter((key) => !DOCUMENTED_KEY.test(key));
      try {
        await tab.goto(`${served.url}/demo/${file}`);
        await tab.waitForFunction(() =>
          [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cop-')).every((el) => el.shadowRoot),
        );
        interactions = await useDemoPage(tab);
      } finally {
        // What the page holds at the end, written through setItem or not; counted even when the
        // page did not work, so that the row shows what went wrong.
        stored = await tab
          .evaluate(() => [
            ...Object.keys(sessionStorage).map((key) => `session:${key}`),
            ...Object.keys(localStorage).map((key) => `local:${key}`),
          ])
          .catch(() => []);
        cookies = await context.cookies();
        await context.close();
        privacy.pages++;
        privacy.interactions += interactions;
        privacy.requests += requests.length;
        privacy.foreign += foreign().length;
        privacy.cookies += cookies.length;
        privacy.storageWrites += writes.length;
        privacy.undocumented += undocumented().length;
      }
      expect(interactions).toBeGreaterThan(0);
      expect(foreign()).toEqual([]);
      expect(cookies).toEqual([]);
      expect(undocumented()).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
