// Timings in Chromium: Debian's /usr/bin/chromium driven by Playwright, pages served from the
// repository by a local static server (bench/server.mjs), CPU slowed 4× through the DevTools
// protocol (Emulation.setCPUThrottlingRate), each figure the median of repeated runs, each run in
// a new page. Nothing here passes or fails: the figures are reported. A page that fails is noted
// (pageProblems) and its figure left out; the rest of the run goes on.
import { chromium } from 'playwright';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { COUNTS, median } from './records.mjs';
import { ELEMENTS, SCENARIO_ELEMENTS } from './pages.mjs';
import { serve } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const THROTTLE = 4;
const TIMEOUT = 120_000;
const VIEWPORT = { width: 1280, height: 800 };

/** Starts the server (with /dist/ served from `dist`) and Chromium. */
export async function startBrowser(dist) {
  const server = await serve(ROOT, { '/dist/': dist });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  // Pages whose load is not measured share one context (and its HTTP cache); pages whose load is
  // measured (long tasks, layout shift) get a new, empty one.
  const shared = await browser.newContext({ viewport: VIEWPORT });
  return {
    browser,
    shared,
    url: server.url,
    missing: server.missing,
    version: browser.version(),
    close: async () => { await browser.close(); server.close(); },
  };
}

const problems = new Set();
/** Errors the pages reported and measurements that failed (shown under the tables). */
export const pageProblems = () => [...problems];

/** A new page, optionally in a fresh context and throttled from the start. */
async function open(env, path, { throttle = false, fresh = false, preload } = {}) {
  const context = fresh ? await env.browser.newContext({ viewport: VIEWPORT }) : env.shared;
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.add(`${path}: ${error.message}`));
  page.on('console', (message) => {
    // 404s are listed by the server, with their paths.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.add(`${path}: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  const slow = () => cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (throttle) await slow();
  if (preload) await page.addInitScript((list) => { window.benchPreload = list; }, preload);
  await page.goto(env.url + path, { timeout: TIMEOUT });
  return { page, slow, close: () => (fresh ? context.close() : page.close()) };
}

/** Waits until the page sets window[flag]; throws what the page reported if it failed instead. */
async function until(page, flag) {
  await page.waitForFunction((name) => window[name] || window.benchError, flag, { timeout: TIMEOUT, polling: 50 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error.split('\n')[0]);
}

/** Runs `measure` on a page; on failure notes it and resolves to undefined. */
async function attempt(env, path, options, measure) {
  let tab;
  try {
    tab = await open(env, path, options);
    return await measure(tab);
  } catch (error) {
    problems.add(`${path}: ${String(error.message ?? error).split('\n')[0]}`);
    return undefined;
  } finally {
    await tab?.close().catch(() => {});
  }
}

const medianOf = (list, key) => (list.length ? median(list.map((item) => item[key])) : null);

/**
 * First render of each of our elements and of each peer, `runs` times, interleaved (run 1 of
 * every subject, then run 2…) so that a noisy moment on the machine spreads over all of them.
 * Each page loads at full speed; the CPU is throttled just before the measurement.
 */
export async function firstRender(env, pages, peers, runs) {
  const subjects = [
    ...ELEMENTS.map((e) => ({ id: e.kind, path: pages[`render-${e.kind}`], ours: true })),
    ...peers.filter((p) => p.render !== false).map((p) => ({ id: p.id, path: pages[`render-${p.id}`] })),
  ];
  // Discovery, unthrottled: which modules our element loads lazily on first render (its pack,
  // its country); the measured runs import them before inserting the element.
  for (const subject of subjects.filter((s) => s.ours)) {
    subject.preload = await attempt(env, subject.path, {}, async ({ page }) => {
      await until(page, 'benchReady');
      await page.evaluate(() => window.benchMeasure());
      return page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/') && p.endsWith('.js')));
    });
  }
  const samples = new Map(subjects.map((s) => [s.id, []]));
  for (let run = 0; run < runs; run++) {
    for (const subject of subjects) {
      const result = await attempt(env, subject.path, { preload: subject.preload }, async ({ page, slow }) => {
        await until(page, 'benchReady');
        await slow();
        return page.evaluate(() => window.benchMeasure());
      });
      if (result) samples.get(subject.id).push(result);
    }
  }
  return Object.fromEntries(subjects.map((s) => {
    const list = samples.get(s.id);
    return [s.id, {
      render: medianOf(list, 'render'),
      frame: medianOf(list, 'frame'),
      fastest: list.length ? Math.min(...list.map((r) => r.render)) : null,
      runs: list.length,
      samples: list.map((r) => +r.render.toFixed(2)),
      lazyModules: s.preload?.length,
    }];
  }));
}

/** Per-keystroke filtering at each record count, throttled; a fresh page per count. */
export async function filtering(env, pages, runs) {
  const rows = [];
  for (const count of COUNTS) {
    const result = await attempt(env, pages.filter, { throttle: true }, async ({ page }) => {
      await until(page, 'benchReady');
      return page.evaluate(([n, r]) => window.benchFilter(n, r), [count, runs]);
    });
    rows.push({ count, ours: result?.ours ?? null, baseline: result?.baseline ?? null });
  }
  const growth = (value, first) => (value && first ? value / first : null);
  return rows.map((row) => ({ ...row, growth: growth(row.ours, rows[0].ours), baselineGrowth: growth(row.baseline, rows[0].baseline) }));
}

/** Loads a page throttled from the start in a new context; resolves when window.benchDone is set. */
const loadThrottled = (env, path) =>
  attempt(env, path, { throttle: true, fresh: true }, async ({ page }) => {
    await until(page, 'benchDone');
    return page.evaluate(() => ({ seen: window.benchSeen, rendered: window.benchRendered, result: window.benchResult }));
  });

/** The 100-element pages: long tasks from navigation until 1 s after everything rendered. */
export async function longTasks(env, pages, runs) {
  const ids = ['many-ours-loader', 'many-ours-single', 'many-peers'];
  const samples = Object.fromEntries(ids.map((id) => [id, []]));
  for (let run = 0; run < runs; run++) {
    for (const id of ids) {
      const loaded = await loadThrottled(env, pages[id]);
      if (!loaded) continue;
      const durations = loaded.seen.longtasks.map((t) => t.duration);
      samples[id].push({
        count: durations.length,
        total: durations.reduce((a, b) => a + b, 0),
        max: Math.max(0, ...durations),
        rendered: loaded.rendered,
      });
      if (loaded.seen.error) problems.add(`${pages[id]}: long tasks not observed: ${loaded.seen.error}`);
    }
  }
  return Object.fromEntries(ids.map((id) => {
    const list = samples[id];
    return [id, {
      count: medianOf(list, 'count'),
      total: medianOf(list, 'total'),
      max: medianOf(list, 'max'),
      rendered: medianOf(list, 'rendered'),
      runs: list.length,
    }];
  }));
}

/** Banner insertion: the sum of layout-shift values (the page's CLS), median of runs. */
export async function bannerShift(env, pages, runs) {
  const out = {};
  for (const id of Object.keys(pages).filter((name) => name.startsWith('cls-'))) {
    const list = [];
    for (let run = 0; run < runs; run++) {
      const loaded = await loadThrottled(env, pages[id]);
      if (loaded) list.push(loaded.result);
    }
    out[id.slice(4)] = { cls: medianOf(list, 'cls'), shifts: medianOf(list, 'shifts'), runs: list.length };
  }
  return out;
}

/** The JavaScript files Chromium really fetched for each bytes scenario, through each path. */
export async function requestsSeen(env, pages) {
  const out = {};
  for (const scenario of Object.keys(SCENARIO_ELEMENTS)) {
    for (const via of ['loader', 'single']) {
      out[`${scenario}-${via}`] = await attempt(env, pages[`requests-${scenario}-${via}`], {}, async ({ page }) => {
        await until(page, 'benchDone');
        return [...new Set(await page.evaluate(() => window.benchResult))];
      });
    }
  }
  return out;
}
