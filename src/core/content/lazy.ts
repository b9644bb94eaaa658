import type { MsgFn } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ContentController, ContentHost, ContentState } from './controller.js';
import type { Schema } from './schema.js';

const NONE = { status: 'none' } as const;

const loadFailed = (msg: MsgFn) => msg('This content could not be loaded.', { id: 'content.load-failed.short' });

/** The error line for built-in content (a pack, a country's helplines) that could not be fetched. */
export const renderLoadFailed = (msg: MsgFn): TemplateResult => html`<p part="error" class="error" dir="auto">${loadFailed(msg)}</p>`;

/**
 * Reports built-in content that could not be fetched in the element's language, with what it was
 * (`quiz children/fr`, `helplines KE`): a sentence every locale already has, so the report needs
 * nothing more from the network that just failed.
 */
export const reportLoadFailed = (host: ContentHost, what: string, error: unknown): void =>
  host.reportError('load-failed', () => ({ message: `${loadFailed(host.msg)} (${what})`, details: [String(error)] }));

const INLINE = ':scope > script[type="application/json"]';

/**
 * Stands in for a ContentController until the element has a document to read (a `content`
 * property, an inline JSON child or a `src`), then loads it. An element used with slots alone
 * never downloads the loading and validation code.
 */
export class LazyContent<T> implements ReactiveController {
  private controller?: ContentController<T>;
  private loading?: Promise<void>;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ContentHost,
    private readonly loadSchema: () => Promise<Schema<T>>,
  ) {
    host.addController(this);
  }

  get state(): ContentState<T> {
    return this.controller?.state ?? NONE;
  }

  /** Settles when a local document has been checked (or at once when there is none). */
  get ready(): Promise<void> {
    return this.loading ? this.loading.then(() => this.controller?.ready) : Promise.resolve();
  }

  describeError(): string {
    return this.controller?.describeError() ?? '';
  }

  /**
   * The short error line an element shows when its document could not be used; when it could not
   * be loaded (a flaky network, a server down), with a button to try again.
   */
  renderError(): TemplateResult | typeof nothing {
    const state = this.state;
    if (state.status !== 'error') return nothing;
    const retry =
      state.code === 'load-failed'
        ? html`<button part="retry" class="retry" type="button" dir="auto" @click=${() => this.controller?.refresh(true)}>${this.host.msg(
            'Try again',
            { id: 'content.retry' },
          )}</button>`
        : nothing;
    // Outside the element's base part: `auto` lays the line out in its language's direction, not the page's.
    return html`<p part="error" class="error" dir="auto">${this.describeError()}</p>${retry}`;
  }

  hostConnected(): void {
    if (!this.controller) {
      this.observer = new MutationObserver(() => this.refresh());
      this.observer.observe(this.host, { childList: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Whether the element was given a document (property, inline JSON or `src`), valid or not. */
  get given(): boolean {
    const { content, src } = this.host;
    return (content !== undefined && content !== null) || Boolean(src) || this.host.querySelector(INLINE) !== null;
  }

  refresh(): void {
    if (this.controller) return this.controller.refresh();
    if (!this.given || this.loading) return;
    this.observer?.disconnect();
    this.loading = import('./controller.js').then(
      (module) => {
        // addController() connects it at once when the host is in the document.
        this.controller = new module.ContentController(this.host, this.loadSchema);
        this.host.requestUpdate();
      },
      (error: unknown) =>
        this.host.reportError('load-failed', () => ({ message: 'load-failed', details: [String(error)] })),
    );
  }
}
