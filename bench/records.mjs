// Synthetic helpline records for the filtering benchmark (no imports: it runs in Node and in the
// browser). Names mix scripts and repeat words, as real directories do; every record has the
// fields filterHelplines() reads.
const words = ['child', 'youth', 'line', 'help', 'kids', 'phone', 'enfance', 'niños', 'детский', '儿童', 'support', 'listen'];
const topics = ['abuse', 'bullying', 'online-safety', 'mental-health', 'family'];
const methods = ['phone', 'sms', 'whatsapp', 'chat', 'email', 'web'];

/** The query typed, one keystroke at a time. */
export const QUERY = 'kids phone';
/** The method filter switched on while typing. */
export const METHODS = ['phone'];
export const COUNTS = [2_000, 20_000, 200_000];

export function records(count) {
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

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median time of one filter call per keystroke: `filter(data, prefix)` for every prefix of the
 * query, `runs` times over, after one warm-up call (which also fills any per-record cache).
 */
export function perKeystroke(filter, data, runs = 7) {
  filter(data, 'warm up');
  const times = [];
  for (let run = 0; run < runs; run++) {
    for (let length = 1; length <= QUERY.length; length++) {
      const started = performance.now();
      filter(data, QUERY.slice(0, length));
      times.push(performance.now() - started);
    }
  }
  return median(times);
}
