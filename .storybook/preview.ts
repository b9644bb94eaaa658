import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { html } from 'lit';
import { configure } from 'storybook/test';
import { directionOf, SHIPPED_LOCALES, type Locale } from '../src/core/locale.js';

/*
 * Toolbar: "Locale" and "Direction".
 *
 * cop-widgets elements resolve their language from their own `lang`, else the nearest ancestor's,
 * else <html lang> (the library never calls @lit/localize's configureLocalization/setLocale). So
 * every story is wrapped in <div lang dir>, exactly as a host page would do it.
 *
 * "Direction" overrides the wrapper's `dir`. The banner still lays itself out in the direction of
 * its own language (it sets `dir` on its inner region), so the override shows how a banner sits
 * on a page whose direction differs from the banner's language.
 */

// Stories also run as tests, often beside other test files on a 2-core machine: give waitFor()
// in play functions time to see a lazily loaded pack or document arrive.
configure({ asyncUtilTimeout: 10_000 });

// Autodocs read attributes, properties, events, slots, parts and tokens from the Custom Elements
// Manifest — the same JSDoc that feeds editors' data.
setCustomElementsManifest(manifest);

const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ar: 'العربية (ar)',
  es: 'Español (es)',
  fr: 'Français (fr)',
  ru: 'Русский (ru)',
  'zh-Hans': '简体中文 (zh-Hans)',
};

const isLocale = (value: unknown): value is Locale => (SHIPPED_LOCALES as readonly unknown[]).includes(value);

const withLocale: Decorator = (story, { globals }) => {
  const locale = isLocale(globals.locale) ? globals.locale : 'en';
  const dir = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : directionOf(locale);
  return html`<div class="cop-story" lang=${locale} dir=${dir}>${story()}</div>`;
};

/** Storage key prefix of remembered banner dismissals: `cop-widgets:banner:<campaign>@<revision>`. */
const DISMISSAL_PREFIX = 'cop-widgets:banner:';

function forgetDismissals(): void {
  for (const area of [sessionStorage, localStorage]) {
    try {
      for (const key of Object.keys(area)) if (key.startsWith(DISMISSAL_PREFIX)) area.removeItem(key);
    } catch {
      // Storage may be blocked; then the element keeps dismissals in memory for the page only.
    }
  }
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the element (the lang of the wrapper around each story)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: SHIPPED_LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value], right: value })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the page around the element (auto: from the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from the locale' },
          { value: 'ltr', title: 'Direction: ltr' },
          { value: 'rtl', title: 'Direction: rtl' },
        ],
        dynamicTitle: true,
      },
    },
    dismissals: {
      description: 'Whether remembered banner dismissals are cleared before each story renders',
      toolbar: {
        title: 'Dismissals',
        icon: 'undo',
        items: [
          { value: 'reset', title: 'Dismissals: reset on each render' },
          { value: 'keep', title: 'Dismissals: keep (to try remembering)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'auto', dismissals: 'reset' },
  decorators: [withLocale],
  // A dismissed banner is remembered in sessionStorage; forget it so every story starts shown.
  beforeEach: ({ globals }) => {
    if (globals.dismissals !== 'keep') forgetDismissals();
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
