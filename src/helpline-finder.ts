import { CopHelplineFinder } from './components/helpline-finder/helpline-finder.element.js';
import { defineElement } from './core/define.js';

export { CopHelplineFinder };
export * from './components/helpline-finder/helpline-finder.events.js';

defineElement('cop-helpline-finder', CopHelplineFinder);

declare global {
  interface HTMLElementTagNameMap {
    'cop-helpline-finder': CopHelplineFinder;
  }
}
