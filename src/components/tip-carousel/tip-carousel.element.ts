import { str } from '@lit/localize';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { LazyContent, renderLoadFailed, reportLoadFailed } from '../../core/content/lazy.js';
import { CopElement } from '../../core/element.js';
import type { Locale } from '../../core/locale.js';
import { onReducedMotionChange, prefersReducedMotion } from '../../core/motion.js';
import { contentErrorStyles, panelStyles } from '../../core/content/styles.js';
import { baseStyles } from '../../core/styles.js';
import { CopTipChangeEvent } from './tip-carousel.events.js';
import {
  AUDIENCES,
  MINIMUM_INTERVAL,
  filterTips,
  orderByProfile,
  parseRisks,
  profileHasWeakRisk,
  rotationInterval,
  step,
  type Audience,
  type RiskProfile,
  type Tip,
  type TipsDocument,
} from './tip-carousel.model.js';
import { PACKS, loadPack } from './tip-carousel.packs.js';
import { carouselStyles } from './tip-carousel.styles.js';

const CHEVRON = svg`<path d="m9 5 7 7-7 7" />`;
const BACK_CHEVRON = svg`<path d="m15 5-7 7 7 7" />`;
const PAUSE = svg`<path d="M9 5v14M15 5v14" />`;
const PLAY = svg`<path d="m8 5 11 7-11 7z" />`;
const SWIPE_DISTANCE = 40;

/**
 * Safety tips, one at a time, following the WAI-ARIA carousel pattern: previous and next
 * buttons that keep focus where it is, slides named "3 of 12", hidden slides inert, and — only
 * when asked with `autoplay` — rotation with a stop button first in the tab order, which stops
 * on focus, pauses on hover and while the page is hidden, and never runs under reduced motion.
 * After the quiz named by `for` completes, tips for its weakest risks come first.
 *
 * @tagname cop-tip-carousel
 * @summary Accessible rotating safety tips, from built-in packs or your own document.
 *
 * @csspart base - The carousel region.
 * @csspart pack-title - The pack's title above the tips.
 * @csspart controls - The row of buttons.
 * @csspart rotation - The start/stop rotation button (only with `autoplay`).
 * @csspart previous - The previous tip button.
 * @csspart next - The next tip button.
 * @csspart picker - The tab list of tips (with `picker="tabs"`).
 * @csspart counter - The visible "3 / 12".
 * @csspart slides - The box holding the slides.
 * @csspart slide - Each tip.
 * @csspart title - A tip's title.
 * @csspart body - A tip's text.
 * @csspart link - A tip's link, when it has one.
 * @csspart reason - The line saying the order follows a quiz result.
 * @csspart empty - The line shown when no tip matches.
 * @csspart error - The line shown when a document cannot be used.
 * @csspart retry - The button to try loading a `src` document again, after it failed.
 *
 * @cssprop --cop-carousel-background - Background (default: `--cop-color-surface`).
 * @cssprop --cop-carousel-color - Text colour.
 * @cssprop --cop-carousel-accent - Top border, buttons and links (default: `--cop-color-primary`).
 * @cssprop --cop-carousel-border - Border colour.
 * @cssprop --cop-carousel-min-height - Room kept for a slide, so short tips do not move the page.
 *
 * @fires cop-tip-change - Another tip is shown. Detail: `{index, tipId}`.
 * @fires cop-error - Content or an attribute could not be used. Detail: `{code, message}`.
 */
export class CopTipCarousel extends CopElement {
  static override styles = [baseStyles, panelStyles, contentErrorStyles, carouselStyles];

  static override properties = {
    audience: {},
    risks: {},
    pack: {},
    src: {},
    content: { attribute: false },
    autoplay: { type: Boolean },
    interval: { type: Number },
    for: {},
    picker: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    index: { state: true },
    rotating: { state: true },
    profile: { state: true },
    builtIn: { state: true },
    packFailed: { state: true },
  };

  /** `children` (9–12) · `teens` (13–17) · `parents` · `educators`. */
  audience: Audience = 'children';

  /** Comma list of `content, contact, conduct, contract`: only tips for those risks. */
  risks: string | null = null;

  /** Built-in pack (`core`). */
  pack = 'core';

  /** URL of a tips document (`cop-widgets/tips@1`); overrides `pack`. */
  src: string | null = null;

  /** A parsed tips document; wins over inline JSON and `src`. */
  content: unknown = undefined;

  /** Rotate through the tips by themselves. Off by default; never under reduced motion. */
  autoplay = false;

  /** Milliseconds between tips when rotating; 7000 by default, never below 5000. */
  interval = 7000;

  /** The id of a `<cop-risk-quiz>`: when it completes, tips for its weakest risks come first. */
  for: string | null = null;

  /** `tabs` adds a tab list to pick a tip directly. */
  picker: 'tabs' | null = null;

  /** Level of each tip's heading, 2 to 6. */
  headingLevel = 3;

  private index = 0;
  private rotating = false;
  private profile?: Partial<RiskProfile>;
  private builtIn?: TipsDocument;
  /** The built-in pack (`audience/locale`) that could not be fetched (offline, say): shown as an error, not as nothing. */
  private packFailed = '';

  private readonly document = new LazyContent<TipsDocument>(this, () =>
    import('./tip-carousel.schema.js').then((module) => module.tipsSchema),
  );
  private packRequest?: { key: string; done: Promise<void> };
  private tips: Tip[] = [];
  private hovering = false;
  private timer?: ReturnType<typeof setInterval>;
  private swipeStart?: number;
  private readonly cleanups: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const onQuiz = (event: Event) => this.onQuizComplete(event as CustomEvent<{ profile?: Partial<RiskProfile> }>);
    const onVisibility = () => this.syncTimer();
    document.addEventListener('cop-quiz-complete', onQuiz);
    document.addEventListener('visibilitychange', onVisibility);
    this.cleanups.push(
      () => document.removeEventListener('cop-quiz-complete', onQuiz),
      () => document.removeEventListener('visibilitychange', onVisibility),
      onReducedMotionChange((reduce) => {
        if (reduce) this.rotating = false;
      }),
    );
    this.rotating = this.autoplay && !prefersReducedMotion();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Shows the next tip. */
  next(): void {
    this.show(step(this.index, this.tips.length, 1));
  }

  /** Shows the previous tip. */
  previous(): void {
    this.show(step(this.index, this.tips.length, -1));
  }

  protected override updateGate(): Promise<unknown> {
    return Promise.all([this.document.ready, this.requestPack()]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') || changed.has('src')) this.document.refresh();
    if (changed.has('autoplay')) this.rotating = this.autoplay && !prefersReducedMotion();
    void this.requestPack();
    const before = this.tips;
    this.tips = this.computeTips();
    const sameTips = before.length === this.tips.length && before.every((tip, i) => tip.id === this.tips[i].id);
    if (!sameTips || this.index >= this.tips.length) this.index = 0;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('index') && changed.get('index') !== undefined && this.tips[this.index]) {
      this.dispatchEvent(new CopTipChangeEvent({ index: this.index, tipId: this.tips[this.index].id }));
    }
    this.syncTimer();
  }

  private computeTips(): Tip[] {
    const loaded = this.loaded;
    if (!loaded) return [];
    const audience = this.checkedAudience();
    const { risks, unknown } = parseRisks(this.risks);
    if (unknown.length) this.rejectAttribute('risks', this.risks ?? '', risks.join(','));
    // Deployers' documents may hold tips for several audiences; built-in packs hold one.
    const tips = filterTips(loaded.tips, loaded === this.builtIn ? null : this.hasAttribute('audience') ? audience : null, risks);
    return this.profile ? orderByProfile(tips, this.profile) : tips;
  }

  /** The deployer's document when one is given (once valid), else the built-in pack. */
  private get loaded(): TipsDocument | undefined {
    if (!this.document.given) return this.builtIn;
    return this.document.state.status === 'ready' ? this.document.state.value : undefined;
  }

  private checkedAudience(): Audience {
    if ((AUDIENCES as readonly string[]).includes(this.audience)) return this.acceptAttribute('audience', this.audience);
    this.rejectAttribute('audience', this.audience, 'children');
    return 'children';
  }

  /** Loads the built-in pack for the current audience and locale, unless a document is given. */
  private requestPack(): Promise<void> {
    // A deployer's document, even a broken one, replaces the built-in pack: never mix the two.
    if (this.document.given) return Promise.resolve();
    if (!(PACKS as readonly string[]).includes(this.pack)) this.rejectAttribute('pack', this.pack, 'core');
    else this.acceptAttribute('pack', this.pack);
    const audience = this.checkedAudience();
    // Built-in packs exist in the shipped locales; a language registered at run time shows English tips.
    const locale: Locale = this.l10n.contentLocale;
    const key = `${audience}/${locale}`;
    if (this.packRequest?.key !== key) {
      const done = loadPack(audience, locale).then(
        (pack) => {
          if (this.packRequest?.key !== key) return;
          this.builtIn = pack;
        },
        (error: unknown) => {
          if (this.packRequest?.key === key) this.packFailed = key;
          reportLoadFailed(this, `tips ${key}`, error);
        },
      );
      this.packRequest = { key, done };
    }
    return this.packRequest.done;
  }

  private onQuizComplete(event: CustomEvent<{ profile?: Partial<RiskProfile> }>): void {
    if (!this.for || !event.composedPath().some((node) => node instanceof Element && node.id === this.for)) return;
    const profile = event.detail?.profile;
    if (!profile || typeof profile !== 'object') return;
    this.profile = { ...profile };
    this.rotating = false;
  }

  private show(index: number): void {
    if (index === this.index || this.tips.length === 0) return;
    this.index = index;
  }

  private syncTimer(): void {
    // An update can finish after the element has left the page: never start a timer then.
    const run = this.isConnected && this.rotating && !this.hovering && document.visibilityState !== 'hidden' && this.tips.length > 1;
    if (run && !this.timer) {
      const interval = rotationInterval(this.interval);
      if (this.interval < MINIMUM_INTERVAL) this.rejectAttribute('interval', String(this.interval), String(MINIMUM_INTERVAL));
      this.timer = setInterval(() => this.next(), interval);
    } else if (!run && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private toggleRotation(): void {
    this.rotating = !this.rotating;
  }

  private onFocusIn(event: FocusEvent): void {
    // Focus entering stops rotation for good, except on the rotation button itself (APG).
    const target = event.composedPath()[0] as Element | undefined;
    if (target?.getAttribute('part') !== 'rotation') this.rotating = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const forward = (event.key === 'ArrowRight') !== (this.l10n.dir === 'rtl');
    event.preventDefault();
    if (forward) this.next();
    else this.previous();
    const onTab = (event.composedPath()[0] as Element | undefined)?.getAttribute('role') === 'tab';
    if (onTab) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  private onPointerDown(event: PointerEvent): void {
    this.swipeStart = event.clientX;
  }

  private onPointerUp(event: PointerEvent): void {
    if (this.swipeStart === undefined) return;
    const distance = event.clientX - this.swipeStart;
    this.swipeStart = undefined;
    if (Math.abs(distance) < SWIPE_DISTANCE) return;
    // Swiping towards the start of the line brings the next tip, as turning a page does.
    const forward = (distance < 0) !== (this.l10n.dir === 'rtl');
    if (forward) this.next();
    else this.previous();
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const state = this.document.state;
    const error = this.document.renderError();
    const tips = this.tips;
    if (tips.length === 0) {
      if (!this.document.given && !this.builtIn && this.packFailed === this.packRequest?.key) {
        return renderLoadFailed(msg);
      }
      const waiting = this.document.given ? state.status !== 'ready' : !this.builtIn;
      return html`${error}${waiting
        ? nothing
        : html`<p part="empty" class="error" dir=${this.l10n.dir}>${msg('No tips match these settings.', { id: 'carousel.empty' })}</p>`}`;
    }
    const loaded = this.loaded;
    const total = tips.length;
    const number = new Intl.NumberFormat(this.l10n.locale);
    const tabs = this.picker === 'tabs';
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 3;
    const canRotate = this.autoplay && !prefersReducedMotion();
    return html`
      ${error}
      <section
        part="base"
        class="carousel panel"
        aria-roledescription=${msg('carousel', { id: 'carousel.roledescription' })}
        aria-label=${loaded?.title || msg('Safety tips', { id: 'carousel.label' })}
        dir=${this.l10n.dir}
        @focusin=${this.onFocusIn}
        @keydown=${this.onKeyDown}
        @mouseenter=${() => ((this.hovering = true), this.syncTimer())}
        @mouseleave=${() => ((this.hovering = false), this.syncTimer())}
      >
        ${loaded?.title ? html`<p part="pack-title" class="pack-title" aria-hidden="true">${loaded.title}</p>` : nothing}
        <div part="controls" class="controls">
          ${canRotate
            ? html`<button part="rotation" class="rotation" type="button" @click=${this.toggleRotation}
                aria-label=${this.rotating
                  ? msg('Stop tip rotation', { id: 'carousel.stop' })
                  : msg('Start tip rotation', { id: 'carousel.start' })}>
                <svg viewBox="0 0 24 24" aria-hidden="true">${this.rotating ? PAUSE : PLAY}</svg>
              </button>`
            : nothing}
          <button part="previous" class="previous" type="button" @click=${() => this.previous()}
            aria-label=${msg('Previous tip', { id: 'carousel.previous' })}>
            <svg viewBox="0 0 24 24" aria-hidden="true">${BACK_CHEVRON}</svg>
          </button>
          <button part="next" class="next" type="button" @click=${() => this.next()}
            aria-label=${msg('Next tip', { id: 'carousel.next' })}>
            <svg viewBox="0 0 24 24" aria-hidden="true">${CHEVRON}</svg>
          </button>
          ${tabs
            ? html`<div part="picker" role="tablist" aria-label=${msg('Choose a tip', { id: 'carousel.picker' })}>
                ${tips.map(
                  (tip, i) => html`<button role="tab" type="button" id="tab-${i}" aria-controls="slide-${i}"
                    aria-selected=${i === this.index ? 'true' : 'false'} tabindex=${i === this.index ? 0 : -1}
                    aria-label=${msg(str`Tip ${number.format(i + 1)}: ${tip.title}`, { id: 'carousel.tab' })}
                    @click=${() => this.show(i)}></button>`,
                )}
              </div>`
            : nothing}
          <span part="counter" class="counter" aria-hidden="true">${number.format(this.index + 1)} / ${number.format(total)}</span>
        </div>
        <div part="slides" class="slides" aria-live=${this.rotating ? 'off' : 'polite'}
          @pointerdown=${this.onPointerDown} @pointerup=${this.onPointerUp}>
          ${tips.map(
            (tip, i) => html`<div part="slide" class="slide" id="slide-${i}" role=${tabs ? 'tabpanel' : 'group'}
              aria-roledescription=${msg('slide', { id: 'carousel.slide' })}
              aria-label=${msg(str`${number.format(i + 1)} of ${number.format(total)}`, { id: 'carousel.position' })}
              ?data-current=${i === this.index} ?inert=${i !== this.index}>
              <div part="title" class="title" role="heading" aria-level=${level}>${tip.title}</div>
              <p part="body" class="body">${tip.body}</p>
              ${tip.link ? html`<a part="link" class="link" href=${tip.link}>${msg('Find out more', { id: 'carousel.more' })}</a>` : nothing}
            </div>`,
          )}
        </div>
        ${this.profile && profileHasWeakRisk(this.profile)
          ? html`<p part="reason" class="reason">${msg('Tips about what your quiz showed come first.', { id: 'carousel.reason' })}</p>`
          : nothing}
      </section>
    `;
  }
}
