import type { Language, Settings, Shift } from '../settings/schema';
import { DEFAULT_DUTY_DAYS } from '../settings/playbook-defaults';
import { wallTime } from '../stats/day';

/**
 * Working-time questions asked with an explicit clock: the operator's zone comes from settings,
 * not from the machine, and Intl does the zone arithmetic (DST included), so no date library.
 */

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

export interface WorkingDay {
  /** The calendar date in the operator's zone, YYYY-MM-DD. */
  date: string;
  weekday: number;
  /** 1 = tomorrow. */
  daysAhead: number;
}

/** Monday to Friday, the team's weekday shifts, when the operator has set none. */
const DEFAULT_WORKING_DAYS = [1, 2, 3, 4, 5];
const FRIDAY_AFTERNOON_HOUR = 14;
/** From this hour on Friday a complex dialogue is promised for the start of next week (the team's rule). */
export const FRIDAY_LATE_HOUR = 15;

/** ISO weekday of a calendar date, independent of any zone. */
function isoWeekday(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

export function localTime(now: Date, timeZone: string): LocalTime {
  const { year, month, day, hour, minute } = wallTime(now.getTime(), timeZone);
  return { year, month, day, hour, minute, weekday: isoWeekday(year, month, day) };
}

function minutesOf(hhmm: string): number {
  // The settings schema admits only HH:MM, so both parts are there.
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * True when `now` falls in the last `minutes` of one of the operator's shifts, when the team takes
 * no new dialogues. A shift whose end is not after its start runs past midnight; its `days` are
 * the days it starts on.
 */
export function isInLastMinutesOfShift(now: Date, shifts: readonly Shift[], timeZone: string, minutes = 30): boolean {
  const t = localTime(now, timeZone);
  const nowMin = t.hour * 60 + t.minute;
  const yesterday = t.weekday === 1 ? 7 : t.weekday - 1;
  return shifts.some((s) => {
    const start = minutesOf(s.start);
    const end = minutesOf(s.end);
    const inLast = (from: number, to: number, at: number) => at >= Math.max(from, to - minutes) && at < to;
    if (end > start) return s.days.includes(t.weekday) && inLast(start, end, nowMin);
    // Overnight: the evening part belongs to today's shift, the small hours to yesterday's.
    if (s.days.includes(t.weekday) && inLast(start, end + 24 * 60, nowMin)) return true;
    return s.days.includes(yesterday) && inLast(start - 24 * 60, end, nowMin);
  });
}

/** True while one of the operator's shifts is running (an overnight shift belongs to the day it starts). */
export function isOnShift(now: Date, shifts: readonly Shift[], timeZone: string): boolean {
  const t = localTime(now, timeZone);
  const nowMin = t.hour * 60 + t.minute;
  const yesterday = t.weekday === 1 ? 7 : t.weekday - 1;
  return shifts.some((s) => {
    const start = minutesOf(s.start);
    const end = minutesOf(s.end);
    if (end > start) return s.days.includes(t.weekday) && nowMin >= start && nowMin < end;
    return (s.days.includes(t.weekday) && nowMin >= start) || (s.days.includes(yesterday) && nowMin < end);
  });
}

/**
 * Whether an answer that takes time really waits for the next working day because of the weekend:
 * on Friday afternoon when nobody's shift of this operator's comes tomorrow, and at the weekend outside
 * the operator's own shift. During a weekend shift the operator answers now.
 */
export function answerWaitsForWeekend(now: Date, timeZone: string, shifts: readonly Shift[]): boolean {
  if (!isWeekendOrFridayAfternoon(now, timeZone)) return false;
  const t = localTime(now, timeZone);
  if (t.weekday === 5) return nextWorkingDay(now, timeZone, shifts).daysAhead > 1;
  return !isOnShift(now, shifts, timeZone);
}

/**
 * A duty day in the operator's zone: one of the team's duty days (`playbook.dutyDays`, ISO weekdays), or a day a
 * shift marked as duty starts. #tech-questions threads are then for critical dialogues only.
 */
export function isDutyDay(now: Date, timeZone: string, dutyDays: readonly number[], shifts: readonly Shift[]): boolean {
  const { weekday } = localTime(now, timeZone);
  return dutyDays.includes(weekday) || shifts.some((s) => s.duty === true && s.days.includes(weekday));
}

/** `isDutyDay` by the operator's settings. */
export function dutyToday(settings: Pick<Settings, 'operator'> & Partial<Pick<Settings, 'playbook'>>, now: Date): boolean {
  const { timeZone, shifts } = settings.operator;
  return isDutyDay(now, timeZone, settings.playbook?.dutyDays ?? DEFAULT_DUTY_DAYS, shifts);
}

/** Friday from 15:00 in the operator's zone. */
export function isLateFriday(now: Date, timeZone: string): boolean {
  const t = localTime(now, timeZone);
  return t.weekday === 5 && t.hour >= FRIDAY_LATE_HOUR;
}

/** True when `now` falls inside one of the operator's shifts. */
export function isInShift(now: Date, shifts: readonly Shift[], timeZone: string): boolean {
  return isInLastMinutesOfShift(now, shifts, timeZone, 24 * 60);
}

/** Friday from 14:00, Saturday and Sunday: non-urgent work moves to Monday. */
export function isWeekendOrFridayAfternoon(now: Date, timeZone: string): boolean {
  const t = localTime(now, timeZone);
  return t.weekday >= 6 || (t.weekday === 5 && t.hour >= FRIDAY_AFTERNOON_HOUR);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The next day after today (in the operator's zone) that one of the shifts works. */
export function nextWorkingDay(now: Date, timeZone: string, shifts: readonly Shift[]): WorkingDay {
  const t = localTime(now, timeZone);
  const days = new Set(shifts.flatMap((s) => s.days));
  const working = days.size ? days : new Set(DEFAULT_WORKING_DAYS);
  for (let ahead = 1; ahead <= 7; ahead++) {
    // Date.UTC normalises day overflow, so this walks the calendar, not the clock.
    const d = new Date(Date.UTC(t.year, t.month - 1, t.day + ahead));
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    if (working.has(weekday)) {
      return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, weekday, daysAhead: ahead };
    }
  }
  // Unreachable: `working` is never empty and a week holds every weekday.
  throw new Error('no working day in a week');
}

const WEEKDAY_PHRASES: Record<Language, string[]> = {
  en: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday'],
  ru: ['в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу', 'в воскресенье'],
};

/** "tomorrow" / «завтра», else "on Monday" / «в понедельник», for the `{nextWorkingDay}` variable. */
export function nextWorkingDayPhrase(day: Pick<WorkingDay, 'weekday' | 'daysAhead'>, lang: Language): string {
  if (day.daysAhead === 1) return lang === 'ru' ? 'завтра' : 'tomorrow';
  return WEEKDAY_PHRASES[lang][day.weekday - 1]!; // weekday is 1-7, seven phrases
}
