import type { LocaleModule, MsgFn, MsgOptions, TemplateMap } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, matchLocale, requestedLanguage, type Direction, type Locale } from './locale.js';

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

const loaded = new Map<Locale, TemplateMap>([['en', {}]]);
const loading = new Map<Locale, Promise<TemplateMap>>();

/** Loads (once) the UI strings of a locale. Rejects when its chunk cannot be fetched. */
export function loadLocale(locale: Locale): Promise<TemplateMap> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
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
  /** The locale whose strings are loaded and used to render. */
  locale: Locale = 'en';
  /** What markup asked for, e.g. `fr-CA`; empty when nothing says. */
  requested = '';
  /** Resolves when the strings of the requested locale are ready (or failed and fell back). */
  ready: Promise<void> = Promise.resolve();
  readonly msg: MsgFn = createMsg(() => loaded.get(this.locale));
  private resolved = false;

  constructor(
    private readonly host: LocaleHost,
    private readonly onLoadError: (locale: Locale, error: unknown) => void,
  ) {
    host.addController(this);
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

  /** Re-reads `lang`; when it changed, loads the new locale and asks the host to re-render. */
  refresh(): void {
    const requested = requestedLanguage(this.host);
    if (this.resolved && requested === this.requested) return;
    this.resolved = true;
    this.requested = requested;
    const wanted = matchLocale(requested);
    this.ready = loadLocale(wanted).then(
      () => {
        if (matchLocale(this.requested) !== wanted) return;
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
