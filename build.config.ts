import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Compile-time constants shared by the library, CDN and test builds. */
export const defines = { __COP_VERSION__: JSON.stringify(pkg.version) };

/** Registering entry points, one per element; with index and classes they make the public API. */
export const elementEntries = ['campaign-banner', 'quick-exit', 'tip-carousel', 'risk-quiz', 'helpline-finder'];
