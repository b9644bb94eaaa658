import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright';
import { useBrowserAndServer } from './harness.js';
import { recordQuality } from '../quality/node.js';

/*
 * Keyboard-only journeys through the demo campaign site, as `npm start` serves it (built CDN file,
 * strict Content-Security-Policy): one per element, driven by Tab, Shift+Tab, Enter, Space, arrow
 * keys and typing only. After every key the focused element (through shadow roots) must be
 * something, not <body>; must show a focus indicator (:focus-visible with an outline); must be
 * on screen and not entirely hidden under anything, the sticky quick exit included (WCAG 2.4.7,
 * 2.4.11); and must be where a person expects it at the points each journey names.
 *
 * The element-level keyboard tests (test/*.browser.test.ts) check each element alone from the
 * sources; these check the built files together on a real page.
 *
 * Also here: axe with every rule, `region` included (but for the quick exit, see below), on the six
 * language versions of the demo.
 */

const served = useBrowserAndServer();
const require = createRequire(import.meta.url);

const figures = { journeys: 0, keystrokes: 0, lost: 0, invisible: 0, offscreen: 0, obscured: 0, misplaced: 0 };

/** What the person would see of focus: where it is and whether it shows. */
interface FocusState {
  lost: boolean;
  /** The focused element, for messages: tag, part/id/class, text. */
  what: string;
  focusVisible: boolean;
  indicator: boolean;
  onScreen: boolean;
  onTop: boolean;
}

function readFocus(): FocusState {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) {
    return { lost: true, what: el?.localName ?? 'nothing', focusVisible: false, indicator: false, onScreen: false, onTop: false };
  }
  const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
  const what = `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}${el.id ? ` id=${el.id}` : ''}> "${label}"`;
  const style = getComputedStyle(el);
  const transparent = (color: string) => color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
  const indicator =
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) ||
    (style.boxShadow !== 'none' && style.boxShadow !== '');
  const box = el.getBoundingClientRect();
  const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  // Focus Not Obscured (minimum): some of the element must be on top, under no sticky bar.
  const root = el.getRootNode() as Document | ShadowRoot;
  const points = [
    [0.5, 0.5],
    [0.15, 0.15],
    [0.85, 0.15],
    [0.15, 0.85],
    [0.85, 0.85],
  ]
    .map(([fx, fy]) => [box.left + box.width * fx, box.top + box.height * fy])
    .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
  const onTop = points.some(([x, y]) => {
    const hit = root.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
  return { lost: false, what, focusVisible: el.matches(':focus-visible'), indicator, onScreen, onTop };
}

/** A person at the keyboard: every key is counted, and focus is checked after each. */
class Person {
  readonly problems: string[] = [];
  keystrokes = 0;

  constructor(readonly page: Page) {}

  async focus(): Promise<FocusState> {
    return this.page.evaluate(readFocus);
  }

  /** Presses a key (or types text, one key per character) and checks focus afterwards. */
  async press(key: string, { typing = false } = {}): Promise<FocusState> {
    if (typing) {
      for (const character of key) {
        await this.page.keyboard.type(character);
        this.keystrokes++;
      }
    } else {
      await this.page.keyboard.press(key);
      this.keystrokes++;
    }
    // Let the elements finish the update the key caused (focus can move in `updated`), and a
    // smooth scroll come to rest: the person looks once the page is still.
    await this.page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cop-'));
      await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      let still = 0;
      for (let frames = 0, last = `${scrollX},${scrollY}`; still < 3 && frames < 300; frames++) {
        await frame();
        const now = `${scrollX},${scrollY}`;
        still = now === last ? still + 1 : 0;
        last = now;
      }
    });
    const state = await this.focus();
    const at = `after ${key} (#${this.keystrokes})`;
    if (state.lost) {
      figures.lost++;
      this.problems.push(`${at}: focus lost (${state.what})`);
    } else {
      if (!state.focusVisible || !state.indicator) {
        figures.invisible++;
        this.problems.push(`${at}: no visible focus on ${state.what}`);
      }
      if (!state.onScreen) {
        figures.offscreen++;
        this.problems.push(`${at}: focused ${state.what} is off screen`);
      } else if (!state.onTop) {
        figures.obscured++;
        this.problems.push(`${at}: focused ${state.what} is hidden under something`);
      }
    }
    return state;
  }

  /** Presses `key` until the focused element matches (a test on readFocus's `what`), at most `limit` times. */
  async pressUntil(key: string, wanted: (what: string) => boolean, limit = 40): Promise<FocusState> {
    for (let i = 0; i < limit; i++) {
      const state = await this.press(key);
      if (!state.lost && wanted(state.what)) return state;
    }
    throw new Error(`pressed ${key} ${limit} times without reaching the wanted element; problems: ${this.problems.join('; ')}`);
  }

  /** Records that focus is not where a person expects it. */
  expectFocus(state: FocusState, wanted: (what: string) => boolean, where: string): void {
    if (state.lost || !wanted(state.what)) {
      figures.misplaced++;
      this.problems.push(`expected focus on ${where}, found ${state.what}`);
    }
  }
}

/**
 * Opens a demo page with the keyboard person. `rewrite` may change the HTML, as a deployer would;
 * `prepare` runs before the page loads (routes, for instance).
 */
async function visit(
  path: string,
  { rewrite, prepare }: { rewrite?: (html: string) => string; prepare?: (page: Page) => Promise<unknown> } = {},
): Promise<{ context: BrowserContext; person: Person; errors: string[] }> {
  const context = await served.browser.newContext({ timezoneId: 'Europe/London', reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  if (rewrite) {
    await page.route(`**${path.split('?')[0]}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  await prepare?.(page);
  await page.goto(`${served.url}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() =>
    ['cop-campaign-banner', 'cop-risk-quiz', 'cop-tip-carousel', 'cop-helpline-finder', 'cop-quick-exit'].every((tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"], [part~="link"]'),
    ),
  );
  await page.waitForFunction(() => document.querySelector('cop-helpline-finder')!.shadowRoot!.querySelector('[part="helpline"]'));
  return { context, person: new Person(page), errors };
}

/** Whether readFocus's `what` names an element with this part. */
const part = (name: string) => (what: string) => new RegExp(` part=(\\S+ )*${name}[ >]`).test(what);

afterAll(() => {
  recordQuality({
    id: 'a11y-keyboard-journeys',
    area: 'Accessibility',
    check:
      'Keyboard-only journeys on the demo site from the built CDN file (dismiss the banner; move through tips and stop rotation; complete the quiz to its profile and reach the helplines; choose a country, filter and reach a call link; leave with the quick exit, also pressing Shift while the page is still loading), focus checked after every key',
    figures: {
      journeys: figures.journeys,
      keystrokes: figures.keystrokes,
      'focus lost': figures.lost,
      'focus not visible': figures.invisible,
      'focus off screen': figures.offscreen,
      'focus hidden under something': figures.obscured,
      'focus not where expected': figures.misplaced,
    },
    failures: ['focus lost', 'focus not visible', 'focus off screen', 'focus hidden under something', 'focus not where expected'],
  });
});

/** Ends a journey: counts it and its keys, closes it, and asserts nothing went wrong. */
async function finish(context: BrowserContext, person: Person, errors: string[]): Promise<void> {
  figures.journeys++;
  figures.keystrokes += person.keystrokes;
  await context.close();
  expect(errors).toEqual([]);
  expect(person.problems).toEqual([]);
}

describe('keyboard-only journeys on the demo site', () => {
  it('banner: Tab to its dismiss button, Enter; focus moves on to what follows it', async () => {
    const { context, person, errors } = await visit('/demo/index.html');
    const page = person.page;
    // The first stop of the page is the quick exit.
    const first = await person.press('Tab');
    person.expectFocus(first, part('link'), 'the quick exit link');
    await person.pressUntil('Tab', part('dismiss'));
    await person.press('Enter');
    expect(await page.evaluate(() => document.querySelector('cop-campaign-banner')!.shadowRoot!.querySelector('[part~="base"]'))).toBeNull();
    const after = await person.focus();
    const expected = await page.evaluate(() => document.querySelector('nav.audiences a')!.textContent);
    person.expectFocus(after, (what) => what.startsWith('<a') && what.includes(expected!), `"${expected}", the next link after the banner`);
    await finish(context, person, errors);
  });

  it('tips: next and previous keep focus, arrows follow reading direction, rotation stops from the keyboard', async () => {
    // The parents' carousel rotating, as a deployer may set it (autoplay).
    const { context, person, errors } = await visit('/demo/index.html', {
      rewrite: (html) => html.replace('picker="tabs"', 'picker="tabs" autoplay'),
    });
    const page = person.page;
    const current = (index: number) =>
      page.evaluate((i) => document.querySelectorAll('cop-tip-carousel')[i].shadowRoot!.querySelector('[part="slide"][data-current]')!.id, index);
    await person.pressUntil('Tab', part('next'));
    await person.press('Enter');
    await person.press('Enter');
    expect(await current(0)).toBe('slide-2');
    person.expectFocus(await person.focus(), part('next'), '"Next tip" (activating it does not move focus)');
    await person.press('ArrowRight');
    expect(await current(0)).toBe('slide-3');
    const previous = await person.press('Shift+Tab');
    person.expectFocus(previous, part('previous'), '"Previous tip"');
    await person.press('Enter');
    expect(await current(0)).toBe('slide-2');

    // On to the rotating carousel: its first stop is the rotation button, which names the action.
    const rotation = await person.pressUntil('Tab', part('rotation'));
    const label = () => page.evaluate(() => document.querySelectorAll('cop-tip-carousel')[1].shadowRoot!.querySelector('[part="rotation"]')!.getAttribute('aria-label'));
    const live = () => page.evaluate(() => document.querySelectorAll('cop-tip-carousel')[1].shadowRoot!.querySelector('[part="slides"]')!.getAttribute('aria-live'));
    expect(rotation.what).toContain('Stop tip rotation');
    expect(await live()).toBe('off');
    await person.press('Enter');
    expect(await label()).toBe('Start tip rotation');
    expect(await live()).toBe('polite');
    person.expectFocus(await person.focus(), part('rotation'), 'the rotation button');
    // The tab picker: arrows move between tips and take focus along.
    const tab = await person.pressUntil('Tab', (what) => what.includes('Tip 1:'));
    expect(tab.what).toContain('<button');
    const moved = await person.press('ArrowRight');
    person.expectFocus(moved, (what) => what.includes('Tip 2:'), 'the second tip in the picker');
    await finish(context, person, errors);
  });

  it('tips in Arabic: the right arrow goes back, the left arrow forward', async () => {
    const { context, person, errors } = await visit('/demo/ar.html');
    const page = person.page;
    const current = () => page.evaluate(() => document.querySelector('cop-tip-carousel')!.shadowRoot!.querySelector('[part="slide"][data-current]')!.id);
    await person.pressUntil('Tab', part('next'));
    await person.press('ArrowLeft');
    await person.press('ArrowLeft');
    expect(await current()).toBe('slide-2');
    await person.press('ArrowRight');
    expect(await current()).toBe('slide-1');
    await finish(context, person, errors);
  });

  it('quiz: start, answer every question, reach the profile, then "Talk to someone" reaches the helplines', async () => {
    const { context, person, errors } = await visit('/demo/index.html');
    const page = person.page;
    const start = await person.pressUntil('Tab', (what) => what.includes('Start the quiz'));
    expect(start.what).toContain('<button');
    let state = await person.press('Enter');
    person.expectFocus(state, part('prompt'), 'the first question');
    const goesOn = (what: string) => what.includes('Next question') || what.includes('See your results');
    for (let question = 1; question <= 40 && !state.what.includes('Your results'); question++) {
      // Into the choices: the first radio or checkbox, chosen with Space.
      await person.press('Tab');
      await person.press('Space');
      if (question % 2 === 1) {
        // Enter on a choice submits the form, as in any form: the choices lock, focus must not be lost with them.
        state = await person.press('Enter');
      } else {
        await person.pressUntil('Tab', (what) => what.includes('Check answer'));
        state = await person.press('Enter');
      }
      person.expectFocus(state, goesOn, `the button that goes on, after checking question ${question}`);
      if (!goesOn(state.what)) await person.pressUntil('Tab', goesOn);
      state = await person.press('Enter');
      if (!state.what.includes('Your results')) person.expectFocus(state, part('prompt'), `question ${question + 1}`);
    }
    person.expectFocus(state, (what) => what.includes('Your results'), 'the result heading');
    const profile = await page.evaluate(() => document.querySelector('cop-risk-quiz')!.shadowRoot!.querySelector('[part="result"]')!.textContent!);
    expect(profile).toMatch(/\d+ out of \d+/);
    await person.pressUntil('Tab', part('help'));
    state = await person.press('Enter');
    person.expectFocus(state, (what) => what.includes('id=helplines'), 'the helpline finder');
    const country = await person.press('Tab');
    person.expectFocus(country, part('country'), 'the country list, the finder\'s first control');
    await finish(context, person, errors);
  });

  it('helplines: choose a country by typing, search, and reach a call link', async () => {
    const kenya = JSON.parse(readFileSync('src/data/helplines/ke.json', 'utf8')) as {
      helplines: { name: string; contacts: { method: string; number?: { display: string } }[] }[];
    };
    const line = kenya.helplines.find((record) => record.contacts.some((contact) => contact.method === 'phone'))!;
    const number = line.contacts.find((contact) => contact.method === 'phone')!.number!.display;
    const { context, person, errors } = await visit('/demo/index.html');
    const page = person.page;
    await person.pressUntil('Tab', part('country'));
    await person.press('Kenya', { typing: true });
    expect(await page.evaluate(() => document.querySelector('cop-helpline-finder')!.shadowRoot!.querySelector('select')!.value)).toBe('KE');
    await page.waitForFunction(
      (name) => [...document.querySelector('cop-helpline-finder')!.shadowRoot!.querySelectorAll('[part="helpline"] [role="heading"]')].some((h) => h.textContent === name),
      line.name,
    );
    await person.pressUntil('Tab', part('search'));
    await person.press(number, { typing: true });
    const link = await person.pressUntil('Tab', part('action'));
    const href = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el!.getAttribute('href');
    });
    expect(href).toMatch(/^tel:/);
    expect(link.what).toContain(number);
    await finish(context, person, errors);
  });

  it('quick exit: Shift three times from the search field leaves the page', async () => {
    const { context, person, errors } = await visit('/demo/index.html');
    const page = person.page;
    await page.route('https://www.wikipedia.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title>' }));
    await person.pressUntil('Tab', part('search'));
    await person.press('Shift');
    await person.press('Shift');
    const status = await page.evaluate(() => document.querySelector('cop-quick-exit')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim());
    expect(status).toContain('1');
    const leaving = page.waitForURL('https://www.wikipedia.org/**');
    await page.keyboard.press('Shift');
    person.keystrokes++;
    await leaving;
    expect(await page.title()).toBe('Neutral');
    await finish(context, person, errors);
  });

  it('quick exit: Shift presses made while the page is still loading (a slow image) count', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const { context, person, errors } = await visit('/demo/index.html', {
      rewrite: (html) => html.replace('</main>', '<img src="/demo/slow-photo.png" alt="" width="1" height="1" /></main>'),
      prepare: async (page) => {
        await page.addInitScript(() => addEventListener('pageshow', () => ((window as unknown as { shown: boolean }).shown = true)));
        await page.route('**/demo/slow-photo.png', async (route) => {
          await held;
          await route.fulfill({ contentType: 'image/png', body: ONE_PIXEL_PNG });
        });
        await page.route('https://www.wikipedia.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title>' }));
      },
    });
    const page = person.page;
    await person.press('Tab');
    await person.press('Shift');
    await person.press('Shift');
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    // The image arrives: the page finishes loading (load, then pageshow) between two presses.
    release();
    await page.waitForFunction(() => (window as unknown as { shown?: boolean }).shown === true);
    const leaving = page.waitForURL('https://www.wikipedia.org/**');
    await page.keyboard.press('Shift');
    person.keystrokes++;
    await leaving;
    expect(await page.title()).toBe('Neutral');
    await finish(context, person, errors);
  });
});

/** The smallest PNG: one transparent pixel. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeFigures = { pages: 0, violations: 0, rules: 0 };

describe('the demo site in its six languages: axe with every rule', () => {
  afterAll(() => {
    recordQuality({
      id: 'a11y-demo-pages',
      area: 'Accessibility',
      check:
        'The demo campaign page in en, ar, es, fr, ru and zh-Hans with all five elements rendered: axe with every rule, landmarks (`region`) included except for `<cop-quick-exit>`, which sits first in `<body>` by design',
      figures: { pages: axeFigures.pages, 'axe rules run (all pages)': axeFigures.rules, 'axe violations': axeFigures.violations },
      failures: ['axe violations'],
    });
  });

  for (const file of ['index.html', 'ar.html', 'es.html', 'fr.html', 'ru.html', 'zh-Hans.html']) {
    it(file, async () => {
      const { context, person, errors } = await visit(`/demo/${file}`);
      // Evaluated through the DevTools protocol, which the page's CSP does not govern.
      await person.page.evaluate(axeSource);
      const result = await person.page.evaluate(async () => {
        const axe = (window as unknown as {
          axe: {
            run(
              context: unknown,
              options?: unknown,
            ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[]; passes: unknown[]; inapplicable: unknown[]; incomplete: unknown[] }>;
          };
        }).axe;
        // Every rule on the whole page, except `region` for <cop-quick-exit> alone: the README asks
        // for it first in <body>, outside any landmark, so that it is the first Tab stop and sticks
        // over the whole page (GOV.UK's "Exit this page" has no landmark either). `region` is an
        // axe best practice, not a WCAG criterion; it still runs on everything else.
        const everyRule = await axe.run(document, { rules: { region: { enabled: false } } });
        const landmarks = await axe.run({ exclude: [['cop-quick-exit']] }, { runOnly: ['region'] });
        const found = [everyRule, landmarks];
        return {
          rules: found.reduce((sum, r) => sum + r.violations.length + r.passes.length + r.inapplicable.length + r.incomplete.length, 0),
          violations: found.flatMap((r) => r.violations).map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
        };
      });
      await context.close();
      axeFigures.pages++;
      axeFigures.rules += result.rules;
      axeFigures.violations += result.violations.length;
      expect(errors).toEqual([]);
      expect(result.violations).toEqual([]);
    });
  }
});
