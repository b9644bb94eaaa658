#!/usr/bin/env node
// Helpline filtering per keystroke at 2,000 / 20,000 / 200,000 synthetic records, in Node (no
// throttling): the time to filter once for each prefix of a typed query, median of repeated runs.
// Not a test: timings depend on the machine. `npm run bench` measures the same in Chromium at 4×
// CPU throttling (bench/time.mjs); this is the quick check.
import { filterHelplines } from '../dist/components/helpline-finder/helpline-finder.model.js';
import { COUNTS, METHODS, perKeystroke, records } from './records.mjs';

const rows = COUNTS.map((count) => ({
  count,
  ms: perKeystroke((data, query) => filterHelplines(data, { query, methods: METHODS }), records(count)),
}));
console.log('records   median ms per keystroke   vs 2,000');
for (const { count, ms } of rows) console.log(`${String(count).padStart(7)}   ${ms.toFixed(3).padStart(22)}   ${(ms / rows[0].ms).toFixed(1).padStart(7)}×`);
const at20k = rows[1].ms;
console.log(`20,000 records: ${at20k.toFixed(2)} ms per keystroke (budget 4 ms: ${at20k <= 4 ? 'within' : 'over'})`);
