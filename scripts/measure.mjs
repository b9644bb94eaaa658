// Bytes as a page downloads them: each file as served (minified), gzip level 9 and brotli
// quality 11 per file — each file travels compressed on its own — added up; one request each.
// Shared by `npm run size` and `npm run bench`.
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
