// Bytes counted as scripts/size.mjs counts them (scripts/measure.mjs), and their sums.
export { measure } from '../scripts/measure.mjs';

/** The sum of several measurements: a page that loads them all. */
export const sum = (parts) =>
  parts.reduce((total, part) => ({
    requests: total.requests + part.requests,
    min: total.min + part.min,
    gzip: total.gzip + part.gzip,
    brotli: total.brotli + part.brotli,
  }), { requests: 0, min: 0, gzip: 0, brotli: 0 });
