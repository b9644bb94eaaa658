import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
