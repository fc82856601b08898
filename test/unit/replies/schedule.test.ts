import { describe, expect, it } from 'vitest';
import type { Settings, Shift } from '../../../lib/settings/schema';
import {
  dutyToday,
  isDutyDay,
  isInLastMinutesOfShift,
  isLateFriday,
  isWeekendOrFridayAfternoon,
  localTime,
  nextWorkingDay,
  nextWorkingDayPhrase,
} from '../../../lib/replies/schedule';

const MSK = 'Europe/Moscow';
const WEEKDAYS_9_18: Shift[] = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }];

describe('localTime', () => {
  it('reads the wall clock in the zone', () => {
    // 2024-03-15 is a Friday; Moscow is UTC+3 all year.
    expect(localTime(new Date('2024-03-15T14:35:00Z'), MSK)).toEqual({ year: 2024, month: 3, day: 15, weekday: 5, hour: 17, minute: 35 });
    // Same instant, already Saturday in Auckland.
    expect(localTime(new Date('2024-03-15T14:35:00Z'), 'Pacific/Auckland').weekday).toBe(6);
    expect(localTime(new Date('2024-03-15T23:30:00Z'), 'Asia/Kolkata')).toMatchObject({ day: 16, hour: 5, minute: 0 });
  });

  it('says midnight is hour 0', () => {
    expect(localTime(new Date('2024-03-14T21:00:00Z'), MSK)).toMatchObject({ day: 15, hour: 0, minute: 0 });
  });
});

describe('isInLastMinutesOfShift', () => {
  it('Friday 17:35 Moscow is in the last 30 minutes of a 9-18 shift', () => {
    expect(isInLastMinutesOfShift(new Date('2024-03-15T14:35:00Z'), WEEKDAYS_9_18, MSK, 30)).toBe(true);
  });

  it('17:29, 18:00 and Saturday are not', () => {
    expect(isInLastMinutesOfShift(new Date('2024-03-15T14:29:00Z'), WEEKDAYS_9_18, MSK, 30)).toBe(false);
    expect(isInLastMinutesOfShift(new Date('2024-03-15T15:00:00Z'), WEEKDAYS_9_18, MSK, 30)).toBe(false);
    expect(isInLastMinutesOfShift(new Date('2024-03-16T14:35:00Z'), WEEKDAYS_9_18, MSK, 30)).toBe(false);
  });

  it('uses the zone, not UTC, on both sides of a DST change', () => {
    const ny = 'America/New_York'; // DST began 2024-03-10
    expect(isInLastMinutesOfShift(new Date('2024-03-08T22:40:00Z'), WEEKDAYS_9_18, ny)).toBe(true); // 17:40 EST
    expect(isInLastMinutesOfShift(new Date('2024-03-15T21:40:00Z'), WEEKDAYS_9_18, ny)).toBe(true); // 17:40 EDT
    expect(isInLastMinutesOfShift(new Date('2024-03-15T22:40:00Z'), WEEKDAYS_9_18, ny)).toBe(false); // 18:40 EDT
  });

  it('handles a shift over midnight and the second team shift', () => {
    const night: Shift[] = [{ days: [5], start: '22:00', end: '02:00' }];
    expect(isInLastMinutesOfShift(new Date('2024-03-15T22:45:00Z'), night, MSK)).toBe(true); // Sat 01:45 MSK
    expect(isInLastMinutesOfShift(new Date('2024-03-15T19:45:00Z'), night, MSK)).toBe(false); // Fri 22:45
    const late: Shift[] = [{ days: [1, 2, 3, 4, 5], start: '10:00', end: '19:00' }];
    expect(isInLastMinutesOfShift(new Date('2024-03-15T14:35:00Z'), late, MSK)).toBe(false);
    expect(isInLastMinutesOfShift(new Date('2024-03-15T15:35:00Z'), late, MSK)).toBe(true);
  });

  it('has no last minutes without shifts', () => {
    expect(isInLastMinutesOfShift(new Date('2024-03-15T14:35:00Z'), [], MSK)).toBe(false);
  });
});

describe('isWeekendOrFridayAfternoon', () => {
  it.each([
    ['2024-03-15T10:59:00Z', false], // Fri 13:59 MSK
    ['2024-03-15T11:00:00Z', true], // Fri 14:00
    ['2024-03-16T09:00:00Z', true], // Saturday
    ['2024-03-17T20:59:00Z', true], // Sunday 23:59
    ['2024-03-17T21:00:00Z', false], // Monday 00:00
    ['2024-03-14T14:00:00Z', false], // Thursday
  ])('%s → %s', (iso, expected) => {
    expect(isWeekendOrFridayAfternoon(new Date(iso), MSK)).toBe(expected);
  });

  it('depends on the zone', () => {
    // Friday 11:00 UTC: 14:00 in Moscow, 07:00 in New York.
    expect(isWeekendOrFridayAfternoon(new Date('2024-03-15T11:00:00Z'), 'America/New_York')).toBe(false);
  });
});

describe('nextWorkingDay', () => {
  it('is tomorrow from Monday to Thursday', () => {
    expect(nextWorkingDay(new Date('2024-03-14T14:00:00Z'), MSK, WEEKDAYS_9_18)).toEqual({ date: '2024-03-15', weekday: 5, daysAhead: 1 });
  });

  it('is Monday from Friday, Saturday and Sunday', () => {
    for (const iso of ['2024-03-15T14:35:00Z', '2024-03-16T10:00:00Z', '2024-03-17T10:00:00Z']) {
      expect(nextWorkingDay(new Date(iso), MSK, WEEKDAYS_9_18)).toMatchObject({ date: '2024-03-18', weekday: 1 });
    }
  });

  it('follows the shifts days, including Saturday duty', () => {
    const withSaturday: Shift[] = [...WEEKDAYS_9_18, { days: [6], start: '10:00', end: '16:00' }];
    expect(nextWorkingDay(new Date('2024-03-15T14:35:00Z'), MSK, withSaturday)).toMatchObject({ date: '2024-03-16', weekday: 6 });
  });

  it('crosses a DST change and a month end', () => {
    // Saturday 2024-03-30 in Berlin, the night before clocks go forward.
    expect(nextWorkingDay(new Date('2024-03-30T22:30:00Z'), 'Europe/Berlin', WEEKDAYS_9_18)).toEqual({
      date: '2024-04-01',
      weekday: 1,
      daysAhead: 2,
    });
    // 21:30Z on the DST day is 23:30 Sunday in Berlin (UTC+2 since the morning).
    expect(nextWorkingDay(new Date('2024-03-31T21:30:00Z'), 'Europe/Berlin', WEEKDAYS_9_18)).toEqual({
      date: '2024-04-01',
      weekday: 1,
      daysAhead: 1,
    });
    // 22:30Z that day is 00:30 Monday in Berlin, so the next working day is Tuesday.
    expect(nextWorkingDay(new Date('2024-03-31T22:30:00Z'), 'Europe/Berlin', WEEKDAYS_9_18)).toEqual({
      date: '2024-04-02',
      weekday: 2,
      daysAhead: 1,
    });
  });

  it('words the day', () => {
    expect(nextWorkingDayPhrase({ weekday: 2, daysAhead: 1 }, 'ru')).toBe('завтра');
    expect(nextWorkingDayPhrase({ weekday: 2, daysAhead: 1 }, 'en')).toBe('tomorrow');
    expect(nextWorkingDayPhrase({ weekday: 1, daysAhead: 3 }, 'ru')).toBe('в понедельник');
    expect(nextWorkingDayPhrase({ weekday: 1, daysAhead: 3 }, 'en')).toBe('on Monday');
    expect(nextWorkingDayPhrase({ weekday: 2, daysAhead: 4 }, 'ru')).toBe('во вторник');
  });
});

describe('duty days and late Friday', () => {
  const weekdays = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }];

  it('a duty day is one of the team’s duty days in the operator’s zone, or a day a duty shift starts', () => {
    // Saturday 16 March 2024, 01:00 in Moscow, still Friday in New York.
    const now = new Date('2024-03-15T22:00:00Z');
    expect(isDutyDay(now, 'Europe/Moscow', [6], weekdays)).toBe(true);
    expect(isDutyDay(now, 'America/New_York', [6], weekdays)).toBe(false);
    expect(isDutyDay(now, 'Europe/Moscow', [], weekdays)).toBe(false);
    expect(isDutyDay(now, 'Europe/Moscow', [], [...weekdays, { days: [6], start: '10:00', end: '16:00', duty: true }])).toBe(true);
    expect(isDutyDay(now, 'Europe/Moscow', [], [...weekdays, { days: [6], start: '10:00', end: '16:00' }])).toBe(false);
  });

  it('takes the team’s duty days from the settings, Saturday when unset', () => {
    const saturday = new Date('2024-03-16T09:00:00Z');
    const operator = { timeZone: 'Europe/Moscow', shifts: weekdays } as Settings['operator'];
    expect(dutyToday({ operator }, saturday)).toBe(true);
    expect(dutyToday({ operator, playbook: { waitMinutes: 5, dutyDays: [7] } }, saturday)).toBe(false);
  });

  it('late Friday starts at 15:00 in the operator’s zone', () => {
    expect(isLateFriday(new Date('2024-03-15T12:00:00Z'), 'Europe/Moscow')).toBe(true);
    expect(isLateFriday(new Date('2024-03-15T11:59:00Z'), 'Europe/Moscow')).toBe(false);
    expect(isLateFriday(new Date('2024-03-15T12:00:00Z'), 'Europe/London')).toBe(false);
    expect(isLateFriday(new Date('2024-03-16T12:00:00Z'), 'Europe/Moscow')).toBe(false);
  });
});
