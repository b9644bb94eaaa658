/** The locales whose UI strings ship with cop-widgets. `en` is the source locale. */
export const SHIPPED_LOCALES = ['en', 'ar', 'es', 'fr', 'ru', 'zh-Hans'] as const;
export type Locale = (typeof SHIPPED_LOCALES)[number];
export type Direction = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi', 'dv', 'ckb']);

/**
 * The shipped locale for a BCP 47 tag, or null: `fr-CA` → `fr`; `zh`, `zh-CN`, `zh-TW` → `zh-Hans`
 * (a reader of Traditional Chinese follows Simplified far better than English).
 */
export function shippedLocaleOf(tag: string | null | undefined): Locale | null {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'zh') return 'zh-Hans';
  return (SHIPPED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : null;
}

/** Like shippedLocaleOf, falling back to the source locale `en`. */
export function matchLocale(tag: string | null | undefined): Locale {
  return shippedLocaleOf(tag) ?? 'en';
}

/** Writing direction of a language tag, by its language subtag. */
export function directionOf(tag: string): Direction {
  return RTL_LANGUAGES.has(tag.toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
}

/**
 * The language asked for by markup: the element's own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`; an empty string when nobody says.
 */
export function requestedLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return '';
}

/** Whether a resolved locale (shipped, or registered at run time) is named in a comma list such as `fr, ar, zh-CN`. */
export function localeListIncludes(list: string, resolved: string): boolean {
  return list.split(',').some((item) => (shippedLocaleOf(item) ?? item.trim().toLowerCase()) === resolved);
}
