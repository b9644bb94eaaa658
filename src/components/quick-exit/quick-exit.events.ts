import { CopEvent } from '../../core/events.js';

/** How the person asked to leave: a click (or tap), Enter on the link, or Shift three times. */
export type QuickExitMethod = 'click' | 'keyboard' | 'shortcut';

export interface QuickExitDetail {
  method: QuickExitMethod;
}

/**
 * The person asked to leave; fired before the page is hidden and the browser goes to the
 * destination. Cancel it to stay (for instance to first clear a session, then leave yourself).
 */
export class CopQuickExitEvent extends CopEvent<QuickExitDetail> {
  constructor(detail: QuickExitDetail) {
    super('cop-quick-exit', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cop-quick-exit': CopQuickExitEvent;
  }
}
