import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import { registerTranslation, type TranslationDocument } from '../src/classes.js';
import { validate, type Schema } from '../src/core/content/schema.js';
import { bannerSchema } from '../src/components/campaign-banner/campaign-banner.schema.js';
import { tipsSchema } from '../src/components/tip-carousel/tip-carousel.schema.js';
import { quizSchema } from '../src/components/risk-quiz/risk-quiz.schema.js';
import { helplinesSchema } from '../src/components/helpline-finder/helpline-finder.schema.js';
import { recordQuality } from './quality/browser.js';
import {
  EXECUTED_FLAG,
  MARKUP,
  SEED,
  SEEDS,
  UNSAFE_SCHEMES,
  UNSAFE_URLS,
  VALUES,
  describePlanted,
  everyValueInEveryField,
  mutate,
  mutateText,
  payloadInEveryField,
  random,
  type Kind,
} from './fuzz/mutate.js';

// Feeds mutated documents of every kind to the elements themselves — through the `content`
// property and as inline JSON — and translations through registerTranslation(). Counts what a
// deployer would see: documents shown or refused, each refusal a `cop-error` with a clear message
// and a short line in the element, never an uncaught error, never planted markup or script run,
// never a javascript:, data: or vbscript: link rendered. The mutations are test/fuzz/mutate.ts's,
// the same as the node fuzzer's; a fixed seed makes every run the same.

const MUTATED = 1000;
const CODES = ['invalid-json', 'invalid-content', 'load-failed', 'invalid-attribute', 'locale-unavailable'];

type El = HTMLElement & { content: unknown; updateComplete: Promise<boolean> };

// ---------------------------------------------------------------------------------------------
// What the page sees: uncaught errors, and whether a payload ran.

let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);
const executed = () => Number((globalThis as Record<string, unknown>)[EXECUTED_FLAG] ?? 0);
let host: HTMLElement;

beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  // Every refusal is also written to the console; thousands of lines would only slow the run.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  host = document.createElement('div');
  document.body.append(host);
});

afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  host.remove();
  vi.restoreAllMocks();
});

/** What a planted payload left in a shadow root: elements markup would create, and links with a refused scheme. */
function inspect(root: ShadowRoot | null): { markup: string[]; unsafe: string[] } {
  const markup: string[] = [];
  const unsafe: string[] = [];
  for (const node of root?.querySelectorAll('*') ?? []) {
    const tag = node.localName;
    if (['script', 'img', 'iframe', 'object', 'embed', 'frame', 'b', 'style', 'math'].includes(tag)) markup.push(tag);
    for (const attribute of node.attributes) {
      if (attribute.name.startsWith('on')) markup.push(`${tag}[${attribute.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attribute.name)) {
        let scheme = '';
        try {
          scheme = new URL(attribute.value, document.baseURI).protocol;
        } catch {
          // Not a URL at all: the browser will not follow it either.
        }
        if (UNSAFE_SCHEMES.includes(scheme) || attribute.name === 'srcdoc') unsafe.push(`${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
  }
  return { markup, unsafe };
}

/** Waits until the element has rendered what it was given (its first render waits for the document to be checked). */
async function settle(el: El): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
}

/** A message a deployer can act on: words, not an empty string, a bare code or a stray "undefined". */
function clear(message: unknown, code?: string): boolean {
  return typeof message === 'string' && message.trim().length > 0 && message !== code && !/undefined|\[object |NaN/.test(message);
}

/** Goes through the whole quiz, answering question `q` with choice `pick(q)`, so every text of the path is rendered. */
async function playQuiz(el: El, pick: (question: number) => number): Promise<void> {
  const root = el.shadowRoot!;
  const click = async (element: Element | null | undefined) => {
    (element as HTMLElement | null)?.click();
    await settle(el);
  };
  if (root.querySelector('[part="intro"]')) await click(root.querySelector('[part="actions"] button'));
  for (let q = 0; q < 200 && root.querySelector('[part="question"]'); q++) {
    const inputs = root.querySelectorAll<HTMLInputElement>('input[name="answer"]');
    await click(inputs[pick(q) % inputs.length]);
    await click(root.querySelector('button[type="submit"]')); // check answer: feedback shows
    await click(root.querySelector('button[type="submit"]')); // next question, or the result
  }
}

// ---------------------------------------------------------------------------------------------
// The elements that read documents.

interface Target {
  tag: string;
  attributes: Record<string, string>;
  schema: Schema<unknown>;
  /** Brings every text of an accepted document on screen (the quiz shows one question at a time). */
  play?: (el: El, path: string) => Promise<void>;
}

const TARGETS: Record<Exclude<Kind, 'translation'>, Target> = {
  banner: { tag: 'cop-campaign-banner', attributes: { campaign: 'fuzz', remember: 'none', dismissible: '' }, schema: bannerSchema as Schema<unknown> },
  // No `audience`: a deployer's document shows all its tips; tabs put each title in a label too.
  tips: { tag: 'cop-tip-carousel', attributes: { picker: 'tabs' }, schema: tipsSchema as Schema<unknown> },
  quiz: {
    tag: 'cop-risk-quiz',
    attributes: { 'help-href': 'https://example.org/help' },
    schema: quizSchema as Schema<unknown>,
    play: (el, path) => {
      // A payload in a choice is rendered with that choice's feedback when it is picked.
      const [, question, choice] = /^questions\.(\d+)\.choices\.(\d+)\./.exec(path) ?? [];
      return playQuiz(el, (q) => (question !== undefined && q === Number(question) ? Number(choice) : q));
    },
  },
  helplines: { tag: 'cop-helpline-finder', attributes: { country: 'FR', bundled: 'false' }, schema: helplinesSchema as Schema<unknown> },
};

interface Tally {
  viaContent: number;
  viaInline: number;
  accepted: number;
  refused: number;
  copErrors: number;
  unclear: number;
  markup: number;
  unsafe: number;
  mismatched: number;
  problems: string[];
}

const tally = (): Tally => ({ viaContent: 0, viaInline: 0, accepted: 0, refused: 0, copErrors: 0, unclear: 0, markup: 0, unsafe: 0, mismatched: 0, problems: [] });

/**
 * Mounts a fresh element with one document (as `content`, or as inline JSON text), and counts
 * what it shows: the document, or a refusal with a `cop-error` and a line in the element.
 */
async function feed(target: Target, input: { document: unknown } | { text: string }, label: string, path: string, t: Tally): Promise<void> {
  const el = document.createElement(target.tag) as El;
  for (const [name, value] of Object.entries(target.attributes)) el.setAttribute(name, value);
  const events: { code: string; message: string }[] = [];
  let heard: () => void = () => undefined;
  const reported = new Promise<void>((resolve) => (heard = resolve));
  el.addEventListener('cop-error', (event) => {
    events.push((event as CustomEvent<{ code: string; message: string }>).detail);
    heard();
  });

  let expected: boolean;
  if ('document' in input) {
    el.content = input.document;
    expected = validate(target.schema, input.document).ok;
    t.viaContent++;
  } else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = input.text;
    el.append(script);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text);
      expected = validate(target.schema, parsed).ok;
    } catch {
      expected = false;
    }
    t.viaInline++;
  }

  host.append(el);
  await settle(el);
  const root = el.shadowRoot!;
  const line = root.querySelector('[part="error"]');
  if (line) {
    t.refused++;
    // The report follows once the element's sentences are loaded.
    await Promise.race([reported, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (!clear(line.textContent)) (t.unclear++, t.problems.push(`${label}: empty line in the element`));
    if (events.length !== 1 || !clear(events[0].message, events[0].code) || !CODES.includes(events[0].code)) {
      t.unclear++;
      t.problems.push(`${label}: cop-error ${JSON.stringify(events)}`);
    }
  } else {
    t.accepted++;
    // Once checked, an inline document renders exactly as the same document given as `content`: walk through that one.
    if (target.play && 'document' in input) await target.play(el, path);
  }
  if (Boolean(line) === expected) (t.mismatched++, t.problems.push(`${label}: ${expected ? 'valid document refused' : 'invalid document shown'}`));

  const { markup, unsafe } = inspect(root);
  if (markup.length) (t.markup += markup.length, t.problems.push(`${label}: markup rendered ${markup.join(' ')}`));
  if (unsafe.length) (t.unsafe += unsafe.length, t.problems.push(`${label}: unsafe link ${unsafe.join(' ')}`));
  el.remove();
  // Reports that arrive late (for a document that was shown) are counted too.
  t.copErrors += events.length;
}

/**
 * A careless element, for the control test below: it writes its document's message into its
 * shadow root as HTML, with its first action's link as given, and never refuses anything.
 */
class LeakyBanner extends HTMLElement {
  content: unknown;
  updateComplete = Promise.resolve(true);
  connectedCallback() {
    const doc = this.content as { message: string; actions: { href: string }[] };
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = `<section part="base">${doc.message}<a href="${doc.actions[0].href}">more</a></section>`;
  }
}
customElements.define('cop-fuzz-leaky-banner', LeakyBanner);

describe('the fuzzer itself', () => {
  it('sees a payload that runs, markup that renders and an unsafe link, in an element that lets them through', async () => {
    const t = tally();
    const target: Target = { tag: 'cop-fuzz-leaky-banner', attributes: {}, schema: bannerSchema as Schema<unknown> };
    const seed = SEEDS.banner as { message: string; actions: { href: string }[] };
    const document = { ...seed, message: MARKUP[0], actions: [{ ...seed.actions[0], href: UNSAFE_URLS[0] }] };
    uncaught = [];
    await feed(target, { document }, 'leaky', '', t);
    // The leaky element is gone, but the image it rendered failed to load and ran its handler.
    await waitFor(() => executed() > 0);
    expect(executed()).toBe(1);
    expect(t.markup).toBeGreaterThan(0);
    expect(t.unsafe).toBe(1);
    expect(t.mismatched).toBe(1);
    delete (globalThis as Record<string, unknown>)[EXECUTED_FLAG];
  });
});

/** Waits (at most 5 s) until `condition` holds. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('elements fed 1,000 mutated documents per kind, and a payload in every field', () => {
  for (const [kind, target] of Object.entries(TARGETS) as [Exclude<Kind, 'translation'>, Target][]) {
    it(`${kind}: shows each document or refuses it with a cop-error and a message; runs no payload, renders no unsafe link`, async () => {
      uncaught = [];
      const before = executed();
      const t = tally();
      const seed = SEEDS[kind];

      await feed(target, { document: seed }, `${kind} seed`, '', t);
      expect(t.accepted, 'the seed document is shown').toBe(1);

      const next = random(SEED);
      for (let i = 0; i < MUTATED; i++) {
        const document = mutate(seed, next);
        const text = mutateText(document, next);
        await feed(target, { document }, `${kind} #${i} content`, '', t);
        await feed(target, { text }, `${kind} #${i} inline`, '', t);
      }
      const sweep = payloadInEveryField(seed);
      for (const [i, { path, document }] of sweep.entries()) {
        await feed(target, { document }, `${kind} ${path} content`, path, t);
        // Every tenth through inline JSON too.
        if (i % 10 === 0) await feed(target, { text: JSON.stringify(document) }, `${kind} ${path} inline`, path, t);
      }
      const values = everyValueInEveryField(seed, 1);
      for (const { path, document } of values) await feed(target, { document }, `${kind} ${path} = value`, path, t);
      // A payload's event handler would run asynchronously: give it the chance.
      await new Promise((resolve) => setTimeout(resolve, 200));

      const figures = {
        'documents via content': t.viaContent,
        'documents via inline JSON': t.viaInline,
        accepted: t.accepted,
        refused: t.refused,
        'cop-error events': t.copErrors,
        'uncaught errors': uncaught.length,
        'payloads executed': executed() - before,
        'markup elements rendered': t.markup,
        'unsafe URLs rendered': t.unsafe,
        'refusals without a message': t.unclear,
        'verdicts unlike the validator': t.mismatched,
      };
      await recordQuality({
        id: `fuzz-elements-${kind}`,
        area: 'Bad input',
        check: `<${target.tag}>: ${MUTATED.toLocaleString('en')} mutated ${kind} documents (seed ${SEED}) through \`content\`, and all of them again as inline JSON (a fifth of those cut short or given a stray character); a payload in every string field (${describePlanted(sweep)}) through \`content\`, every tenth inline too; each of ${VALUES.length} planted values (wrong types, odd numbers, hostile strings) in each top-level field (${values.length.toLocaleString('en')} cases)${target.play ? '; each quiz shown played to its result' : ''}`,
        figures,
        failures: ['uncaught errors', 'payloads executed', 'markup elements rendered', 'unsafe URLs rendered', 'refusals without a message', 'verdicts unlike the validator'],
      });

      expect(t.problems.slice(0, 10)).toEqual([]);
      expect(uncaught.slice(0, 10)).toEqual([]);
      expect(executed() - before).toBe(0);
      expect(t.copErrors).toBe(t.refused);
      // Most mutations break something, and some leave the document valid: both paths ran.
      expect(t.refused).toBeGreaterThan(MUTATED / 2);
      expect(t.accepted).toBeGreaterThan(MUTATED / 20);
    }, 300_000);
  }
});

describe('registerTranslation() fed 1,000 mutated translations, and a payload in every string', () => {
  it('takes each translation or refuses it with a clear TypeError; every element still renders, as text, in the language', async () => {
    uncaught = [];
    const before = executed();
    const seed = SEEDS.translation as TranslationDocument;
    // One of each element, in the seed's language, re-rendered by every translation taken.
    const page = document.createElement('div');
    page.lang = seed.locale;
    page.innerHTML = `<cop-campaign-banner campaign="fuzz-translation" remember="none" dismissible><span slot="heading">Heading</span><p>Message</p></cop-campaign-banner>
      <cop-quick-exit href="https://example.org/"></cop-quick-exit>
      <cop-tip-carousel audience="teens" picker="tabs"></cop-tip-carousel>
      <cop-risk-quiz audience="teens"></cop-risk-quiz>
      <cop-helpline-finder country="FR" bundled="false"></cop-helpline-finder>`;
    const elements = [...page.children] as El[];
    // The finder's own records, so its country list is short and each render quick.
    elements[4].content = SEEDS.helplines;
    host.append(page);
    const settleAll = () => Promise.all(elements.map((el) => settle(el)));
    await settleAll();

    let fed = 0;
    let accepted = 0;
    let refused = 0;
    let unclear = 0;
    let markup = 0;
    let unsafe = 0;
    let broken = 0;
    const problems: string[] = [];
    const take = async (document: unknown, label: string) => {
      fed++;
      try {
        registerTranslation(document as TranslationDocument);
        accepted++;
      } catch (error) {
        refused++;
        if (!(error instanceof TypeError) || !clear(error.message) || !error.message.includes('registerTranslation()')) {
          unclear++;
          problems.push(`${label}: ${String(error)}`);
        }
        return;
      }
      // The elements follow the language of the translation just taken.
      const locale = (document as TranslationDocument).locale;
      if (page.lang !== locale) page.lang = locale;
      try {
        await settleAll();
      } catch (error) {
        problems.push(`${label}: an element failed to render: ${String(error)}`);
      }
      for (const el of elements) {
        const found = inspect(el.shadowRoot);
        if (found.markup.length) (markup += found.markup.length, problems.push(`${label}: markup in <${el.localName}> ${found.markup.join(' ')}`));
        if (found.unsafe.length) (unsafe += found.unsafe.length, problems.push(`${label}: unsafe link in <${el.localName}>`));
        if (!el.shadowRoot?.querySelector('[part~="base"]')) (broken++, problems.push(`${label}: <${el.localName}> shows nothing`));
      }
    };

    await take(seed, 'seed');
    expect(accepted, 'the seed translation is taken').toBe(1);
    const next = random(SEED);
    for (let i = 0; i < MUTATED; i++) await take(mutate(seed, next), `#${i}`);
    const sweep = payloadInEveryField(seed);
    for (const { path, document } of sweep) await take(document, path);
    const values = everyValueInEveryField(seed, 2);
    for (const { path, document } of values) await take(document, `${path} = value`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    page.remove();

    const figures = {
      'translations fed': fed,
      accepted,
      refused,
      'uncaught errors': uncaught.length,
      'payloads executed': executed() - before,
      'markup elements rendered': markup,
      'unsafe URLs rendered': unsafe,
      'refusals without a message': unclear,
      'elements broken': broken,
    };
    await recordQuality({
      id: 'fuzz-elements-translation',
      area: 'Bad input',
      check: `registerTranslation(): ${MUTATED.toLocaleString('en')} mutated translations (seed ${SEED}), a payload in every string (${describePlanted(sweep)}) and each of ${VALUES.length} planted values in every field (${values.length.toLocaleString('en')} cases); each one taken re-renders all five elements in its language, each one refused must be a TypeError naming the function`,
      figures,
      failures: ['uncaught errors', 'payloads executed', 'markup elements rendered', 'unsafe URLs rendered', 'refusals without a message', 'elements broken'],
    });

    expect(problems.slice(0, 10)).toEqual([]);
    expect(uncaught.slice(0, 10)).toEqual([]);
    expect(executed() - before).toBe(0);
    expect(refused).toBeGreaterThan(MUTATED / 10);
    expect(accepted).toBeGreaterThan(MUTATED / 10);
  }, 300_000);
});
