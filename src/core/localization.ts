import type { LocaleModule, MsgFn, MsgOptions, TemplateMap } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, matchLocale, requestedLanguage, shippedLocaleOf, type Direction, type Locale } from './locale.js';

/*
 * UI strings are written with msg() calls that @lit/localize's tools extract to XLIFF and build
 * into runtime modules (src/generated/locales). @lit/localize itself keeps one locale for the
 * whole page and may be configured only once — which would clash with a host app using it, and
 * could not honour a `lang` per element. So each element gets its own MsgFn, bound to the
 * templates of its own resolved locale; the library never calls configureLocalization().
 */

type TargetLocale = Exclude<Locale, 'en'>;

// One static import() per locale, so that every bundler turns each into a lazy chunk resolved
// relative to this module (a template-literal import fails under Vite for .ts sources).
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  ru: () => import('../generated/locales/ru.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

// UI strings by locale: the shipped ones once loaded, and any a page registers at run time.
const loaded = new Map<string, TemplateMap>([['en', {}]]);
const loading = new Map<string, Promise<TemplateMap>>();
const registered = new Set<string>();

/** Loads (once) the UI strings of a locale. Rejects when its chunk cannot be fetched. */
export function loadLocale(locale: string): Promise<TemplateMap> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  if (!(locale in loaders)) return Promise.reject(new Error(`no strings for ${locale}`));
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]().then(
      (module) => {
        loaded.set(locale, module.templates);
        return module.templates;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** A translation of the UI strings into another language (`cop-widgets/translation@1`). */
export interface TranslationDocument {
  schema: 'cop-widgets/translation@1';
  /** BCP 47 tag of the language, e.g. `de` or `pt-BR`. */
  locale: string;
  /** Message id (as in locales/*.xlf) → text; `{0}`, `{1}`… stand for the values, in any order. */
  strings: Record<string, string>;
}

/**
 * Adds a language at run time, without a rebuild: every element whose `lang` asks for it (or for
 * a regional variant of it) renders in it at once; ids it leaves out stay in English. Returns the
 * number of strings taken, and throws a TypeError for a document that is not a translation.
 */
export function registerTranslation(document: TranslationDocument): number {
  const tag = typeof document?.locale === 'string' ? document.locale.trim().toLowerCase() : '';
  const strings: unknown = document?.strings;
  if (
    document?.schema !== 'cop-widgets/translation@1' ||
    !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) ||
    !isLanguageTag(tag) ||
    typeof strings !== 'object' ||
    strings === null ||
    Array.isArray(strings)
  ) {
    throw new TypeError('cop-widgets: registerTranslation() takes a cop-widgets/translation@1 document with a locale and strings');
  }
  const templates: TemplateMap = {};
  for (const [id, text] of Object.entries(document.strings)) {
    if (typeof text !== 'string' || !text.trim()) continue;
    const parts = text.split(/\{(\d+)\}/);
    templates[id] =
      parts.length === 1
        ? text
        : ({ strTag: true, strings: parts.filter((_, i) => i % 2 === 0), values: parts.filter((_, i) => i % 2 === 1).map(Number) } as never);
  }
  loaded.set(tag, templates);
  registered.add(tag);
  connected.forEach((controller) => controller.refresh(true));
  return Object.keys(templates).length;
}

/** Whether Intl takes a tag: `de-de-de` has the right letters but would break every number and date the elements format. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The locale whose strings render for a requested tag: a registered one, else a shipped one, else `en`. */
function resolveLocale(requested: string): string {
  const tag = requested.trim().toLowerCase();
  if (registered.has(tag)) return tag;
  const language = tag.split(/[-_]/)[0];
  if (registered.has(language) && !shippedLocaleOf(requested)) return language;
  return matchLocale(requested);
}

interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

const isStr = (value: unknown): value is StrResult =>
  typeof value === 'object' && value !== null && 'strTag' in value;

function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let text = strings[0];
  for (let i = 1; i < strings.length; i++) text += String(values[order ? order[i - 1] : i - 1]) + strings[i];
  return text;
}

/** A msg() bound to one locale's templates. Every call must carry an explicit `id`. */
export function createMsg(templates: () => TemplateMap | undefined): MsgFn {
  return ((template: string | StrResult, options?: MsgOptions) => {
    const localized = options?.id ? templates()?.[options.id] : undefined;
    if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
    if (isStr(localized)) return join(localized.strings, template.values, localized.values as number[]);
    return join(template.strings, template.values);
  }) as MsgFn;
}

type LocaleHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/**
 * Resolves an element's locale (element → ancestors → `<html lang>` → `en`), loads its strings,
 * and re-renders the element when any `lang` on the page changes. One MutationObserver serves
 * every element.
 */
export class LocaleController implements ReactiveController {
  /** The locale whose strings are loaded and used to render (a shipped or a registered one). */
  locale: string = 'en';
  /** What markup asked for, e.g. `fr-CA`; empty when nothing says. */
  requested = '';
  /** Resolves when the strings of the requested locale are ready (or failed and fell back). */
  ready: Promise<void> = Promise.resolve();
  readonly msg: MsgFn = createMsg(() => loaded.get(this.locale));
  private resolved = false;

  constructor(
    private readonly host: LocaleHost,
    private readonly onLoadError: (locale: string, error: unknown) => void,
  ) {
    host.addController(this);
  }

  /** The shipped locale for built-in content packs: the language asked for if shipped, else English. */
  get contentLocale(): Locale {
    return shippedLocaleOf(this.locale) ?? 'en';
  }

  /** Direction of the language asked for (a Hebrew page gets right to left even with English strings). */
  get dir(): Direction {
    return directionOf(this.requested || this.locale);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads `lang`; when it changed (or `force`), loads the new locale and asks the host to re-render. */
  refresh(force = false): void {
    const requested = requestedLanguage(this.host);
    if (this.resolved && requested === this.requested && !force) return;
    this.resolved = true;
    this.requested = requested;
    const wanted = resolveLocale(requested);
    this.ready = loadLocale(wanted).then(
      () => {
        if (resolveLocale(this.requested) !== wanted) return;
        this.locale = wanted;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.locale = 'en';
        this.onLoadError(wanted, error);
        this.host.requestUpdate();
      },
    );
  }
}
