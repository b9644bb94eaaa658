// Proves the recipes in docs/frameworks.md: the elements used from React 19 and Vue 3, with the
// `content` property, the `cop-quiz-complete` event and a carousel following the quiz. The code
// inside each test is the recipe's code, written with React.createElement / h() instead of JSX or
// single-file components so that it runs without build configuration.
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, h, ref, type App } from 'vue';
// The full build, with the template compiler (what the alias `vue: 'vue/dist/vue.esm-bundler.js'`
// gives an app). It ships no .d.ts of its own: its API is the one 'vue' types.
// @ts-expect-error -- no declaration file for this path; typed just below.
import * as vueFullBuild from 'vue/dist/vue.esm-bundler.js';
import { compileTemplate } from 'vue/compiler-sfc';
import '../src/index.js';
import { CopRiskQuiz } from '../src/index.js';
import type {
  CopBannerActionEvent, CopBannerDismissEvent, CopBannerShowEvent, CopCampaignBanner, CopCountryChangeEvent, CopErrorEvent,
  CopHelplineContactEvent, CopHelplineFinder, CopQuickExit, CopQuickExitEvent, CopQuizAnswerEvent, CopQuizCompleteEvent,
  CopQuizStartEvent, CopTipCarousel, CopTipChangeEvent, QuizCompleteDetail,
} from '../src/index.js';
import tipsTeens from '../src/content/tips/core/teens/en.json';

const createAppWithCompiler = (vueFullBuild as typeof import('vue')).createApp;

// ---- The TypeScript typing of docs/frameworks.md ("React: TypeScript"), checked by `tsc`. ----
// React 19 sets a prop as a property when the element has a property of that name, so the props
// are the elements' properties, with their types; `content` replaces React's RDFa `content` string.
type CopProps<E extends HTMLElement, Props extends keyof E> = Omit<React.HTMLAttributes<E>, 'content'> &
  React.RefAttributes<E> &
  Partial<Pick<E, Props>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cop-campaign-banner': CopProps<CopCampaignBanner, 'campaign' | 'revision' | 'variant' | 'headingLevel' | 'dismissible' | 'remember' | 'start' | 'end' | 'locales' | 'src' | 'content' | 'clock'> & {
        'oncop-banner-show'?: (event: CopBannerShowEvent) => void;
        'oncop-banner-dismiss'?: (event: CopBannerDismissEvent) => void;
        'oncop-banner-action'?: (event: CopBannerActionEvent) => void;
        'oncop-error'?: (event: CopErrorEvent) => void;
      };
      'cop-quick-exit': CopProps<CopQuickExit, 'href' | 'shortcut'> & {
        'oncop-quick-exit'?: (event: CopQuickExitEvent) => void;
      };
      'cop-tip-carousel': CopProps<CopTipCarousel, 'audience' | 'risks' | 'pack' | 'src' | 'content' | 'autoplay' | 'interval' | 'for' | 'picker' | 'headingLevel'> & {
        'oncop-tip-change'?: (event: CopTipChangeEvent) => void;
        'oncop-error'?: (event: CopErrorEvent) => void;
      };
      'cop-risk-quiz': CopProps<CopRiskQuiz, 'audience' | 'pack' | 'src' | 'content' | 'helpHref' | 'helpFor' | 'resume' | 'headingLevel'> & {
        'oncop-quiz-start'?: (event: CopQuizStartEvent) => void;
        'oncop-quiz-answer'?: (event: CopQuizAnswerEvent) => void;
        'oncop-quiz-complete'?: (event: CopQuizCompleteEvent) => void;
        'oncop-error'?: (event: CopErrorEvent) => void;
      };
      'cop-helpline-finder': CopProps<CopHelplineFinder, 'country' | 'src' | 'content' | 'bundled' | 'methods' | 'topic' | 'headingLevel' | 'clock'> & {
        'oncop-country-change'?: (event: CopCountryChangeEvent) => void;
        'oncop-helpline-contact'?: (event: CopHelplineContactEvent) => void;
        'oncop-error'?: (event: CopErrorEvent) => void;
      };
    }
  }
}
type QuizProps = React.JSX.IntrinsicElements['cop-risk-quiz'];
type CarouselProps = React.JSX.IntrinsicElements['cop-tip-carousel'];

// ---- Helpers, as in risk-quiz.browser.test.ts. ----
const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('button, a')].find((b) => text(b) === label) ?? null;

async function settle(...elements: (CopRiskQuiz | CopTipCarousel)[]) {
  for (const el of elements) await el.updateComplete;
  await aTimeout(30);
  for (const el of elements) await el.updateComplete;
}

/** Waits until `check` passes (a framework or an element may render on a later task). */
async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await aTimeout(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A small document of the deployer's own, handed to the quiz by the framework. */
const familyQuiz = {
  schema: 'cop-widgets/quiz@1', id: 'isp-family', version: 1, locale: 'en', title: 'Family online check-up',
  questions: [
    { id: 'stranger', type: 'single', risk: 'contact', prompt: 'A stranger asks a teen for photos. What should they do?', explanation: 'Telling someone helps.',
      choices: [
        { id: 'a', label: 'Send them', safe: false, feedback: 'Never share photos with strangers.' },
        { id: 'b', label: 'Block and tell an adult', safe: true, feedback: 'Yes.' }] },
    { id: 'post', type: 'single', risk: 'conduct', prompt: 'A friend posts a cruel joke about a classmate. What helps?', explanation: 'Kindness helps.',
      choices: [
        { id: 'a', label: 'Share it', safe: false, feedback: 'That spreads the hurt.' },
        { id: 'b', label: 'Report it and check on the classmate', safe: true, feedback: 'Yes.' }] },
  ],
};

/** Completes `familyQuiz` with DOM clicks: the contact question unsafely, the conduct one safely. */
async function completeQuiz(quiz: CopRiskQuiz) {
  for (const [choice, next] of [['a', 'Next question'], ['b', 'See your results']]) {
    root(quiz).querySelector<HTMLInputElement>(`input[value="${choice}"]`)!.click();
    button(quiz, 'Check answer')!.click();
    await settle(quiz);
    button(quiz, next)!.click();
    await settle(quiz);
  }
}

/** What every recipe must give: rendered elements, the document as a property, the carousel in step. */
async function expectRendered(container: HTMLElement) {
  const quiz = container.querySelector('cop-risk-quiz')!;
  const carousel = container.querySelector('cop-tip-carousel')!;
  expect(quiz, 'the quiz is in the DOM').to.exist;
  expect(carousel, 'the carousel is in the DOM').to.exist;
  await until(() => part(quiz, 'title') && root(carousel)?.querySelector('[part~="slide"]'), 'both elements to render');
  await settle(quiz, carousel);
  // `content` arrived as a property (an attribute would be the string "[object Object]").
  expect(quiz.hasAttribute('content'), 'content is not an attribute').to.equal(false);
  expect((quiz.content as typeof familyQuiz).id).to.equal(familyQuiz.id);
  expect(text(part(quiz, 'title'))).to.equal('Family online check-up');
  expect(text(part(quiz, 'progress'))).to.equal('Question 1 of 2');
  expect(quiz.audience).to.equal('teens');
  expect(carousel.for).to.equal('family-quiz');
  expect(part(carousel, 'base')).to.exist;
  expect(root(carousel).querySelectorAll('[part~="slide"]').length).to.be.greaterThan(1);
  expect(part(carousel, 'reason'), 'no reason before the quiz ends').to.equal(null);
  return { quiz, carousel };
}

async function expectCompleted(quiz: CopRiskQuiz, carousel: CopTipCarousel, details: QuizCompleteDetail[]) {
  await completeQuiz(quiz);
  await settle(quiz, carousel);
  expect(part(quiz, 'result')).to.exist;
  expect(details, 'the framework handler ran once').to.have.length(1);
  expect(details[0].quizId).to.equal('isp-family');
  expect(details[0].profile).to.deep.equal({ content: 1, contact: 0, conduct: 1, contract: 1 });
  // The carousel follows the quiz named by `for`: contact tips first, with the line saying why.
  expect(text(part(carousel, 'reason'))).to.equal('Tips about what your quiz showed come first.');
  const firstTip = root(carousel).querySelector('[part~="slide"][data-current] [part~="title"]');
  expect(text(firstTip)).to.equal(tipsTeens.tips.find((tip) => tip.risk === 'contact')!.title);
}

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('React 19', () => {
  let reactRoot: Root | undefined;
  afterEach(() => {
    reactRoot?.unmount();
    reactRoot = undefined;
  });

  async function mount(element: React.ReactElement) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    reactRoot = createRoot(container);
    flushSync(() => reactRoot!.render(element));
    return container;
  }

  it('sets content as a property and hears cop-quiz-complete through an `oncop-quiz-complete` prop', async () => {
    const details: QuizCompleteDetail[] = [];

    // The recipe (docs/frameworks.md, "React"), without JSX.
    function SafetyCheck({ onResult }: { onResult: (detail: QuizCompleteDetail) => void }) {
      const [result, setResult] = React.useState<QuizCompleteDetail | null>(null);
      const quizProps: QuizProps = {
        id: 'family-quiz',
        audience: 'teens',
        content: familyQuiz,
        helpHref: 'tel:116111',
        'oncop-quiz-complete': (event) => {
          setResult(event.detail);
          onResult(event.detail);
        },
      };
      const carouselProps: CarouselProps = { audience: 'teens', for: 'family-quiz' };
      return React.createElement(
        'section',
        null,
        React.createElement('cop-risk-quiz', quizProps),
        React.createElement('cop-tip-carousel', carouselProps),
        result && React.createElement('p', { id: 'react-score' }, `Score: ${result.score} of ${result.total}`),
      );
    }

    const container = await mount(React.createElement(SafetyCheck, { onResult: (detail) => details.push(detail) }));
    const { quiz, carousel } = await expectRendered(container);
    expect(quiz.helpHref).to.equal('tel:116111');
    await expectCompleted(quiz, carousel, details);
    // The handler ran inside React: its state update re-rendered the component.
    await until(() => container.querySelector('#react-score'), 'the React state update');
    expect(text(container.querySelector('#react-score'))).to.equal('Score: 1 of 2');
    // The re-render handed the quiz the same document object, so the result stays.
    await settle(quiz);
    expect(part(quiz, 'result'), 'the result survives the re-render').to.exist;
  });

  it('restarts the quiz when a re-render hands it a new document object: keep the document stable', async () => {
    function Unstable() {
      const [score, setScore] = React.useState<number | null>(null);
      return React.createElement(
        React.Fragment,
        null,
        React.createElement('cop-risk-quiz', {
          id: 'family-quiz',
          content: { ...familyQuiz }, // a new object on every render
          'oncop-quiz-complete': (event) => setScore(event.detail.score),
        } satisfies QuizProps),
        React.createElement('cop-tip-carousel', { for: 'family-quiz' } satisfies CarouselProps),
        score !== null && React.createElement('p', { id: 'react-score' }, `Score: ${score}`),
      );
    }
    const container = await mount(React.createElement(Unstable));
    const quiz = container.querySelector('cop-risk-quiz')!;
    await until(() => part(quiz, 'title'), 'the quiz to render');
    await completeQuiz(quiz);
    await until(() => container.querySelector('#react-score'), 'the React state update');
    await settle(quiz);
    expect(part(quiz, 'result')).to.equal(null);
    expect(text(part(quiz, 'progress'))).to.equal('Question 1 of 2');
  });

  it('also works with a ref and addEventListener (the only way before React 19)', async () => {
    const details: QuizCompleteDetail[] = [];

    function SafetyCheckWithRef({ onResult }: { onResult: (detail: QuizCompleteDetail) => void }) {
      const quizRef = React.useRef<CopRiskQuiz>(null);
      React.useEffect(() => {
        const quiz = quizRef.current!;
        quiz.content = familyQuiz;
        const listener = (event: CopQuizCompleteEvent) => onResult(event.detail);
        quiz.addEventListener('cop-quiz-complete', listener);
        return () => quiz.removeEventListener('cop-quiz-complete', listener);
      }, [onResult]);
      const quizProps: QuizProps = { ref: quizRef, id: 'family-quiz', audience: 'teens' };
      return React.createElement(
        React.Fragment,
        null,
        React.createElement('cop-risk-quiz', quizProps),
        React.createElement('cop-tip-carousel', { audience: 'teens', for: 'family-quiz' } satisfies CarouselProps),
      );
    }

    const onResult = (detail: QuizCompleteDetail) => details.push(detail);
    const container = await mount(React.createElement(SafetyCheckWithRef, { onResult }));
    const { quiz, carousel } = await expectRendered(container);
    await expectCompleted(quiz, carousel, details);
  });

  it('on an element defined after the render, a content prop is lost; content set through a ref is kept', async () => {
    const tag = 'react-late-risk-quiz';
    function Late() {
      const quizRef = React.useRef<CopRiskQuiz>(null);
      React.useEffect(() => {
        quizRef.current!.content = familyQuiz;
      }, []);
      return [React.createElement(tag, { key: 'prop', content: familyQuiz }), React.createElement(tag, { key: 'ref', ref: quizRef })];
    }
    const container = await mount(React.createElement(Late));
    const [byProp, byRef] = [...container.children] as CopRiskQuiz[];
    // React 19 sets a property only when the element already has it ('content' in element).
    expect(byProp.getAttribute('content')).to.equal('[object Object]');
    customElements.define(tag, class extends CopRiskQuiz {});
    await until(() => part(byRef, 'title') && part(byProp, 'title'), 'the late elements to render');
    expect(byProp.content).to.equal(undefined);
    expect(text(part(byRef, 'title'))).to.equal('Family online check-up');
  });

  it('does not hear the event through a camel-cased prop (onCopQuizComplete)', async () => {
    const details: QuizCompleteDetail[] = [];
    const listener = (event: Event) => details.push((event as CustomEvent<QuizCompleteDetail>).detail);
    const container = await mount(
      React.createElement(
        React.Fragment,
        null,
        React.createElement('cop-risk-quiz', { id: 'family-quiz', audience: 'teens', content: familyQuiz, onCopQuizComplete: listener } as QuizProps),
        React.createElement('cop-tip-carousel', { audience: 'teens', for: 'family-quiz' } satisfies CarouselProps),
      ),
    );
    const { quiz, carousel } = await expectRendered(container);
    await completeQuiz(quiz);
    await settle(quiz, carousel);
    // React 19 listens to the name after "on" as written: "CopQuizComplete", which never fires.
    expect(part(quiz, 'result')).to.exist;
    expect(details).to.have.length(0);
  });
});

describe('Vue 3', () => {
  let app: App | undefined;
  afterEach(() => {
    app?.unmount();
    app = undefined;
  });

  it('template: isCustomElement, :content.prop and @cop-quiz-complete (full build, runtime compiler)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const details: QuizCompleteDetail[] = [];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);

    // The recipe (docs/frameworks.md, "Vue"), with the template compiled in the browser.
    const vueApp = createAppWithCompiler({
      template: `
        <section>
          <cop-risk-quiz id="family-quiz" audience="teens" :content.prop="quiz" help-href="tel:116111"
            @cop-quiz-complete="onComplete"></cop-risk-quiz>
          <cop-tip-carousel audience="teens" for="family-quiz"></cop-tip-carousel>
          <p v-if="result" id="vue-score">Score: {{ result.score }} of {{ result.total }}</p>
        </section>`,
      setup() {
        const result = ref<QuizCompleteDetail | null>(null);
        const onComplete = (event: CustomEvent<QuizCompleteDetail>) => {
          result.value = event.detail;
          details.push(event.detail);
        };
        return { quiz: familyQuiz, result, onComplete };
      },
    });
    const isCustomElement = vi.fn((tag: string) => tag.startsWith('cop-'));
    vueApp.config.compilerOptions.isCustomElement = isCustomElement;
    vueApp.mount(container);
    app = vueApp;
    // The option reached the compiler. (In the browser the full build would also treat tags that
    // are already registered as custom elements by itself; the option covers tags registered later.)
    expect(isCustomElement.mock.calls.map(([tag]) => tag)).to.include.members(['cop-risk-quiz', 'cop-tip-carousel']);

    const { quiz, carousel } = await expectRendered(container);
    expect(quiz.helpHref).to.equal('tel:116111');
    await expectCompleted(quiz, carousel, details);
    await until(() => container.querySelector('#vue-score'), 'the Vue state update');
    expect(text(container.querySelector('#vue-score'))).to.equal('Score: 1 of 2');
    await settle(quiz);
    expect(part(quiz, 'result'), 'the result survives the re-render').to.exist;
    const unresolved = warn.mock.calls.filter((args) => String(args[0]).includes('Failed to resolve component'));
    expect(unresolved, 'Vue treated cop-* as custom elements').to.deep.equal([]);
  });

  it('render function: h() with ".content" and onCopQuizComplete (runtime-only build, no compiler)', async () => {
    const details: QuizCompleteDetail[] = [];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);

    const vueApp = createApp({
      setup() {
        const result = ref<QuizCompleteDetail | null>(null);
        return () =>
          h('section', [
            h('cop-risk-quiz', {
              id: 'family-quiz',
              audience: 'teens',
              '.content': familyQuiz,
              onCopQuizComplete: (event: CustomEvent<QuizCompleteDetail>) => {
                result.value = event.detail;
                details.push(event.detail);
              },
            }),
            h('cop-tip-carousel', { audience: 'teens', for: 'family-quiz' }),
            result.value && h('p', { id: 'vue-score' }, `Score: ${result.value.score} of ${result.value.total}`),
          ]);
      },
    });
    vueApp.mount(container);
    app = vueApp;

    const { quiz, carousel } = await expectRendered(container);
    await expectCompleted(quiz, carousel, details);
    await until(() => container.querySelector('#vue-score'), 'the Vue state update');
    expect(text(container.querySelector('#vue-score'))).to.equal('Score: 1 of 2');
    await settle(quiz);
    expect(part(quiz, 'result'), 'the result survives the re-render').to.exist;
  });

  it('single-file components: @vitejs/plugin-vue\'s compilerOptions.isCustomElement makes cop-* plain elements', () => {
    // The <template> of SafetyCheck.vue in docs/frameworks.md, compiled as plugin-vue compiles it
    // for `vue({ template: { compilerOptions } })`.
    const source = `
  <section>
    <cop-risk-quiz id="family-quiz" audience="teens" :content.prop="familyQuiz" help-href="tel:116111"
      @cop-quiz-complete="onComplete"></cop-risk-quiz>
    <cop-tip-carousel audience="teens" for="family-quiz"></cop-tip-carousel>
    <p v-if="result">Score: {{ result.score }} of {{ result.total }}</p>
  </section>`;
    const compile = (compilerOptions?: { isCustomElement: (tag: string) => boolean }) =>
      compileTemplate({ source, filename: 'SafetyCheck.vue', id: 'safety-check', compilerOptions }).code;
    const configured = compile({ isCustomElement: (tag) => tag.startsWith('cop-') });
    expect(configured).not.to.contain('resolveComponent');
    expect(configured).to.contain('"cop-risk-quiz"').and.to.contain('"cop-tip-carousel"');
    expect(configured).to.contain('".content": _ctx.familyQuiz');
    expect(configured).to.contain('onCopQuizComplete');
    // Without it, Vue looks for Vue components of those names (and warns that it has none).
    expect(compile()).to.contain('_resolveComponent("cop-risk-quiz")').and.to.contain('_resolveComponent("cop-tip-carousel")');
  });

  it('".content" (.prop) reaches an element defined after the render; a plain binding does not', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const vueApp = createApp({
      render: () => [h('vue-late-risk-quiz', { '.content': familyQuiz }), h('vue-late-risk-quiz', { content: familyQuiz })],
    });
    vueApp.mount(container);
    app = vueApp;
    const [forced, guessed] = [...container.children] as CopRiskQuiz[];
    customElements.define('vue-late-risk-quiz', class extends CopRiskQuiz {});
    await forced.updateComplete;
    await until(() => part(forced, 'title'), 'the late element to render');
    expect(text(part(forced, 'title'))).to.equal('Family online check-up');
    // Vue guessed "attribute" because the element did not have the property yet.
    expect(guessed.getAttribute('content')).to.equal('[object Object]');
    expect(guessed.content).to.equal(undefined);
  });
});
