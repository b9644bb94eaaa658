/**
 * Every cop-widgets event bubbles and crosses shadow boundaries, so a page can listen on
 * `document`. Details hold ids, numbers and fixed codes only: never free text typed by a person,
 * never an identifier of a person.
 */
export class CopEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

/** Why an element could not do all it was asked to. */
export type CopErrorCode =
  | 'invalid-json'
  | 'invalid-content'
  | 'load-failed'
  | 'invalid-attribute'
  | 'locale-unavailable';

export interface CopErrorDetail {
  code: CopErrorCode;
  /** A short explanation in the element's language, for the deployer. */
  message: string;
}

/** Fired instead of throwing when content or configuration is bad. */
export class CopErrorEvent extends CopEvent<CopErrorDetail> {
  constructor(detail: CopErrorDetail) {
    super('cop-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cop-error': CopErrorEvent;
  }
}
