import { str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LazyContent, renderLoadFailed, reportLoadFailed } from '../../core/content/lazy.js';
import { CopElement } from '../../core/element.js';
import { isSafeLink } from '../../core/links.js';
import { prefersReducedMotion } from '../../core/motion.js';
import { readStored, writeStored } from '../../core/storage.js';
import { contentErrorStyles, panelStyles } from '../../core/content/styles.js';
import { baseStyles } from '../../core/styles.js';
import { CopQuizAnswerEvent, CopQuizCompleteEvent, CopQuizStartEvent } from './risk-quiz.events.js';
import {
  quizScore,
  riskProfile,
  scoreAnswer,
  summarize,
  type Question,
  type QuizDocument,
  type Risk,
} from './risk-quiz.model.js';
import { AUDIENCES, loadQuiz, type Audience } from './risk-quiz.packs.js';
import { quizStyles } from './risk-quiz.styles.js';

type Phase = 'intro' | 'question' | 'result';

interface SavedProgress {
  position: number;
  answers: [string, string[]][];
}

/**
 * A short quiz about online safety, one question at a time, that ends in a profile across the
 * 4Cs (content, contact, conduct, contract): what the person already does well, one next step for
 * each weaker area, tips (a `<cop-tip-carousel for>` naming this quiz follows it) and a way to
 * talk to someone. No timers, no marks to fail, no identifiers in its events.
 *
 * @tagname cop-risk-quiz
 * @summary A quiz that ends in a 4Cs risk profile, tailored tips and a way to get help.
 *
 * @csspart base - The quiz region.
 * @csspart title - The quiz title.
 * @csspart intro - The introduction.
 * @csspart progress - "Question 3 of 12".
 * @csspart question - The fieldset of a question.
 * @csspart prompt - The question's legend (with its story, for scenarios).
 * @csspart choice - Each answer, a label around a native radio button or checkbox.
 * @csspart feedback - The status region with feedback after "Check answer".
 * @csspart actions - The row of buttons.
 * @csspart result - The result.
 * @csspart help - The "Talk to someone" link or button.
 * @csspart empty - The line shown while there is no quiz to show.
 * @csspart error - The line shown when a document cannot be used.
 * @csspart retry - The button to try loading a `src` document again, after it failed.
 *
 * @cssprop --cop-quiz-background - Background (default: `--cop-color-surface`).
 * @cssprop --cop-quiz-color - Text colour.
 * @cssprop --cop-quiz-accent - Top border, selected answers and buttons (default: `--cop-color-primary`).
 * @cssprop --cop-quiz-border - Borders.
 *
 * @fires cop-quiz-start - The quiz began (or began again). Detail: `{quizId, version}`.
 * @fires cop-quiz-answer - An answer was checked. Detail: `{questionId, correct, risk}`.
 * @fires cop-quiz-complete - The result was reached. Detail: `{quizId, version, score, total, profile}`.
 * @fires cop-error - Content or an attribute could not be used. Detail: `{code, message}`.
 */
export class CopRiskQuiz extends CopElement {
  static override styles = [baseStyles, panelStyles, contentErrorStyles, quizStyles];

  static override properties = {
    audience: {},
    pack: {},
    src: {},
    content: { attribute: false },
    helpHref: { attribute: 'help-href' },
    helpFor: { attribute: 'help-for' },
    resume: { type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    phase: { state: true },
    position: { state: true },
    selection: { state: true },
    answers: { state: true },
    notice: { state: true },
    builtIn: { state: true },
    packFailed: { state: true },
  };

  /** `children` (9–12) · `teens` (13–17) · `parents` · `educators`. */
  audience: Audience = 'children';

  /** Built-in quiz pack (`core`). */
  pack = 'core';

  /** URL of a quiz document (`cop-widgets/quiz@1`); overrides `pack`. */
  src: string | null = null;

  /** A parsed quiz document; wins over inline JSON and `src`. */
  content: unknown = undefined;

  /** Where "Talk to someone" leads: a page or a `tel:` link. */
  helpHref: string | null = null;

  /** The id of an element (such as a `<cop-helpline-finder>`) that "Talk to someone" scrolls to and focuses. */
  helpFor: string | null = null;

  /** Keep progress for this browser session, so a reload does not lose it. Off by default. */
  resume = false;

  /** Level of the quiz title, 2 to 6; the result's headings are one level below. */
  headingLevel = 2;

  private phase: Phase = 'intro';
  private position = 0;
  private selection: string[] = [];
  private answers = new Map<string, string[]>();
  private notice = '';
  private builtIn?: QuizDocument;
  /** The built-in quiz (`audience/locale`) that could not be fetched (offline, say): shown as an error, not as nothing. */
  private packFailed = '';

  private readonly document = new LazyContent<QuizDocument>(this, () =>
    import('./risk-quiz.schema.js').then((module) => module.quizSchema),
  );
  private packRequest?: { key: string; done: Promise<void> };
  private quiz?: QuizDocument;
  private focusAfterUpdate?: string;
  private startAnnounced = false;

  /** Starts again from the first question, keeping nothing. */
  restart(): void {
    this.answers = new Map();
    this.selection = [];
    this.notice = '';
    this.position = 0;
    this.phase = 'question';
    this.startAnnounced = false;
    this.save();
    this.focusAfterUpdate = 'legend';
  }

  protected override updateGate(): Promise<unknown> {
    return Promise.all([this.document.ready, this.requestPack()]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') || changed.has('src')) this.document.refresh();
    void this.requestPack();
    const loaded = this.document.given
      ? this.document.state.status === 'ready'
        ? this.document.state.value
        : undefined
      : this.builtIn;
    if (loaded !== this.quiz) {
      this.quiz = loaded;
      this.answers = new Map();
      this.selection = [];
      this.position = 0;
      this.phase = loaded?.intro ? 'intro' : 'question';
      this.startAnnounced = false;
      if (loaded && this.resume) this.restore(loaded);
    }
  }

  protected override updated(): void {
    const quiz = this.quiz;
    if (quiz && this.phase === 'question' && !this.startAnnounced) {
      this.startAnnounced = true;
      this.dispatchEvent(new CopQuizStartEvent({ quizId: quiz.id, version: quiz.version }));
    }
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    const selector = target === 'legend' ? 'legend' : target === 'submit' ? 'button[type="submit"]' : '#result-title';
    const element = target ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
    element?.focus();
    // The feedback appears above the button that goes on: keep that button in view.
    if (target === 'submit') element?.scrollIntoView({ block: 'nearest' });
  }

  private requestPack(): Promise<void> {
    // A deployer's document, even a broken one, replaces the built-in pack: never mix the two.
    if (this.document.given) return Promise.resolve();
    if (this.pack !== 'core') this.rejectAttribute('pack', this.pack, 'core');
    else this.acceptAttribute('pack', this.pack);
    let audience = this.audience;
    if ((AUDIENCES as readonly string[]).includes(audience)) this.acceptAttribute('audience', audience);
    else {
      this.rejectAttribute('audience', audience, 'children');
      audience = 'children';
    }
    const key = `${audience}/${this.l10n.contentLocale}`;
    if (this.packRequest?.key !== key) {
      const done = loadQuiz(audience, this.l10n.contentLocale).then(
        (quiz) => {
          if (this.packRequest?.key === key) this.builtIn = quiz;
        },
        (error: unknown) => {
          if (this.packRequest?.key === key) this.packFailed = key;
          reportLoadFailed(this, `quiz ${key}`, error);
        },
      );
      this.packRequest = { key, done };
    }
    return this.packRequest.done;
  }

  private get question(): Question | undefined {
    return this.quiz?.questions[this.position];
  }

  private get checked(): boolean {
    return this.question ? this.answers.has(this.question.id) : false;
  }

  private start(): void {
    this.phase = 'question';
    this.focusAfterUpdate = 'legend';
  }

  private onChoose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const multiple = this.question?.type === 'multiple';
    if (!multiple) this.selection = [input.value];
    else this.selection = input.checked ? [...this.selection, input.value] : this.selection.filter((id) => id !== input.value);
    this.notice = '';
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.checked) this.advance();
    else this.check();
  }

  private check(): void {
    const question = this.question;
    if (!question) return;
    if (this.selection.length === 0) {
      this.notice =
        question.type === 'multiple'
          ? this.msg('Choose at least one answer first.', { id: 'quiz.choose-some' })
          : this.msg('Choose an answer first.', { id: 'quiz.choose-one' });
      return;
    }
    const chosen = [...this.selection];
    this.answers = new Map(this.answers).set(question.id, chosen);
    this.notice = '';
    // The choices are disabled now; focus on one of them (Enter submits from a radio) would be lost.
    if ((this.renderRoot as ShadowRoot).activeElement?.closest('form')) this.focusAfterUpdate = 'submit';
    this.save();
    this.dispatchEvent(
      new CopQuizAnswerEvent({ questionId: question.id, correct: scoreAnswer(question, chosen) === 1, risk: question.risk }),
    );
  }

  private advance(): void {
    const quiz = this.quiz!;
    this.selection = [];
    if (this.position + 1 < quiz.questions.length) {
      this.position += 1;
      this.focusAfterUpdate = 'legend';
      this.save();
      return;
    }
    this.phase = 'result';
    this.focusAfterUpdate = 'result';
    const scores = this.scores();
    const { score, total } = quizScore(quiz.questions, scores);
    this.dispatchEvent(
      new CopQuizCompleteEvent({ quizId: quiz.id, version: quiz.version, score, total, profile: riskProfile(quiz.questions, scores) }),
    );
    this.save();
  }

  private scores(): Map<string, number> {
    const scores = new Map<string, number>();
    for (const question of this.quiz?.questions ?? []) {
      const chosen = this.answers.get(question.id);
      if (chosen) scores.set(question.id, scoreAnswer(question, chosen));
    }
    return scores;
  }

  private get storageKey(): string {
    return `quiz:${this.quiz?.id}@${this.quiz?.version}`;
  }

  private save(): void {
    if (!this.resume || !this.quiz) return;
    const progress: SavedProgress = { position: this.phase === 'result' ? -1 : this.position, answers: [...this.answers] };
    writeStored('session', this.storageKey, JSON.stringify(progress));
  }

  private restore(quiz: QuizDocument): void {
    try {
      const saved = JSON.parse(readStored('session', `quiz:${quiz.id}@${quiz.version}`) ?? 'null') as SavedProgress | null;
      if (!saved || !Array.isArray(saved.answers)) return;
      const ids = new Set(quiz.questions.map((q) => q.id));
      this.answers = new Map(saved.answers.filter(([id, chosen]) => ids.has(id) && Array.isArray(chosen)));
      this.position = Math.min(Math.max(0, saved.position), quiz.questions.length - 1);
      this.phase = saved.position === -1 ? 'result' : 'question';
      this.startAnnounced = true;
      this.selection = this.answers.get(quiz.questions[this.position].id) ?? [];
    } catch {
      // Unreadable saved progress is simply not restored.
    }
  }

  /** Scrolls to an element of the page and moves focus to it (made focusable for the moment). */
  private reveal(target: HTMLElement | null): void {
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus({ preventScroll: true });
  }

  private riskName(risk: Risk): string {
    const msg = this.msg;
    switch (risk) {
      case 'content':
        return msg('What you see online', { id: 'quiz.risk.content' });
      case 'contact':
        return msg('Who you talk to online', { id: 'quiz.risk.contact' });
      case 'conduct':
        return msg('How people treat each other online', { id: 'quiz.risk.conduct' });
      default:
        return msg('Apps, money and your data', { id: 'quiz.risk.contract' });
    }
  }

  private nextStep(risk: Risk): string {
    const written = this.quiz?.nextSteps?.[risk];
    if (written) return written;
    const msg = this.msg;
    switch (risk) {
      case 'content':
        return msg('When something online looks wrong or upsetting, stop, check it somewhere you trust, and talk to an adult you trust.', {
          id: 'quiz.step.content',
        });
      case 'contact':
        return msg('If someone you only know online asks for secrets, pictures or a meeting, stop and tell an adult you trust.', {
          id: 'quiz.step.contact',
        });
      case 'conduct':
        return msg('Before you post or reply, think how it would feel to receive it. Block and report unkind messages.', {
          id: 'quiz.step.conduct',
        });
      default:
        return msg('Ask before you buy, download or agree to anything in an app, and keep your passwords to yourself.', {
          id: 'quiz.step.contract',
        });
    }
  }

  override render(): TemplateResult {
    const error = this.document.renderError();
    const quiz = this.quiz;
    if (!quiz && !this.document.given && this.packFailed === this.packRequest?.key) {
      return renderLoadFailed(this.msg);
    }
    if (!quiz) return html`${error}`;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 5 ? this.headingLevel : 2;
    return html`
      ${error}
      <section part="base" class="quiz panel" aria-labelledby="title" dir=${this.l10n.dir}>
        <div part="title" id="title" class="title" role="heading" aria-level=${level}>${quiz.title}</div>
        ${this.phase === 'intro' ? this.renderIntro(quiz) : this.phase === 'question' ? this.renderQuestion(quiz) : this.renderResult(quiz, level + 1)}
      </section>
    `;
  }

  private renderIntro(quiz: QuizDocument): TemplateResult {
    const msg = this.msg;
    const count = quiz.questions.length;
    return html`
      <p part="intro">${quiz.intro}</p>
      <p part="progress" class="progress">${msg(str`Questions: ${count}. There is no time limit.`, { id: 'quiz.length' })}</p>
      <div part="actions" class="actions">
        <button type="button" class="primary" @click=${this.start}>${msg('Start the quiz', { id: 'quiz.start' })}</button>
      </div>
    `;
  }

  private renderQuestion(quiz: QuizDocument): TemplateResult {
    const msg = this.msg;
    const question = this.question!;
    const multiple = question.type === 'multiple';
    const chosen = this.answers.get(question.id);
    const last = this.position + 1 === quiz.questions.length;
    return html`
      <p part="progress" class="progress">
        ${msg(str`Question ${this.position + 1} of ${quiz.questions.length}`, { id: 'quiz.progress' })}
      </p>
      <form @submit=${this.onSubmit} novalidate>
        <fieldset part="question">
          <legend part="prompt" tabindex="-1">
            ${question.type === 'scenario' && question.scenario ? html`<span class="scenario">${question.scenario}</span>` : nothing}
            <span>${question.prompt}</span>
            ${multiple ? html`<span class="hint">${msg('Choose all the answers you think are right.', { id: 'quiz.hint-multiple' })}</span>` : nothing}
          </legend>
          ${question.choices.map(
            (choice) => html`<label part="choice" class="choice">
              <input
                type=${multiple ? 'checkbox' : 'radio'}
                name="answer"
                .value=${choice.id}
                .checked=${(chosen ?? this.selection).includes(choice.id)}
                ?disabled=${Boolean(chosen)}
                @change=${this.onChoose}
              />
              <span>${choice.label}</span>
            </label>`,
          )}
        </fieldset>
        <div part="feedback" class="feedback" role="status">${chosen ? this.renderFeedback(question, chosen) : this.notice}</div>
        <div part="actions" class="actions">
          <button type="submit" class="primary">
            ${!chosen
              ? msg('Check answer', { id: 'quiz.check' })
              : last
                ? msg('See your results', { id: 'quiz.see-results' })
                : msg('Next question', { id: 'quiz.next' })}
          </button>
        </div>
      </form>
    `;
  }

  private renderFeedback(question: Question, chosen: readonly string[]): TemplateResult {
    const msg = this.msg;
    const picked = question.choices.filter((c) => chosen.includes(c.id));
    const missed = question.type === 'multiple' ? question.choices.filter((c) => c.safe && !chosen.includes(c.id)) : [];
    return html`
      ${picked.map(
        (choice) => html`<p>
          <span class="verdict">${choice.safe
            ? msg('Safe choice.', { id: 'quiz.safe' })
            : msg('Not the safest choice.', { id: 'quiz.not-safe' })}</span>
          ${choice.label} — ${choice.feedback}
        </p>`,
      )}
      ${missed.map(
        (choice) => html`<p><span class="verdict">${msg('Also safe:', { id: 'quiz.also-safe' })}</span> ${choice.label} — ${choice.feedback}</p>`,
      )}
      ${question.explanation ? html`<p>${question.explanation}</p>` : nothing}
    `;
  }

  /** `help-href` when it is a link an element may render (https, http, tel, sms, mailto); else reported, and not used. */
  private get helpLink(): string | null {
    if (!this.helpHref) return null;
    if (isSafeLink(this.helpHref)) return this.acceptAttribute('help-href', this.helpHref);
    this.rejectAttribute('help-href', this.helpHref);
    return null;
  }

  private renderResult(quiz: QuizDocument, level: number): TemplateResult {
    const msg = this.msg;
    const scores = this.scores();
    const profile = riskProfile(quiz.questions, scores);
    const { score, total } = quizScore(quiz.questions, scores);
    const { strengths, weaker } = summarize(quiz.questions, profile);
    const percent = new Intl.NumberFormat(this.l10n.locale, { style: 'percent' });
    const share = (risk: Risk) => html`<span class="share">${percent.format(profile[risk])}</span>`;
    const carousel = this.id ? this.ownerDocument.querySelector<HTMLElement>(`cop-tip-carousel[for="${CSS.escape(this.id)}"]`) : null;
    const helpHref = this.helpLink;
    return html`
      <div part="result" class="result">
        <div id="result-title" class="subtitle" role="heading" aria-level=${level} tabindex="-1">
          ${msg('Your results', { id: 'quiz.results' })}
        </div>
        <p>${msg(str`Safest answers: ${score} out of ${total}.`, { id: 'quiz.score' })}</p>
        ${strengths.length
          ? html`<div class="subtitle" role="heading" aria-level=${level + 1}>${msg('What you already do well', { id: 'quiz.strengths' })}</div>
              <ul>${strengths.map((risk) => html`<li>${this.riskName(risk)}: ${share(risk)}</li>`)}</ul>`
          : nothing}
        ${weaker.length
          ? html`<div class="subtitle" role="heading" aria-level=${level + 1}>${msg('Your next steps', { id: 'quiz.next-steps' })}</div>
              <ul>${weaker.map((risk) => html`<li><strong>${this.riskName(risk)}</strong> (${share(risk)}): ${this.nextStep(risk)}</li>`)}</ul>`
          : html`<p>${msg('You already know a lot about staying safe online. Share what you know with others.', { id: 'quiz.all-strong' })}</p>`}
        <p>${msg('If anything online worries you, talk to an adult you trust or a helpline.', { id: 'quiz.talk' })}</p>
      </div>
      <div part="actions" class="actions">
        ${helpHref
          ? html`<a part="help" class="button primary" href=${helpHref}>${msg('Talk to someone', { id: 'quiz.help' })}</a>`
          : this.helpFor
            ? html`<button part="help" type="button" class="primary" @click=${() => this.reveal(this.ownerDocument.getElementById(this.helpFor!))}>${msg('Talk to someone', { id: 'quiz.help' })}</button>`
            : nothing}
        ${carousel
          ? html`<button type="button" @click=${() => this.reveal(carousel)}>${msg('See tips for you', { id: 'quiz.tips' })}</button>`
          : nothing}
        <button type="button" @click=${() => this.ownerDocument.defaultView?.print()}>${msg('Print your results', { id: 'quiz.print' })}</button>
        <button type="button" @click=${this.restart}>${msg('Try again', { id: 'quiz.retry' })}</button>
      </div>
    `;
  }
}
