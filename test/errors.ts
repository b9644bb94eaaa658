import { waitUntil } from '@open-wc/testing';
import type { CopErrorEvent } from '../src/classes.js';

/** Collects `cop-error` events from the whole document while a test runs. */
export function collectErrors() {
  const errors: CopErrorEvent['detail'][] = [];
  const listener = (event: CopErrorEvent) => errors.push(event.detail);
  document.addEventListener('cop-error', listener);
  return {
    errors,
    /** Waits for `count` reports (they arrive once the element's strings and sentences have loaded), then stops listening. */
    stop: async (count = 0) => {
      if (count) await waitUntil(() => errors.length >= count, `${count} cop-error event(s)`, { timeout: 5000 });
      document.removeEventListener('cop-error', listener);
    },
  };
}
