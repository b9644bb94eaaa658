import { array, boolean, check, documentFields, identifier, object, oneOf, optional, text, type Schema } from '../../core/content/schema.js';
import type { QuizDocument, Risk, QuestionType } from './risk-quiz.model.js';

// Written out rather than imported from the model: this module is loaded lazily, and sharing a
// module with the eager code would split it into a chunk of its own (a test keeps them equal).
export const RISK_NAMES = ['content', 'contact', 'conduct', 'contract'] as const satisfies readonly Risk[];
export const TYPE_NAMES = ['single', 'multiple', 'true-false', 'scenario'] as const satisfies readonly QuestionType[];

const choice = object({
  id: identifier,
  label: text(200),
  safe: boolean,
  feedback: text(400),
});

const question = check(
  object({
    id: identifier,
    type: oneOf(TYPE_NAMES),
    risk: oneOf(RISK_NAMES),
    topic: optional(identifier, ''),
    sensitivity: optional(oneOf(['low', 'medium', 'high'] as const), 'low'),
    scenario: optional(text(600), ''),
    prompt: text(300),
    choices: array(choice, 2),
    explanation: optional(text(600), ''),
  }),
  (q, path, issues) => {
    const safe = q.choices.filter((c) => c.safe).length;
    if (safe === 0) issues.push({ code: 'no-safe-choice', path: `${path}.choices` });
    else if (q.type !== 'multiple' && safe > 1) issues.push({ code: 'one-safe-choice', path: `${path}.choices` });
    if (q.type === 'true-false' && q.choices.length !== 2) issues.push({ code: 'two-choices', path: `${path}.choices` });
    if (q.type === 'scenario' && !q.scenario) issues.push({ code: 'missing', path: `${path}.scenario` });
  },
);

/** A quiz document (`cop-widgets/quiz@1`). Loaded lazily, only for documents a deployer gives. */
export const quizSchema: Schema<QuizDocument> = object({
  ...documentFields('quiz'),
  title: text(120),
  intro: optional(text(600), ''),
  audience: optional(array(identifier), []),
  questions: array(question, 1),
  nextSteps: optional(
    object({
      content: optional(text(300), ''),
      contact: optional(text(300), ''),
      conduct: optional(text(300), ''),
      contract: optional(text(300), ''),
    }),
    { content: '', contact: '', conduct: '', contract: '' },
  ),
}) as Schema<QuizDocument>;
