import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/core/content/schema.js';
import { SHIPPED_LOCALES } from '../src/core/locale.js';
import {
  QUESTION_TYPES,
  RISKS,
  quizScore,
  riskProfile,
  scoreAnswer,
  summarize,
  type Question,
  type QuizDocument,
} from '../src/components/risk-quiz/risk-quiz.model.js';
import { RISK_NAMES, TYPE_NAMES, quizSchema } from '../src/components/risk-quiz/risk-quiz.schema.js';
import { AUDIENCES } from '../src/components/risk-quiz/risk-quiz.packs.js';

const question = (id: string, risk: Question['risk'], type: Question['type'], safe: boolean[]): Question => ({
  id, risk, type, topic: '', sensitivity: 'low', scenario: '', prompt: id, explanation: '',
  choices: safe.map((s, i) => ({ id: String.fromCharCode(97 + i), label: `choice ${i}`, safe: s, feedback: 'why' })),
});

describe('scoring', () => {
  const single = question('s', 'contact', 'single', [false, true, false]);
  const multiple = question('m', 'conduct', 'multiple', [true, false, true, false, true]);

  it('gives a one-answer question 1 for a safe choice and 0 otherwise', () => {
    expect(scoreAnswer(single, ['b'])).toBe(1);
    expect(scoreAnswer(single, ['a'])).toBe(0);
    expect(scoreAnswer(single, [])).toBe(0);
    expect(scoreAnswer(single, ['a', 'b'])).toBe(0);
  });

  it('gives a multiple question the share of choices judged rightly', () => {
    expect(scoreAnswer(multiple, ['a', 'c', 'e'])).toBe(1);
    // Two safe chosen, one safe missed, one unsafe chosen, one unsafe left: 3 of 5 right.
    expect(scoreAnswer(multiple, ['a', 'c', 'b'])).toBeCloseTo(0.6);
    expect(scoreAnswer(multiple, ['b', 'd'])).toBeCloseTo(0);
    expect(scoreAnswer(multiple, ['a'])).toBeCloseTo(0.6);
    expect(scoreAnswer(multiple, [])).toBe(0);
  });

  it('builds a 4Cs profile from partial scores, and counts fully safe answers', () => {
    const questions = [single, multiple, question('m2', 'conduct', 'true-false', [true, false]), question('c', 'content', 'single', [true, false])];
    const scores = new Map([['s', 1], ['m', 0.6], ['m2', 0], ['c', 1]]);
    expect(riskProfile(questions, scores)).toEqual({ content: 1, contact: 1, conduct: 0.3, contract: 1 });
    expect(quizScore(questions, scores)).toEqual({ score: 2, total: 4 });
  });

  it('lists strengths best first and weaker risks weakest first, only among risks asked', () => {
    const questions = RISKS.slice(0, 3).map((risk) => question(risk, risk, 'single', [true, false]));
    const profile = { content: 0.5, contact: 0.8, conduct: 0.2, contract: 1 };
    expect(summarize(questions, profile)).toEqual({ strengths: ['contact'], weaker: ['conduct', 'content'] });
  });
});

describe('the quiz document schema', () => {
  const valid = {
    schema: 'cop-widgets/quiz@1', id: 'demo', version: 1, locale: 'en', title: 'Quiz',
    questions: [{ id: 'q1', type: 'single', risk: 'contact', prompt: 'Which?', choices: [
      { id: 'a', label: 'Safe', safe: true, feedback: 'Yes' }, { id: 'b', label: 'Unsafe', safe: false, feedback: 'No' }] }],
  };
  const issues = (doc: unknown) => {
    const result = validate(quizSchema, doc);
    return result.ok ? [] : result.issues.map(({ code, path }) => `${code} ${path}`);
  };
  const withQuestion = (change: Record<string, unknown>) => ({ ...valid, questions: [{ ...valid.questions[0], ...change }] });

  it('accepts a minimal quiz and fills what may be left out', () => {
    const result = validate(quizSchema, valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.nextSteps).toEqual({ content: '', contact: '', conduct: '', contract: '' });
  });

  it('names each problem clearly', () => {
    expect(issues(withQuestion({ choices: [] }))).toEqual(['empty questions.0.choices']);
    expect(issues(withQuestion({ choices: [valid.questions[0].choices[0]] }))).toEqual(['too-few questions.0.choices']);
    expect(issues(withQuestion({ choices: valid.questions[0].choices.map((c) => ({ ...c, safe: false })) }))).toEqual(['no-safe-choice questions.0.choices']);
    expect(issues(withQuestion({ choices: valid.questions[0].choices.map((c) => ({ ...c, safe: true })) }))).toEqual(['one-safe-choice questions.0.choices']);
    expect(issues(withQuestion({ risk: 'money', type: 'essay' }))).toEqual(['not-allowed questions.0.type', 'not-allowed questions.0.risk']);
    expect(issues(withQuestion({ prompt: '   ' }))).toEqual(['empty questions.0.prompt']);
    expect(issues(withQuestion({ type: 'scenario' }))).toEqual(['missing questions.0.scenario']);
    expect(issues(withQuestion({ type: 'true-false', choices: [...valid.questions[0].choices, { id: 'c', label: 'c', safe: false, feedback: 'f' }] })))
      .toEqual(['two-choices questions.0.choices']);
    expect(issues({ ...valid, questions: [valid.questions[0], valid.questions[0]] })).toEqual(['duplicate questions.1.id']);
    expect(issues(withQuestion({ choices: [valid.questions[0].choices[0], valid.questions[0].choices[0]] }))).toEqual(['duplicate questions.0.choices.1.id']);
  });

  it('allows exactly the risks and types the element knows', () => {
    expect(RISK_NAMES).toEqual(RISKS);
    expect(TYPE_NAMES).toEqual(QUESTION_TYPES);
  });
});

describe('the built-in core quizzes', () => {
  const load = (audience: string, locale: string) =>
    JSON.parse(readFileSync(`src/content/quiz/core/${audience}/${locale}.json`, 'utf8')) as QuizDocument;

  for (const audience of AUDIENCES) {
    const english = load(audience, 'en');

    it(`${audience}: at least 8 questions, every 4C and every type, tone rules kept`, () => {
      expect(english.questions.length).toBeGreaterThanOrEqual(8);
      for (const risk of RISKS) expect(english.questions.filter((q) => q.risk === risk).length, risk).toBeGreaterThanOrEqual(2);
      for (const type of QUESTION_TYPES) expect(english.questions.some((q) => q.type === type), type).toBe(true);
      for (const risk of RISKS) expect(english.nextSteps[risk], risk).toBeTruthy();
      const text = JSON.stringify(english).toLowerCase();
      expect(text).not.toMatch(/has anyone ever|have you ever|\bfail/);
      for (const q of english.questions.filter((item) => item.sensitivity !== 'low')) {
        expect(q.explanation, q.id).toMatch(/trusted adult|adult you trust/i);
        expect(q.explanation, q.id).toMatch(/helpline|help/i);
      }
    });

    for (const locale of SHIPPED_LOCALES) {
      it(`${audience}/${locale}: valid and identical in structure to English`, () => {
        const quiz = load(audience, locale);
        const result = validate(quizSchema, quiz);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(quiz.locale).toBe(locale);
        const shape = (doc: QuizDocument) =>
          doc.questions.map(({ id, type, risk, topic, sensitivity, choices }) => ({ id, type, risk, topic, sensitivity, choices: choices.map((c) => [c.id, c.safe]) }));
        expect(shape(quiz)).toEqual(shape(english));
        expect([quiz.id, quiz.version]).toEqual([english.id, english.version]);
        if (locale !== 'en') quiz.questions.forEach((q, i) => expect(q.prompt, q.id).not.toBe(english.questions[i].prompt));
      });
    }
  }
});
