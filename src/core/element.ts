import { LitElement } from 'lit';
import type { MsgFn } from '@lit/localize';
import type { ErrorReport } from './content/controller.js';
import { CopErrorEvent, type CopErrorCode } from './events.js';
import { LocaleController } from './localization.js';
import { VERSION } from './version.js';

/**
 * What every cop-widgets element shares: its own locale and direction, error reporting that
 * never throws, and a first render that waits for its strings (no flash of English).
 */
export class CopElement extends LitElement {
  /** The cop-widgets version of this class. */
  static readonly version = VERSION;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  protected readonly l10n = new LocaleController(this, (locale, error) =>
    this.reportError('locale-unavailable', () => ({
      message: this.msg('The strings for this language could not be loaded; English is shown.', { id: 'core.locale-unavailable' }),
      details: [`locale ${locale}: ${String(error)}`],
    })),
  );

  /** msg() in this element's language. */
  get msg(): MsgFn {
    return this.l10n.msg;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.l10n.refresh();
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.l10n.ready;
    // A gate that fails must not stop the element from rendering what it can.
    await this.updateGate().catch(() => undefined);
    super.scheduleUpdate();
  }

  /**
   * `updateComplete` also waits for the strings of a newly asked-for language, so that after
   * `el.lang = 'fr'; await el.updateComplete` the element speaks French.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.l10n.ready;
    return super.getUpdateComplete();
  }

  /** What a render must wait for besides the strings, e.g. checking an inline document. */
  protected updateGate(): Promise<unknown> {
    return Promise.resolve();
  }

  /**
   * Tells the deployer what went wrong, in the console and as a `cop-error` event, once the
   * element's strings are loaded. The host page goes on.
   */
  reportError(code: CopErrorCode, compose: () => ErrorReport | Promise<ErrorReport>): void {
    void this.l10n.ready.then(async () => {
      let report: ErrorReport;
      try {
        report = await compose();
      } catch (error) {
        report = { message: code, details: [String(error)] };
      }
      const { message, details = [] } = report;
      console.error(`[cop-widgets] <${this.localName}> ${message}`, ...details);
      this.dispatchEvent(new CopErrorEvent({ code, message }));
    });
  }

  private readonly rejectedAttributes = new Map<string, string>();

  /** Marks an attribute as usable again, so a later bad value is reported anew; returns the value. */
  protected acceptAttribute<T>(name: string, value: T): T {
    this.rejectedAttributes.delete(name);
    return value;
  }

  /**
   * Reports an attribute value that cannot be used, and what is used instead (if anything) —
   * once per value, not on every render.
   */
  protected rejectAttribute(name: string, value: string, fallback?: string): void {
    if (this.rejectedAttributes.get(name) === value) return;
    this.rejectedAttributes.set(name, value);
    this.reportError('invalid-attribute', async () => {
      const { describeAttribute } = await import('./content/messages.js');
      return { message: describeAttribute(this.msg, name, value, fallback) };
    });
  }
}
