import type { StoryObj } from '@storybook/web-components-vite';
import type { StrResult } from '@lit/localize';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { directionOf, SHIPPED_LOCALES, type Locale } from '../src/core/locale.js';
import { createMsg, loadLocale } from '../src/core/localization.js';

/*
 * What the element stories share: argTypes rows, rendering bits, play-function helpers and the
 * builders of the language stories. Anything specific to one element stays in its story file.
 */

/* ------------------------------------------------------------------------------------------------
 * argTypes: the groups of the Controls table, and the rows every element has in the same shape
 * ---------------------------------------------------------------------------------------------- */

export const ATTRIBUTE = { category: 'attributes' };
export const PROPERTY = { category: 'properties' };
export const SLOT = { category: 'slots' };
export const EVENT = { category: 'events' };
export const CSS_PROP = { category: 'CSS custom properties' };
export const CSS_PART = { category: 'CSS parts' };

/** The row of an event: its name, what it means, no control (a `fn()` arg logs it in Actions). */
export const eventRow = (name: string, description: string) => ({ name, description, control: false as const, table: EVENT });

/** The `cop-error` row of an element that reads content documents. */
export const contentErrorRow = () =>
  eventRow('cop-error', 'Content or an attribute could not be used. Detail: `{code, message}`.');

/** The row of the story-only `inline` arg: a document of this kind written into a JSON script child. */
export const inlineDocumentRow = (kind: string) => ({
  name: 'script[type="application/json"]',
  description:
    `A ${kind} document in a \`<script type="application/json">\` child. Here: the document as an object, written ` +
    'into that script as JSON.',
  control: 'object' as const,
  table: SLOT,
});

/** Documentation rows (no arg) for an element's CSS parts, as `[name, description]` pairs. */
export const cssPartRows = (parts: readonly (readonly [string, string])[]) =>
  Object.fromEntries(
    parts.map(([name, description]) => [`part-${name}`, { name: `::part(${name})`, description, control: false as const, table: CSS_PART }]),
  );

/* ------------------------------------------------------------------------------------------------
 * Rendering
 * ---------------------------------------------------------------------------------------------- */

/** A `style` binding with the CSS custom properties filled in among the args (none: no attribute). */
export function customProperties<A extends object>(args: A, names: readonly (keyof A & string)[]) {
  const style = Object.fromEntries(names.filter((name) => args[name]).map((name) => [name, String(args[name])]));
  return Object.keys(style).length ? styleMap(style) : nothing;
}

/** An inline document, as a deployer writes it: a JSON script child (never run by the browser). */
export function jsonScript(contentDocument: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(contentDocument, null, 2);
  return script;
}

/* ------------------------------------------------------------------------------------------------
 * Play-function helpers
 * ---------------------------------------------------------------------------------------------- */

/** The part of a story context the stories read. */
export interface GlobalsContext {
  globals: Record<string, unknown>;
}

/** The locale of the toolbar (or of the story's globals); `en` when it names none we ship. */
export const localeOf = ({ globals }: GlobalsContext): Locale =>
  (SHIPPED_LOCALES as readonly unknown[]).includes(globals.locale) ? (globals.locale as Locale) : 'en';

/** An element of the shadow root of `el` by its `part` name. */
export const part = (el: Element, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`) ?? null;

/** Waits until the first `tag` in the canvas has rendered its part `ready` (strings and content loaded). */
export async function shown<T extends LitElement>(canvas: HTMLElement, tag: string, ready: string): Promise<T> {
  const el = canvas.querySelector<T>(tag)!;
  await waitFor(() => expect(part(el, ready)).not.toBeNull());
  await el.updateComplete;
  return el;
}

/**
 * A string the element ships, in a locale (the English source when the locale has none). Give a
 * `str` template for a string with placeholders: its values are put in the translated order.
 */
export async function shipped(locale: Locale, id: string, english: string | StrResult): Promise<string> {
  const templates = await loadLocale(locale);
  const msg = createMsg(() => templates);
  return typeof english === 'string' ? msg(english, { id }) : msg(english, { id });
}

/** Waits for a `cop-error` with this code on the story's event arg. */
export async function expectErrorCode(onError: (event: Event) => void, code: string, timeout?: number): Promise<void> {
  await waitFor(
    () => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.objectContaining({ code }) })),
    timeout ? { timeout } : undefined,
  );
}

/** Checks that the element's `base` part is laid out right to left, and returns it. */
export async function expectRightToLeft(el: Element): Promise<HTMLElement> {
  const base = part(el, 'base')!;
  await expect(base.getAttribute('dir')).toBe('rtl');
  await expect(getComputedStyle(base).direction).toBe('rtl');
  return base;
}

/* ------------------------------------------------------------------------------------------------
 * Built-in pack stories
 * ---------------------------------------------------------------------------------------------- */

/**
 * Builds the stories of an element's built-in pack per audience: `audienceStory(audience, text)`
 * sets the `audience` arg, waits for the element (`show`), then runs `check` in the toolbar's locale.
 */
export function audienceStoryFor<Audience extends string, A extends { audience: Audience | '' }, T extends Element>(
  show: (canvas: HTMLElement) => Promise<T>,
  check: (el: T, audience: Audience, locale: Locale) => Promise<unknown>,
): (audience: Audience, story: string) => StoryObj<A> {
  return (audience, story) => ({
    args: { audience } as Partial<A>,
    parameters: { docs: { description: { story } } },
    play: async ({ canvasElement, globals }) => {
      const el = await show(canvasElement);
      await check(el, audience, localeOf({ globals }));
    },
  });
}

/* ------------------------------------------------------------------------------------------------
 * Language stories
 * ---------------------------------------------------------------------------------------------- */

/** The description of each per-language story (Arabic says more in each file). */
export const LANGUAGE_NOTES: Record<Locale, string> = {
  en: 'English (`lang="en"`).',
  ar: 'Arabic (`lang="ar"`), right to left.',
  es: 'Spanish (`lang="es"`).',
  fr: 'French (`lang="fr"`).',
  ru: 'Russian (`lang="ru"`).',
  'zh-Hans': 'Simplified Chinese (`lang="zh-Hans"`; `zh`, `zh-CN` and `zh-TW` resolve to it too).',
};

/**
 * Builds the language stories of an element: `localeStory(locale)` shows it in that language,
 * `localeStory(null, text)` follows the Locale toolbar. Each waits for the element (`show`), checks
 * that it sits in a wrapper of the expected `lang`, then runs the element's own `check`.
 */
export function localeStoryFor<A, T extends Element>(
  show: (canvas: HTMLElement) => Promise<T>,
  check: (el: T, locale: Locale) => Promise<void>,
  base: StoryObj<A> = {},
): (locale: Locale | null, story?: string) => StoryObj<A> {
  return (locale, story = locale ? LANGUAGE_NOTES[locale] : '') => ({
    ...base,
    ...(locale ? { globals: { locale } } : {}),
    parameters: { docs: { description: { story } } },
    play: async ({ canvasElement, globals }) => {
      const el = await show(canvasElement);
      const expected = locale ?? localeOf({ globals });
      await expect(el.closest('[lang]')!.getAttribute('lang')).toBe(expected);
      await check(el, expected);
    },
  });
}

/** The usual description of an AllLocales story. */
export const ALL_LOCALES_NOTE =
  'Every shipped locale side by side, each in its own `lang` wrapper (so this story ignores the Locale toolbar).';

/** Renders one element per shipped locale, each in its own `lang` and `dir` wrapper. */
export const inEveryLocale = (render: (locale: Locale) => TemplateResult): TemplateResult =>
  html`<div style="display: grid; gap: 1rem">
    ${SHIPPED_LOCALES.map((locale) => html`<div lang=${locale} dir=${directionOf(locale)}>${render(locale)}</div>`)}
  </div>`;

/**
 * Checks an AllLocales story: one `tag` per shipped locale, each with its part `ready` rendered,
 * the Arabic one right to left. Returns the elements in SHIPPED_LOCALES order.
 */
export async function shownInEveryLocale<T extends Element>(canvas: HTMLElement, tag: string, ready: string): Promise<T[]> {
  const elements = [...canvas.querySelectorAll<T>(tag)];
  await expect(elements).toHaveLength(SHIPPED_LOCALES.length);
  await waitFor(() => expect(elements.every((el) => part(el, ready) !== null)).toBe(true));
  await expect(part(elements[SHIPPED_LOCALES.indexOf('ar')], 'base')!.getAttribute('dir')).toBe('rtl');
  return elements;
}
