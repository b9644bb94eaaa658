// Which links an element may put in an href: its own and those of deployers' documents and
// attributes. Small and free of the schema, so elements can check attributes without loading it.

const SAFE_PROTOCOLS = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'];

/** Whether a link is one an element may render: https, http, tel, sms or mailto (relative links resolve against the page). */
export function isSafeLink(value: string, base = globalThis.document?.baseURI ?? 'https://example.invalid/'): boolean {
  if (/[\u0000-\u001f]/.test(value)) return false;
  try {
    return SAFE_PROTOCOLS.includes(new URL(value, base).protocol);
  } catch {
    return false;
  }
}
