import { DAY_MS } from '../time/units';

/**
 * Calendar days in an IANA time zone, with Intl only. A day key is 'YYYY-MM-DD' as the wall
 * calendar in that zone shows it; calendar arithmetic on keys is zone-free (done in UTC), and only
 * the mapping between an instant and a key needs the zone.
 */

export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl.DateTimeFormat costs far more than using one; the popup asks for the same zone every time.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The calendar date and clock time `ms` shows in `tz`. */
export function wallTime(ms: number, tz: string): WallTime {
  const out: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(tz).formatToParts(ms)) {
    if (part.type in out) out[part.type as keyof WallTime] = Number(part.value);
  }
  // Some engines still print midnight as 24 despite h23.
  if (out.hour === 24) out.hour = 0;
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOf(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isDayKey(s: unknown): s is DayKey {
  if (typeof s !== 'string') return false;
  const m = DAY_KEY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The calendar day `ms` falls on in `tz`. */
export function dayKey(ms: number, tz: string): DayKey {
  const w = wallTime(ms, tz);
  return keyOf(w.year, w.month, w.day);
}

function utcOfKey(key: DayKey): number {
  const m = DAY_KEY.exec(key);
  if (!m) throw new RangeError(`not a day key: "${key}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function keyOfUtc(ms: number): DayKey {
  const d = new Date(ms);
  return keyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The day `n` calendar days after `key` (negative `n` goes back). */
export function addDays(key: DayKey, n: number): DayKey {
  return keyOfUtc(utcOfKey(key) + n * DAY_MS);
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((utcOfKey(b) - utcOfKey(a)) / DAY_MS);
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(key: DayKey): number {
  const d = new Date(utcOfKey(key)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday of the ISO week `key` is in. */
export function weekStart(key: DayKey): DayKey {
  return addDays(key, 1 - isoWeekday(key));
}

/** The ISO week `key` is in, as 'YYYY-Www' (the year is the week's, which can differ from the day's). */
export function isoWeek(key: DayKey): string {
  const thursday = addDays(key, 4 - isoWeekday(key));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(keyOf(year, 1, 1), thursday) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Offset of `tz` from UTC at instant `ms`, in ms (east positive), to the second. */
function offsetAt(ms: number, tz: string): number {
  const w = wallTime(ms, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The first instant of calendar day `key` in `tz`. Usually local midnight; on a day whose midnight
 * a DST change skips (e.g. America/Santiago), the instant the day begins instead.
 */
export function startOfDay(key: DayKey, tz: string): number {
  const wallMidnight = utcOfKey(key);
  // The offset at midnight is the one in force a little before or a little after it. Taking midnight
  // by each: the one that is midnight, or, when DST skips midnight, the one taken by the offset before
  // the change (that lands on the change itself), is the earliest candidate already on this day.
  let best: number | undefined;
  for (const probe of [wallMidnight - DAY_MS / 2, wallMidnight + DAY_MS / 2]) {
    const candidate = wallMidnight - offsetAt(probe, tz);
    if (dayKey(candidate, tz) === key && dayKey(candidate - 1, tz) !== key) {
      best = best === undefined ? candidate : Math.min(best, candidate);
    }
  }
  if (best !== undefined) return best;
  // Neither offset found the edge (a zone changing twice near one midnight): search for it.
  let lo = wallMidnight - 2 * DAY_MS;
  let hi = wallMidnight + 2 * DAY_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayKey(mid, tz) >= key) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The `n` calendar days ending with today in `tz`, oldest first; empty for n <= 0. */
export function lastNDays(now: number, tz: string, n: number): DayKey[] {
  const count = Math.max(0, Math.floor(n));
  if (count === 0) return [];
  const today = dayKey(now, tz);
  const out: DayKey[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(addDays(today, -i));
  return out;
}

/**
 * The instants a run of whole days covers: from the first day's start to `now`. `to` never falls
 * before `from`, so a clock set back after data was recorded gives an empty window, not a negative one.
 */
export function windowOf(days: readonly DayKey[], now: number, tz: string): { from: number; to: number } {
  const first = days[0];
  if (first === undefined) return { from: now, to: now };
  const from = startOfDay(first, tz);
  return { from, to: Math.max(from, now) };
}
