import { CopTipCarousel } from './components/tip-carousel/tip-carousel.element.js';
import { defineElement } from './core/define.js';

export { CopTipCarousel };
export * from './components/tip-carousel/tip-carousel.events.js';

defineElement('cop-tip-carousel', CopTipCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'cop-tip-carousel': CopTipCarousel;
  }
}
