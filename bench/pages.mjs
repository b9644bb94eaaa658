// The pages the timings run on, written to bench/build/pages/ and served from the repository root
// (so /dist/… and /bench/… resolve). Each page sets window.benchReady (or benchDone) for the driver.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OURS } from './browser/harness.js';
import { notificationBanner } from './peers/markup.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(HERE, 'build/pages');

/** Our five elements, the CDN module of each, and the peers set beside it. */
export const ELEMENTS = [
  { kind: 'banner', tag: 'cop-campaign-banner', module: 'campaign-banner', peers: ['govuk-banner', 'cookieconsent'] },
  { kind: 'exit', tag: 'cop-quick-exit', module: 'quick-exit', peers: ['govuk-exit'] },
  { kind: 'carousel', tag: 'cop-tip-carousel', module: 'tip-carousel', peers: ['splide', 'swiper', 'sl-carousel'] },
  { kind: 'quiz', tag: 'cop-risk-quiz', module: 'risk-quiz', peers: ['survey'] },
  { kind: 'finder', tag: 'cop-helpline-finder', module: 'helpline-finder', peers: [] },
];

/** Scenarios of the bytes table, as the elements a page holds (for the request check in Chromium). */
export const SCENARIO_ELEMENTS = {
  banner: ['banner'],
  exit: ['exit'],
  carousel: ['carousel'],
  quiz: ['quiz'],
  finder: ['finder'],
  all: ['banner', 'exit', 'carousel', 'quiz', 'finder'],
};

/** The same text for us and the peers: our built-in children's tips and quiz in English. */
function content() {
  const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
  return {
    tips: read('src/content/tips/core/children/en.json'),
    quiz: read('src/content/quiz/core/children/en.json'),
    banner: { heading: 'Safer Internet Day is on 9 February', message: 'Join a free evening session for parents and carers.', action: 'Find a session' },
    exit: { href: 'https://www.example.org/', label: 'Exit this page' },
  };
}

const BASE_CSS = 'body{margin:0 auto;max-width:48rem;padding:1rem;font:16px/1.5 system-ui,sans-serif}';
const ARTICLE = (n) => Array.from({ length: n }, (_, i) =>
  `<p>Paragraph ${i + 1}. Children meet the internet earlier every year; this page explains what parents and carers can do, where to find help, and how to talk about it at home.</p>`).join('\n');

function html({ title, head = '', bodyClass = '', body = '', script, data }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/bench/browser/observe.js"></script>
<style>${BASE_CSS}</style>
${head}
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
<script type="application/json" id="bench-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script type="module">
try {
${script.trim()}
} catch (error) {
  window.benchError = String(error?.stack ?? error);
}
</script>
</body>
</html>
`;
}

const css = (id) => `<link rel="stylesheet" href="/bench/build/peers/${id}.css">`;

/** Writes every page; resolves to their URL paths by name. */
export function writePages(peers) {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const data = content();
  const pages = {};
  const write = (name, page) => {
    writeFileSync(join(OUT, `${name}.html`), html({ data, ...page }));
    pages[name] = `/bench/build/pages/${name}.html`;
  };

  // First render: the module has run (and any chunk it loads lazily is in the module map) before
  // the driver calls benchMeasure().
  for (const { kind, module } of ELEMENTS) {
    write(`render-${kind}`, {
      title: `first render: ${kind}`,
      body: '<main id="root"></main>',
      script: `
const { data, measureRender, mountOurs, preload } = await import('/bench/browser/harness.js');
await import('/dist/cdn/elements/${module}.js');
await preload();
const content = data();
window.benchMeasure = () => measureRender((root) => mountOurs(root, '${kind}', content));
window.benchReady = true;`,
    });
  }
  for (const { id, css: sheet } of peers.filter((p) => p.render !== false)) {
    write(`render-${id}`, {
      title: `first render: ${id}`,
      head: sheet ? css(id) : '',
      body: '<main id="root"></main>',
      script: `
const { data, measureRender } = await import('/bench/browser/harness.js');
const { mount } = await import('/bench/build/peers/${id}.js');
const content = data();
window.benchMeasure = () => measureRender((root) => mount(root, content));
window.benchReady = true;`,
    });
  }

  // A page with 100 elements: 20 of each of ours, through the loader or the single file.
  const ours100 = ELEMENTS.flatMap(({ kind }) => Array(20).fill(kind));
  for (const [via, src] of [['loader', '/dist/cdn/loader.js'], ['single', '/dist/cdn/cop-widgets.js']]) {
    write(`many-ours-${via}`, {
      title: `100 elements through ${src}`,
      body: `<main id="root"></main>\n<script type="module" src="${src}"></script>`,
      script: `
const { OURS, data, wait } = await import('/bench/browser/harness.js');
const content = data();
document.getElementById('root').innerHTML = ${JSON.stringify(ours100)}.map((kind) => OURS[kind](content)).join('\\n');
const tags = ${JSON.stringify(ELEMENTS.map((e) => e.tag))};
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
window.benchRendered = performance.now();
await wait(1000);
window.benchDone = true;`,
    });
  }
  // …and 100 of the peers': 25 GOV.UK banners, 25 GOV.UK exit buttons, 25 Splide carousels, 25 SurveyJS quizzes.
  write('many-peers', {
    title: '100 peer widgets',
    head: [css('govuk-both'), css('splide'), css('survey')].join('\n'),
    bodyClass: 'govuk-template__body',
    body: '<main id="root"></main>',
    script: `
const { data, wait } = await import('/bench/browser/harness.js');
const [govuk, splide, survey] = await Promise.all(['govuk-both', 'splide', 'survey'].map((id) => import('/bench/build/peers/' + id + '.js')));
const content = data();
const root = document.getElementById('root');
for (let i = 0; i < 25; i++) {
  govuk.mountBanner(root, content);
  govuk.mountExit(root, content);
  splide.mount(root, content);
  survey.mount(root, content);
}
window.benchRendered = performance.now();
await wait(1000);
window.benchDone = true;`,
  });

  // Banner insertion: the banner's HTML is in the page from the start; its script arrives after
  // the page has painted (as over a slow network), then the banner upgrades in place.
  const settle = `
await nextFrame(); await nextFrame(); await wait(100);
window.benchResult = { cls: window.benchSeen.shifts.reduce((sum, shift) => sum + shift.value, 0), shifts: window.benchSeen.shifts.length };
window.benchDone = true;`;
  const ourBanner = {
    body: `<h1>Staying safe online</h1>\n${ARTICLE(1)}\n${OURS.banner(data)}\n${ARTICLE(6)}`,
    script: `
const { nextFrame, wait } = await import('/bench/browser/harness.js');
await nextFrame(); await nextFrame();
await import('/dist/cdn/elements/campaign-banner.js');
await document.querySelector('cop-campaign-banner').updateComplete;${settle}`,
  };
  write('cls-ours', { title: 'banner insertion: ours', ...ourBanner });
  const demoRule = readFileSync(join(ROOT, 'demo/demo.css'), 'utf8').match(/cop-campaign-banner:not\(:defined\)\s*\{[^}]*\}/)?.[0];
  if (demoRule) write('cls-ours-reserved', { title: 'banner insertion: ours, with the demo fallback rule', head: `<style>${demoRule}</style>`, ...ourBanner });
  write('cls-govuk-banner', {
    title: 'banner insertion: GOV.UK',
    head: css('govuk-banner'),
    bodyClass: 'govuk-template__body govuk-frontend-supported',
    body: `<h1>Staying safe online</h1>\n${ARTICLE(1)}\n${notificationBanner(data.banner)}\n${ARTICLE(6)}`,
    script: `
const { nextFrame, wait } = await import('/bench/browser/harness.js');
await nextFrame(); await nextFrame();
const { enhance } = await import('/bench/build/peers/govuk-banner.js');
enhance(document.querySelector('.govuk-notification-banner'));${settle}`,
  });
  write('cls-cookieconsent', {
    title: 'banner insertion: vanilla-cookieconsent',
    head: css('cookieconsent'),
    body: `<h1>Staying safe online</h1>\n${ARTICLE(7)}`,
    script: `
const { data, nextFrame, wait } = await import('/bench/browser/harness.js');
await nextFrame(); await nextFrame();
const { mount } = await import('/bench/build/peers/cookieconsent.js');
await mount(document.body, data());${settle}`,
  });

  // What a page really downloads, for the request check: each scenario through each path.
  for (const [scenario, kinds] of Object.entries(SCENARIO_ELEMENTS)) {
    for (const [via, src] of [['loader', '/dist/cdn/loader.js'], ['single', '/dist/cdn/cop-widgets.js']]) {
      write(`requests-${scenario}-${via}`, {
        title: `requests: ${scenario} through ${src}`,
        body: `<main id="root"></main>\n<script type="module" src="${src}"></script>`,
        script: `
const { OURS, data, scriptsLoaded, wait } = await import('/bench/browser/harness.js');
const content = data();
document.getElementById('root').innerHTML = ${JSON.stringify(kinds)}.map((kind) => OURS[kind](content)).join('\\n');
const tags = ${JSON.stringify(kinds.map((k) => ELEMENTS.find((e) => e.kind === k).tag))};
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
await wait(300);
window.benchResult = scriptsLoaded();
window.benchDone = true;`,
      });
    }
  }

  // Filtering: records are made in the page, then filtered once per keystroke.
  write('filter', {
    title: 'helpline filtering',
    body: '',
    script: `
const { filterHelplines } = await import('/dist/components/helpline-finder/helpline-finder.model.js');
const { METHODS, perKeystroke, records } = await import('/bench/records.mjs');
window.benchFilter = (count, runs) => {
  const data = records(count);
  const ours = perKeystroke((list, query) => filterHelplines(list, { query, methods: METHODS }), data, runs);
  // Baseline: the simplest filter a page might write — one field, String.includes, no folding.
  const baseline = perKeystroke((list, query) => list.filter((r) => r.contacts.some((c) => METHODS.includes(c.method)) && r.name.toLowerCase().includes(query)), data, runs);
  return { ours, baseline };
};
window.benchReady = true;`,
  });
  return pages;
}
