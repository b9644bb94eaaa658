export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'scenario'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

import { RISKS, type Risk, type RiskProfile } from '../../core/risks.js';

export { RISKS, type Risk, type RiskProfile };

export interface Choice {
  id: string;
  label: string;
  /** Whether this is a safe (right) answer. */
  safe: boolean;
  feedback: string;
}

export interface Question {
  id: string;
  type: QuestionType;
  risk: Risk;
  topic: string;
  sensitivity: 'low' | 'medium' | 'high';
  /** A short story, for `scenario` questions. */
  scenario: string;
  prompt: string;
  choices: Choice[];
  explanation: string;
}

/** A quiz document (`cop-widgets/quiz@1`) after validation. */
export interface QuizDocument {
  schema: 'cop-widgets/quiz@1';
  id: string;
  version: number;
  locale: string;
  title: string;
  intro: string;
  audience: string[];
  questions: Question[];
  /** One concrete next step per risk, shown when that risk came out weaker. */
  nextSteps: Partial<Record<Risk, string>>;
}

/** A risk counts as a strength from this share of safe answers up. */
export const STRENGTH_THRESHOLD = 0.75;

/**
 * How safe an answer is, from 0 to 1. A one-answer question scores 1 when the choice is safe.
 * A `multiple` question gives a share: every choice judged rightly (a safe one chosen, an unsafe
 * one left) counts, so half right scores about half.
 */
export function scoreAnswer(question: Question, chosen: readonly string[]): number {
  if (question.type !== 'multiple') {
    const choice = question.choices.find((c) => c.id === chosen[0]);
    return chosen.length === 1 && choice?.safe ? 1 : 0;
  }
  if (chosen.length === 0) return 0;
  const right = question.choices.filter((c) => c.safe === chosen.includes(c.id)).length;
  return right / question.choices.length;
}

/** Share of each risk's questions answered safely (partial credit included); 1 for a risk not asked. */
export function riskProfile(questions: readonly Question[], scores: ReadonlyMap<string, number>): RiskProfile {
  const profile = {} as RiskProfile;
  for (const risk of RISKS) {
    const asked = questions.filter((q) => q.risk === risk);
    const total = asked.reduce((sum, q) => sum + (scores.get(q.id) ?? 0), 0);
    profile[risk] = asked.length ? Math.round((total / asked.length) * 100) / 100 : 1;
  }
  return profile;
}

/** The number of questions answered fully safely, out of all. */
export function quizScore(questions: readonly Question[], scores: ReadonlyMap<string, number>): { score: number; total: number } {
  return { score: questions.filter((q) => scores.get(q.id) === 1).length, total: questions.length };
}

/**
 * What to say at the end: the risks the quiz asked about that are strengths (best first), and
 * the weaker ones (weakest first), each with the one next step to suggest.
 */
export function summarize(
  questions: readonly Question[],
  profile: RiskProfile,
): { strengths: Risk[]; weaker: Risk[] } {
  const asked = RISKS.filter((risk) => questions.some((q) => q.risk === risk));
  const byScore = (order: 1 | -1) => (a: Risk, b: Risk) => order * (profile[a] - profile[b]) || RISKS.indexOf(a) - RISKS.indexOf(b);
  return {
    strengths: asked.filter((risk) => profile[risk] >= STRENGTH_THRESHOLD).sort(byScore(-1)),
    weaker: asked.filter((risk) => profile[risk] < STRENGTH_THRESHOLD).sort(byScore(1)),
  };
}
