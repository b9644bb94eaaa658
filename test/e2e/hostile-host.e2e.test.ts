import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { recordQuality } from '../quality/node.js';
import { bannerShown, carouselCounter, completeQuiz, helplinesShown, renderedElements, TAGS, upgraded } from './drive.js';
import { useBrowserAndServer } from './harness.js';

/*
 * Host pages with hostile style sheets (test/e2e/pages/hostile/*.css): resets of everything,
 * giant type, rules that hide or blank every button and link, squashed boxes and crawling
 * motion, inherited text properties that would make text invisible or push it out of its box.
 * Each element must stay usable: every control in its shadow tree shown (a box of some size, not
 * display:none, not invisible, text not transparent), reached with Tab with a visible focus
 * indicator, and the element still doing its job, used from the keyboard.
 *
 * What a host page's CSS can reach is the element's own box (the host) and the properties the
 * shadow tree inherits from it; the deployer's slotted content (the banner's heading, message and
 * actions) is the host page's own markup and styled by it, so only the controls the elements
 * render are counted.
 */
const served = useBrowserAndServer();
const PAGE = readFileSync('test/e2e/pages/all-elements.html', 'utf8');
const SHEETS = readdirSync('test/e2e/pages/hostile')
  .filter((file) => file.endsWith('.css'))
  .map((file) => file.slice(0, -4))
  .sort();

interface Control {
  id: string;
  /** A box of some size, not display:none, not visibility:hidden, not transparent. */
  shown: boolean;
  /** Scrolled to, it comes into the window (not pushed off the page). */
  onPage: boolean;
  /** Its text (or icon) sits mostly inside its box, not pushed out of it. */
  contentInside: boolean;
  /** Its text colour is not transparent. */
  legible: boolean;
  tabStop: boolean;
}

/** In the page: names every control of the elements' shadow trees and says what a person sees of it. */
function surveyControls(tags: readonly string[]): Control[] {
  const alpha = (color: string) => {
    const slash = color.split('/');
    if (slash.length > 1) return parseFloat(slash[1]);
    const parts = color.replace(/^[a-z]+\(|\)$/g, '').split(/[\s,]+/);
    return color.startsWith('rgba') ? parseFloat(parts[3]) : 1;
  };
  const found: Control[] = [];
  for (const tag of tags) {
    for (const host of document.querySelectorAll(tag)) {
      const root = host.shadowRoot;
      if (!root) continue;
      const controls = [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter(
        (el) => !el.closest('[inert]'),
      );
      controls.forEach((el, index) => {
        const input = el as HTMLInputElement;
        // A radio group is one stop in the tab order.
        const id = input.type === 'radio' ? `${tag} radio group ${input.name}` : `${tag} ${el.getAttribute('part') ?? el.localName} #${index}`;
        (el as HTMLElement & { control?: string }).control = id;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const range = document.createRange();
        range.selectNodeContents(el);
        const content = range.getBoundingClientRect();
        const overlap =
          Math.max(0, Math.min(rect.right, content.right) - Math.max(rect.left, content.left)) *
          Math.max(0, Math.min(rect.bottom, content.bottom) - Math.max(rect.top, content.top));
        const area = content.width * content.height;
        found.push({
          id,
          shown: rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          onPage: rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
          contentInside: area === 0 || overlap / area >= 0.5,
          legible: alpha(style.color) > 0,
          tabStop: el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
        });
      });
    }
  }
  return found.filter((control, i) => found.findIndex((other) => other.id === control.id) === i);
}

/** In the page: the control that has keyboard focus, and whether its focus indicator shows. */
function focused(): { id: string | null; indicator: boolean } {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const id = (active as (Element & { control?: string }) | null)?.control ?? null;
  if (!active || !id) return { id, indicator: false };
  const style = getComputedStyle(active);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
  return { id, indicator: outline };
}

/** Presses Tab through the page from the top; returns the controls reached and whether each showed focus. */
async function tabThrough(page: Page, stops: number): Promise<Map<string, boolean>> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Map<string, boolean>();
  let first: string | null = null;
  for (let press = 0; press < stops * 2 + 10; press++) {
    await page.keyboard.press('Tab');
    const { id, indicator } = await page.evaluate(focused);
    if (!id) continue;
    if (id === first) break;
    first ??= id;
    reached.set(id, (reached.get(id) ?? true) && indicator);
  }
  return reached;
}

/** Focuses a control with the keyboard (Tab until it has focus) and presses Enter on it. */
async function pressWithKeyboard(page: Page, id: string, stops: number): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let press = 0; press < stops * 2 + 10; press++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(focused)).id === id) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`${id} never had focus`);
}

const tally = { pages: 0, elements: 0, controls: 0, actions: 0, unusable: 0, broken: 0 };
afterAll(() =>
  recordQuality({
    id: 'hostile-host-sheets',
    area: 'Hostile host page',
    check: `All five elements on host pages with hostile CSS (${SHEETS.join(', ')}: \`* { all: unset }\`, 40 px root font, hidden buttons and links, \`line-height: 0\` and content-box everywhere, 100 s animations, transparent text, \`text-indent: -9999px\`…): every control shown, reached with Tab with a visible focus, and every element still working from the keyboard`,
    figures: {
      stylesheets: SHEETS.length,
      pages: tally.pages,
      elements: tally.elements,
      'controls checked': tally.controls,
      'actions that worked': tally.actions,
      'unusable controls': tally.unusable,
      'elements that stopped working': tally.broken,
    },
    failures: ['unusable controls', 'elements that stopped working'],
  }),
);

describe('a hostile host page', () => {
  it('has hostile style sheets to try', () => expect(SHEETS.length).toBeGreaterThanOrEqual(5));

  for (const sheet of SHEETS) {
    it(`${sheet}.css: every control shown, reachable by keyboard with visible focus, and every element working`, async () => {
      const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The host page: all-elements.html with the hostile sheet linked in its head, so that it
      // applies from the first render, under the same strict policy.
      const url = `${served.url}/test/e2e/pages/hostile-${sheet}.html`;
      await page.route(url, (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP },
          body: PAGE.replace('</title>', `</title>\n    <link rel="stylesheet" href="hostile/${sheet}.css" />`),
        }),
      );
      await page.goto(url);
      expect(await page.evaluate((sheet) => [...document.styleSheets].some((s) => s.href?.endsWith(`/${sheet}.css`)), sheet)).toBe(true);
      await upgraded(page).catch((error: unknown) => {
        // Elements that never render under this sheet count as stopped, on the row too.
        tally.broken += TAGS.length;
        throw error;
      });
      const elements = await renderedElements(page);

      const controls = await page.evaluate(surveyControls, TAGS);
      const stops = controls.filter((control) => control.tabStop);
      const reached = await tabThrough(page, stops.length);
      const problems = [
        ...controls.filter((c) => !c.shown).map((c) => `${c.id}: not shown`),
        ...controls.filter((c) => !c.onPage).map((c) => `${c.id}: off the page`),
        ...controls.filter((c) => !c.contentInside).map((c) => `${c.id}: text pushed out of its box`),
        ...controls.filter((c) => !c.legible).map((c) => `${c.id}: transparent text`),
        ...stops.filter((c) => !reached.has(c.id)).map((c) => `${c.id}: not reached with Tab`),
        ...stops.filter((c) => reached.get(c.id) === false).map((c) => `${c.id}: no visible focus`),
      ];
      const unusable = new Set(problems.map((problem) => problem.split(':')[0])).size;

      // Each element does its job, used from the keyboard (the quiz: its first answer with real
      // clicks, the rest through its controls).
      const carousel = page.locator('cop-tip-carousel');
      const finder = page.locator('cop-helpline-finder');
      const banner = page.locator('cop-campaign-banner');
      const broken: string[] = [];
      const attempt = async (name: string, action: () => Promise<unknown>) => {
        try {
          await action();
        } catch (error) {
          broken.push(`${name}: ${String(error).split('\n')[0]}`);
        }
      };
      await attempt('carousel moves', async () => {
        const before = await carouselCounter(carousel);
        await pressWithKeyboard(page, 'cop-tip-carousel next #1', stops.length);
        await expect.poll(() => carouselCounter(carousel), { timeout: 5000 }).not.toBe(before);
      });
      await attempt('quiz completes', () => completeQuiz(page.locator('cop-risk-quiz')));
      await attempt('finder filters', async () => {
        const listed = await helplinesShown(finder);
        expect(listed).toBeGreaterThan(0);
        await pressWithKeyboard(page, 'cop-helpline-finder search #1', stops.length);
        await page.keyboard.type('zzzz');
        await expect.poll(() => helplinesShown(finder), { timeout: 5000 }).toBe(0);
        for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
        await expect.poll(() => helplinesShown(finder), { timeout: 5000 }).toBe(listed);
      });
      await attempt('banner dismisses', async () => {
        await pressWithKeyboard(page, 'cop-campaign-banner dismiss #0', stops.length);
        await expect.poll(() => bannerShown(banner), { timeout: 5000 }).toBe(false);
      });
      await attempt('quick exit leaves', async () => {
        await pressWithKeyboard(page, 'cop-quick-exit link #0', stops.length);
        await page.waitForURL('**/quick-exit-neutral.html', { timeout: 10_000 });
      });
      await context.close();

      tally.pages++;
      tally.elements = Math.max(tally.elements, elements);
      tally.controls += controls.length;
      tally.actions += 5 - broken.length;
      tally.unusable += unusable;
      tally.broken += broken.length;
      expect(elements).toBe(TAGS.length);
      expect(controls.length).toBeGreaterThanOrEqual(8);
      expect(problems).toEqual([]);
      expect(broken).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
