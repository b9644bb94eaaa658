// Runs inside the bench pages (bench/build/pages/*.html): how each subject is put on a page,
// and the measurements. Timings use performance.now(); the driver (bench/time.mjs) sets the
// CPU throttling and repeats runs.

const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Our elements, written as a page would write them. */
export const OURS = {
  banner: ({ banner }) => `<cop-campaign-banner campaign="bench" remember="none" dismissible><span slot="heading">${esc(banner.heading)}</span><p>${esc(banner.message)}</p><a slot="actions" href="#sessions">${esc(banner.action)}</a></cop-campaign-banner>`,
  exit: ({ exit }) => `<cop-quick-exit href="${esc(exit.href)}"><a href="${esc(exit.href)}">${esc(exit.label)}</a></cop-quick-exit>`,
  carousel: () => '<cop-tip-carousel audience="children"></cop-tip-carousel>',
  quiz: () => '<cop-risk-quiz audience="children"></cop-risk-quiz>',
  finder: () => '<cop-helpline-finder country="KE"></cop-helpline-finder>',
};

/** Puts one of our elements in `root` and resolves when it has rendered (its updateComplete). */
export async function mountOurs(root, kind, data) {
  root.insertAdjacentHTML('beforeend', OURS[kind](data));
  await root.lastElementChild.updateComplete;
}

export const data = () => JSON.parse(document.getElementById('bench-data').textContent);

/** After the next frame has been produced: a rAF, then a task queued from it. */
export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  }));

/**
 * First render: from just before the element (or the peer's markup) is inserted to the moment
 * its own ready signal has resolved and the browser has computed style and layout for it
 * (`render`), and to after the next frame (`frame`, includes waiting for vsync).
 */
export async function measureRender(mount) {
  const root = document.getElementById('root');
  const started = performance.now();
  await mount(root);
  void document.body.offsetHeight; // style and layout, now
  const rendered = performance.now();
  await nextFrame();
  return { render: rendered - started, frame: performance.now() - started };
}

/** Loads modules an element would fetch lazily on first render, so the timing has no network in it. */
export const preload = () => Promise.all((window.benchPreload ?? []).map((url) => import(url)));

/** JavaScript files the page downloaded under /dist/. */
export const scriptsLoaded = () =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
