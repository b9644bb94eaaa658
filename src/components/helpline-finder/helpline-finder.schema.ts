import { array, boolean, check, documentFields, identifier, integer, link, object, oneOf, optional, text, type Schema } from '../../core/content/schema.js';
import type { HelplinesDocument, Kind, Method } from './helpline-finder.model.js';

// Written out rather than imported from the model: this module is loaded lazily (a test keeps them equal).
export const METHOD_NAMES = ['phone', 'sms', 'whatsapp', 'chat', 'email', 'web'] as const satisfies readonly Method[];
export const KIND_NAMES = ['child-helpline', 'youth-line', 'reporting', 'general-crisis'] as const satisfies readonly Kind[];

const pattern = (regex: RegExp, code: 'invalid' | 'bad-id' = 'invalid'): Schema<string> => ({
  json: { type: 'string', pattern: regex.source },
  check: (input, path, issues) =>
    typeof input !== 'string'
      ? (issues.push({ code: 'expected-text', path }), undefined)
      : regex.test(input)
        ? input
        : (issues.push({ code, path }), undefined),
});

// The patterns let through language tags and zone names that Intl refuses (a region given twice,
// a zone that does not exist), which would break the list of languages or "open now": those are
// invalid too. Names Intl took are remembered: a large document repeats the same few.
const known = new Set<string>();
const intlTakes = (kind: 'tag' | 'zone', value: string): boolean => {
  if (known.has(`${kind}:${value}`)) return true;
  try {
    if (kind === 'tag') Intl.getCanonicalLocales(value);
    else new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    return false;
  }
  known.add(`${kind}:${value}`);
  return true;
};
const languageTag = check(pattern(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), (value, path, issues) => {
  if (!intlTakes('tag', value)) issues.push({ code: 'invalid', path });
});
const timeZone = check(pattern(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/), (value, path, issues) => {
  if (!intlTakes('zone', value)) issues.push({ code: 'invalid', path });
});

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// The pattern lets through days a month does not have: "checked 2026-02-31" would read
// "Checked on 3 March 2026". Those are invalid too.
const date = check(pattern(DATE), (value, path, issues) => {
  const [year, month, day] = value.split('-').map(Number);
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) issues.push({ code: 'invalid', path });
});
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const https = check(link, (value, path, issues) => {
  if (!value.startsWith('https://')) issues.push({ code: 'invalid', path });
});

const number = check(
  object({
    e164: optional(pattern(/^\+[1-9]\d{6,14}$/), ''),
    short: optional(pattern(/^\d{3,6}$/), ''),
    display: text(40),
    domesticOnly: optional(boolean, false),
  }),
  (value, path, issues) => {
    if (!value.e164 && !value.short) issues.push({ code: 'missing', path: `${path}.e164` });
  },
);

const contact = check(
  object({
    method: oneOf(METHOD_NAMES),
    number: optional(number),
    url: optional(link, ''),
    smsKeyword: optional(text(40), ''),
    languages: array(languageTag, 1),
    hours: object({
      tz: timeZone,
      alwaysOpen: optional(boolean, false),
      intervals: optional(array(object({ days: array(integer(1), 1), open: pattern(TIME), close: pattern(TIME) })), []),
    }),
    free: optional(boolean),
    anonymous: optional(boolean),
  }),
  (value, path, issues) => {
    const dialled = value.method === 'phone' || value.method === 'sms';
    if (dialled && !value.number) issues.push({ code: 'missing', path: `${path}.number` });
    if (!dialled && value.method !== 'whatsapp' && !value.url) issues.push({ code: 'missing', path: `${path}.url` });
    if (value.hours.intervals?.some((i) => i.days.some((d) => d > 7))) issues.push({ code: 'invalid', path: `${path}.hours.intervals` });
  },
);

/** A helplines document (`cop-widgets/helplines@1`), for bundled data and deployers' own records. */
export const helplinesSchema: Schema<HelplinesDocument> = object({
  ...documentFields('helplines'),
  helplines: array(
    object({
      id: identifier,
      name: text(120),
      localName: optional({ json: { type: 'object', additionalProperties: { type: 'string' } }, check: (input, path, issues) =>
        input && typeof input === 'object' && !Array.isArray(input) && Object.values(input).every((v) => typeof v === 'string' && v.trim())
          ? (input as Record<string, string>)
          : (issues.push({ code: 'expected-object', path }), undefined) } as Schema<Record<string, string>>),
      country: pattern(/^[A-Z]{2}$/),
      subdivisions: optional(array(pattern(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))),
      audience: optional(object({ minAge: optional(integer(0)), maxAge: optional(integer(0)), adults: optional(boolean) })),
      topics: array(identifier),
      kind: oneOf(KIND_NAMES),
      contacts: array(contact, 1),
      website: optional(https, ''),
      source: https,
      checked: date,
      reviewBy: date,
    }),
  ),
}) as Schema<HelplinesDocument>;
