import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Registers a custom element unless its tag is taken. A page may load the CDN file beside an npm
 * bundle, or the same file twice: the first registration wins and the others warn once, naming
 * both versions. Never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing === element) return;
  if (existing) {
    warnOnce(tag, `<${tag}> is already registered by cop-widgets ${existing.version ?? '(unknown version)'}; ` +
      `this copy (${VERSION}) is not used for it.`);
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    warnOnce(tag, `<${tag}> could not be registered: ${String(error)}`);
  }
}

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`[cop-widgets] ${message}`);
}
