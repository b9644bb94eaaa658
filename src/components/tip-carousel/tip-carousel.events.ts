import { CopEvent } from '../../core/events.js';

export interface TipChangeDetail {
  /** Position of the tip now shown, from 0. */
  index: number;
  tipId: string;
}

/** Another tip is shown (by the person or by rotation). */
export class CopTipChangeEvent extends CopEvent<TipChangeDetail> {
  constructor(detail: TipChangeDetail) {
    super('cop-tip-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cop-tip-change': CopTipChangeEvent;
  }
}
