import type { MsgFn } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CopErrorCode } from '../events.js';
import type { ContentIssue, Schema } from './schema.js';

/** What an element that takes a content document offers its controller. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** A parsed document set from JavaScript; wins over the other sources. */
  content: unknown;
  /** A URL to fetch the document from; used when there is no property or inline document. */
  src: string | null;
  /** Reports once the element's strings are ready; `compose` writes the message in them. */
  reportError(code: CopErrorCode, compose: () => ErrorReport | Promise<ErrorReport>): void;
  readonly msg: MsgFn;
}

export interface ErrorReport {
  message: string;
  details?: readonly string[];
}

export type ContentState<T> =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; code: CopErrorCode; issues: readonly ContentIssue[]; url?: string };

export interface ContentOptions {
  /** How long a `src` fetch may take, in ms. */
  timeout?: number;
  /** Largest accepted `src` response, in characters. */
  maxLength?: number;
}

const INLINE = ':scope > script[type="application/json"]';

/**
 * Finds an element's content document — `content` property, else a child
 * `<script type="application/json">`, else `src` — validates it, and keeps it current when any
 * of them changes. A bad document becomes an error state plus one `cop-error`; never a throw.
 * The schema and the error sentences are loaded only when a document is present, so a page that
 * uses slots alone never downloads them.
 */
export class ContentController<T> implements ReactiveController {
  state: ContentState<T> = { status: 'none' };
  /** Settles when a local document (property or inline) has been validated. */
  ready: Promise<void> = Promise.resolve();
  private fetching?: AbortController;
  private generation = 0;
  private observer?: MutationObserver;
  private lastInput: unknown = Symbol('none');
  private readonly timeout: number;
  private readonly maxLength: number;

  constructor(
    private readonly host: ContentHost,
    private readonly loadSchema: () => Promise<Schema<T>>,
    options: ContentOptions = {},
  ) {
    this.timeout = options.timeout ?? 10_000;
    this.maxLength = options.maxLength ?? 1_000_000;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.refresh(true);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.fetching?.abort();
    this.fetching = undefined;
    // A re-connected element loads again (the abort above may have cut a fetch short).
    this.lastInput = Symbol('none');
  }

  /** Re-reads the sources; does nothing when none of them changed. */
  refresh(force = false): void {
    if (!this.host.isConnected) return;
    const { content, src } = this.host;
    const script = this.host.querySelector<HTMLScriptElement>(INLINE);
    const input = content ?? (script ? `inline:${script.textContent}` : src ? `src:${src}` : null);
    if (!force && input === this.lastInput) return;
    this.lastInput = input;
    this.fetching?.abort();
    this.fetching = undefined;
    const generation = ++this.generation;

    if (content !== undefined && content !== null) this.ready = this.accept(content, generation);
    else if (script) this.ready = this.acceptText(script.textContent ?? '', generation);
    else if (src) void this.load(src, generation);
    else this.state = { status: 'none' };
    this.host.requestUpdate();
  }

  /** A short sentence for the element to show when the document could not be used. */
  describeError(): string {
    const msg = this.host.msg;
    if (this.state.status !== 'error') return '';
    if (this.state.code === 'load-failed') return msg('This content could not be loaded.', { id: 'content.load-failed.short' });
    return msg('This content could not be shown.', { id: 'content.invalid.short' });
  }

  private async acceptText(text: string, generation: number): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.fail('invalid-json', [], undefined, String(error));
      return;
    }
    await this.accept(parsed, generation);
  }

  private async accept(input: unknown, generation: number): Promise<void> {
    // Keep showing the previous document while a replacement is checked: no flash, no shift.
    if (this.state.status !== 'ready') this.state = { status: 'loading' };
    let schema: Schema<T>;
    try {
      schema = await this.loadSchema();
    } catch (error) {
      if (generation === this.generation) this.fail('load-failed', [], undefined, String(error));
      return;
    }
    if (generation !== this.generation) return;
    const issues: ContentIssue[] = [];
    let value: T | undefined;
    try {
      value = schema.check(input, '', issues);
    } catch {
      // A hostile object (a throwing getter or Proxy) set as `content` is simply invalid.
      issues.push({ code: 'invalid', path: '' });
    }
    if (issues.length) this.fail('invalid-content', issues);
    else this.state = { status: 'ready', value: value as T };
    this.host.requestUpdate();
  }

  private async load(src: string, generation: number): Promise<void> {
    const controller = new AbortController();
    this.fetching = controller;
    this.state = { status: 'loading' };
    const timer = setTimeout(() => controller.abort(), this.timeout);
    let parsed: unknown;
    try {
      const url = new URL(src, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`unsupported protocol ${url.protocol}`);
      const response = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (text.length > this.maxLength) throw new Error(`response longer than ${this.maxLength} characters`);
      // An answer that is not JSON (a server's HTML error page, a captive portal) is a failed
      // load, not a broken inline document: it says so, and "Try again" may well work later.
      parsed = JSON.parse(text);
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail('load-failed', [], src, controller.signal.aborted ? `no answer within ${this.timeout} ms` : String(error));
      this.host.requestUpdate();
      return;
    } finally {
      clearTimeout(timer);
    }
    if (generation !== this.generation) return;
    this.fetching = undefined;
    await this.accept(parsed, generation);
  }

  private fail(code: CopErrorCode, issues: ContentIssue[], url?: string, cause?: string): void {
    this.state = { status: 'error', code, issues, url };
    this.host.reportError(code, async () => {
      const { describeFailure } = await import('./messages.js');
      return describeFailure(this.host.msg, code, issues, url, cause);
    });
  }
}
