import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { useBrowserAndServer } from './harness.js';

// Every story is a test: it must render, its play function must pass, and axe (the a11y addon)
// must find no violation. Runs against storybook-static, which `npm test` builds first.
const index = existsSync('storybook-static/index.json')
  ? (JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, { id: string; type: string }> })
  : { entries: {} };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);

const served = useBrowserAndServer({ root: 'storybook-static', csp: null });

interface StoryEvent {
  name: string;
  args: unknown[];
}

describe('stories', () => {
  it('were built (npm test runs build-storybook first)', () => {
    expect(stories.length).toBeGreaterThan(10);
  });

  for (const id of stories) {
    it(id, async () => {
      const page = await served.browser.newPage({ viewport: { width: 900, height: 600 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Listen to Storybook's own channel for the play function's and the a11y addon's results.
      await page.addInitScript(() => {
        const events: StoryEvent[] = [];
        (window as unknown as { storyEvents: StoryEvent[] }).storyEvents = events;
        let channel: { on(name: string, listener: (...args: unknown[]) => void): void } | undefined;
        Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
          configurable: true,
          get: () => channel,
          set(value) {
            channel = value;
            for (const name of ['storyFinished', 'playFunctionThrewException', 'storyThrewException', 'storyErrored', 'unhandledErrorsWhilePlaying'])
              value.on(name, (...args: unknown[]) => events.push({ name, args: JSON.parse(JSON.stringify(args)) }));
          },
        });
      });
      await page.goto(`${served.url}/iframe.html?id=${id}&viewMode=story`);
      await page.waitForFunction(() =>
        (window as unknown as { storyEvents: StoryEvent[] }).storyEvents.some((event) => event.name === 'storyFinished'),
      );
      const events = await page.evaluate(() => (window as unknown as { storyEvents: StoryEvent[] }).storyEvents);
      await page.close();

      const failures = events.filter((event) => event.name !== 'storyFinished').map((event) => JSON.stringify(event.args).slice(0, 500));
      const finished = events.find((event) => event.name === 'storyFinished')!.args[0] as {
        status: string;
        reporters?: { type: string; result?: { violations?: { id: string; impact: string }[] } }[];
      };
      const violations = finished.reporters?.find((reporter) => reporter.type === 'a11y')?.result?.violations ?? [];
      expect(pageErrors).toEqual([]);
      expect(failures).toEqual([]);
      expect(violations.map((violation) => `${violation.id} (${violation.impact})`)).toEqual([]);
      expect(finished.status).toBe('success');
    });
  }
});
