#!/usr/bin/env node
// Helpline filtering per keystroke at 2,000 / 20,000 / 200,000 synthetic records: the time to
// filter once for each prefix of a typed query, median of repeated runs. Not a test: timings
// depend on the machine; the figure to watch is the 20,000 row against the 4 ms budget.
import { filterHelplines } from '../dist/components/helpline-finder/helpline-finder.model.js';

const words = ['child', 'youth', 'line', 'help', 'kids', 'phone', 'enfance', 'niños', 'детский', '儿童', 'support', 'listen'];
const topics = ['abuse', 'bullying', 'online-safety', 'mental-health', 'family'];
const methods = ['phone', 'sms', 'whatsapp', 'chat', 'email', 'web'];

function records(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`,
    country: 'FR',
    topics: [topics[i % topics.length], topics[(i * 3) % topics.length]],
    kind: 'child-helpline',
    contacts: [{ method: methods[i % methods.length], languages: ['fr'], hours: { tz: 'Europe/Paris' } }],
    source: 'https://example.org',
    checked: '2026-01-01',
    reviewBy: '2027-01-01',
  }));
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const query = 'kids phone';
const rows = [];
for (const count of [2_000, 20_000, 200_000]) {
  const data = records(count);
  filterHelplines(data, { query: 'warm up' });
  const perKeystroke = [];
  for (let run = 0; run < 7; run++) {
    for (let length = 1; length <= query.length; length++) {
      const started = performance.now();
      filterHelplines(data, { query: query.slice(0, length), methods: ['phone'] });
      perKeystroke.push(performance.now() - started);
    }
  }
  rows.push({ count, ms: median(perKeystroke) });
}
console.log('records   median ms per keystroke   vs 2,000');
for (const { count, ms } of rows) console.log(`${String(count).padStart(7)}   ${ms.toFixed(3).padStart(22)}   ${(ms / rows[0].ms).toFixed(1).padStart(7)}×`);
const at20k = rows[1].ms;
console.log(`20,000 records: ${at20k.toFixed(2)} ms per keystroke (budget 4 ms: ${at20k <= 4 ? 'within' : 'over'})`);
