import { CopRiskQuiz } from './components/risk-quiz/risk-quiz.element.js';
import { defineElement } from './core/define.js';

export { CopRiskQuiz };
export * from './components/risk-quiz/risk-quiz.events.js';

defineElement('cop-risk-quiz', CopRiskQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'cop-risk-quiz': CopRiskQuiz;
  }
}
