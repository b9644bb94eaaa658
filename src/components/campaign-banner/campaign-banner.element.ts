import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { LazyContent } from '../../core/content/lazy.js';
import { CopElement } from '../../core/element.js';
import { focusAfterRemoval } from '../../core/focus.js';
import { localeListIncludes } from '../../core/locale.js';
import { readStored, writeStored, type StorageMode } from '../../core/storage.js';
import { contentErrorStyles } from '../../core/content/styles.js';
import { baseStyles } from '../../core/styles.js';
import { CopBannerActionEvent, CopBannerDismissEvent, CopBannerShowEvent } from './campaign-banner.events.js';
import {
  BANNER_VARIANTS,
  dismissalKey,
  nextScheduleChange,
  parseBoundary,
  schedulePhase,
  type BannerDocument,
  type BannerVariant,
} from './campaign-banner.model.js';
import { bannerStyles } from './campaign-banner.styles.js';

const STORAGE_MODES: readonly StorageMode[] = ['session', 'local', 'none'];
const LONGEST_TIMER = 2 ** 31 - 1;

const ICONS: Record<BannerVariant, TemplateResult> = {
  info: svg`<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7.5h.01"/>`,
  warning: svg`<path d="M12 3 2 20.5h20z"/><path d="M12 10v4.5M12 17.5h.01"/>`,
  success: svg`<circle cx="12" cy="12" r="10"/><path d="m7.5 12 3 3 6-6"/>`,
};

/**
 * A campaign message that can be scheduled, shown only in some languages, and dismissed — with
 * the dismissal remembered per campaign revision. Its slotted content is plain HTML, readable
 * before the element upgrades.
 *
 * @tagname cop-campaign-banner
 * @summary A scheduled, dismissible campaign message.
 *
 * @slot heading - The heading text (its level is set by `heading-level`).
 * @slot - The message.
 * @slot actions - Links or buttons; give each a `data-action` to name it in `cop-banner-action`.
 *
 * @csspart base - The region that holds everything.
 * @csspart icon - The variant's icon.
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart actions - The row of actions.
 * @csspart action - Each action link rendered from a content document.
 * @csspart dismiss - The dismiss button.
 * @csspart error - The short message shown when a content document cannot be used.
 * @csspart retry - The button to try loading a `src` document again, after it failed.
 *
 * @cssprop --cop-banner-background - Background colour (by default a tint of the variant).
 * @cssprop --cop-banner-color - Text colour.
 * @cssprop --cop-banner-accent - Colour of the icon and the inline-start border (the variant's colour).
 * @cssprop --cop-banner-padding - Inner spacing.
 *
 * @fires cop-banner-show - The banner became visible. Detail: `{campaign, revision}`.
 * @fires cop-banner-dismiss - Cancelable; the person dismissed the banner. Detail: `{campaign, revision}`.
 * @fires cop-banner-action - One of the actions was used. Detail: `{campaign, revision, action}`.
 * @fires cop-error - Content or an attribute could not be used. Detail: `{code, message}`.
 */
export class CopCampaignBanner extends CopElement {
  static override styles = [baseStyles, contentErrorStyles, bannerStyles];

  static override properties = {
    campaign: {},
    revision: { type: Number },
    variant: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    dismissible: { type: Boolean, reflect: true },
    remember: {},
    start: {},
    end: {},
    locales: {},
    src: {},
    content: { attribute: false },
    clock: { attribute: false },
    dismissedHere: { state: true },
    hasHeading: { state: true },
    hasActions: { state: true },
  };

  /** Campaign id; with `revision`, the key under which a dismissal is remembered. */
  campaign = '';

  /** A higher revision shows the banner again to people who dismissed an older one. */
  revision = 0;

  /** `info` · `warning` (real urgency only) · `success`. */
  variant: BannerVariant = 'info';

  /** Level of the heading, 2 to 6. */
  headingLevel = 2;

  /** Shows a dismiss button. */
  dismissible = false;

  /** Where a dismissal is kept: `session` · `local` · `none`. */
  remember: StorageMode = 'session';

  /** First moment shown: an ISO 8601 date (local day) or date-time. */
  start: string | null = null;

  /** Last day shown (a date) or the moment it stops showing (a date-time). */
  end: string | null = null;

  /** Comma list of locales; when set, the banner shows only in those. */
  locales: string | null = null;

  /** URL of a banner document (`cop-widgets/banner@1`). */
  src: string | null = null;

  /** A parsed banner document; wins over inline JSON and `src`. */
  content: unknown = undefined;

  /** Where the banner reads the time; replace it to preview a schedule. Returns ms since 1970. */
  clock: () => number = () => Date.now();

  private dismissedHere = false;
  private hasHeading = false;
  private hasActions = false;

  private readonly document = new LazyContent<BannerDocument>(this, () =>
    import('./campaign-banner.schema.js').then((module) => module.bannerSchema),
  );
  private internals?: ElementInternals;
  private scheduleTimer?: ReturnType<typeof setTimeout>;
  private shown = false;
  private active = false;
  private settings = { variant: 'info' as BannerVariant, level: 2, revision: 0, remember: 'session' as StorageMode };

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readSlots();
    // Re-read storage and re-arm the schedule timer when moved or re-attached.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.scheduleTimer);
  }

  private get campaignKey(): string {
    return this.campaign || 'default';
  }

  /** Dismisses the banner as its button does. Returns false when a listener cancelled it. */
  dismiss(): boolean {
    const { revision, remember } = this.settings;
    if (!this.dispatchEvent(new CopBannerDismissEvent({ campaign: this.campaign, revision }))) return false;
    const focusWasInside = this.matches(':focus-within');
    if (focusWasInside) focusAfterRemoval(this);
    writeStored(remember, dismissalKey(this.campaignKey, revision), '1');
    this.dismissedHere = true;
    return true;
  }

  protected override updateGate(): Promise<unknown> {
    return this.document.ready;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') || changed.has('src')) this.document.refresh();
    this.settings = {
      variant: this.checked('variant', this.variant, BANNER_VARIANTS, 'info'),
      level: this.checkedNumber('heading-level', this.headingLevel, (n) => n >= 2 && n <= 6, 2),
      revision: this.checkedNumber('revision', this.revision, (n) => n >= 0, 0),
      remember: this.checked('remember', this.remember, STORAGE_MODES, 'session'),
    };
    if (changed.has('campaign') || changed.has('revision') || changed.has('remember')) {
      this.dismissedHere = false;
    }
    if (this.dismissible && !this.campaign) this.rejectAttribute('campaign', '', 'default');
    this.active = this.computeActive();
    try {
      if (this.active) this.internals?.states.delete('inactive');
      else this.internals?.states.add('inactive');
    } catch {
      // Browsers without custom states keep an empty block; nothing else depends on it.
    }
  }

  protected override updated(): void {
    if (this.active && !this.shown) {
      this.dispatchEvent(new CopBannerShowEvent({ campaign: this.campaign, revision: this.settings.revision }));
    }
    this.shown = this.active;
  }

  private computeActive(): boolean {
    const { revision, remember } = this.settings;
    if (this.locales && !localeListIncludes(this.locales, this.l10n.locale)) return false;
    if (this.dismissedHere) return false;
    if (this.dismissible && readStored(remember, dismissalKey(this.campaignKey, revision)) === '1') return false;

    const now = this.clock();
    const start = this.boundary('start');
    const end = this.boundary('end');
    clearTimeout(this.scheduleTimer);
    const next = nextScheduleChange(now, start, end);
    if (next !== null && this.isConnected) {
      this.scheduleTimer = setTimeout(() => this.requestUpdate(), Math.min(next - now, LONGEST_TIMER));
    }
    return schedulePhase(now, start, end) === 'active';
  }

  private boundary(edge: 'start' | 'end'): number | null {
    const value = this[edge];
    const parsed = parseBoundary(value, edge);
    if (!Number.isNaN(parsed)) return this.acceptAttribute(edge, parsed);
    this.rejectAttribute(edge, value ?? '');
    return null;
  }

  private checked<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
    if ((allowed as readonly string[]).includes(value)) return this.acceptAttribute(name, value as T);
    this.rejectAttribute(name, String(value), fallback);
    return fallback;
  }

  private checkedNumber(name: string, value: number, valid: (n: number) => boolean, fallback: number): number {
    if (Number.isInteger(value) && valid(value)) return this.acceptAttribute(name, value);
    this.rejectAttribute(name, this.getAttribute(name) ?? String(value), String(fallback));
    return fallback;
  }

  private readSlots(): void {
    this.hasHeading = this.querySelector(':scope > [slot="heading"]') !== null;
    this.hasActions = this.querySelector(':scope > [slot="actions"]') !== null;
  }

  private onAction(event: Event): void {
    const container = event.currentTarget as HTMLElement;
    const path = event.composedPath();
    const control = path
      .slice(0, path.indexOf(container))
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.matches('a[href], button, [role="button"]'));
    if (!control) return;
    const controls = this.document.state.status === 'ready'
      ? [...container.querySelectorAll('a')]
      : [...this.querySelectorAll(':scope > [slot="actions"]')].flatMap((el) =>
          el.matches('a[href], button') ? [el] : [...el.querySelectorAll('a[href], button')],
        );
    const action = control.dataset.action || control.id || String(controls.indexOf(control) + 1);
    this.dispatchEvent(new CopBannerActionEvent({ campaign: this.campaign, revision: this.settings.revision, action }));
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.active) return nothing;
    const { variant, level } = this.settings;
    const loaded = this.document.state.status === 'ready' ? this.document.state.value : undefined;
    const headed = loaded ? Boolean(loaded.heading) : this.hasHeading;
    const showActions = loaded ? loaded.actions.length > 0 : this.hasActions;
    return html`
      <section
        part="base"
        class="banner banner--${variant}"
        dir=${this.l10n.dir}
        aria-labelledby=${headed ? 'heading' : nothing}
        aria-label=${headed ? nothing : this.msg('Campaign message', { id: 'banner.label' })}
      >
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${ICONS[variant]}</svg>
        <div class="body">
          <div part="heading" id="heading" class="heading" role="heading" aria-level=${level} ?hidden=${!headed}>
            ${loaded ? loaded.heading : html`<slot name="heading" @slotchange=${this.readSlots}></slot>`}
          </div>
          ${this.document.renderError()}
          <div part="message" class="message">
            ${loaded ? html`<p>${loaded.message}</p>` : html`<slot @slotchange=${this.readSlots}></slot>`}
          </div>
          <div part="actions" class="actions" ?hidden=${!showActions} @click=${this.onAction}>
            ${loaded
              ? loaded.actions.map(
                  (action) => html`<a part="action" class="action" href=${action.href} data-action=${action.id}>${action.label}</a>`,
                )
              : html`<slot name="actions" @slotchange=${this.readSlots}></slot>`}
          </div>
        </div>
        ${this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" lang=${this.l10n.locale} @click=${() => this.dismiss()}
              aria-label=${this.msg('Dismiss campaign message', { id: 'banner.dismiss' })}>
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
            </button>`
          : nothing}
      </section>
    `;
  }
}
