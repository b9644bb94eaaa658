import { CopEvent } from '../../core/events.js';
import type { Method } from './helpline-finder.model.js';

/** The person chose another country. */
export class CopCountryChangeEvent extends CopEvent<{ country: string }> {
  constructor(detail: { country: string }) {
    super('cop-country-change', detail);
  }
}

/** The person used a contact link (call, text, chat…). Holds ids only. */
export class CopHelplineContactEvent extends CopEvent<{ helplineId: string; method: Method; country: string }> {
  constructor(detail: { helplineId: string; method: Method; country: string }) {
    super('cop-helpline-contact', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cop-country-change': CopCountryChangeEvent;
    'cop-helpline-contact': CopHelplineContactEvent;
  }
}
