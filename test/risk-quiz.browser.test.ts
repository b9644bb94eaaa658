import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/risk-quiz.js';
import '../src/tip-carousel.js';
import type { CopRiskQuiz } from '../src/risk-quiz.js';
import { collectErrors } from './errors.js';
import type { CopErrorEvent, QuizDocument } from '../src/classes.js';
import children from '../src/content/quiz/core/children/en.json';
import teens from '../src/content/quiz/core/teens/en.json';
import parents from '../src/content/quiz/core/parents/en.json';
import educators from '../src/content/quiz/core/educators/en.json';
import tipsChildren from '../src/content/tips/core/children/en.json';

const builtIn = { children, teens, parents, educators } as unknown as Record<string, QuizDocument>;
const root = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) => root(el).querySelector<T>(`[part~="${name}"]`);
const active = (el: Element) => root(el).activeElement;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('button, a')].find((b) => text(b) === label) ?? null;

async function settle(el: CopRiskQuiz) {
  await el.updateComplete;
  await aTimeout(20);
  await el.updateComplete;
}

function record(names: string[]) {
  const events: { type: string; detail: unknown }[] = [];
  const listener = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const name of names) document.addEventListener(name, listener);
  return { events, stop: () => names.forEach((name) => document.removeEventListener(name, listener)) };
}

/** Answers the current question with the keyboard alone: the given choices, then "Check answer". */
async function answerByKeyboard(el: CopRiskQuiz, choose: (index: number) => boolean) {
  expect(active(el)?.localName, 'focus on the question').to.equal('legend');
  const inputs = [...root(el).querySelectorAll<HTMLInputElement>('input')];
  if (inputs[0].type === 'radio') {
    const target = inputs.findIndex((_, i) => choose(i));
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    for (let i = 0; i < target; i++) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Tab}');
  } else {
    for (const [i] of inputs.entries()) {
      await userEvent.keyboard('{Tab}');
      if (choose(i)) await userEvent.keyboard(' ');
    }
    await userEvent.keyboard('{Tab}');
  }
  expect(text(active(el))).to.equal('Check answer');
  await userEvent.keyboard('{Enter}');
  await settle(el);
}

beforeEach(() => {
  sessionStorage.clear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('<cop-risk-quiz> completed by keyboard alone', () => {
  for (const audience of Object.keys(builtIn)) {
    it(`${audience}: every question, with feedback, focus moves and clean event details`, async () => {
      const quiz = builtIn[audience];
      const { events, stop } = record(['cop-quiz-start', 'cop-quiz-answer', 'cop-quiz-complete']);
      const el = await fixture<CopRiskQuiz>(html`<cop-risk-quiz id="q" audience=${audience}></cop-risk-quiz>`);
      await settle(el);
      expect(text(part(el, 'title'))).to.equal(quiz.title);
      expect(text(part(el, 'progress'))).to.equal(`Questions: ${quiz.questions.length}. There is no time limit.`);
      button(el, 'Start the quiz')!.focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);

      // Answer every other question safely, the rest unsafely.
      for (const [n, question] of quiz.questions.entries()) {
        expect(text(part(el, 'progress'))).to.equal(`Question ${n + 1} of ${quiz.questions.length}`);
        expect(text(part(el, 'prompt'))).to.contain(question.prompt);
        const safely = n % 2 === 0;
        await answerByKeyboard(el, (i) => (safely ? question.choices[i].safe : i === question.choices.findIndex((c) => !c.safe)));
        const feedback = part(el, 'feedback')!;
        expect(feedback.getAttribute('role')).to.equal('status');
        expect(text(feedback)).to.contain(safely ? 'Safe choice.' : 'Not the safest choice.');
        expect(text(active(el))).to.equal(n + 1 === quiz.questions.length ? 'See your results' : 'Next question');
        await userEvent.keyboard('{Enter}');
        await settle(el);
      }

      expect(active(el)?.id).to.equal('result-title');
      expect(text(active(el))).to.equal('Your results');
      stop();
      const answers = events.filter((e) => e.type === 'cop-quiz-answer').map((e) => e.detail);
      expect(answers).to.deep.equal(quiz.questions.map((q, n) => ({ questionId: q.id, correct: n % 2 === 0, risk: q.risk })));
      expect(events[0]).to.deep.equal({ type: 'cop-quiz-start', detail: { quizId: quiz.id, version: quiz.version } });
      const complete = events.find((e) => e.type === 'cop-quiz-complete')!.detail as Record<string, unknown>;
      expect(Object.keys(complete).sort()).to.deep.equal(['profile', 'quizId', 'score', 'total', 'version']);
      expect(complete.score).to.equal(Math.ceil(quiz.questions.length / 2));
      expect(complete.total).to.equal(quiz.questions.length);
      const profile = complete.profile as Record<string, number>;
      expect(Object.keys(profile).sort()).to.deep.equal(['conduct', 'contact', 'content', 'contract']);
      expect(Object.values(profile).every((v) => v >= 0 && v <= 1)).to.equal(true);
      expect(text(part(el, 'result'))).to.contain(`Safest answers: ${complete.score} out of ${complete.total}.`);
      expect(text(part(el, 'result'))).not.to.match(/fail/i);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<cop-risk-quiz> behaviour', () => {
  const doc = {
    schema: 'cop-widgets/quiz@1', id: 'mini', version: 3, locale: 'en', title: 'Mini quiz',
    questions: [
      { id: 'm', type: 'multiple', risk: 'conduct', prompt: 'Choose all that help.', explanation: 'Kindness helps.', choices: [
        { id: 'a', label: 'Report it', safe: true, feedback: 'Reporting helps.' },
        { id: 'b', label: 'Join in', safe: false, feedback: 'That hurts.' },
        { id: 'c', label: 'Tell an adult', safe: true, feedback: 'Adults can help.' },
        { id: 'd', label: 'Send a kind message', safe: true, feedback: 'Kind words help.' }] },
      { id: 's', type: 'scenario', risk: 'contact', scenario: 'Sami gets a message from a stranger.', prompt: 'What should Sami do?', choices: [
        { id: 'a', label: 'Reply', safe: false, feedback: 'Better not.' },
        { id: 'b', label: 'Tell a trusted adult', safe: true, feedback: 'Yes.' }] },
    ],
  };

  async function mini(extra = '') {
    const host = document.createElement('div');
    host.innerHTML = `<cop-risk-quiz id="mini" ${extra}></cop-risk-quiz>`;
    const el = host.firstElementChild as CopRiskQuiz;
    el.content = doc;
    await fixture(el);
    await settle(el);
    return el;
  }

  const choose = async (el: CopRiskQuiz, ...ids: string[]) => {
    for (const id of ids) root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
    button(el, 'Check answer')!.click();
    await settle(el);
  };

  it('starts at once without an intro, asks before checking nothing, and scores a partly right multiple answer', async () => {
    const { events, stop } = record(['cop-quiz-start', 'cop-quiz-complete']);
    const el = await mini();
    expect(text(part(el, 'progress'))).to.equal('Question 1 of 2');
    expect(text(part(el, 'prompt'))).to.contain('Choose all the answers you think are right.');
    button(el, 'Check answer')!.click();
    await settle(el);
    expect(text(part(el, 'feedback'))).to.equal('Choose at least one answer first.');
    await choose(el, 'a', 'b');
    expect(text(part(el, 'feedback'))).to.contain('Safe choice. Report it — Reporting helps.');
    expect(text(part(el, 'feedback'))).to.contain('Not the safest choice. Join in — That hurts.');
    expect(text(part(el, 'feedback'))).to.contain('Also safe: Tell an adult');
    expect(text(part(el, 'feedback'))).to.contain('Kindness helps.');
    expect(root(el).querySelector<HTMLInputElement>('input')!.disabled).to.equal(true);
    button(el, 'Next question')!.click();
    await settle(el);
    expect(text(part(el, 'prompt'))).to.contain('Sami gets a message from a stranger.');
    await choose(el, 'b');
    button(el, 'See your results')!.click();
    await settle(el);
    stop();
    expect(events.map((e) => e.type)).to.deep.equal(['cop-quiz-start', 'cop-quiz-complete']);
    // a and b chosen: a right, b wrong, c missed, d missed -> 1 of 4 judged rightly... plus none: 0.25
    expect(events[1].detail).to.deep.equal({ quizId: 'mini', version: 3, score: 1, total: 2, profile: { content: 1, contact: 1, conduct: 0.25, contract: 1 } });
    const result = text(part(el, 'result'));
    expect(result).to.contain('What you already do well Who you talk to online: 100%');
    expect(result).to.contain('Your next steps How people treat each other online (25%): Before you post or reply');
  });

  it('offers help, the tips, printing and a retry that starts again', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div id="finder">Helplines</div>
      <cop-tip-carousel for="mini" id="tips"></cop-tip-carousel>
    </div>`);
    const el = await mini('help-for="finder"');
    wrapper.prepend(el);
    await settle(el);
    await choose(el, 'a', 'c', 'd');
    button(el, 'Next question')!.click();
    await settle(el);
    await choose(el, 'a');
    button(el, 'See your results')!.click();
    await settle(el);
    const carousel = wrapper.querySelector('cop-tip-carousel')!;
    await carousel.updateComplete;
    await aTimeout(30);
    // The carousel follows the quiz: contact (the weaker risk) first, with its reason line.
    const firstTip = carousel.shadowRoot!.querySelector('[part="slide"][data-current] [part="title"]')!.textContent;
    expect(firstTip).to.equal(tipsChildren.tips.find((t) => t.risk === 'contact')!.title);
    expect(carousel.shadowRoot!.querySelector('[part="reason"]')).to.exist;

    button(el, 'Talk to someone')!.click();
    expect(document.activeElement?.id).to.equal('finder');
    button(el, 'See tips for you')!.click();
    expect(document.activeElement?.id).to.equal('tips');
    expect(button(el, 'Print your results')).to.exist;

    const restarted = record(['cop-quiz-start']);
    button(el, 'Try again')!.click();
    await settle(el);
    restarted.stop();
    expect(restarted.events).to.have.length(1);
    expect(text(part(el, 'progress'))).to.equal('Question 1 of 2');
    expect(active(el)?.localName).to.equal('legend');
    expect(root(el).querySelector<HTMLInputElement>('input:checked')).to.equal(null);
  });

  /** Answers both questions of the small quiz and shows the result. */
  async function toResult(el: CopRiskQuiz) {
    await choose(el, 'a');
    button(el, 'Next question')!.click();
    await settle(el);
    await choose(el, 'b');
    button(el, 'See your results')!.click();
    await settle(el);
  }

  it('links "Talk to someone" to help-href', async () => {
    const el = await mini('help-href="tel:116111"');
    await toResult(el);
    expect(part<HTMLAnchorElement>(el, 'help')!.getAttribute('href')).to.equal('tel:116111');
  });

  it('refuses a help-href that is not a web, phone, text or mail link, and says so', async () => {
    const errors = collectErrors();
    const el = await mini('help-href=" JavaScript:alert(1)"');
    await toResult(el);
    await errors.stop(1);
    expect(part(el, 'help')).to.equal(null);
    expect(root(el).querySelector('[href*="script:" i]')).to.equal(null);
    expect(errors.errors.map((error) => error.code)).to.deep.equal(['invalid-attribute']);
    expect(errors.errors[0].message).to.include('help-href');
  });

  it('resumes within the browser session when asked', async () => {
    const first = await mini('resume');
    await choose(first, 'a', 'c', 'd');
    button(first, 'Next question')!.click();
    await settle(first);
    first.remove();
    const again = await mini('resume');
    expect(text(part(again, 'progress'))).to.equal('Question 2 of 2');
    const without = await mini();
    expect(text(part(without, 'progress'))).to.equal('Question 1 of 2');
  });

  it('shows markup in any text field as text', async () => {
    const evil = '<img src=x onerror="window.hacked=1">';
    const hostile = JSON.parse(JSON.stringify(doc).replace(/"(Mini quiz|Choose all that help\.|Report it|Reporting helps\.|Kindness helps\.)"/g, JSON.stringify(evil)));
    const el = document.createElement('cop-risk-quiz');
    el.content = hostile;
    await fixture(el);
    await settle(el);
    await choose(el, 'a');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(part(el, 'title'))).to.equal(evil);
    expect(text(part(el, 'feedback'))).to.contain(evil);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('reports a quiz with no safe choice and shows a short message', async () => {
    const errors: CopErrorEvent['detail'][] = [];
    const listener = (event: CopErrorEvent) => errors.push(event.detail);
    document.addEventListener('cop-error', listener);
    const el = document.createElement('cop-risk-quiz');
    el.content = { ...doc, questions: [{ ...doc.questions[1], choices: doc.questions[1].choices.map((c) => ({ ...c, safe: false })) }] };
    await fixture(el);
    await settle(el);
    await waitUntil(() => errors.length > 0, 'a cop-error', { timeout: 5000 });
    document.removeEventListener('cop-error', listener);
    expect(errors).to.deep.equal([{ code: 'invalid-content', message: 'Content problem: "questions.0.choices" has no choice marked safe.' }]);
    expect(text(part(el, 'error'))).to.equal('This content could not be shown.');
  });
});

describe('<cop-risk-quiz> in every language and state', () => {
  const progress: Record<string, string> = {
    en: 'Question 1 of 12', ar: 'السؤال 1 من 12', es: 'Pregunta 1 de 12', fr: 'Question 1 sur 12', ru: 'Вопрос 1 из 12', 'zh-Hans': '第 1 题，共 12 题',
  };
  for (const lang of Object.keys(progress)) {
    it(`${lang}: intro, each question type, feedback and result are localized and axe-clean`, async () => {
      const el = await fixture<CopRiskQuiz>(html`<cop-risk-quiz lang=${lang} audience="teens" help-href="#help"></cop-risk-quiz>`);
      await settle(el);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.actions button')!.click();
      await settle(el);
      expect(text(part(el, 'progress'))).to.equal(progress[lang]);
      const seen = new Set<string>();
      for (;;) {
        const inputs = [...root(el).querySelectorAll<HTMLInputElement>('input')];
        const type = inputs[0].type === 'checkbox' ? 'multiple' : text(part(el, 'prompt')).length > 0 ? 'one' : '';
        if (!seen.has(type)) await expect(el).to.be.accessible();
        inputs[0].click();
        root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await settle(el);
        if (!seen.has(type)) {
          expect(text(part(el, 'feedback'))).not.to.equal('');
          await expect(el).to.be.accessible();
          seen.add(type);
        }
        root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await settle(el);
        if (part(el, 'result')) break;
      }
      if (lang !== 'en') expect(text(part(el, 'result'))).not.to.contain('Your results');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});
