import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, fn, mocked, userEvent, waitFor } from 'storybook/test';
import '../src/risk-quiz.js';
import type { CopQuizCompleteEvent, CopRiskQuiz } from '../src/risk-quiz.js';
import { RISKS, type Question as QuizQuestion, type QuizDocument, type Risk } from '../src/components/risk-quiz/risk-quiz.model.js';
import { AUDIENCES, loadQuiz, type Audience } from '../src/components/risk-quiz/risk-quiz.packs.js';
import { SHIPPED_LOCALES, type Locale } from '../src/core/locale.js';
import youthClubQuiz from './assets/youth-club.quiz.json';
import {
  ALL_LOCALES_NOTE,
  ATTRIBUTE,
  audienceStoryFor,
  contentErrorRow,
  CSS_PROP,
  cssPartRows,
  customProperties,
  eventRow,
  expectErrorCode,
  expectRightToLeft,
  inEveryLocale,
  inlineDocumentRow,
  jsonScript,
  localeOf,
  localeStoryFor,
  part,
  PROPERTY,
  shipped,
  shown,
  shownInEveryLocale,
} from './helpers.js';

/* ------------------------------------------------------------------------------------------------
 * Args: one per attribute, property, CSS custom property and event of <cop-risk-quiz>.
 * ---------------------------------------------------------------------------------------------- */

interface QuizArgs {
  audience: Audience | '';
  pack: string;
  src: string;
  content: unknown;
  /** Story-only: a quiz document written into a `<script type="application/json">` child. */
  inline: unknown;
  'help-href': string;
  'help-for': string;
  resume: boolean;
  'heading-level': number;
  '--cop-quiz-background': string;
  '--cop-quiz-color': string;
  '--cop-quiz-accent': string;
  '--cop-quiz-border': string;
  onStart: (event: Event) => void;
  onAnswer: (event: Event) => void;
  onComplete: (event: Event) => void;
  onError: (event: Event) => void;
}

const CSS_PROPS = ['--cop-quiz-background', '--cop-quiz-color', '--cop-quiz-accent', '--cop-quiz-border'] as const;

/** Renders the quiz from args. */
function renderQuiz(args: QuizArgs): TemplateResult {
  return html`<cop-risk-quiz
    audience=${args.audience || nothing}
    pack=${args.pack || nothing}
    src=${args.src || nothing}
    help-href=${args['help-href'] || nothing}
    help-for=${args['help-for'] || nothing}
    ?resume=${args.resume}
    heading-level=${args['heading-level'] ?? nothing}
    style=${customProperties(args, CSS_PROPS)}
    .content=${args.content}
    @cop-quiz-start=${args.onStart}
    @cop-quiz-answer=${args.onAnswer}
    @cop-quiz-complete=${args.onComplete}
    @cop-error=${args.onError}
    >${args.inline ? jsonScript(args.inline) : nothing}</cop-risk-quiz
  >`;
}

/* ------------------------------------------------------------------------------------------------
 * Documents used by the stories (written for these docs)
 * ---------------------------------------------------------------------------------------------- */

/** A school's own three questions: one of each kind of answer (one, several, a story). */
const SCHOOL_QUIZ = {
  schema: 'cop-widgets/quiz@1',
  id: 'hillview-quiz',
  version: 2,
  locale: 'en',
  title: 'Hillview School: gaming and chat',
  intro: 'Three questions from your class teacher about games and chat. Nobody sees your answers.',
  audience: ['children'],
  questions: [
    {
      id: 'hv-voice-chat',
      type: 'single',
      risk: 'contact',
      prompt: 'A player you do not know asks you to join a private voice chat. What is safest?',
      choices: [
        { id: 'a', label: 'Join, but do not say your name', safe: false, feedback: 'A private chat with a stranger is still risky, even without your name.' },
        { id: 'b', label: 'Say no and tell an adult at home or at school', safe: true, feedback: 'Yes. Saying no is always fine, and an adult can help.' },
      ],
      explanation: 'People you only know from a game are still strangers.',
    },
    {
      id: 'hv-password',
      type: 'multiple',
      risk: 'contract',
      prompt: 'Which of these keep your game account safe?',
      choices: [
        { id: 'a', label: 'A password nobody else knows', safe: true, feedback: 'Right: a password is only yours.' },
        { id: 'b', label: 'Telling your best friend your password', safe: false, feedback: 'Even best friends fall out. Keep it to yourself.' },
        { id: 'c', label: 'Asking an adult before you buy anything', safe: true, feedback: 'Right: in-game buys cost real money.' },
      ],
    },
    {
      id: 'hv-mean-message',
      type: 'scenario',
      risk: 'conduct',
      scenario: 'Lina sees a mean comment about her friend under a video.',
      prompt: 'What could Lina do?',
      choices: [
        { id: 'a', label: 'Write something mean back', safe: false, feedback: 'That can make things worse.' },
        { id: 'b', label: 'Report the comment and check on her friend', safe: true, feedback: 'Yes: reporting helps, and so does a kind word.' },
      ],
    },
  ],
  nextSteps: {
    contact: 'Ask your class teacher how to set your game to friends-only chat.',
    contract: 'Write your passwords nowhere but in your head, or ask an adult at home to help you keep them safe.',
  },
};

/** A quiz whose only question has no choice marked safe. */
const NO_SAFE_CHOICE_QUIZ = {
  schema: 'cop-widgets/quiz@1',
  id: 'no-safe-choice',
  version: 1,
  locale: 'en',
  title: 'A quiz with a mistake',
  questions: [
    {
      id: 'broken',
      type: 'single',
      risk: 'content',
      prompt: 'A video says a famous person has died. What do you do?',
      choices: [
        { id: 'a', label: 'Share it at once', safe: false, feedback: 'It may not be true.' },
        { id: 'b', label: 'Believe it because it has many views', safe: false, feedback: 'Many views do not make it true.' },
      ],
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * Play-function helpers
 * ---------------------------------------------------------------------------------------------- */

const quizIn = (canvas: HTMLElement) => canvas.querySelector<CopRiskQuiz>('cop-risk-quiz')!;
/** Text with its white space folded, as it reads. */
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (node: Element | null) => squash(node?.textContent ?? '');
const inputs = (el: CopRiskQuiz) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="choice"] input')];
const submitButton = (el: CopRiskQuiz) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const startButton = (el: CopRiskQuiz) => part(el, 'actions')!.querySelector<HTMLButtonElement>('button')!;
const resultHeadings = (el: CopRiskQuiz) => [...part(el, 'result')!.querySelectorAll('[role="heading"]')].map(text);

/** The audience the element shows (its fallback, `children`, for anything else). */
const audienceOf = (args: QuizArgs): Audience => ((AUDIENCES as readonly string[]).includes(args.audience) ? (args.audience as Audience) : 'children');

/** Waits until the quiz region has rendered (its strings and quiz loaded). */
const shownQuiz = (canvas: HTMLElement) => shown<CopRiskQuiz>(canvas, 'cop-risk-quiz', 'base');

/** Checks the intro of a quiz: its title and text, the number of questions and the start button. */
async function expectIntro(el: CopRiskQuiz, quiz: QuizDocument, locale: Locale): Promise<void> {
  await waitFor(() => expect(text(part(el, 'title'))).toBe(squash(quiz.title)));
  await expect(text(part(el, 'intro'))).toBe(squash(quiz.intro));
  await expect(text(part(el, 'progress'))).toBe(
    await shipped(locale, 'quiz.length', str`Questions: ${quiz.questions.length}. There is no time limit.`),
  );
  await expect(text(startButton(el))).toBe(await shipped(locale, 'quiz.start', 'Start the quiz'));
  await expect(part(el, 'question')).toBeNull();
}

/** Checks the intro of a built-in quiz, which has 12 questions; returns the quiz. */
async function expectBuiltIn(el: CopRiskQuiz, audience: Audience, locale: Locale): Promise<QuizDocument> {
  const quiz = await loadQuiz(audience, locale);
  await expect(quiz.questions).toHaveLength(12);
  await expectIntro(el, quiz, locale);
  return quiz;
}

/** Presses "Start the quiz" and waits for the first question. */
async function start(el: CopRiskQuiz): Promise<void> {
  await userEvent.click(startButton(el));
  await waitFor(() => expect(part(el, 'question')).not.toBeNull());
}

/** Clicks the submit button ("Check answer", "Next question", "See your results") and waits for the update. */
async function submit(el: CopRiskQuiz): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

/**
 * Answers the current question with DOM clicks, then moves on: the safe choices when `safely`,
 * else the unsafe ones (the first unsafe one for a one-answer question).
 */
async function answer(el: CopRiskQuiz, question: QuizQuestion, safely: boolean): Promise<void> {
  await expect(text(part(el, 'prompt'))).toContain(squash(question.prompt));
  const wanted = question.choices.filter((choice) => choice.safe === safely);
  for (const choice of question.type === 'multiple' ? wanted : wanted.slice(0, 1)) {
    inputs(el).find((input) => input.value === choice.id)!.click();
  }
  await submit(el);
  await submit(el);
}

/** Starts the quiz and answers safely up to (not including) question `index`. */
async function goTo(el: CopRiskQuiz, quiz: QuizDocument, index: number): Promise<void> {
  await start(el);
  for (const question of quiz.questions.slice(0, index)) await answer(el, question, true);
  await expect(text(part(el, 'progress'))).toContain(String(index + 1));
  await expect(text(part(el, 'prompt'))).toContain(squash(quiz.questions[index].prompt));
}

/** The detail of the one `cop-quiz-complete` the story saw. */
async function completion(onComplete: QuizArgs['onComplete']) {
  await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
  return (mocked(onComplete).mock.calls[0][0] as CopQuizCompleteEvent).detail;
}

/* ------------------------------------------------------------------------------------------------
 * Meta
 * ---------------------------------------------------------------------------------------------- */

const meta: Meta<QuizArgs> = {
  title: 'Elements/Risk quiz',
  component: 'cop-risk-quiz',
  tags: ['autodocs'],
  render: (args) => renderQuiz(args),
  args: {
    audience: 'children',
    pack: 'core',
    src: '',
    content: undefined,
    inline: undefined,
    'help-href': '',
    'help-for': '',
    resume: false,
    'heading-level': 2,
    '--cop-quiz-background': '',
    '--cop-quiz-color': '',
    '--cop-quiz-accent': '',
    '--cop-quiz-border': '',
    onStart: fn(),
    onAnswer: fn(),
    onComplete: fn(),
    onError: fn(),
  },
  argTypes: {
    audience: {
      description: '`children` (9–12) · `teens` (13–17) · `parents` · `educators`: which built-in quiz.',
      options: ['children', 'teens', 'parents', 'educators'],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'children' } },
    },
    pack: {
      description: 'The built-in quiz pack: `core` (12 questions for each audience in every shipped language).',
      options: ['core'],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'core' } },
    },
    src: {
      description: 'URL of a quiz document (`cop-widgets/quiz@1`); overrides `pack`. Used when there is no `content` and no inline JSON.',
      control: 'text',
      table: ATTRIBUTE,
    },
    content: {
      description:
        'A parsed quiz document; wins over inline JSON and `src`. Shape: `{schema: "cop-widgets/quiz@1", id, version, ' +
        'locale, title, intro?, audience?, questions: [{id, type, risk, prompt, scenario?, choices: [{id, label, safe, ' +
        'feedback}], explanation?}], nextSteps?: {content?, contact?, conduct?, contract?}}`.',
      control: 'object',
      table: { ...PROPERTY, type: { summary: 'QuizDocument | undefined' } },
    },
    inline: inlineDocumentRow('quiz'),
    'help-href': {
      description: 'Where the result’s "Talk to someone" link leads: a page or a `tel:` link. Wins over `help-for`.',
      control: 'text',
      table: ATTRIBUTE,
    },
    'help-for': {
      description: 'The id of an element on the page (such as a helpline finder) that "Talk to someone" scrolls to and focuses.',
      control: 'text',
      table: ATTRIBUTE,
    },
    resume: {
      description:
        'Keep progress in this browser session (sessionStorage, key `cop-widgets:quiz:<id>@<version>`), so a reload ' +
        'does not lose it.',
      control: 'boolean',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'false' } },
    },
    'heading-level': {
      description: 'Level of the quiz title, 2 to 5 (exposed as `role="heading"` with `aria-level`); the result’s headings are below it.',
      options: [2, 3, 4, 5],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: '2' } },
    },
    '--cop-quiz-background': { description: 'Background (default: `--cop-color-surface`).', control: 'color', table: CSS_PROP },
    '--cop-quiz-color': { description: 'Text colour.', control: 'color', table: CSS_PROP },
    '--cop-quiz-accent': {
      description: 'Top border, selected answers and buttons (default: `--cop-color-primary`).',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-quiz-border': { description: 'Borders.', control: 'color', table: CSS_PROP },
    onStart: eventRow('cop-quiz-start', 'The quiz began (or began again). Detail: `{quizId, version}`.'),
    onAnswer: eventRow(
      'cop-quiz-answer',
      'An answer was checked. Detail: `{questionId, correct, risk}` — whether it was fully safe, never the answer itself.',
    ),
    onComplete: eventRow(
      'cop-quiz-complete',
      'The result was reached. Detail: `{quizId, version, score, total, profile}`; `profile` holds, for each of ' +
        '`content`, `contact`, `conduct` and `contract`, the share (0–1) of its questions answered safely.',
    ),
    onError: contentErrorRow(),
    // CSS parts: documentation rows only (no arg).
    ...cssPartRows([
      ['base', 'The quiz region.'],
      ['title', 'The quiz title.'],
      ['intro', 'The introduction.'],
      ['progress', '"Question 3 of 12" (on the intro: the number of questions).'],
      ['question', 'The fieldset of a question.'],
      ['prompt', 'The question’s legend (with its story, for scenarios).'],
      ['choice', 'Each answer, a label around a native radio button or checkbox.'],
      ['feedback', 'The status region with feedback after "Check answer".'],
      ['actions', 'The row of buttons.'],
      ['result', 'The result.'],
      ['help', 'The "Talk to someone" link or button.'],
      ['empty', 'The line shown while there is no quiz to show.'],
      ['error', 'The line shown when a document cannot be used.'],
    ]),
  },
  parameters: {
    docs: {
      description: {
        component: `
A short quiz about online safety, one question at a time, that ends in a profile across the 4Cs
(content, contact, conduct, contract): what the person already does well, one next step for each
weaker area, and a way to talk to someone. No timers, no marks to fail, no names; its events never
carry the answers. Each question is a \`fieldset\` with a \`legend\` and native radio buttons or
checkboxes; "Check answer" shows feedback in a status region, and focus moves to the next question,
then to the result. A \`<cop-tip-carousel for>\` naming the quiz puts tips for its weakest risks first.

\`\`\`html
<script type="module">import 'cop-widgets/risk-quiz.js';</script>
<cop-risk-quiz id="quiz" audience="children" help-for="helplines"></cop-risk-quiz>
<cop-tip-carousel audience="children" for="quiz"></cop-tip-carousel>
\`\`\`

**States.** Most stories start on the intro; their play functions then go to the state they are named
after (a question, feedback, the result). Select a story again to replay it.

**Language and direction.** Use the **Locale** toolbar: the built-in quiz is loaded in the language of
the wrapper's \`lang\`, with the element's own strings, and in Arabic the quiz runs right to left. Your
own documents stay in the language you wrote them in.
`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<QuizArgs>;

/* ------------------------------------------------------------------------------------------------
 * Built-in quizzes, one per audience (the intro screen)
 * ---------------------------------------------------------------------------------------------- */

/** The default: the quiz for children, on its intro screen. */
export const Children: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The default: the built-in quiz for children (9–12), on its intro screen — the title, what the quiz is, ' +
          'how many questions, that there is no time limit, and the start button.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = await shownQuiz(canvasElement);
    await expectBuiltIn(el, 'children', localeOf({ globals }));
    await expect(part(el, 'title')!.getAttribute('aria-level')).toBe('2');
    await expect(args.onStart).not.toHaveBeenCalled();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

const audienceStory = audienceStoryFor<Audience, QuizArgs, CopRiskQuiz>(shownQuiz, expectBuiltIn);

export const Teens: Story = audienceStory('teens', '`audience="teens"`: the quiz for 13 to 17 year olds.');
export const Parents: Story = audienceStory('parents', '`audience="parents"`: the quiz for parents and carers.');
export const Educators: Story = audienceStory('educators', '`audience="educators"`: the quiz for teachers and school staff.');

/* ------------------------------------------------------------------------------------------------
 * Questions
 * ---------------------------------------------------------------------------------------------- */

export const Question: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The first question, after "Start the quiz": the progress line, a `fieldset` whose `legend` is the question ' +
          '(focus moves there), native radio buttons and "Check answer". `cop-quiz-start` fires.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    const quiz = await loadQuiz(audienceOf(args), locale);
    const first = quiz.questions[0];
    await start(el);
    await expect(text(part(el, 'progress'))).toBe(
      await shipped(locale, 'quiz.progress', str`Question ${1} of ${quiz.questions.length}`),
    );
    const fieldset = part(el, 'question')!;
    const legend = fieldset.querySelector('legend')!;
    await expect(fieldset.localName).toBe('fieldset');
    await expect(legend.getAttribute('part')).toBe('prompt');
    await expect(text(legend)).toContain(squash(first.prompt));
    await expect(el.shadowRoot!.activeElement).toBe(legend);
    await expect(inputs(el).map((input) => input.type)).toEqual(first.choices.map(() => 'radio'));
    await expect(inputs(el).every((input) => fieldset.contains(input) && !input.checked)).toBe(true);
    await expect(text(submitButton(el))).toBe(await shipped(locale, 'quiz.check', 'Check answer'));
    await expect(args.onStart).toHaveBeenCalledTimes(1);
    await expect(args.onStart).toHaveBeenCalledWith(expect.objectContaining({ detail: { quizId: quiz.id, version: quiz.version } }));
  },
};

export const MultipleChoice: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'A question of type `multiple`: checkboxes, and a hint under the question that more than one answer may be ' +
          'right. Partly right answers get partial credit. The play function answers the questions before it, then ' +
          'ticks two boxes.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    const quiz = await loadQuiz(audienceOf(args), locale);
    const index = quiz.questions.findIndex((question) => question.type === 'multiple');
    await goTo(el, quiz, index);
    const boxes = inputs(el);
    await expect(boxes.map((input) => input.type)).toEqual(quiz.questions[index].choices.map(() => 'checkbox'));
    await expect(text(part(el, 'prompt')!.querySelector('.hint'))).toBe(
      await shipped(locale, 'quiz.hint-multiple', 'Choose all the answers you think are right.'),
    );
    await userEvent.click(boxes[0]);
    await userEvent.click(boxes[1]);
    await expect(boxes.filter((input) => input.checked)).toHaveLength(2);
  },
};

export const Scenario: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'A `scenario` question: a short story about a character, then what they should do — the built-in quizzes never ' +
          'ask about the reader’s own experience of harm. The story is part of the `legend`, so it is read with the ' +
          'question. The play function answers the questions before it.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = await shownQuiz(canvasElement);
    const quiz = await loadQuiz(audienceOf(args), localeOf({ globals }));
    const index = quiz.questions.findIndex((question) => question.type === 'scenario');
    const scenario = quiz.questions[index];
    await goTo(el, quiz, index);
    const legend = part(el, 'prompt')!;
    await expect(legend.localName).toBe('legend');
    await expect(text(legend.querySelector('.scenario'))).toBe(squash(scenario.scenario));
    await expect(text(legend)).toContain(squash(scenario.prompt));
    await expect(inputs(el).every((input) => input.type === 'radio')).toBe(true);
  },
};

/* ------------------------------------------------------------------------------------------------
 * Answering
 * ---------------------------------------------------------------------------------------------- */

export const Feedback: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'After "Check answer": the status region says whether the choice was the safest, why, and what the question ' +
          'teaches; the answers are locked and the button becomes "Next question". `cop-quiz-answer` says only whether ' +
          'the answer was safe. The play function picks the safe answer of the first question.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    const quiz = await loadQuiz(audienceOf(args), locale);
    const question = quiz.questions[0];
    const safe = question.choices.findIndex((choice) => choice.safe);
    await start(el);
    await userEvent.click(inputs(el)[safe]);
    await userEvent.click(submitButton(el));
    const feedback = part(el, 'feedback')!;
    await waitFor(() => expect(text(feedback)).not.toBe(''));
    await expect(feedback.getAttribute('role')).toBe('status');
    await expect(text(feedback)).toContain(await shipped(locale, 'quiz.safe', 'Safe choice.'));
    await expect(text(feedback)).not.toContain(await shipped(locale, 'quiz.not-safe', 'Not the safest choice.'));
    await expect(text(feedback)).toContain(squash(question.choices[safe].feedback));
    await expect(inputs(el).every((input) => input.disabled)).toBe(true);
    await expect(text(submitButton(el))).toBe(await shipped(locale, 'quiz.next', 'Next question'));
    await expect(args.onAnswer).toHaveBeenCalledTimes(1);
    await expect(args.onAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { questionId: question.id, correct: true, risk: question.risk } }),
    );
  },
};

export const NothingChosen: Story = {
  parameters: {
    docs: {
      description: {
        story:
          '"Check answer" with nothing chosen: the status region asks for an answer first (for a `multiple` question: ' +
          'at least one). Nothing is checked and no event fires.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    const notice = await shipped(locale, 'quiz.choose-one', 'Choose an answer first.');
    await start(el);
    await userEvent.click(submitButton(el));
    await waitFor(() => expect(text(part(el, 'feedback'))).toBe(notice));
    await expect(inputs(el).some((input) => input.disabled || input.checked)).toBe(false);
    await expect(text(submitButton(el))).toBe(await shipped(locale, 'quiz.check', 'Check answer'));
    await expect(args.onAnswer).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------------
 * The result
 * ---------------------------------------------------------------------------------------------- */

/** The risks the Result story answers safely; the others it answers unsafely. */
const SAFE_IN_RESULT: readonly Risk[] = ['content', 'contact'];

export const Result: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The result: how many answers were the safest, what the person already does well (a risk with at least 75 % ' +
          'safe answers) and one next step for each weaker risk, then "Print your results" and "Try again". Focus ' +
          'moves to "Your results" and `cop-quiz-complete` carries the 4Cs profile. The play function answers every ' +
          'question — safely about content and contact, unsafely about conduct and contract.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    const quiz = await loadQuiz(audienceOf(args), locale);
    await start(el);
    for (const question of quiz.questions) await answer(el, question, SAFE_IN_RESULT.includes(question.risk));
    await waitFor(() => expect(part(el, 'result')).not.toBeNull());

    const score = quiz.questions.filter((question) => SAFE_IN_RESULT.includes(question.risk)).length;
    const result = part(el, 'result')!;
    await expect(text(el.shadowRoot!.activeElement)).toBe(await shipped(locale, 'quiz.results', 'Your results'));
    await expect(text(result)).toContain(
      await shipped(locale, 'quiz.score', str`Safest answers: ${score} out of ${quiz.questions.length}.`),
    );
    await expect(resultHeadings(el)).toEqual([
      await shipped(locale, 'quiz.results', 'Your results'),
      await shipped(locale, 'quiz.strengths', 'What you already do well'),
      await shipped(locale, 'quiz.next-steps', 'Your next steps'),
    ]);
    // The quiz's own next step for each weaker risk.
    for (const risk of RISKS.filter((risk) => !SAFE_IN_RESULT.includes(risk))) {
      await expect(text(result)).toContain(squash(quiz.nextSteps[risk] ?? ''));
    }
    await expect(part(el, 'help')).toBeNull();

    const detail = await completion(args.onComplete);
    await expect(detail).toMatchObject({ quizId: quiz.id, version: quiz.version, score, total: quiz.questions.length });
    await expect(Object.keys(detail.profile).sort()).toEqual([...RISKS].sort());
    await expect(Object.values(detail.profile).every((share) => typeof share === 'number' && share >= 0 && share <= 1)).toBe(true);
    await expect(detail.profile).toMatchObject({ content: 1, contact: 1 });
    await expect(detail.profile.conduct).toBeLessThan(0.75);
    await expect(detail.profile.contract).toBeLessThan(0.75);
    await expect(args.onAnswer).toHaveBeenCalledTimes(quiz.questions.length);
  },
};

export const ResultWithHelp: Story = {
  render: (args) =>
    html`${renderQuiz(args)}
      <div id=${args['help-for']} class="cop-story-helplines" style="margin-block-start: 1rem">
        <p>A stand-in for a helpline finder on the same page.</p>
        <p>Child helpline: call <a href="tel:116111">116 111</a>, free, day or night.</p>
      </div>`,
  args: { 'help-for': 'helplines' },
  parameters: {
    docs: {
      description: {
        story:
          '`help-for="helplines"`: the result offers "Talk to someone", which scrolls to the element with that id and ' +
          'moves focus to it (`help-href` makes it a link instead, e.g. `help-href="tel:116111"`). The play function ' +
          'answers every question safely — so there are only strengths — and uses the button.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    const quiz = await loadQuiz(audienceOf(args), locale);
    await start(el);
    for (const question of quiz.questions) await answer(el, question, true);
    await waitFor(() => expect(part(el, 'result')).not.toBeNull());
    await expect(text(part(el, 'result'))).toContain(
      await shipped(locale, 'quiz.score', str`Safest answers: ${quiz.questions.length} out of ${quiz.questions.length}.`),
    );
    await expect(resultHeadings(el)).not.toContain(await shipped(locale, 'quiz.next-steps', 'Your next steps'));

    const help = part(el, 'help')!;
    await expect(help.localName).toBe('button');
    await expect(text(help)).toBe(await shipped(locale, 'quiz.help', 'Talk to someone'));
    await userEvent.click(help);
    await waitFor(() => expect(document.activeElement?.id).toBe(args['help-for']));
    await expect((await completion(args.onComplete)).profile).toEqual({ content: 1, contact: 1, conduct: 1, contract: 1 });
  },
};

/* ------------------------------------------------------------------------------------------------
 * Your own quiz
 * ---------------------------------------------------------------------------------------------- */

export const FromDocument: Story = {
  args: { inline: SCHOOL_QUIZ },
  parameters: {
    docs: {
      description: {
        story:
          'A school’s own quiz in an inline `<script type="application/json">` (edit it in Controls): one question of ' +
          'each kind, and its own next steps. A deployer’s document replaces the built-in quiz, never mixes with it. ' +
          'The play function answers the second question unsafely, so the school’s next step for it shows.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownQuiz(canvasElement);
    await expectIntro(el, SCHOOL_QUIZ as unknown as QuizDocument, locale);
    const questions = SCHOOL_QUIZ.questions as unknown as QuizQuestion[];
    await start(el);
    for (const [n, question] of questions.entries()) await answer(el, question, n !== 1);
    await waitFor(() => expect(part(el, 'result')).not.toBeNull());
    await expect(text(part(el, 'result'))).toContain(squash(SCHOOL_QUIZ.nextSteps.contract));
    const detail = await completion(args.onComplete);
    await expect(detail).toMatchObject({ quizId: SCHOOL_QUIZ.id, version: SCHOOL_QUIZ.version, score: 2, total: 3 });
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const FromSrc: Story = {
  args: { audience: 'teens', src: 'story-assets/youth-club.quiz.json' },
  parameters: {
    docs: {
      description: {
        story: 'A youth club’s quiz fetched from `src` (a JSON file served next to these docs), without credentials or referrer.',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const el = quizIn(canvasElement);
    await waitFor(() => expect(text(part(el, 'title'))).toBe(squash(youthClubQuiz.title)), { timeout: 12_000 });
    await expectIntro(el, youthClubQuiz as unknown as QuizDocument, localeOf({ globals }));
  },
};

export const InvalidDocument: Story = {
  args: { inline: NO_SAFE_CHOICE_QUIZ },
  parameters: {
    docs: {
      description: {
        story:
          'A document whose question has no choice marked safe. The quiz shows a short error line (`::part(error)`) ' +
          'in its own language, logs the details to the console and fires `cop-error` with `code: "invalid-content"` ' +
          'naming the place. It never throws, and it does not fall back to the built-in quiz.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = quizIn(canvasElement);
    await waitFor(() => expect(part(el, 'error')).not.toBeNull());
    await expect(text(part(el, 'error'))).toBe(
      await shipped(localeOf({ globals }), 'content.invalid.short', 'This content could not be shown.'),
    );
    await expectErrorCode(args.onError, 'invalid-content');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ message: expect.stringContaining('questions.0.choices') }) }),
    );
    await expect(part(el, 'base')).toBeNull();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Languages
 * ---------------------------------------------------------------------------------------------- */

const localeStory = localeStoryFor<QuizArgs, CopRiskQuiz>(shownQuiz, async (el, locale) => {
  await expectBuiltIn(el, 'children', locale);
});

export const Localized: Story = localeStory(null, 'The built-in quiz and the element’s own strings follow the Locale toolbar.');

export const Arabic: Story = {
  ...localeStory('ar', 'Arabic (`lang="ar"`): the Arabic quiz, right to left. The play function starts it.'),
  play: async ({ canvasElement }) => {
    const el = await shownQuiz(canvasElement);
    await expectBuiltIn(el, 'children', 'ar');
    await expectRightToLeft(el);
    await expect(text(startButton(el))).toBe('ابدأ الاختبار');
    await start(el);
    await expect(text(part(el, 'progress'))).toBe('السؤال 1 من 12');
    await expect(getComputedStyle(part(el, 'question')!).direction).toBe('rtl');
  },
};

export const Spanish: Story = localeStory('es');
export const French: Story = localeStory('fr');
export const Russian: Story = localeStory('ru');
export const ChineseSimplified: Story = localeStory('zh-Hans');

export const AllLocales: Story = {
  render: (args) => inEveryLocale(() => renderQuiz(args)),
  parameters: { docs: { description: { story: ALL_LOCALES_NOTE } } },
  play: async ({ canvasElement, args }) => {
    const quizzes = await shownInEveryLocale<CopRiskQuiz>(canvasElement, 'cop-risk-quiz', 'base');
    for (const [i, locale] of SHIPPED_LOCALES.entries()) await expectBuiltIn(quizzes[i], audienceOf(args), locale);
  },
};
