import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { useBrowserAndServer } from './harness.js';
import { hearStorybook, type StoryEvent } from './storybook.js';
import { recordQuality } from '../quality/node.js';

/*
 * Every story in every shipped language, in the page directions a deployer can produce, each
 * checked by its play function and by axe (the a11y addon, after the play function).
 *
 * The stories take their language and the page direction from Storybook globals (the Locale and
 * Direction toolbar, .storybook/preview.ts), which a URL can set: `&globals=locale:ar;dir:rtl`.
 * The pairs below are what a deployer's page can give an element:
 *   - each shipped locale in its own direction (`<html lang="ar">` gives right to left), and
 *   - each shipped locale on a page of the other direction: English, Spanish, French, Russian or
 *     Chinese inside a right-to-left page (an Arabic ministry site showing a French widget), and
 *     Arabic on a left-to-right page (an English site putting `lang="ar"` on the element only).
 * Whatever the page's direction, each element must lay itself out in its language's direction.
 *
 * All 12 pairs for every story take minutes, so by default a spread half of each element's stories
 * runs, each in one pair, in turn (see pairsFor); COP_FULL=1 runs them all.
 *
 * Stories that fix their own language (the Arabic, Spanish… stories) ignore the Locale toolbar; by
 * default they are left to test/e2e/stories.e2e.test.ts, which renders each once. With COP_FULL=1
 * they also run here, in their own direction and in the other one.
 *
 * axe runs with the addon's configuration: every rule except `region` ("all content is inside a
 * landmark"), which the addon turns off because a story is a fragment of a page, not a page. The
 * keyboard journeys (keyboard.e2e.test.ts) run axe with every rule, `region` included (all but
 * the quick exit, which sits first in <body> by design), on the six demo pages.
 */

const FULL = process.env.COP_FULL === '1';

interface Pair {
  locale: string;
  /** Direction of the page around the element; `auto` = the locale's own. */
  dir: 'auto' | 'ltr' | 'rtl';
}

const OWN_DIRECTION: Pair[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh-Hans'].map((locale) => ({ locale, dir: 'auto' }));
const CROSSED: Pair[] = [
  ...['en', 'es', 'fr', 'ru', 'zh-Hans'].map((locale): Pair => ({ locale, dir: 'rtl' })),
  { locale: 'ar', dir: 'ltr' },
];
const PAIRS = [...OWN_DIRECTION, ...CROSSED];
/** The pairs the default run picks from: English left to right is the stories test's own run. */
const NOT_ENGLISH_LTR = PAIRS.slice(1);

/** The static Storybook to check: `npm test` builds storybook-static/ first; COP_STORYBOOK names another build. */
const ROOT = process.env.COP_STORYBOOK ?? 'storybook-static';
const index = existsSync(`${ROOT}/index.json`)
  ? (JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')) as {
      entries: Record<string, { id: string; type: string; title: string }>;
    })
  : { entries: {} };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const served = useBrowserAndServer({ root: ROOT, csp: null });

/** What one render showed. */
interface Render {
  status: string;
  failures: string[];
  pageErrors: string[];
  violations: string[];
  /** Per element: its tag, language, the page direction around it and its own direction ('' when it shows nothing). */
  elements: { tag: string; locale: string; pageDir: string; ownDir: string }[];
  /** Elements whose shadow tree changed after axe had run (axe would have seen a passing state). */
  unsettled: number;
}

async function openPreview(page: Page) {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Hear Storybook's channel: the play function's and the a11y addon's results, and each
  // element's shadow tree at storyFinished, to check afterwards that axe saw the settled state.
  await hearStorybook(page, true);
  return pageErrors;
}

async function render(page: Page, pageErrors: string[], id: string, pair: Pair): Promise<Render> {
  pageErrors.length = 0;
  // Every render starts as a first visit: nothing remembered from the story before.
  await page.evaluate(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  await page.goto(`${served.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${pair.locale};dir:${pair.dir}`);
  await page.waitForFunction(
    () => (window as unknown as { storyEvents: StoryEvent[] }).storyEvents.some((event) => event.name === 'storyFinished'),
    null,
    { timeout: 45_000 },
  );
  const seen = await page.evaluate(async () => {
    const win = window as unknown as { storyEvents: StoryEvent[]; shadowsAtFinish: string[] };
    const hosts = [...document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('#storybook-root *')].filter((el) =>
      el.localName.startsWith('cop-'),
    );
    await Promise.all(hosts.map((el) => el.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return {
      events: win.storyEvents,
      unsettled: hosts.filter((el, i) => (el.shadowRoot?.innerHTML ?? '') !== win.shadowsAtFinish[i]).length,
      elements: hosts.map((el) => {
        // The element's own box: its `base` part, else its first rendered element (none: it shows nothing).
        const inner = el.shadowRoot?.querySelector('[part~="base"]') ?? el.shadowRoot?.querySelector('[dir]') ?? el.shadowRoot?.firstElementChild;
        return {
          tag: el.localName,
          locale: el.closest('[lang]')?.getAttribute('lang') ?? '',
          pageDir: getComputedStyle(el.parentElement ?? el).direction,
          ownDir: inner ? getComputedStyle(inner).direction : '',
        };
      }),
    };
  });
  const finished = seen.events.find((event) => event.name === 'storyFinished')!.args[0] as {
    status: string;
    reporters?: { type: string; result?: { violations?: { id: string; impact: string; nodes: { target: unknown[] }[] }[] } }[];
  };
  const violations = finished.reporters?.find((reporter) => reporter.type === 'a11y')?.result?.violations ?? [];
  return {
    status: finished.status,
    failures: seen.events.filter((event) => event.name !== 'storyFinished').map((event) => JSON.stringify(event.args).slice(0, 500)),
    pageErrors: [...pageErrors],
    violations: violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
    elements: seen.elements,
    unsettled: seen.unsettled,
  };
}

/** The story globals that fix a story's language (read from Storybook itself, not from names). */
let fixedLocale: Record<string, string | undefined> = {};

const totals = { renders: 0, violations: 0, failures: 0, unsettled: 0, directionMismatches: 0 };
const checked = new Set<string>();
const pairsSeen = new Set<string>();

/** One preview page for the whole file: a fresh page costs more than the render itself. */
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  if (stories.length === 0) return;
  page = await served.browser.newPage({ viewport: { width: 900, height: 600 } });
  pageErrors = await openPreview(page);
  await page.goto(`${served.url}/iframe.html?id=${stories[0].id}&viewMode=story`);
  await page.waitForFunction(
    () => (window as unknown as { storyEvents: StoryEvent[] }).storyEvents.some((event) => event.name === 'storyFinished'),
    null,
    { timeout: 45_000 },
  );
  fixedLocale = await page.evaluate(async () => {
    const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { extract(): Promise<Record<string, { storyGlobals?: { locale?: string } }>> } })
      .__STORYBOOK_PREVIEW__;
    const extracted = await preview.extract();
    return Object.fromEntries(Object.entries(extracted).map(([id, story]) => [id, story.storyGlobals?.locale]));
  });
});

afterAll(async () => {
  await page?.close();
  if (stories.length === 0) return;
  const followers = stories.filter((story) => !fixedLocale[story.id]).length;
  const fixed = stories.length - followers;
  recordQuality({
    id: 'a11y-story-matrix',
    area: 'Accessibility',
    check: FULL
      ? `Every story (play function + axe, every rule but \`region\`) in each of the 6 locales, on a page of its own direction and on one of the other (full matrix: ${followers} toolbar stories × ${PAIRS.length} pairs, and the ${fixed} single-language stories in both directions)`
      : `Stories (play function + axe, every rule but \`region\`) in the ${NOT_ENGLISH_LTR.length} language/direction pairs besides English left to right (the stories test's): the 6 locales on pages of both directions (fast subset: ${totals.renders} of the ${followers * PAIRS.length + fixed * 2} renders, every element in all ${NOT_ENGLISH_LTR.length} pairs; COP_FULL=1 for all)`,
    figures: {
      stories: new Set([...checked].map((key) => key.split('|')[0])).size,
      renders: totals.renders,
      'language/direction pairs': pairsSeen.size,
      'story × language × direction checked': checked.size,
      'axe violations': totals.violations,
      'play or render failures': totals.failures,
      'axe before settled': totals.unsettled,
      'element direction ≠ its language': totals.directionMismatches,
    },
    failures: ['axe violations', 'play or render failures', 'axe before settled', 'element direction ≠ its language'],
  });
});

/**
 * The pairs a story renders in. Full run: all 12 for the stories that follow the toolbar, and the
 * single-language stories in their own direction and the other. Default: about half of each
 * element's toolbar stories (at least 11), evenly spread, each in one of the 11 pairs other than
 * English left to right (the stories test's own run), in turn, so that every element meets all 11.
 */
function pairsFor(story: { id: string; title: string }): Pair[] {
  const locale = fixedLocale[story.id];
  if (locale) {
    if (!FULL) return [];
    return [
      { locale, dir: 'auto' },
      { locale, dir: RTL.has(locale) ? 'ltr' : 'rtl' },
    ];
  }
  if (FULL) return PAIRS;
  const followers = stories.filter((other) => other.title === story.title && !fixedLocale[other.id]);
  const n = followers.length;
  const k = Math.min(n, Math.max(NOT_ENGLISH_LTR.length, Math.ceil(n / 2)));
  const picked = Array.from({ length: k }, (_, j) => followers[Math.floor((j * n) / k)]);
  const j = picked.indexOf(followers.find((other) => other.id === story.id)!);
  return j < 0 ? [] : [NOT_ENGLISH_LTR[j % NOT_ENGLISH_LTR.length]];
}

const RTL = new Set(['ar']);

describe(`every story in every language and direction (${FULL ? 'full matrix' : 'fast subset; COP_FULL=1 for all'})`, () => {
  it('has stories to check (npm test runs build-storybook first)', () => {
    expect(stories.length).toBeGreaterThan(10);
  });

  for (const story of stories) {
    it(story.id, { timeout: (FULL ? PAIRS.length : 1) * 50_000 }, async () => {
      const pairs = pairsFor(story);
      if (pairs.length === 0) return;
      const problems: string[] = [];
      for (const pair of pairs) {
        const result = await render(page, pageErrors, story.id, pair);
        const label = `${pair.locale}/${pair.dir}`;
        totals.renders++;
        totals.violations += result.violations.length;
        totals.unsettled += result.unsettled;
        const failed = result.failures.length + result.pageErrors.length + (result.status === 'success' ? 0 : 1);
        totals.failures += failed;
        for (const element of result.elements) {
          const language = element.locale.split('-')[0];
          const expected = RTL.has(language) ? 'rtl' : 'ltr';
          checked.add(`${story.id}|${element.locale}|${element.pageDir}`);
          pairsSeen.add(`${element.locale}|${element.pageDir}`);
          // Quick exit and the banner read as their language whatever the page's direction; so must the rest.
          if (element.ownDir && element.ownDir !== expected) {
            totals.directionMismatches++;
            problems.push(`${label}: <${element.tag} lang=${element.locale}> lays out ${element.ownDir}`);
          }
        }
        problems.push(
          ...result.violations.map((v) => `${label}: axe ${v}`),
          ...result.failures.map((f) => `${label}: ${f}`),
          ...result.pageErrors.map((e) => `${label}: page error ${e}`),
          ...(result.status === 'success' ? [] : [`${label}: story status ${result.status}`]),
          ...(result.unsettled ? [`${label}: ${result.unsettled} element(s) changed after axe ran`] : []),
        );
      }
      expect(problems).toEqual([]);
    });
  }
});
