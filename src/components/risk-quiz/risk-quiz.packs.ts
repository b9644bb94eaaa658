import type { Locale } from '../../core/locale.js';
import { AUDIENCES, type Audience } from '../../core/risks.js';
import type { QuizDocument } from './risk-quiz.model.js';

export { AUDIENCES, type Audience };

// Each quiz file becomes a chunk of its own, so a page downloads only the quiz it shows.
const quizzes = import.meta.glob<{ default: QuizDocument }>('../../content/quiz/core/*/*.json');

/** Loads a built-in quiz for an audience in a locale. Its contents are checked by tests. */
export async function loadQuiz(audience: Audience, locale: Locale): Promise<QuizDocument> {
  const load = quizzes[`../../content/quiz/core/${audience}/${locale}.json`];
  if (!load) throw new Error(`no built-in quiz for ${audience} in ${locale}`);
  return (await load()).default;
}
