import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZONE_COUNTRIES } from '../src/components/helpline-finder/helpline-finder.zones.js';
import type { HelplineRecord } from '../src/components/helpline-finder/helpline-finder.model.js';

// Double entry (issue 7): a second reader, who did not see our records, read the source pages of
// a sample of them and wrote down what each page states (test/fixtures/helpline-facts.json). Each
// record may claim no more than its page: every number it lists is on the page, its hours are the
// page's hours, "open 24 hours" and "free" only where the page says so, and its zone lies in the
// country the page is about.

interface PageFacts {
  source: string;
  found: boolean;
  numbers: string[] | null;
  alwaysOpen: boolean | null;
  hours: { days: number[]; open: string; close: string }[] | null;
  free: boolean | null;
}

const facts = JSON.parse(readFileSync('test/fixtures/helpline-facts.json', 'utf8')) as { pages: Record<string, PageFacts> };
const records = new Map<string, HelplineRecord>();
for (const file of readdirSync('src/data/helplines')) {
  const document = JSON.parse(readFileSync(`src/data/helplines/${file}`, 'utf8')) as { helplines: HelplineRecord[] };
  for (const record of document.helplines) records.set(record.id, record);
}

// Letters in vanity numbers (1-800-4-A-CHILD) dial as on a phone keypad.
const KEYPAD = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
const dialled = (printed: string) =>
  [...printed.toLowerCase()].map((c) => (/\d/.test(c) ? c : String(KEYPAD.findIndex((keys) => keys.includes(c))))).filter((c) => c !== '-1').join('');

/** Whether a number as printed on a page is the record's number: the same short code, or the national digits of its E.164 form. */
function samePhone(printed: string, number: { short?: string; e164?: string }): boolean {
  const digits = dialled(printed).replace(/^0+/, '');
  if (number.short) return dialled(printed) === number.short;
  return Boolean(number.e164 && digits.length >= 6 && number.e164.replace(/\D/g, '').endsWith(digits));
}

const sameHours = (a: PageFacts['hours'], b: PageFacts['hours']) => {
  const key = (hours: NonNullable<PageFacts['hours']>) => hours.map((h) => `${[...h.days].sort().join(',')} ${h.open}-${h.close}`).sort();
  return JSON.stringify(key(a ?? [])) === JSON.stringify(key(b ?? []));
};

const sample = Object.entries(facts.pages).filter(([, page]) => page.found);

describe('a sample of helpline records, against what their source pages state', () => {
  it('has a sample of at least 12 records read by a second reader', () => {
    expect(sample.length).toBeGreaterThanOrEqual(12);
  });

  for (const [id, page] of sample) {
    const record = records.get(id);
    it(`${id}: claims no number, hours or cost that its page does not state`, () => {
      expect(record, `${id} is in src/data/helplines`).toBeDefined();
      expect(record!.source).toBe(page.source);
      for (const contact of record!.contacts) {
        const where = `${id} ${contact.method}`;
        if (contact.number) {
          expect(page.numbers?.some((printed) => samePhone(printed, contact.number!)), `${where}: ${contact.number.display} is on the page`).toBe(true);
        }
        expect(ZONE_COUNTRIES[contact.hours.tz], `${where}: zone in ${record!.country}`).toBe(record!.country);
        if (contact.hours.alwaysOpen) expect(page.alwaysOpen, `${where}: the page says open at all hours`).toBe(true);
        if (contact.hours.intervals) expect(sameHours(contact.hours.intervals, page.hours), `${where}: the page's hours`).toBe(true);
        if (contact.free) expect(page.free, `${where}: the page says free`).toBe(true);
      }
    });
  }
});
