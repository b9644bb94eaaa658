import { CopEvent } from '../../core/events.js';

export interface BannerEventDetail {
  campaign: string;
  revision: number;
}

export interface BannerActionDetail extends BannerEventDetail {
  /** The `data-action` (or `id`) of the link or button used, else its position from 1. */
  action: string;
}

/** The banner became visible. */
export class CopBannerShowEvent extends CopEvent<BannerEventDetail> {
  constructor(detail: BannerEventDetail) {
    super('cop-banner-show', detail);
  }
}

/** The person asked to dismiss the banner. Cancel it to keep the banner. */
export class CopBannerDismissEvent extends CopEvent<BannerEventDetail> {
  constructor(detail: BannerEventDetail) {
    super('cop-banner-dismiss', detail, true);
  }
}

/** The person used one of the banner's actions. */
export class CopBannerActionEvent extends CopEvent<BannerActionDetail> {
  constructor(detail: BannerActionDetail) {
    super('cop-banner-action', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cop-banner-show': CopBannerShowEvent;
    'cop-banner-dismiss': CopBannerDismissEvent;
    'cop-banner-action': CopBannerActionEvent;
  }
}
