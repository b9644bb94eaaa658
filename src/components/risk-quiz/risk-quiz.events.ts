import { CopEvent } from '../../core/events.js';
import type { Risk, RiskProfile } from './risk-quiz.model.js';

export interface QuizStartDetail {
  quizId: string;
  version: number;
}

export interface QuizAnswerDetail {
  questionId: string;
  /** Whether the answer was fully safe. */
  correct: boolean;
  risk: Risk;
}

export interface QuizCompleteDetail {
  quizId: string;
  version: number;
  /** Questions answered fully safely. */
  score: number;
  total: number;
  /** Share of each risk's questions answered safely, 0 to 1. */
  profile: RiskProfile;
}

/** The person started (or restarted) the quiz. */
export class CopQuizStartEvent extends CopEvent<QuizStartDetail> {
  constructor(detail: QuizStartDetail) {
    super('cop-quiz-start', detail);
  }
}

/** The person checked an answer. Holds no answer text, only whether it was safe. */
export class CopQuizAnswerEvent extends CopEvent<QuizAnswerDetail> {
  constructor(detail: QuizAnswerDetail) {
    super('cop-quiz-answer', detail);
  }
}

/** The person reached the result. A `<cop-tip-carousel for="…">` naming this quiz follows it. */
export class CopQuizCompleteEvent extends CopEvent<QuizCompleteDetail> {
  constructor(detail: QuizCompleteDetail) {
    super('cop-quiz-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cop-quiz-start': CopQuizStartEvent;
    'cop-quiz-answer': CopQuizAnswerEvent;
    'cop-quiz-complete': CopQuizCompleteEvent;
  }
}
