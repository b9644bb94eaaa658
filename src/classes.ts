// The element classes and their types, with nothing registered: for subclassing, for scoped
// custom element registries, or for registering under other tags.
export { CopElement } from './core/element.js';
export { CopEvent, CopErrorEvent, type CopErrorCode, type CopErrorDetail } from './core/events.js';
export { SHIPPED_LOCALES, type Locale, type Direction } from './core/locale.js';
export { registerTranslation, type TranslationDocument } from './core/localization.js';
export type { StorageMode } from './core/storage.js';
export { VERSION } from './core/version.js';
export { CopCampaignBanner } from './components/campaign-banner/campaign-banner.element.js';
export * from './components/campaign-banner/campaign-banner.events.js';
export type { BannerDocument, BannerVariant } from './components/campaign-banner/campaign-banner.model.js';
export { CopQuickExit } from './components/quick-exit/quick-exit.element.js';
export * from './components/quick-exit/quick-exit.events.js';
export { DEFAULT_DESTINATION as QUICK_EXIT_DEFAULT_DESTINATION } from './components/quick-exit/quick-exit.model.js';
export { CopTipCarousel } from './components/tip-carousel/tip-carousel.element.js';
export * from './components/tip-carousel/tip-carousel.events.js';
export type { Audience, Risk, RiskProfile, Tip, TipsDocument } from './components/tip-carousel/tip-carousel.model.js';
export { CopRiskQuiz } from './components/risk-quiz/risk-quiz.element.js';
export * from './components/risk-quiz/risk-quiz.events.js';
export type { Choice, Question, QuestionType, QuizDocument } from './components/risk-quiz/risk-quiz.model.js';
export { CopHelplineFinder } from './components/helpline-finder/helpline-finder.element.js';
export * from './components/helpline-finder/helpline-finder.events.js';
export type { Contact, HelplineRecord, HelplinesDocument, Hours, Method, PhoneNumber } from './components/helpline-finder/helpline-finder.model.js';
