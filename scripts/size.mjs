#!/usr/bin/env node
// npm run size: what a page downloads from dist/cdn, minified and compressed, beside the budgets
// in the design notes. Reads the built files; run `npm run build` first.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cdn = 'dist/cdn';
const chunk = (prefix) => {
  const name = readdirSync(`${cdn}/chunks`).find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'));
  if (!name) throw new Error(`no chunk ${prefix} in ${cdn}/chunks — run npm run build`);
  return `${cdn}/chunks/${name}`;
};
const measure = (files) => {
  const sizes = files.map((file) => {
    const bytes = readFileSync(file);
    return {
      min: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { requests: files.length, min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli') };
};

const main = `${cdn}/cop-widgets.js`;
const rows = [
  ['banner only, English, slotted content', [main], 9 * 1024],
  ['banner only, Arabic (+ locale chunk)', [main, chunk('ar')], 9 * 1024 + 3 * 1024],
  ['banner with a JSON document (+ loader, schema)', [main, chunk('controller'), chunk('campaign-banner.schema')], null],
  ['one locale chunk (Arabic UI strings)', [chunk('ar')], 3 * 1024],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log('what a page downloads'.padEnd(48), 'req', 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), '  budget (brotli)');
let over = 0;
for (const [label, files, budget] of rows) {
  const size = measure(files);
  const verdict = budget === null ? '' : size.brotli <= budget ? `≤ ${kb(budget)} ok` : `> ${kb(budget)} OVER`;
  if (budget !== null && size.brotli > budget) over++;
  console.log(label.padEnd(48), String(size.requests).padStart(3), kb(size.min).padStart(10), kb(size.gzip).padStart(10), kb(size.brotli).padStart(10), ' ', verdict);
}
if (over) console.log(`\n${over} row(s) over budget (see README, "Size").`);
