import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { recordQuality } from '../quality/node.js';
import { useBrowserAndServer } from './harness.js';

/*
 * Two builds of the library on one page — dist/cdn/cop-widgets.js (loaded twice, as a careless
 * page might) and the npm build dist/index.js — with elements of both created, moved and removed
 * many times. Nothing may be left behind: no document, window or media-query listener, no timer,
 * no animation frame, no observer, no element kept in memory.
 *
 * The npm build imports `lit` by its bare name, which a browser resolves only through an import
 * map, and an import map can only be inline (browsers refuse an external one). So this page is
 * served with the strict policy plus the SHA-256 hash of that one import map
 * (`script-src 'self' 'sha256-…'`): still no 'unsafe-inline' and no 'unsafe-eval', as an npm user
 * without a bundler would deploy it. The CDN file's tags are registered first; the npm copy's
 * classes are registered by the page under npm-* tags (pages/two-copies.js), so both copies run.
 *
 * The browser project's test/lifecycle.browser.test.ts does the same for the source build, 300
 * cycles, one copy; this one runs the built files.
 */
const PAGE = 'test/e2e/pages/two-copies.html';
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(readFileSync(PAGE, 'utf8'))![1];
const POLICY = `${STRICT_CSP}; script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`;
const served = useBrowserAndServer({ csp: POLICY });

const CYCLES = 1000;

/** Installed before any script of the page: counts what is added and what is taken away again. */
function instrument(): void {
  type Live = { listeners: Map<string, string>; timeouts: Set<number>; intervals: Set<number>; frames: Set<number>; observers: Set<object> };
  const live: Live = { listeners: new Map(), timeouts: new Set(), intervals: new Set(), frames: new Set(), observers: new Set() };
  (window as unknown as { live: Live }).live = live;

  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (thing: unknown) => {
    if (!thing || (typeof thing !== 'object' && typeof thing !== 'function')) return -1;
    if (!ids.has(thing)) ids.set(thing, nextId++);
    return ids.get(thing)!;
  };
  const targetName = (target: unknown) =>
    target === window ? 'window' : target === document ? 'document' : target instanceof MediaQueryList ? `matchMedia(${target.media})#${idOf(target)}` : null;
  const keyOf = (name: string, type: string, listener: unknown, options: unknown) =>
    `${name} ${type} capture=${Boolean(typeof options === 'object' && options ? (options as AddEventListenerOptions).capture : options)} #${idOf(listener)}`;

  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    const target = this ?? window;
    const name = targetName(target);
    if (name && listener) {
      const key = keyOf(name, type, listener, options);
      live.listeners.set(key, key);
      if (typeof options === 'object' && options?.once) add.call(target, type, () => live.listeners.delete(key), { once: true, capture: options.capture });
      options && typeof options === 'object' && options.signal?.addEventListener('abort', () => live.listeners.delete(key));
    }
    return add.call(target, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    const target = this ?? window;
    const name = targetName(target);
    if (name && listener) live.listeners.delete(keyOf(name, type, listener, options));
    return remove.call(target, type, listener, options);
  };
  const addListener = MediaQueryList.prototype.addListener;
  const removeListener = MediaQueryList.prototype.removeListener;
  MediaQueryList.prototype.addListener = function (this: MediaQueryList, listener) {
    live.listeners.set(keyOf(targetName(this)!, 'change(addListener)', listener, false), 'addListener');
    return addListener.call(this, listener);
  };
  MediaQueryList.prototype.removeListener = function (this: MediaQueryList, listener) {
    live.listeners.delete(keyOf(targetName(this)!, 'change(addListener)', listener, false));
    return removeListener.call(this, listener);
  };

  const { setTimeout, setInterval, clearTimeout, clearInterval, requestAnimationFrame, cancelAnimationFrame } = window;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    let id = 0;
    const run = typeof handler === 'function' ? (...args: unknown[]) => (live.timeouts.delete(id), (handler as (...a: unknown[]) => void)(...args)) : handler;
    id = setTimeout(run, delay, ...rest) as unknown as number;
    live.timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = setInterval(handler, delay, ...rest) as unknown as number;
    live.intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  // Either clears either kind of timer.
  window.clearTimeout = window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.timeouts.delete(id), live.intervals.delete(id);
    clearTimeout(id);
    clearInterval(id);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (callback) => {
    let id = 0;
    id = requestAnimationFrame((time) => (live.frames.delete(id), callback(time)));
    live.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    live.frames.delete(id);
    cancelAnimationFrame(id);
  };

  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as { new (...args: unknown[]): { observe(...a: unknown[]): void; unobserve?(t: unknown): void; disconnect(): void } };
    const targets = new WeakMap<object, Set<unknown>>();
    class Watched extends Original {
      override observe(target: unknown, ...rest: unknown[]) {
        if (!targets.has(this)) targets.set(this, new Set());
        targets.get(this)!.add(target);
        live.observers.add(this);
        return super.observe(target, ...rest);
      }
      override unobserve(target: unknown) {
        targets.get(this)?.delete(target);
        if (!targets.get(this)?.size) live.observers.delete(this);
        return super.unobserve?.(target);
      }
      override disconnect() {
        targets.delete(this);
        live.observers.delete(this);
        return super.disconnect();
      }
    }
    Object.defineProperty(window, name, { value: Watched, configurable: true, writable: true });
  }
}

describe('two copies of the library on one page', () => {
  it(`leave nothing behind after ${CYCLES} cycles of creating, moving and removing all five elements of each copy`, async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const violations: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // Each copy after the first says once that it stood aside for <cop-campaign-banner>.
    let copies = 1;
    page.on('console', (message) => message.type() === 'warning' && /<cop-campaign-banner> is already registered/.test(message.text()) && copies++);
    await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.addInitScript(instrument);
    await page.goto(`${served.url}/${PAGE}`);
    await page.waitForFunction(() => document.documentElement.dataset.npmCopy && customElements.get('npm-helpline-finder'));
    await page.waitForFunction(() => document.querySelector('cop-campaign-banner')?.shadowRoot?.querySelector('[part="base"]'));

    const result = await page.evaluate(async (cycles) => {
      type Live = { listeners: Map<string, string>; timeouts: Set<number>; intervals: Set<number>; frames: Set<number>; observers: Set<object> };
      type Updating = HTMLElement & { updateComplete: Promise<unknown> };
      const live = (window as unknown as { live: Live }).live;
      const snapshot = () => ({
        listeners: new Set(live.listeners.keys()),
        timeouts: new Set(live.timeouts),
        intervals: new Set(live.intervals),
        frames: new Set(live.frames),
        observers: new Set(live.observers),
      });
      const settle = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))));
      await settle();
      const before = snapshot();

      // Each copy's five elements, with what arms their timers: a schedule (the banner's timeout
      // until `end`), autoplay (the carousel's interval), a country (the finder's minute timer).
      const markup = (prefix: string) => `
        <${prefix}-campaign-banner campaign="cycle" dismissible start="2020-01-01" end="2099-12-31"><span slot="heading">Hi</span><p>Hello</p></${prefix}-campaign-banner>
        <${prefix}-quick-exit href="/test/e2e/pages/quick-exit-neutral.html"></${prefix}-quick-exit>
        <${prefix}-tip-carousel autoplay audience="teens"></${prefix}-tip-carousel>
        <${prefix}-risk-quiz audience="teens"></${prefix}-risk-quiz>
        <${prefix}-helpline-finder country="KE"></${prefix}-helpline-finder>`;
      const both = markup('cop') + markup('npm');
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      const refs: WeakRef<Element>[] = [];
      let peak = { timeouts: 0, intervals: 0, listeners: 0 };
      const rendered = (els: Element[]) => Promise.all(els.map((el) => (el as Updating).updateComplete));
      for (let cycle = 0; cycle < cycles; cycle++) {
        // Both copies at once when they render side by side; otherwise one copy at a time, in turn.
        a.innerHTML = cycle % 4 === 0 ? both : markup(Math.floor(cycle / 4) % 2 ? 'npm' : 'cop');
        const els = [...a.children];
        els.forEach((el) => refs.push(new WeakRef(el)));
        switch (cycle % 4) {
          case 0: // both copies rendered on the page, used, moved, rendered again, removed
            await rendered(els);
            document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
            peak = {
              timeouts: Math.max(peak.timeouts, live.timeouts.size),
              intervals: Math.max(peak.intervals, live.intervals.size),
              listeners: Math.max(peak.listeners, live.listeners.size),
            };
            b.append(...els);
            await rendered(els);
            b.replaceChildren();
            break;
          case 1: // moved and removed before the first render
            b.append(...els);
            b.replaceChildren();
            break;
          case 2: // removed from a later task
            await new Promise((done) => setTimeout(done, 0));
            b.append(...els);
            b.replaceChildren();
            break;
          default: // moved, rendered in the new place, removed
            b.append(...els);
            await rendered(els);
            b.replaceChildren();
        }
      }
      await Promise.all(refs.map((ref) => (ref.deref() as Updating | undefined)?.updateComplete));
      a.remove();
      b.remove();
      await settle();
      const after = snapshot();
      const left = <T,>(key: keyof ReturnType<typeof snapshot>) =>
        [...(after[key] as Set<T>)].filter((item) => !(before[key] as Set<T>).has(item));
      (window as unknown as { refs: WeakRef<Element>[] }).refs = refs;
      return {
        distinctClasses: customElements.get('npm-risk-quiz') !== customElements.get('cop-risk-quiz'),
        created: refs.length,
        peak,
        listeners: left<string>('listeners'),
        timeouts: left<number>('timeouts').length,
        intervals: left<number>('intervals').length,
        frames: left<number>('frames').length,
        observers: left<object>('observers').length,
      };
    }, CYCLES);

    // Elements still in memory after a full garbage collection: something (a listener, a timer,
    // a shared registry) would be holding them.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const kept = await page.evaluate(() => (window as unknown as { refs: WeakRef<Element>[] }).refs.filter((ref) => ref.deref()).length);
    await context.close();

    recordQuality({
      id: 'coexistence-two-copies-lifecycle',
      area: 'Coexistence',
      check: `dist/cdn/cop-widgets.js loaded twice and the npm build (dist/index.js, its classes registered under npm-* tags) on one page, under \`default-src 'self'\` with the import map allowed by its hash; the five elements of each copy created, moved and removed ${CYCLES} times (both copies side by side every fourth cycle, one copy in turn otherwise; rendered before removal or not)`,
      figures: {
        'copies loaded': copies,
        cycles: CYCLES,
        'elements created': result.created,
        'listeners left': result.listeners.length,
        'intervals left': result.intervals,
        'timeouts left': result.timeouts,
        'animation frames left': result.frames,
        'observers left': result.observers,
        'elements kept in memory': kept,
        'uncaught errors': errors.length,
        violations: violations.length,
      },
      failures: ['listeners left', 'intervals left', 'timeouts left', 'animation frames left', 'observers left', 'elements kept in memory', 'uncaught errors', 'violations'],
    });

    expect(copies).toBe(3);
    // The npm copy's classes are its own, not the CDN file's.
    expect(result.distinctClasses).toBe(true);
    expect(result.created).toBe((CYCLES / 4) * 10 + (CYCLES * 3 / 4) * 5);
    // The instrument saw the elements at work (or it would prove nothing): each copy's carousel
    // interval and finder minute timer, the banners' schedule and the Shift press timers.
    expect(result.peak.intervals).toBeGreaterThanOrEqual(4);
    expect(result.peak.timeouts).toBeGreaterThanOrEqual(4);
    expect(result.listeners).toEqual([]);
    expect({ intervals: result.intervals, timeouts: result.timeouts, frames: result.frames, observers: result.observers }).toEqual({
      intervals: 0,
      timeouts: 0,
      frames: 0,
      observers: 0,
    });
    expect(kept).toBe(0);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });
});
