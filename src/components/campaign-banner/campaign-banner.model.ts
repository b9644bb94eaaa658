
export const BANNER_VARIANTS = ['info', 'warning', 'success'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];

/** A banner document (`cop-widgets/banner@1`) after validation. */
export interface BannerDocument {
  schema: 'cop-widgets/banner@1';
  id: string;
  version: number;
  locale: string;
  heading: string;
  message: string;
  actions: { id: string; label: string; href: string }[];
}

/** The storage key under which a dismissal of one campaign revision is kept. */
export const dismissalKey = (campaign: string, revision: number) => `banner:${campaign}@${revision}`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads a `start` or `end` attribute as a moment in ms. A date alone means the visitor's local
 * day: `start` at its first moment, `end` after its last (so the end date is included). A
 * date-time without an offset is local time; with `Z` or `±hh:mm` it is that exact instant.
 * Returns null for an absent value and NaN for one that is not a real ISO 8601 date.
 */
export function parseBoundary(value: string | null | undefined, edge: 'start' | 'end'): number | null {
  if (value == null || value.trim() === '') return null;
  const trimmed = value.trim();
  const dateOnly = DATE.exec(trimmed);
  const parts = dateOnly ?? DATE_TIME.exec(trimmed);
  if (!parts) return NaN;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const [hour, minute, second, ms] = dateOnly ? [0, 0, 0, 0] : [4, 5, 6, 7].map((i) => Number(parts[i] ?? 0));
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return NaN;
  if (dateOnly) return new Date(year, month - 1, edge === 'end' ? day + 1 : day).getTime();
  const offset = parts[8];
  if (!offset) return new Date(year, month - 1, day, hour, minute, second, ms).getTime();
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (offset.toUpperCase() === 'Z') return utc;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

export type SchedulePhase = 'before' | 'active' | 'after';

/** Where `now` falls against a window whose ends may be open (null). `end` is exclusive. */
export function schedulePhase(now: number, start: number | null, end: number | null): SchedulePhase {
  if (start !== null && now < start) return 'before';
  if (end !== null && now >= end) return 'after';
  return 'active';
}

/** The next moment the phase changes after `now`, or null when it never will. */
export function nextScheduleChange(now: number, start: number | null, end: number | null): number | null {
  if (start !== null && now < start) return start;
  if (end !== null && now < end) return end;
  return null;
}
