/**
 * Coverage computed by scanning the dialogue records, the way the figures are defined: the reference
 * the shipped path (the per-day summary, lib/stats/daily-summary.ts) is checked against. Test code only.
 */
import {
  coverageOf,
  replyDaysOf,
  type Coverage,
  type CoverageRecord,
  type CoverageSummary,
  type CoverageWindows,
  type DailyCoverage,
} from '../../../lib/stats/coverage';
import { lastNDays, startOfDay, type DayKey } from '../../../lib/stats/day';
import { DAY_MS } from '../../../lib/time/units';

// Reply days were written in the zone of the moment; a zone changed since can shift them by a day.
const ZONE_SLACK_MS = 2 * DAY_MS;

/**
 * False when the record's last reply is too old to have a reply day from `dayStart` on. A number
 * compare, so a pass over many records only reads the day strings of the few that can count.
 */
function mayReplyFrom(record: CoverageRecord, dayStart: number): boolean {
  return record.lastMyReplyAt === undefined || record.lastMyReplyAt >= dayStart - ZONE_SLACK_MS;
}

/** Coverage over any set of days (each dialogue counted once however many of them I replied on). */
export function coverageFor(records: readonly CoverageRecord[], days: readonly DayKey[], tz: string): Coverage {
  const wanted = new Set(days);
  const first = [...days].sort()[0];
  const fromMs = first === undefined ? Infinity : startOfDay(first, tz);
  let tagged = 0;
  let total = 0;
  for (const r of records) {
    if (!mayReplyFrom(r, fromMs)) continue;
    if (!replyDaysOf(r, tz).some((d) => wanted.has(d))) continue;
    total++;
    if (r.tags.length > 0) tagged++;
  }
  return coverageOf(tagged, total);
}

/**
 * Today, the last 7 and the last 30 calendar days (today included), and each of the last `dailyDays`
 * days, in one pass. The windows nest, so a dialogue's latest reply day inside the 30 days decides all
 * three. Reply days after today (a clock set back) fall outside every window.
 */
export function coverageSummary(records: readonly CoverageRecord[], now: number, tz: string, dailyDays = 14): CoverageSummary {
  const days = lastNDays(now, tz, Math.max(30, dailyDays));
  const last = days.length - 1;
  const index = new Map(days.map((d, i) => [d, i]));
  const from7 = last - 6;
  const from30 = last - 29;
  const fromDaily = last - dailyDays + 1;
  const fromMs = startOfDay(days[0]!, tz); // at least 30 days
  const tagged: [number, number, number] = [0, 0, 0];
  const total: [number, number, number] = [0, 0, 0];
  const dailyTagged = new Array<number>(days.length).fill(0);
  const dailyTotal = new Array<number>(days.length).fill(0);
  // Which record last counted on each day, so a day listed twice in one record counts once.
  const countedBy = new Array<number>(days.length).fill(-1);
  for (let n = 0; n < records.length; n++) {
    const r = records[n]!; // n < records.length
    if (!mayReplyFrom(r, fromMs)) continue;
    const isTagged = r.tags.length > 0 ? 1 : 0;
    let latest = -1;
    for (const d of replyDaysOf(r, tz)) {
      const i = index.get(d);
      if (i === undefined) continue;
      if (i > latest) latest = i;
      if (i >= fromDaily && countedBy[i] !== n) {
        countedBy[i] = n;
        dailyTotal[i]!++;
        dailyTagged[i]! += isTagged;
      }
    }
    if (latest < from30) continue;
    total[2]++;
    tagged[2] += isTagged;
    if (latest >= from7) {
      total[1]++;
      tagged[1] += isTagged;
    }
    if (latest === last) {
      total[0]++;
      tagged[0] += isTagged;
    }
  }
  return {
    today: coverageOf(tagged[0], total[0]),
    d7: coverageOf(tagged[1], total[1]),
    d30: coverageOf(tagged[2], total[2]),
    daily: days.slice(fromDaily).map((day, k) => ({ day, ...coverageOf(dailyTagged[fromDaily + k] ?? 0, dailyTotal[fromDaily + k] ?? 0) })),
  };
}

/** Today, the last 7 and the last 30 calendar days. */
export function coverageWindows(records: readonly CoverageRecord[], now: number, tz: string): CoverageWindows {
  const { today, d7, d30 } = coverageSummary(records, now, tz, 0);
  return { today, d7, d30 };
}

/** Coverage of each of `days` on its own (a dialogue replied in on two of them counts on both). */
export function dailyCoverage(records: readonly CoverageRecord[], days: readonly DayKey[], tz: string): DailyCoverage[] {
  const index = new Map(days.map((d, i) => [d, i]));
  const tagged = new Array<number>(days.length).fill(0);
  const total = new Array<number>(days.length).fill(0);
  // Which record last counted on each day, so a day listed twice in one record counts once.
  const countedBy = new Array<number>(days.length).fill(-1);
  const firstDay = days[0];
  const fromMs = firstDay === undefined ? Infinity : startOfDay(firstDay, tz);
  for (let n = 0; n < records.length; n++) {
    const r = records[n]!; // n < records.length
    if (!mayReplyFrom(r, fromMs)) continue;
    const isTagged = r.tags.length > 0;
    for (const d of replyDaysOf(r, tz)) {
      const i = index.get(d);
      if (i === undefined || countedBy[i] === n) continue;
      countedBy[i] = n;
      total[i]!++;
      if (isTagged) tagged[i]!++;
    }
  }
  return days.map((day, i) => ({ day, ...coverageOf(tagged[i] ?? 0, total[i] ?? 0) }));
}
