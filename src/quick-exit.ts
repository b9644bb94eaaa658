import { CopQuickExit } from './components/quick-exit/quick-exit.element.js';
import { defineElement } from './core/define.js';

export { CopQuickExit };
export * from './components/quick-exit/quick-exit.events.js';

defineElement('cop-quick-exit', CopQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'cop-quick-exit': CopQuickExit;
  }
}
