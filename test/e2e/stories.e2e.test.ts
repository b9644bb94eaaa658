import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { useBrowserAndServer } from './harness.js';
import { hearStorybook, type StoryEvent } from './storybook.js';

// Every story is a test: it must render, its play function must pass, and axe (the a11y addon)
// must find no violation. Runs against storybook-static, which `npm test` builds first.
const index = existsSync('storybook-static/index.json')
  ? (JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, { id: string; type: string }> })
  : { entries: {} };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);

const served = useBrowserAndServer({ root: 'storybook-static', csp: null });

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
      await hearStorybook(page);
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
