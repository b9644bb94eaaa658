import { CopCampaignBanner } from './components/campaign-banner/campaign-banner.element.js';
import { defineElement } from './core/define.js';

export { CopCampaignBanner };
export * from './components/campaign-banner/campaign-banner.events.js';

defineElement('cop-campaign-banner', CopCampaignBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cop-campaign-banner': CopCampaignBanner;
  }
}
