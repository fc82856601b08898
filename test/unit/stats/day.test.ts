import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  daysBetween,
  isDayKey,
  isoWeek,
  isoWeekday,
  lastNDays,
  startOfDay,
  weekStart,
  windowOf,
} from '../../../lib/stats/day';
import { at } from './make-record';

describe('dayKey', () => {
  it('reads the calendar day in the given zone, not UTC', () => {
    // 23:30 and 00:30 Moscow (UTC+3) on either side of midnight.
    expect(dayKey(at('2025-03-14T20:30:00Z'), 'Europe/Moscow')).toBe('2025-03-14');
    expect(dayKey(at('2025-03-14T21:30:00Z'), 'Europe/Moscow')).toBe('2025-03-15');
    expect(dayKey(at('2025-03-14T21:30:00Z'), 'UTC')).toBe('2025-03-14');
    expect(dayKey(at('2025-03-15T03:00:00Z'), 'America/New_York')).toBe('2025-03-14');
  });

  it('gives midnight to the new day', () => {
    expect(dayKey(at('2025-03-14T21:00:00Z'), 'Europe/Moscow')).toBe('2025-03-15');
    expect(dayKey(at('2025-03-14T20:59:59.999Z'), 'Europe/Moscow')).toBe('2025-03-14');
  });
});

describe('startOfDay', () => {
  it('is local midnight', () => {
    expect(startOfDay('2025-03-15', 'Europe/Moscow')).toBe(at('2025-03-14T21:00:00Z'));
    expect(startOfDay('2025-03-15', 'UTC')).toBe(at('2025-03-15T00:00:00Z'));
  });

  it('follows DST changes (New York spring and autumn)', () => {
    expect(startOfDay('2024-03-10', 'America/New_York')).toBe(at('2024-03-10T05:00:00Z'));
    expect(startOfDay('2024-03-11', 'America/New_York')).toBe(at('2024-03-11T04:00:00Z'));
    expect(startOfDay('2024-11-03', 'America/New_York')).toBe(at('2024-11-03T04:00:00Z'));
    expect(startOfDay('2024-11-04', 'America/New_York')).toBe(at('2024-11-04T05:00:00Z'));
    // The 23-hour and the 25-hour day.
    expect(startOfDay('2024-03-11', 'America/New_York') - startOfDay('2024-03-10', 'America/New_York')).toBe(23 * 3_600_000);
    expect(startOfDay('2024-11-04', 'America/New_York') - startOfDay('2024-11-03', 'America/New_York')).toBe(25 * 3_600_000);
  });

  it('finds the start of a day whose midnight DST skips', () => {
    // Chile moved clocks from 24:00 to 01:00 on 2024-09-08: that day starts at 01:00 local (04:00 UTC).
    const start = startOfDay('2024-09-08', 'America/Santiago');
    expect(start).toBe(at('2024-09-08T04:00:00Z'));
    expect(dayKey(start, 'America/Santiago')).toBe('2024-09-08');
    expect(dayKey(start - 1000, 'America/Santiago')).toBe('2024-09-07');
  });

  it('round-trips with dayKey in zones east and west', () => {
    for (const tz of ['Europe/Moscow', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin']) {
      for (const key of ['2024-01-01', '2024-03-31', '2024-10-27', '2024-12-31']) {
        const s = startOfDay(key, tz);
        expect(dayKey(s, tz)).toBe(key);
        expect(dayKey(s - 1000, tz)).toBe(addDays(key, -1));
      }
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-12-25', '2025-01-01')).toBe(7);
  });

  it('knows ISO weeks and weekdays', () => {
    expect(isoWeekday('2025-03-17')).toBe(1);
    expect(isoWeekday('2025-03-16')).toBe(7);
    expect(weekStart('2025-03-16')).toBe('2025-03-10');
    expect(isoWeek('2025-03-17')).toBe('2025-W12');
    // 2024-12-30 is a Monday in week 1 of 2025; 2021-01-03 is a Sunday in week 53 of 2020.
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });

  it('validates day keys', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2025-2-1')).toBe(false);
  });
});

describe('lastNDays', () => {
  it('ends with today in the zone, oldest first', () => {
    const now = at('2025-03-14T21:30:00Z'); // 00:30 on the 15th in Moscow
    expect(lastNDays(now, 'Europe/Moscow', 3)).toEqual(['2025-03-13', '2025-03-14', '2025-03-15']);
    expect(lastNDays(now, 'UTC', 2)).toEqual(['2025-03-13', '2025-03-14']);
    expect(lastNDays(now, 'UTC', 0)).toEqual([]);
    expect(lastNDays(now, 'UTC', -5)).toEqual([]);
  });
});

describe('windowOf', () => {
  it('runs from the first day start to now', () => {
    const now = at('2025-03-15T09:00:00Z');
    expect(windowOf(['2025-03-14', '2025-03-15'], now, 'UTC')).toEqual({ from: at('2025-03-14T00:00:00Z'), to: now });
  });

  it('never ends before it starts when the clock was set back', () => {
    const w = windowOf(['2025-03-20'], at('2025-03-15T09:00:00Z'), 'UTC');
    expect(w.to).toBeGreaterThanOrEqual(w.from);
    expect(w.to - w.from).toBe(0);
  });
});
