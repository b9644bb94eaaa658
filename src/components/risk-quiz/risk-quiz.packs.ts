import type { Locale } from '../../core/locale.js';
import type { QuizDocument } from './risk-quiz.model.js';

type Audience = 'children' | 'teens' | 'parents' | 'educators';
type Loaders = Record<Audience, Record<Locale, () => Promise<{ default: unknown }>>>;

// One static import() per audience and locale, so a page downloads only the quiz it shows.
const core: Loaders = {
  children: {
    en: () => import('../../content/quiz/core/children/en.json'),
    ar: () => import('../../content/quiz/core/children/ar.json'),
    es: () => import('../../content/quiz/core/children/es.json'),
    fr: () => import('../../content/quiz/core/children/fr.json'),
    ru: () => import('../../content/quiz/core/children/ru.json'),
    'zh-Hans': () => import('../../content/quiz/core/children/zh-Hans.json'),
  },
  teens: {
    en: () => import('../../content/quiz/core/teens/en.json'),
    ar: () => import('../../content/quiz/core/teens/ar.json'),
    es: () => import('../../content/quiz/core/teens/es.json'),
    fr: () => import('../../content/quiz/core/teens/fr.json'),
    ru: () => import('../../content/quiz/core/teens/ru.json'),
    'zh-Hans': () => import('../../content/quiz/core/teens/zh-Hans.json'),
  },
  parents: {
    en: () => import('../../content/quiz/core/parents/en.json'),
    ar: () => import('../../content/quiz/core/parents/ar.json'),
    es: () => import('../../content/quiz/core/parents/es.json'),
    fr: () => import('../../content/quiz/core/parents/fr.json'),
    ru: () => import('../../content/quiz/core/parents/ru.json'),
    'zh-Hans': () => import('../../content/quiz/core/parents/zh-Hans.json'),
  },
  educators: {
    en: () => import('../../content/quiz/core/educators/en.json'),
    ar: () => import('../../content/quiz/core/educators/ar.json'),
    es: () => import('../../content/quiz/core/educators/es.json'),
    fr: () => import('../../content/quiz/core/educators/fr.json'),
    ru: () => import('../../content/quiz/core/educators/ru.json'),
    'zh-Hans': () => import('../../content/quiz/core/educators/zh-Hans.json'),
  },
};

export const AUDIENCES = Object.keys(core) as Audience[];
export type { Audience };

/** Loads a built-in quiz for an audience in a locale. Its contents are checked by tests. */
export async function loadQuiz(audience: Audience, locale: Locale): Promise<QuizDocument> {
  return (await core[audience][locale]()).default as QuizDocument;
}
