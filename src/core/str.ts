/**
 * The CDN build's stand-in for @lit/localize's `str` tag (aliased in vite.cdn.config.ts): the only
 * runtime piece of @lit/localize that cop-widgets uses, kept in the main module so a page makes
 * no extra request for it.
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });
