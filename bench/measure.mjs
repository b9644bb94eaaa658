// Bytes the way scripts/size.mjs counts them: each file as served (minified), gzip level 9 and
// brotli quality 11 per file — each file travels compressed on its own — added up; one request each.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measure(files) {
  let min = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { requests: files.length, min, gzip, brotli };
}

/** The sum of several measurements: a page that loads them all. */
export const sum = (parts) =>
  parts.reduce((total, part) => ({
    requests: total.requests + part.requests,
    min: total.min + part.min,
    gzip: total.gzip + part.gzip,
    brotli: total.brotli + part.brotli,
  }), { requests: 0, min: 0, gzip: 0, brotli: 0 });
