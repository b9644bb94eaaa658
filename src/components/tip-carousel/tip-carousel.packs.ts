import type { Locale } from '../../core/locale.js';
import type { Audience, TipsDocument } from './tip-carousel.model.js';

type PackModule = { default: unknown };
type Loaders = Record<Audience, Record<Locale, () => Promise<PackModule>>>;

// One static import() per audience and locale, so a page downloads only the pack it shows.
const core: Loaders = {
  children: {
    en: () => import('../../content/tips/core/children/en.json'),
    ar: () => import('../../content/tips/core/children/ar.json'),
    es: () => import('../../content/tips/core/children/es.json'),
    fr: () => import('../../content/tips/core/children/fr.json'),
    ru: () => import('../../content/tips/core/children/ru.json'),
    'zh-Hans': () => import('../../content/tips/core/children/zh-Hans.json'),
  },
  teens: {
    en: () => import('../../content/tips/core/teens/en.json'),
    ar: () => import('../../content/tips/core/teens/ar.json'),
    es: () => import('../../content/tips/core/teens/es.json'),
    fr: () => import('../../content/tips/core/teens/fr.json'),
    ru: () => import('../../content/tips/core/teens/ru.json'),
    'zh-Hans': () => import('../../content/tips/core/teens/zh-Hans.json'),
  },
  parents: {
    en: () => import('../../content/tips/core/parents/en.json'),
    ar: () => import('../../content/tips/core/parents/ar.json'),
    es: () => import('../../content/tips/core/parents/es.json'),
    fr: () => import('../../content/tips/core/parents/fr.json'),
    ru: () => import('../../content/tips/core/parents/ru.json'),
    'zh-Hans': () => import('../../content/tips/core/parents/zh-Hans.json'),
  },
  educators: {
    en: () => import('../../content/tips/core/educators/en.json'),
    ar: () => import('../../content/tips/core/educators/ar.json'),
    es: () => import('../../content/tips/core/educators/es.json'),
    fr: () => import('../../content/tips/core/educators/fr.json'),
    ru: () => import('../../content/tips/core/educators/ru.json'),
    'zh-Hans': () => import('../../content/tips/core/educators/zh-Hans.json'),
  },
};

/** The names of the built-in packs. */
export const PACKS = ['core'] as const;

/** Loads a built-in tips pack for an audience in a locale. Its contents are checked by tests. */
export async function loadPack(audience: Audience, locale: Locale): Promise<TipsDocument> {
  return (await core[audience][locale]()).default as TipsDocument;
}
