import { html, type PropertyValues, type TemplateResult } from 'lit';
import { CopElement } from '../../core/element.js';
import { baseStyles } from '../../core/styles.js';
import { CopQuickExitEvent, type QuickExitMethod } from './quick-exit.events.js';
import {
  chooseDestination,
  DEFAULT_DESTINATION,
  SHORTCUT_IDLE,
  SHORTCUT_PRESSES,
  SHORTCUT_TIMEOUT,
  shortcutFromAttribute,
  shortcutKeyUp,
  webDestination,
  type ShortcutState,
} from './quick-exit.model.js';
import { hidePage, restorePage, SharedListener } from './quick-exit.page.js';
import { quickExitStyles } from './quick-exit.styles.js';

const hasModifier = (event: MouseEvent | KeyboardEvent) => event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

/**
 * A button-styled link that leaves the page at once, as GOV.UK "Exit this page" does: the page is
 * blanked, then the browser goes to a neutral site. Pressing Shift three times does the same.
 * Back returns to the page as it was (the page stays in history; see docs/quick-exit.md for
 * what to tell people about that).
 *
 * Write a link inside it (`<a href="https://…">Exit this page</a>`) and the exit works before and
 * without JavaScript; once the element is defined it shows its own link instead, going to the
 * same place. The `href` attribute wins over that link; with neither, it goes to
 * `https://www.wikipedia.org/`.
 *
 * @tagname cop-quick-exit
 * @summary A quick exit link, with a "Shift three times" shortcut, for people who may be watched.
 *
 * @csspart base - The box that holds the link and the indicator.
 * @csspart link - The link, styled as a warning button.
 * @csspart indicator - The three dots counting Shift presses; shown only while counting.
 *
 * @cssprop --cop-quick-exit-background - Background of the link (default: `--cop-color-warning`).
 * @cssprop --cop-quick-exit-color - Text of the link (default: white, or near-black on a dark page).
 * @cssprop --cop-quick-exit-z-index - Stacking level of the sticky bar (default: 1000).
 *
 * @fires cop-quick-exit - Cancelable; fired before the page is left. Detail: `{method}`, one of `click`, `keyboard`, `shortcut`.
 * @fires cop-error - The destination is not a web address (the default is used). Detail: `{code, message}`.
 */
export class CopQuickExit extends CopElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties = {
    href: {},
    shortcut: { converter: { fromAttribute: shortcutFromAttribute } },
    linkHref: { state: true },
    presses: { state: true },
    announcement: { state: true },
  };

  // One keyup listener (capture phase) per document for all instances; the first instance that
  // joined owns the shortcut, so three presses leave once, however many buttons the page has.
  private static readonly shortcutKeys = new SharedListener<CopQuickExit>('keyup', true, (doc) => doc, (event, members) =>
    members.values().next().value?.onShortcutKey(event as KeyboardEvent),
  );

  // One pageshow listener per window: a page restored by Back (from the back-forward cache too)
  // comes back whole, never blank. The first pageshow of a page only ends its loading: Shift
  // presses made while a slow image was still arriving keep counting.
  private static readonly pageShows = new SharedListener<CopQuickExit>('pageshow', false, (doc) => doc.defaultView, (event, members, doc) => {
    restorePage(doc);
    if ((event as PageTransitionEvent).persisted) for (const member of members) member.stopShortcut();
  });

  /** Where to go: a neutral web page. Wins over a link written inside the element. */
  href: string | null = null;

  /**
   * Whether pressing Shift three times leaves the page. On unless the attribute says
   * `shortcut="false"` (a plain boolean attribute could not be on by default).
   */
  shortcut = true;

  private linkHref: string | null = null;
  private presses = 0;
  private announcement = '';

  private shortcutState: ShortcutState = SHORTCUT_IDLE;
  private pressTimer?: ReturnType<typeof setTimeout>;
  private announcementTimer?: ReturnType<typeof setTimeout>;
  private joinedDocument?: Document;
  private readonly linkObserver = new MutationObserver(() => this.readLink());

  override connectedCallback(): void {
    super.connectedCallback();
    this.joinedDocument = this.ownerDocument;
    CopQuickExit.pageShows.join(this.joinedDocument, this);
    this.followShortcutSetting();
    this.readLink();
    this.linkObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.linkObserver.disconnect();
    this.stopShortcut();
    if (this.joinedDocument) {
      CopQuickExit.shortcutKeys.leave(this.joinedDocument, this);
      CopQuickExit.pageShows.leave(this.joinedDocument, this);
    }
    this.joinedDocument = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shortcut')) this.followShortcutSetting();
  }

  /** The absolute URL the element leaves for. */
  get destination(): string {
    const chosen = chooseDestination(this.href, this.linkHref);
    const url = webDestination(chosen, this.ownerDocument.baseURI);
    if (url) return this.acceptAttribute('href', url);
    this.rejectAttribute('href', chosen, DEFAULT_DESTINATION);
    return DEFAULT_DESTINATION;
  }

  private followShortcutSetting(): void {
    if (!this.joinedDocument) return;
    if (this.shortcut) {
      CopQuickExit.shortcutKeys.join(this.joinedDocument, this);
    } else {
      CopQuickExit.shortcutKeys.leave(this.joinedDocument, this);
      this.stopShortcut();
    }
  }

  private readLink(): void {
    this.linkHref = this.querySelector('a[href]')?.getAttribute('href') ?? null;
  }

  /**
   * Leaves the page: tells the page first (a listener may cancel), then blanks the page and only
   * then asks the browser to go, so nothing shows while the destination loads. `location.href` is
   * assigned, not replaced: the page stays in history, and Back is the way to return.
   */
  private leave(method: QuickExitMethod): void {
    if (!this.dispatchEvent(new CopQuickExitEvent({ method }))) return;
    const destination = this.destination;
    const doc = this.ownerDocument;
    hidePage(doc, this.msg('Loading.', { id: 'quick-exit.loading' }), this.l10n.locale, this.l10n.dir);
    const view = doc.defaultView;
    if (view) view.location.href = destination;
  }

  // Only a plain activation leaves here: Ctrl-, Cmd-, Shift- or Alt-click (a new tab, a new
  // window, a download) keep what the browser does with any link.
  private onClick(event: MouseEvent): void {
    if (event.button !== 0 || hasModifier(event) || event.defaultPrevented) return;
    event.preventDefault();
    this.leave('click');
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || hasModifier(event) || event.isComposing || event.defaultPrevented) return;
    event.preventDefault();
    this.leave('keyboard');
  }

  private onShortcutKey(event: KeyboardEvent): void {
    const { state, step } = shortcutKeyUp(this.shortcutState, event);
    this.shortcutState = state;
    if (step === 'counted') {
      clearTimeout(this.pressTimer);
      clearTimeout(this.announcementTimer);
      this.pressTimer = setTimeout(() => this.expire(), SHORTCUT_TIMEOUT);
      this.presses = state.count;
      this.announcement =
        SHORTCUT_PRESSES - state.count === 2
          ? this.msg('Shift, press 2 more times to exit.', { id: 'quick-exit.press-two-more' })
          : this.msg('Shift, press 1 more time to exit.', { id: 'quick-exit.press-one-more' });
    } else if (step === 'exit') {
      this.stopShortcut();
      this.leave('shortcut');
    } else if (step === 'interrupted') {
      this.expire();
    }
  }

  /** The sequence ran out of time or was broken by another key: start again, and say so. */
  private expire(): void {
    clearTimeout(this.pressTimer);
    clearTimeout(this.announcementTimer);
    this.shortcutState = { ...this.shortcutState, count: 0 };
    this.presses = 0;
    this.announcement = this.msg('Exit this page expired.', { id: 'quick-exit.expired' });
    this.announcementTimer = setTimeout(() => (this.announcement = ''), SHORTCUT_TIMEOUT);
  }

  private stopShortcut(): void {
    clearTimeout(this.pressTimer);
    clearTimeout(this.announcementTimer);
    this.shortcutState = SHORTCUT_IDLE;
    this.presses = 0;
    this.announcement = '';
  }

  override render(): TemplateResult {
    return html`
      <div part="base" class="base" dir=${this.l10n.dir} lang=${this.l10n.locale}>
        <div class="control">
          <a
            part="link"
            class="link"
            href=${this.destination}
            rel="nofollow noreferrer"
            draggable="false"
            @click=${this.onClick}
            @keydown=${this.onKeydown}
            ><span class="visually-hidden">${this.msg('Emergency', { id: 'quick-exit.emergency' })}</span>
            ${this.msg('Exit this page', { id: 'quick-exit.label' })}</a
          >
          <div part="indicator" class="indicator" aria-hidden="true" ?hidden=${this.presses === 0}>
            ${Array.from({ length: SHORTCUT_PRESSES }, (_, index) =>
              html`<span class="light ${index < this.presses ? 'light--on' : ''}"></span>`,
            )}
          </div>
        </div>
        <span class="visually-hidden" role="status">${this.announcement}</span>
      </div>
    `;
  }
}
