#!/usr/bin/env node
// npm run bench: our bytes and milliseconds beside the peers', in one run. Needs `npm run build`
// first and bench/node_modules (`npm ci --prefix bench`); the npm script does both.
// Progress goes to stderr; the tables go to stdout; results to bench/results/latest.json and the
// README's "Bench" section. Set BENCH_RUNS to change the number of runs of every timing.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
process.chdir(ROOT);
if (!existsSync(join(HERE, 'node_modules/esbuild'))) {
  console.error('bench/node_modules is missing: run `npm ci --prefix bench` (npm run bench does it for you).');
  process.exit(1);
}
if (!existsSync('dist/cdn/cop-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does it for you).');
  process.exit(1);
}

const { bytesRows, ourSizes } = await import('./bytes.mjs');
const { buildPeers } = await import('./peers.mjs');
const { writePages } = await import('./pages.mjs');
const time = await import('./time.mjs');
const { printTables, readmeSection } = await import('./report.mjs');

const asked = Number(process.env.BENCH_RUNS);
const RUNS = asked > 0
  ? { render: asked, filter: asked, longTasks: asked, cls: asked }
  : { render: 7, filter: 7, longTasks: 5, cls: 5 };
const load = () => os.loadavg().map((n) => +n.toFixed(1));
const started = Date.now();
const loadStart = load();
const step = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

step('our sizes (scripts/size.mjs) and the peers\' bundles');
// The pages run on a copy of this build, so that a rebuild while the bench runs cannot mix builds.
const DIST = join(HERE, 'build/dist');
rmSync(DIST, { recursive: true, force: true });
cpSync('dist', DIST, { recursive: true });
const sizes = await ourSizes();
const peers = await buildPeers();
const bytes = bytesRows(sizes, peers);
const pages = writePages(peers);

const env = await time.startBrowser(DIST);
const timings = { runs: RUNS };
let seen;
try {
  step('requests Chromium makes for each scenario');
  seen = await time.requestsSeen(env, pages);
  step(`first render, ${RUNS.render} runs of each element and peer`);
  timings.render = await time.firstRender(env, pages, peers, RUNS.render);
  step('helpline filtering at 2,000 / 20,000 / 200,000 records');
  timings.filter = await time.filtering(env, pages, RUNS.filter);
  step(`pages of 100 elements, ${RUNS.longTasks} runs each`);
  timings.longTasks = await time.longTasks(env, pages, RUNS.longTasks);
  step(`banner insertion, ${RUNS.cls} runs each`);
  timings.cls = await time.bannerShift(env, pages, RUNS.cls);
} finally {
  await env.close();
}
for (const row of bytes) row.ours.seenInChromium = seen[`${row.scenario}-${row.via}`] ?? null;

const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.versions.node,
    chromium: env.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    load: { start: loadStart, end: load() },
    seconds: Math.round((Date.now() - started) / 1000),
  },
  method: {
    throttle: time.THROTTLE,
    bytes: 'Ours: the rows of scripts/size.mjs (the files of dist/cdn a page downloads: loader.js or cop-widgets.js, the element module and its static imports, and the content chunk). Peers: bench/peers/<id>.js (import, stylesheet, mount call) bundled and minified by esbuild (ESM, es2022, no legal comments); GOV.UK CSS compiled from Sass with only the components used. Each file gzip level 9 and brotli quality 11 on its own, then added up; one request per file. Ratios are ours / peer. Our figures include the content (tips pack, quiz, country); the peers\' do not (their content would be in the page).',
    requests: 'seenInChromium: the JavaScript files under /dist/ that Chromium fetched for a page holding the scenario\'s elements, through loader.js or cop-widgets.js, once every element had rendered.',
    firstRender: 'Page loaded at full speed with the module already run (and the chunks our element loads lazily imported beforehand, so no network is timed); then CPU throttled and, from just before insertion: our element written into the page and awaited (updateComplete), or the peer\'s markup written and its mount call made (awaited when it returns a promise); then style and layout forced (offsetHeight). "frame" adds the wait for the next frame (rAF, then a task). Same text for all: our children\'s tips and quiz in English.',
    filter: 'filterHelplines() from dist/ in the page, on synthetic records (bench/records.mjs) made in the page: the query "kids phone" typed one character at a time with the phone filter on; median of all keystrokes of all runs, after one warm-up call. Baseline: a one-field Array.filter + String.includes with the same method filter. Growth: time / time at 2,000.',
    longTasks: 'A fresh page with 100 elements (20 of each of ours in the HTML, through loader.js or cop-widgets.js), or 100 peer widgets (25 each of the GOV.UK banner, GOV.UK exit this page, Splide and SurveyJS, mounted from one module), throttled from navigation; every PerformanceObserver "longtask" entry (> 50 ms) until 1 s after all had rendered: count, total and longest, medians of runs.',
    cls: 'The banner\'s HTML is in the page; its script is imported after two frames (the page has painted), the banner upgrades or is enhanced in place; the sum of "layout-shift" values (without recent input) until two frames and 100 ms after it is ready. vanilla-cookieconsent is mounted the same way (it is an overlay).',
    pages: 'bench/build/pages/*.html, served from the repository by bench/server.mjs (cross-origin isolated, so performance.now() has microsecond resolution).',
  },
  peers: peers.map(({ id, name, label, versions, files, requests, min, gzip, brotli }) => ({
    id, name, label, versions, files: files.map((f) => f.slice(ROOT.length + 1)), requests, min, gzip, brotli,
  })),
  bytes,
  timings,
  problems: [...time.pageProblems(), ...[...env.missing].filter((p) => p !== '/favicon.ico').map((p) => `404 ${p}${p.startsWith('/assets/fonts/') ? ' (GOV.UK\'s font, licensed for GOV.UK only; pages elsewhere fall back to Arial)' : ''}`)],
};

mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(join(HERE, 'results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);

const readme = readFileSync('README.md', 'utf8');
const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';
if (readme.includes(BEGIN) && readme.includes(END)) {
  const head = readme.slice(0, readme.indexOf(BEGIN) + BEGIN.length);
  const tail = readme.slice(readme.indexOf(END));
  writeFileSync('README.md', `${head}\n${readmeSection(results)}\n${tail}`);
} else {
  console.error('bench: README.md has no bench markers; its Bench section was not updated.');
}

console.log(printTables(results));
step('done; results in bench/results/latest.json and README.md');
