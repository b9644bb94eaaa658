import { describe, expect, it } from 'vitest';
import { nextScheduleChange, parseBoundary, schedulePhase } from '../src/components/campaign-banner/campaign-banner.model.js';

const local = (...parts: number[]) => new Date(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0).getTime();

describe('parseBoundary', () => {
  it('reads a date as the local day, with the end date included', () => {
    expect(parseBoundary('2026-12-01', 'start')).toBe(local(2026, 12, 1));
    expect(parseBoundary('2026-12-10', 'end')).toBe(local(2026, 12, 11));
    expect(parseBoundary('2026-12-31', 'end')).toBe(local(2027, 1, 1));
  });

  it('reads a date-time without offset as local time, and with an offset as that instant', () => {
    expect(parseBoundary('2026-12-01T09:30', 'start')).toBe(local(2026, 12, 1, 9, 30));
    expect(parseBoundary('2026-12-01T09:30:00Z', 'start')).toBe(Date.UTC(2026, 11, 1, 9, 30));
    expect(parseBoundary('2026-12-01T09:30:00+03:00', 'start')).toBe(Date.UTC(2026, 11, 1, 6, 30));
    expect(parseBoundary('2026-12-01T09:30-0530', 'end')).toBe(Date.UTC(2026, 11, 1, 15, 0));
  });

  it('says null for nothing and NaN for what is not a real date', () => {
    expect(parseBoundary(null, 'start')).toBeNull();
    expect(parseBoundary('  ', 'end')).toBeNull();
    for (const bad of ['tomorrow', '2026-02-30', '2026-13-01', '01/12/2026', '2026-12-01T25:00', '2026-12-1']) {
      expect(parseBoundary(bad, 'start'), bad).toBeNaN();
    }
  });
});

describe('schedulePhase and nextScheduleChange', () => {
  const start = 1_000;
  const end = 2_000;
  it('places now before, inside or after a window whose end is exclusive', () => {
    expect(schedulePhase(999, start, end)).toBe('before');
    expect(schedulePhase(1_000, start, end)).toBe('active');
    expect(schedulePhase(1_999, start, end)).toBe('active');
    expect(schedulePhase(2_000, start, end)).toBe('after');
    expect(schedulePhase(5, null, null)).toBe('active');
    expect(schedulePhase(5, null, 4)).toBe('after');
  });
  it('names the next change, or null when none will come', () => {
    expect(nextScheduleChange(500, start, end)).toBe(start);
    expect(nextScheduleChange(1_500, start, end)).toBe(end);
    expect(nextScheduleChange(2_500, start, end)).toBeNull();
    expect(nextScheduleChange(0, null, null)).toBeNull();
  });
});
