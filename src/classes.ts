// The element classes and their types, with nothing registered: for subclassing, for scoped
// custom element registries, or for registering under other tags.
export { CopElement } from './core/element.js';
export { CopEvent, CopErrorEvent, type CopErrorCode, type CopErrorDetail } from './core/events.js';
export { SHIPPED_LOCALES, type Locale, type Direction } from './core/locale.js';
export type { StorageMode } from './core/storage.js';
export { VERSION } from './core/version.js';
export { CopCampaignBanner } from './components/campaign-banner/campaign-banner.element.js';
export * from './components/campaign-banner/campaign-banner.events.js';
export type { BannerDocument, BannerVariant } from './components/campaign-banner/campaign-banner.model.js';
