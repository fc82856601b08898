/**
 * When the `#work-done` post is due: in the last hour of one of the operator's shifts, or after a
 * shift that ran today has ended. Zone arithmetic goes through lib/replies/schedule.
 */
import { isInLastMinutesOfShift, localTime } from '../replies/schedule';
import type { Shift } from '../settings/schema';

export const WORK_DONE_LEAD_MINUTES = 60;

function minutesOf(hhmm: string): number {
  // The settings schema admits only HH:MM, so both parts are there.
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function isWorkDoneTime(now: Date, shifts: readonly Shift[], timeZone: string): boolean {
  if (isInLastMinutesOfShift(now, shifts, timeZone, WORK_DONE_LEAD_MINUTES)) return true;
  const t = localTime(now, timeZone);
  const nowMin = t.hour * 60 + t.minute;
  // Only shifts that start and end on the same day; an overnight shift is covered by the rule above.
  return shifts.some((s) => {
    const start = minutesOf(s.start);
    const end = minutesOf(s.end);
    return end > start && s.days.includes(t.weekday) && nowMin >= end;
  });
}
