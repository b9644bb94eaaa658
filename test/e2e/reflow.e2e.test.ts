import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { recordQuality } from '../quality/node.js';
import { bannerShown, carouselCounter, completeQuiz, SHIPPED_LOCALES, TAGS, upgraded } from './drive.js';
import { useBrowserAndServer } from './harness.js';

/*
 * What people who enlarge, recolour or still the page see, on test/e2e/pages/all-elements.html
 * (every element from the CDN file, strict CSP):
 *   - reflow (WCAG 1.4.10): at 320 CSS px, and at 200 % zoom of a 1280 px window (640 CSS px at
 *     device scale factor 2, which is what zoom gives the layout), no sideways scrolling, nothing
 *     of an element (boxes, text) beyond its own box, and no control's text outside the control;
 *     in each shipped language in its own direction, and a language on a page of the other
 *     direction (English in a right-to-left page, Arabic in a left-to-right one);
 *   - forced colours (Windows high contrast): every control reached with Tab shows a focus
 *     outline, and every button-like control keeps a visible border (backgrounds are dropped);
 *   - reduced motion: the carousel with `autoplay` does not rotate, and nothing animates.
 */
const served = useBrowserAndServer();
const FULL = process.env.COP_FULL === '1';

interface Pair {
  lang: string;
  dir: 'ltr' | 'rtl';
}
const OWN: Pair[] = SHIPPED_LOCALES.map((lang) => ({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }));
const CROSSED: Pair[] = [
  { lang: 'en', dir: 'rtl' },
  { lang: 'ar', dir: 'ltr' },
];
// By default: English and Arabic in their own directions, Russian (long words), and English in a
// right-to-left page. COP_FULL=1: all six languages and both crossed pairs.
const PAIRS = FULL ? [...OWN, ...CROSSED] : [OWN[0], OWN[1], OWN[4], CROSSED[0]];
const WIDTHS = [640, 320];
const subset = (what: string) => (FULL ? '(full matrix)' : `(fast subset: ${what}; COP_FULL=1 for all)`);

const pageUrl = (pair: Pair, extra = '') => `${served.url}/test/e2e/pages/all-elements.html?lang=${pair.lang}&dir=${pair.dir}${extra}`;

/** In the page: what goes beyond its element, or makes the page scroll sideways. */
function reflowProblems(tags: readonly string[]): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
  const hidden = (el: Element) => Boolean(el.closest('.visually-hidden')) || !el.checkVisibility();
  const name = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : el.className ? ` class=${el.className}` : ''}>`;
  for (const tag of tags) {
    for (const host of document.querySelectorAll(tag)) {
      const box = host.getBoundingClientRect();
      const shadow = host.shadowRoot;
      if (!shadow || box.width === 0) continue;
      const beyond = (r: DOMRect) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
      for (const el of shadow.querySelectorAll('*')) {
        if (!hidden(el) && beyond(el.getBoundingClientRect())) problems.push(`${tag}: ${name(el)} goes beyond the element`);
      }
      // Text, the element's own and what the page slotted into it.
      for (const start of [shadow, host] as Node[]) {
        const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || hidden(parent) || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          if ([...range.getClientRects()].some(beyond)) problems.push(`${tag}: text "${node.textContent.trim().slice(0, 30)}" goes beyond the element`);
        }
      }
      for (const control of shadow.querySelectorAll('a[href], button, label')) {
        if (hidden(control)) continue;
        const own = control.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(control);
        if ([...range.getClientRects()].some((r) => r.width > 0 && (r.left < own.left - 1 || r.right > own.right + 1))) {
          problems.push(`${tag}: the text of ${name(control)} "${control.textContent?.trim().slice(0, 30)}" is cut by its box`);
        }
      }
    }
  }
  return problems;
}

/** In the page: the focused control (through shadow roots) and whether a focus outline shows. */
function focusIndicator(): { id: string | null; outline: boolean } {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || !(el.getRootNode() instanceof ShadowRoot)) return { id: null, outline: false };
  const host = (el.getRootNode() as ShadowRoot).host.localName;
  const id = `${host} <${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
  const style = getComputedStyle(el);
  const transparent = /^rgba\(.*,\s*0\)$|^transparent$/.test(style.outlineColor);
  return { id, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && !transparent };
}

/** In the page: button-like controls whose border is not visible. */
function borderlessControls(): string[] {
  const buttonLike: Record<string, string> = {
    'cop-quick-exit': '[part="link"]',
    'cop-campaign-banner': 'button',
    'cop-risk-quiz': 'button, a.button',
    'cop-tip-carousel': 'button',
    'cop-helpline-finder': 'select, input[type="search"], [part="action"], button',
  };
  const missing: string[] = [];
  for (const [tag, selector] of Object.entries(buttonLike)) {
    for (const host of document.querySelectorAll(tag)) {
      for (const el of host.shadowRoot?.querySelectorAll(selector) ?? []) {
        if (!el.checkVisibility()) continue;
        const style = getComputedStyle(el);
        const visible = (['Top', 'Right', 'Bottom', 'Left'] as const).every(
          (side) =>
            style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
            !/^rgba\(.*,\s*0\)$|^transparent$/.test(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
        );
        if (!visible) missing.push(`${tag} <${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`);
      }
    }
  }
  return missing;
}

/** Presses Tab through the page; returns each control reached and whether its focus showed. */
async function tabThrough(page: Page): Promise<Map<string, boolean>> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Map<string, boolean>();
  let first: string | null = null;
  for (let press = 0; press < 60; press++) {
    await page.keyboard.press('Tab');
    const { id, outline } = await page.evaluate(focusIndicator);
    if (!id) continue;
    if (id === first) break;
    first ??= id;
    reached.set(id, (reached.get(id) ?? true) && outline);
  }
  return reached;
}

describe('reflow at 320 CSS px and at 200 % zoom', () => {
  const tally = { checks: 0, overflows: 0 };
  afterAll(() =>
    recordQuality({
      id: 'a11y-reflow',
      area: 'Accessibility',
      check: `Reflow: all five elements at 320 CSS px and at 200 % zoom of a 1280 px window (640 CSS px), in the first view, at a quiz question with its feedback and at the result${FULL ? ', and at every tip of the carousel' : ''}: no sideways scrolling, nothing beyond its element, no control text cut ${subset('en, ar, ru and English in a right-to-left page')}`,
      figures: {
        'languages and directions': PAIRS.length,
        widths: WIDTHS.length,
        'views checked (pages × widths × states)': tally.checks,
        overflows: tally.overflows,
      },
      failures: ['overflows'],
    }),
  );

  for (const pair of PAIRS) {
    it(`${pair.lang} in a ${pair.dir} page: nothing overflows, nothing is cut`, async () => {
      const context = await served.browser.newContext({ viewport: { width: WIDTHS[0], height: 800 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(pageUrl(pair));
      await upgraded(page);
      const problems: string[] = [];
      const check = async (state: string) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const found = await page.evaluate(reflowProblems, TAGS);
          problems.push(...found.map((problem) => `${width} px, ${state}: ${problem}`));
          tally.checks++;
          tally.overflows += found.length;
        }
      };
      await check('first view');
      const quiz = page.locator('cop-risk-quiz');
      await quiz.locator('.actions button').first().click();
      await quiz.locator('input').first().check();
      await quiz.locator('button[type="submit"]').click();
      await quiz.locator('.feedback p').first().waitFor();
      await check('a question with feedback');
      await completeQuiz(quiz);
      await check('the result, tips reordered');
      if (FULL) {
        // Every tip of the carousel, at the narrowest width.
        const carousel = page.locator('cop-tip-carousel');
        const total = await carousel.evaluate((el) => el.shadowRoot!.querySelectorAll('[part="slide"]').length);
        for (let i = 1; i < total; i++) {
          await carousel.locator('[part="next"]').click();
          await check(`tip ${i + 1}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});

describe('forced colours', () => {
  const tally = { pages: 0, focused: 0, invisible: 0, borderless: 0 };
  afterAll(() =>
    recordQuality({
      id: 'a11y-forced-colors',
      area: 'Accessibility',
      check: `Forced colours (forced-colors: active): every control of the five elements reached with Tab shows a focus outline, and every button-like control keeps a visible border ${subset('en and ar')}`,
      figures: {
        pages: tally.pages,
        'controls focused': tally.focused,
        'invisible focus': tally.invisible,
        'controls without a border': tally.borderless,
      },
      failures: ['invisible focus', 'controls without a border'],
    }),
  );

  for (const pair of FULL ? [...OWN, ...CROSSED] : [OWN[0], OWN[1]]) {
    it(`${pair.lang} in a ${pair.dir} page: focus shows on every control, button-like controls keep a border`, async () => {
      const context = await served.browser.newContext({ forcedColors: 'active', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pageUrl(pair));
      await upgraded(page);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const reached = await tabThrough(page);
      const borderless = await page.evaluate(borderlessControls);
      // The quiz's questions and result bring their own controls.
      const quiz = page.locator('cop-risk-quiz');
      await quiz.locator('.actions button').first().click();
      await quiz.locator('input').first().check();
      for (const [id, outline] of await tabThrough(page)) reached.set(id, (reached.get(id) ?? true) && outline);
      await completeQuiz(quiz);
      for (const [id, outline] of await tabThrough(page)) reached.set(id, (reached.get(id) ?? true) && outline);
      borderless.push(...(await page.evaluate(borderlessControls)));
      await context.close();

      const invisible = [...reached].filter(([, outline]) => !outline).map(([id]) => id);
      const missing = [...new Set(borderless)];
      tally.pages++;
      tally.focused += reached.size;
      tally.invisible += invisible.length;
      tally.borderless += missing.length;
      expect(reached.size).toBeGreaterThanOrEqual(8);
      expect(invisible).toEqual([]);
      expect(missing).toEqual([]);
    });
  }
});

describe('reduced motion', () => {
  const tally = { pages: 0, rotations: 0, animations: 0, smoothScrolls: 0 };
  afterAll(() =>
    recordQuality({
      id: 'a11y-reduced-motion',
      area: 'Accessibility',
      check:
        'Reduced motion (prefers-reduced-motion: reduce): a carousel with `autoplay` does not rotate in 60 s of page time (without the preference it does), and while every element is used no animation or transition over 0.01 s runs and nothing scrolls smoothly',
      figures: {
        pages: tally.pages,
        'carousel rotations': tally.rotations,
        'animations over 0.01 s': tally.animations,
        'smooth scrolls': tally.smoothScrolls,
      },
      failures: ['carousel rotations', 'animations over 0.01 s', 'smooth scrolls'],
    }),
  );

  /** Opens the page with a controllable clock; counts smooth scrolls and every animation seen. */
  async function open(reducedMotion: 'reduce' | 'no-preference') {
    const context = await served.browser.newContext({ reducedMotion, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.addInitScript(() => {
      const seen = { smooth: 0 };
      (window as unknown as { motion: typeof seen }).motion = seen;
      const smooth = (options: unknown) => typeof options === 'object' && options !== null && (options as ScrollToOptions).behavior === 'smooth';
      for (const [owner, names] of [
        [Element.prototype, ['scrollIntoView', 'scrollTo', 'scrollBy']],
        [window, ['scrollTo', 'scrollBy']],
      ] as const) {
        for (const name of names) {
          const original = (owner as unknown as Record<string, (...args: unknown[]) => void>)[name];
          (owner as unknown as Record<string, (...args: unknown[]) => void>)[name] = function (this: unknown, ...args: unknown[]) {
            if (smooth(args[0])) seen.smooth++;
            return original.apply(this, args);
          };
        }
      }
    });
    await page.goto(pageUrl(OWN[0], '&autoplay'));
    await upgraded(page);
    return { context, page };
  }

  /** In the page: animations and transitions running or set up to run for more than 0.01 s. */
  function longMotion(tags: readonly string[]): string[] {
    const found: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (const tag of tags) for (const host of document.querySelectorAll(tag)) if (host.shadowRoot) roots.push(host.shadowRoot);
    for (const root of roots) {
      for (const animation of root.getAnimations()) {
        const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
        if (duration > 10) found.push(`${animation.constructor.name} ${duration} ms`);
      }
    }
    const seconds = (value: string) => Math.max(0, ...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
    for (const root of roots.slice(1)) {
      for (const el of root.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01) found.push(`transition on <${el.localName}>`);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) found.push(`animation on <${el.localName}>`);
      }
    }
    return found;
  }

  it('without the preference, the autoplaying carousel does rotate (so the check below can fail)', async () => {
    const { context, page } = await open('no-preference');
    const carousel = page.locator('cop-tip-carousel');
    expect(await carousel.locator('[part="rotation"]').count()).toBe(1);
    const before = await carouselCounter(carousel);
    await page.clock.runFor(60_000);
    expect(await carouselCounter(carousel)).not.toBe(before);
    await context.close();
  });

  it('with reduced motion: no rotation, no animation, no smooth scrolling while every element is used', async () => {
    const { context, page } = await open('reduce');
    const carousel = page.locator('cop-tip-carousel');
    const motion: string[] = [];
    const look = async () => motion.push(...(await page.evaluate(longMotion, TAGS)));

    expect(await carousel.locator('[part="rotation"]').count()).toBe(0);
    const before = await carouselCounter(carousel);
    await page.clock.runFor(60_000);
    const after = await carouselCounter(carousel);
    await look();
    await carousel.locator('[part="next"]').hover();
    await carousel.locator('[part="next"]').click();
    await look();
    const quiz = page.locator('cop-risk-quiz');
    await completeQuiz(quiz);
    await look();
    await quiz.locator('[part="help"]').click();
    await look();
    await page.locator('cop-helpline-finder').locator('[part="search"]').fill('zzzz');
    await look();
    await page.locator('cop-campaign-banner').locator('[part="dismiss"]').click();
    await expect.poll(() => bannerShown(page.locator('cop-campaign-banner'))).toBe(false);
    await page.locator('cop-quick-exit').locator('[part="link"]').hover();
    await look();
    const smooth = await page.evaluate(() => (window as unknown as { motion: { smooth: number } }).motion.smooth);
    await context.close();

    const rotations = after === before ? 0 : 1;
    tally.pages++;
    tally.rotations += rotations;
    tally.animations += motion.length;
    tally.smoothScrolls += smooth;
    expect(after).toBe(before);
    expect(motion).toEqual([]);
    expect(smooth).toBe(0);
  });
});
