export const METHODS = ['phone', 'sms', 'whatsapp', 'chat', 'email', 'web'] as const;
export type Method = (typeof METHODS)[number];
export const KINDS = ['child-helpline', 'youth-line', 'reporting', 'general-crisis'] as const;
export type Kind = (typeof KINDS)[number];

export interface PhoneNumber {
  /** International form, for ordinary numbers: "+448001111". */
  e164?: string;
  /** Digits of a short code dialled only inside the country: "116111". */
  short?: string;
  /** As people write it: "0800 1111". */
  display: string;
  domesticOnly?: boolean;
}

export interface Interval {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "HH:MM", 24-hour, in the helpline's zone. */
  open: string;
  /** "HH:MM"; earlier than `open` means past midnight; "24:00" is the end of the day. */
  close: string;
}

export interface Hours {
  /** IANA time zone of the service. */
  tz: string;
  alwaysOpen?: boolean;
  intervals?: Interval[];
}

export interface Contact {
  method: Method;
  number?: PhoneNumber;
  url?: string;
  smsKeyword?: string;
  languages: string[];
  hours: Hours;
  free?: boolean;
  anonymous?: boolean;
}

export interface HelplineRecord {
  id: string;
  name: string;
  localName?: Record<string, string>;
  country: string;
  subdivisions?: string[];
  audience?: { minAge?: number; maxAge?: number; adults?: boolean };
  topics: string[];
  kind: Kind;
  contacts: Contact[];
  website?: string;
  source: string;
  checked: string;
  reviewBy: string;
}

/** A helplines document (`cop-widgets/helplines@1`) after validation. */
export interface HelplinesDocument {
  schema: 'cop-widgets/helplines@1';
  id: string;
  version: number;
  locale: string;
  helplines: HelplineRecord[];
}

const minutes = (time: string) => {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
};

const formatters = new Map<string, unknown>();

/**
 * One Intl formatter per kind, locale and options, made on first use and kept: making one costs
 * far more than using it (a finder lists about 200 country names, and every keystroke renders).
 * Throws where the constructor would, e.g. for a time zone Intl does not know.
 */
export function formatter<O extends object, T>(Kind: new (locales: string, options: O) => T, locale: string, options: NoInfer<O>): T {
  const key = `${Kind.name}|${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = new Kind(locale, options)));
  return made;
}

/** The weekday (1–7, Monday first) and minute of the day that it is now in a time zone. */
export function wallClock(now: Date, timeZone: string): { day: number; minute: number } {
  const parts = formatter(Intl.DateTimeFormat, 'en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return { day, minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
}

export type OpenState =
  | { status: 'always' }
  | { status: 'open'; closes: string }
  | { status: 'closed'; opens: { day: number; time: string } | null }
  | { status: 'unknown' };

/**
 * Whether a channel is open now, computed on the clock of the helpline's own zone (so daylight
 * saving there is taken into account), and when it next opens or closes. Intervals whose close
 * is earlier than their open run past midnight into the next day.
 */
export function openState(hours: Hours, now: Date): OpenState {
  if (hours.alwaysOpen) return { status: 'always' };
  const intervals = hours.intervals ?? [];
  if (intervals.length === 0) return { status: 'unknown' };
  const { day, minute } = wallClock(now, hours.tz);
  const WEEK = 7 * 1440;
  const at = (day - 1) * 1440 + minute;
  // Every opening in the week as [start, end) minutes from Monday 00:00, wrapping at the week's end.
  const spans = intervals.flatMap(({ days, open, close }) =>
    days.map((d) => {
      const start = (d - 1) * 1440 + minutes(open);
      const length = minutes(close) > minutes(open) ? minutes(close) - minutes(open) : 1440 - minutes(open) + minutes(close);
      return { start, end: start + length };
    }),
  );
  const current = spans.find(({ start, end }) => (at >= start && at < end) || (at + WEEK >= start && at + WEEK < end));
  if (current) {
    const end = current.end % 1440;
    return { status: 'open', closes: `${String(Math.floor(end / 60) % 24).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}` };
  }
  const next = spans
    .map(({ start }) => ({ start, wait: (start - at + WEEK) % WEEK }))
    .sort((a, b) => a.wait - b.wait)[0];
  if (!next) return { status: 'closed', opens: null };
  const startDay = Math.floor(next.start / 1440) + 1;
  const startMinute = next.start % 1440;
  return {
    status: 'closed',
    opens: { day: startDay, time: `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}` },
  };
}

/** `tel:` for a number: the E.164 form, or the bare digits of a short code (never a made-up +CC form of it). */
export function telHref(number: PhoneNumber): string | null {
  if (number.e164) return `tel:${number.e164.replace(/[^\d+]/g, '')}`;
  if (number.short) return `tel:${number.short.replace(/\D/g, '')}`;
  return null;
}

/** `sms:` with an optional keyword as the message body. */
export function smsHref(number: PhoneNumber, keyword?: string): string | null {
  const tel = telHref(number);
  if (!tel) return null;
  return `sms:${tel.slice(4)}${keyword ? `?body=${encodeURIComponent(keyword)}` : ''}`;
}

/** WhatsApp's link: https://wa.me/ and the international number's digits only. */
export function whatsappHref(number: PhoneNumber): string | null {
  return number.e164 ? `https://wa.me/${number.e164.replace(/\D/g, '')}` : null;
}

/** The link for a contact, or null when it has nothing to link to. */
export function contactHref(contact: Contact): string | null {
  if (contact.method === 'phone' && contact.number) return telHref(contact.number);
  if (contact.method === 'sms' && contact.number) return smsHref(contact.number, contact.smsKeyword);
  // A checked document gives a missing url as '': use the number then.
  if (contact.method === 'whatsapp') return contact.url || (contact.number ? whatsappHref(contact.number) : null);
  return contact.url || null;
}

/**
 * A country to suggest, from what the browser already says — its time zone (where the person
 * is), then the region of the page's language (`fr-SN`), then of the browser's languages — and
 * only among countries we have. Never from an IP address. Null means: ask.
 */
export function suggestCountry(
  { timeZone, pageLanguage, browserLanguages = [] }: { timeZone?: string; pageLanguage?: string; browserLanguages?: readonly string[] },
  known: ReadonlySet<string>,
  zoneCountries: Readonly<Record<string, string>>,
): string | null {
  const fromZone = timeZone ? zoneCountries[timeZone] : undefined;
  if (fromZone && known.has(fromZone)) return fromZone;
  for (const tag of [pageLanguage, ...browserLanguages]) {
    const region = tag ? regionOf(tag) : null;
    if (region && known.has(region)) return region;
  }
  return null;
}

function regionOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag).region ?? null;
  } catch {
    return null;
  }
}

const searchText = new WeakMap<HelplineRecord, string>();
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The helplines whose name or topics contain the query, that offer a method asked for, on a topic. */
export function filterHelplines(
  records: readonly HelplineRecord[],
  { query = '', methods = [], topic = '' }: { query?: string; methods?: readonly Method[]; topic?: string },
): HelplineRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return records.filter((record) => {
    if (topic && !record.topics.includes(topic)) return false;
    if (methods.length && !record.contacts.some((c) => methods.includes(c.method))) return false;
    if (!words.length) return true;
    let text = searchText.get(record);
    if (text === undefined) {
      text = fold([record.name, ...Object.values(record.localName ?? {}), ...record.topics].join(' '));
      searchText.set(record, text);
    }
    return words.every((word) => text!.includes(word));
  });
}

/** A deployer's records replace bundled ones with the same id and add new ones. */
export function mergeRecords(bundled: readonly HelplineRecord[], own: readonly HelplineRecord[]): HelplineRecord[] {
  const ids = new Set(own.map((r) => r.id));
  return [...bundled.filter((r) => !ids.has(r.id)), ...own];
}
