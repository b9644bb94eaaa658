/**
 * Where the quick exit goes when the deployer names no destination. Deployers should set their
 * own (`href`), ideally a page that is ordinary where they work: a weather or news site in the
 * local language, or first a page of their own that ends the session and then redirects.
 *
 * The default is the Wikipedia portal because it is neutral and non-commercial: it shows nothing
 * personal (no login, no remembered or recommended content, no adverts, no third-party trackers),
 * it is nothing anyone would be questioned for looking at, it offers every language
 * the widgets ship in, and unlike an article or a news front page it carries no daily story that
 * could itself be upsetting. GOV.UK uses BBC Weather, which is blocked in some of the countries
 * our languages serve; Wikipedia is blocked in a few too (mainland China among them), which is
 * why setting `href` is the first step of every deployment.
 */
export const DEFAULT_DESTINATION = 'https://www.wikipedia.org/';

/** Lone Shift presses that leave the page. */
export const SHORTCUT_PRESSES = 3;

/** How long, in ms, the next Shift press may take before the count starts again. */
export const SHORTCUT_TIMEOUT = 5000;

/**
 * Reads the `shortcut` attribute. The shortcut is on by default, so an absent attribute (or
 * `shortcut`, or any value but `false`) means on; only `shortcut="false"` turns it off.
 */
export function shortcutFromAttribute(value: string | null): boolean {
  return value === null || value.trim().toLowerCase() !== 'false';
}

/**
 * The destination: the `href` attribute when it says something, else the link written inside the
 * element (the form that works before and without JavaScript), else DEFAULT_DESTINATION.
 */
export function chooseDestination(href: string | null, linkHref: string | null): string {
  if (href && href.trim()) return href.trim();
  if (linkHref && linkHref.trim()) return linkHref.trim();
  return DEFAULT_DESTINATION;
}

/**
 * The absolute URL of a destination when it is a web page (http or https), else null: a
 * `mailto:` or `tel:` would leave the person on the blanked page, and `javascript:` is no place.
 */
export function webDestination(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Progress through the "Shift three times" shortcut. */
export interface ShortcutState {
  /** Lone Shift presses counted so far, 0 to SHORTCUT_PRESSES - 1. */
  readonly count: number;
  /** Whether a modifier was held at the previous key-up (Shift used for Shift+A, say). */
  readonly lastKeyWasModified: boolean;
}

export const SHORTCUT_IDLE: ShortcutState = { count: 0, lastKeyWasModified: false };

/** What a key-up means for the shortcut. */
export type ShortcutStep =
  /** A lone Shift press was counted: show `count`, (re)start the timeout. */
  | 'counted'
  /** The last press of the sequence: leave the page. */
  | 'exit'
  /** Another key broke a sequence in progress: it starts again (GOV.UK announces this as expired). */
  | 'interrupted'
  /** Nothing changes. */
  | 'none';

/** The parts of a `keyup` event the shortcut reads. */
export interface KeyUp {
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * The shortcut as GOV.UK "Exit this page" runs it, as a pure step. A Shift key-up counts only
 * when Shift was pressed on its own: if the key-up before it had a modifier held (Shift+A sends
 * a key-up for A with `shiftKey` and then one for Shift), it is skipped. Unlike GOV.UK, a Shift
 * released while Ctrl, Alt or Meta is held does not count either: Alt+Shift and Ctrl+Shift switch
 * keyboard layouts on many systems, which Arabic- and Russian-speaking people do all day.
 */
export function shortcutKeyUp(state: ShortcutState, event: KeyUp): { state: ShortcutState; step: ShortcutStep } {
  const otherModifier = Boolean(event.ctrlKey || event.altKey || event.metaKey);
  const lastKeyWasModified = event.shiftKey || otherModifier;
  if (event.key === 'Shift' && !state.lastKeyWasModified && !otherModifier) {
    const count = state.count + 1;
    return count >= SHORTCUT_PRESSES
      ? { state: { count: 0, lastKeyWasModified }, step: 'exit' }
      : { state: { count, lastKeyWasModified }, step: 'counted' };
  }
  if (state.count > 0 && event.key !== 'Shift') return { state: { count: 0, lastKeyWasModified }, step: 'interrupted' };
  return { state: { count: state.count, lastKeyWasModified }, step: 'none' };
}
