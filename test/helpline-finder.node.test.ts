import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/core/content/schema.js';
import {
  KINDS,
  METHODS,
  contactHref,
  filterHelplines,
  mergeRecords,
  openState,
  smsHref,
  suggestCountry,
  telHref,
  wallClock,
  whatsappHref,
  type HelplineRecord,
  type HelplinesDocument,
} from '../src/components/helpline-finder/helpline-finder.model.js';
import { KIND_NAMES, METHOD_NAMES, helplinesSchema } from '../src/components/helpline-finder/helpline-finder.schema.js';
import { ZONE_COUNTRIES } from '../src/components/helpline-finder/helpline-finder.zones.js';

const at = (iso: string) => new Date(iso);

describe('open now, on the helpline\'s own clock', () => {
  const weekdays = { tz: 'Europe/Paris', intervals: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '21:00' }] };

  it('reads the wall clock of a zone, Monday = 1', () => {
    expect(wallClock(at('2026-11-30T08:30:00Z'), 'Europe/Paris')).toEqual({ day: 1, minute: 9 * 60 + 30 });
    expect(wallClock(at('2026-11-30T08:30:00Z'), 'Asia/Tokyo')).toEqual({ day: 1, minute: 17 * 60 + 30 });
    expect(wallClock(at('2026-11-30T02:00:00Z'), 'America/New_York')).toEqual({ day: 7, minute: 21 * 60 });
  });

  it('is open inside the hours and says until when', () => {
    expect(openState(weekdays, at('2026-11-30T08:00:00Z'))).toEqual({ status: 'open', closes: '21:00' });
  });

  it('is closed before opening, and names the next opening, across the weekend', () => {
    expect(openState(weekdays, at('2026-11-30T07:59:00Z'))).toEqual({ status: 'closed', opens: { day: 1, time: '09:00' } });
    // Friday 21:00 Paris → next Monday 09:00.
    expect(openState(weekdays, at('2026-12-04T20:00:00Z'))).toEqual({ status: 'closed', opens: { day: 1, time: '09:00' } });
  });

  it('runs past midnight, also from Sunday into Monday', () => {
    const nights = { tz: 'Europe/London', intervals: [{ days: [7], open: '22:00', close: '02:00' }] };
    expect(openState(nights, at('2026-11-29T23:00:00Z'))).toEqual({ status: 'open', closes: '02:00' });
    expect(openState(nights, at('2026-11-30T01:59:00Z'))).toEqual({ status: 'open', closes: '02:00' });
    expect(openState(nights, at('2026-11-30T02:00:00Z'))).toEqual({ status: 'closed', opens: { day: 7, time: '22:00' } });
  });

  it('follows daylight saving in the helpline\'s zone', () => {
    const berlin = { tz: 'Europe/Berlin', intervals: [{ days: [1, 2, 3, 4, 5, 6], open: '14:00', close: '20:00' }] };
    // Saturday 28 March 2026, 13:30 UTC = 14:30 in Berlin (winter time): open.
    expect(openState(berlin, at('2026-03-28T13:30:00Z')).status).toBe('open');
    // Monday 30 March 2026, 12:30 UTC = 14:30 in Berlin (summer time, UTC+2): open.
    expect(openState(berlin, at('2026-03-30T12:30:00Z')).status).toBe('open');
    // Monday 30 March 2026, 18:30 UTC = 20:30 in Berlin: closed, though 18:30 would be open in winter.
    expect(openState(berlin, at('2026-03-30T18:30:00Z')).status).toBe('closed');
  });

  it('knows always-open and unknown hours', () => {
    expect(openState({ tz: 'Africa/Nairobi', alwaysOpen: true }, new Date())).toEqual({ status: 'always' });
    expect(openState({ tz: 'Africa/Nairobi' }, new Date())).toEqual({ status: 'unknown' });
  });
});

describe('contact links', () => {
  it('dials E.164 numbers and bare short codes, never a made-up international short code', () => {
    expect(telHref({ e164: '+448001111', display: '0800 1111' })).toBe('tel:+448001111');
    expect(telHref({ short: '116111', display: '116 111', domesticOnly: true })).toBe('tel:116111');
    expect(telHref({ short: '116', display: '116', domesticOnly: true })).toBe('tel:116');
  });
  it('texts with an optional keyword, and opens WhatsApp with digits only', () => {
    expect(smsHref({ e164: '+15551234567', display: 'x' }, 'HELLO there')).toBe('sms:+15551234567?body=HELLO%20there');
    expect(smsHref({ short: '686868', display: '686868' })).toBe('sms:686868');
    expect(whatsappHref({ e164: '+60 19-261 5999', display: 'x' })).toBe('https://wa.me/60192615999');
    expect(contactHref({ method: 'chat', url: 'https://example.org/chat', languages: ['en'], hours: { tz: 'UTC' } })).toBe('https://example.org/chat');
  });
});

describe('country suggestion', () => {
  const known = new Set(['GB', 'FR', 'SN', 'KE']);
  it('prefers the time zone, then the page language region, then the browser languages, among known countries', () => {
    expect(suggestCountry({ timeZone: 'Africa/Nairobi', pageLanguage: 'fr-SN' }, known, ZONE_COUNTRIES)).toBe('KE');
    expect(suggestCountry({ timeZone: 'Asia/Tokyo', pageLanguage: 'fr-SN' }, known, ZONE_COUNTRIES)).toBe('SN');
    expect(suggestCountry({ timeZone: 'UTC', pageLanguage: 'fr', browserLanguages: ['en-GB', 'en'] }, known, ZONE_COUNTRIES)).toBe('GB');
  });
  it('asks rather than guesses', () => {
    expect(suggestCountry({ timeZone: 'Asia/Tokyo', pageLanguage: 'ja-JP', browserLanguages: ['en-US'] }, known, ZONE_COUNTRIES)).toBeNull();
    expect(suggestCountry({}, known, ZONE_COUNTRIES)).toBeNull();
  });
});

describe('filtering and merging', () => {
  const record = (id: string, name: string, topics: string[], methods: HelplineRecord['contacts'][number]['method'][]): HelplineRecord => ({
    id, name, country: 'FR', topics, kind: 'child-helpline', source: 'https://x', checked: '2026-01-01', reviewBy: '2027-01-01',
    contacts: methods.map((method) => ({ method, number: { short: '119', display: '119' }, languages: ['fr'], hours: { tz: 'Europe/Paris' } })),
  });
  const records = [record('a', 'Allô Enfance en Danger', ['abuse'], ['phone']), record('b', 'e-Enfance', ['bullying', 'online-safety'], ['phone', 'chat'])];

  it('searches names and topics without caring for accents or case', () => {
    expect(filterHelplines(records, { query: 'allo' }).map((r) => r.id)).toEqual(['a']);
    expect(filterHelplines(records, { query: 'BULLY' }).map((r) => r.id)).toEqual(['b']);
    expect(filterHelplines(records, { methods: ['chat'] }).map((r) => r.id)).toEqual(['b']);
    expect(filterHelplines(records, { topic: 'abuse' }).map((r) => r.id)).toEqual(['a']);
  });
  it('lets a deployer replace a record by id and add new ones', () => {
    const own = [record('a', 'Replaced', [], ['phone']), record('c', 'New', [], ['web'])];
    expect(mergeRecords(records, own).map((r) => `${r.id}:${r.name}`)).toEqual(['b:e-Enfance', 'a:Replaced', 'c:New']);
  });
});

describe('the bundled directory', () => {
  const files = readdirSync('src/data/helplines').filter((f) => f.endsWith('.json'));
  it('covers at least 25 countries on every inhabited continent', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    const continents = new Set(
      files.map((f) => {
        const document = JSON.parse(readFileSync(`src/data/helplines/${f}`, 'utf8')) as HelplinesDocument;
        const area = document.helplines[0].contacts[0].hours.tz.split('/')[0];
        return area === 'Pacific' || area === 'Australia' ? 'Oceania' : area;
      }),
    );
    for (const continent of ['Africa', 'America', 'Asia', 'Europe', 'Oceania']) expect(continents).toContain(continent);
  });
  for (const file of files) {
    it(`${file}: valid, sourced, dated, and zoned in its own country`, () => {
      const document = JSON.parse(readFileSync(`src/data/helplines/${file}`, 'utf8')) as HelplinesDocument;
      const result = validate(helplinesSchema, document);
      expect(result.ok ? [] : result.issues).toEqual([]);
      for (const record of document.helplines) {
        expect(record.country.toLowerCase() + '.json').toBe(file);
        expect(record.source).toMatch(/^https:\/\//);
        expect(record.reviewBy > record.checked).toBe(true);
        for (const contact of record.contacts) {
          expect(ZONE_COUNTRIES[contact.hours.tz], `${record.id} ${contact.hours.tz}`).toBe(record.country);
          if (contact.number?.short) {
            expect(contact.number.domesticOnly, record.id).toBe(true);
            expect(contact.number.e164, record.id).toBeUndefined();
            expect(contact.number.short).not.toBe('116000');
          }
        }
      }
    });
  }

  it('refuses a checked or review date that no calendar has, and takes 29 February in a leap year', () => {
    const document = JSON.parse(readFileSync('src/data/helplines/ke.json', 'utf8')) as HelplinesDocument;
    const dated = (checked: string, reviewBy: string) =>
      validate(helplinesSchema, { ...document, helplines: [{ ...document.helplines[0], checked, reviewBy }] });
    const refused = dated('2026-02-31', '2027-04-31');
    expect(refused.ok ? [] : refused.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'invalid helplines.0.checked',
      'invalid helplines.0.reviewBy',
    ]);
    expect(dated('2028-02-29', '2029-02-28').ok).toBe(true);
    expect(dated('2026-02-29', '2027-02-28').ok).toBe(false);
  });

  it('allows exactly the methods and kinds the element knows', () => {
    expect(METHOD_NAMES).toEqual(METHODS);
    expect(KIND_NAMES).toEqual(KINDS);
  });
});
