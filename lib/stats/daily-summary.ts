import type { DialogueRecord } from '../db/schema';
import { coverageOf, type CoverageSummary } from './coverage';
import { addDays, dayKey, type DayKey } from './day';

/**
 * The per-day summary the popup counts coverage from, so it reads about 31 small rows instead of the
 * dialogues. For each day d (YYYY-MM-DD in the operator's zone, as `replyDays` are):
 * - replied: dialogues I replied in on d; tagged: those of them carrying a tag now;
 * - latest: dialogues whose latest reply day is d; latestTagged: those of them carrying a tag now.
 * A window starting on day S holds exactly the dialogues whose latest reply day is S or later, so its
 * total is the sum of `latest` from S on, and its tagged count the sum of `latestTagged`. The same
 * arithmetic as the record scan the tests check it against (test/unit/stats/coverage-oracle.ts).
 */
export interface DailyCounts {
  replied: number;
  tagged: number;
  latest: number;
  latestTagged: number;
}

export interface DailyRow extends DailyCounts {
  day: DayKey;
}

/**
 * The first day of the rows the popup reads, fixed before the operator's zone is known: 31 days before
 * today in UTC, so that every zone's last 30 days are among them.
 */
export function recentDailyStart(now: number): DayKey {
  return addDays(dayKey(now, 'UTC'), -31);
}

/** What a dialogue record contributes to the summary: only its tags and reply days matter. */
export type SummaryRecord = Pick<DialogueRecord, 'tags' | 'replyDays'>;

const zero = (): DailyCounts => ({ replied: 0, tagged: 0, latest: 0, latestTagged: 0 });

function isZero(c: DailyCounts): boolean {
  return c.replied === 0 && c.tagged === 0 && c.latest === 0 && c.latestTagged === 0;
}

/** Adds `sign` × the record's contribution into `into` (day → counts). A record with no reply day adds nothing. */
export function addContribution(into: Map<DayKey, DailyCounts>, record: SummaryRecord | undefined, sign: 1 | -1 = 1): void {
  if (!record) return;
  const days = new Set(record.replyDays ?? []);
  if (days.size === 0) return;
  const isTagged = (record.tags ?? []).length > 0 ? 1 : 0;
  let latest = '';
  for (const d of days) {
    let c = into.get(d);
    if (!c) into.set(d, (c = zero()));
    c.replied += sign;
    c.tagged += sign * isTagged;
    if (d > latest) latest = d;
  }
  const c = into.get(latest)!;
  c.latest += sign;
  c.latestTagged += sign * isTagged;
}

/** The contribution of one record, day by day. */
export function contributionOf(record: SummaryRecord | undefined): Map<DayKey, DailyCounts> {
  const out = new Map<DayKey, DailyCounts>();
  addContribution(out, record);
  return out;
}

/** What replacing `prev` by `next` changes, day by day; days that do not change are left out. */
export function recordDelta(prev: SummaryRecord | undefined, next: SummaryRecord | undefined): Map<DayKey, DailyCounts> {
  const out = new Map<DayKey, DailyCounts>();
  addContribution(out, next, 1);
  addContribution(out, prev, -1);
  for (const [d, c] of out) if (isZero(c)) out.delete(d);
  return out;
}

/**
 * A stored day row with `delta` added; null when every count is then zero (the row is deleted, so an
 * empty table means no reply of mine is recorded). Counts never go below zero.
 */
export function applyDelta(row: DailyRow | undefined, day: DayKey, delta: DailyCounts): DailyRow | null {
  const base = row ?? { day, ...zero() };
  const next: DailyRow = {
    day,
    replied: Math.max(0, base.replied + delta.replied),
    tagged: Math.max(0, base.tagged + delta.tagged),
    latest: Math.max(0, base.latest + delta.latest),
    latestTagged: Math.max(0, base.latestTagged + delta.latestTagged),
  };
  return isZero(next) ? null : next;
}

/** The whole summary of a set of records, oldest day first. */
export function summarize(records: Iterable<SummaryRecord>): DailyRow[] {
  const acc = new Map<DayKey, DailyCounts>();
  for (const r of records) addContribution(acc, r);
  return [...acc]
    .filter(([, c]) => !isZero(c))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, c]) => ({ day, ...c }));
}

/**
 * Today, the last 7 and the last 30 days, and each of the last `dailyDays` days, from the summary rows.
 * `days` are consecutive days, oldest first, the last one today, at least max(30, dailyDays) of them.
 * Rows of other days are ignored, so a latest reply day after today (a clock set back) is in no window.
 */
export function coverageFromDaily(rows: readonly DailyRow[], days: readonly DayKey[], dailyDays = 14): CoverageSummary {
  const need = Math.max(30, dailyDays);
  if (days.length < need) throw new RangeError(`coverage needs ${need} days, got ${days.length}`);
  const last = days.length - 1;
  const index = new Map(days.map((d, i) => [d, i]));
  const byIndex = new Array<DailyRow | undefined>(days.length);
  for (const r of rows) {
    const i = index.get(r.day);
    if (i !== undefined) byIndex[i] = r;
  }
  const windowOf = (from: number) => {
    let tagged = 0;
    let total = 0;
    for (let i = from; i <= last; i++) {
      total += byIndex[i]?.latest ?? 0;
      tagged += byIndex[i]?.latestTagged ?? 0;
    }
    return coverageOf(tagged, total);
  };
  const fromDaily = last - dailyDays + 1;
  return {
    today: windowOf(last),
    d7: windowOf(last - 6),
    d30: windowOf(last - 29),
    daily: days.slice(fromDaily).map((day, k) => {
      const r = byIndex[fromDaily + k];
      return { day, ...coverageOf(r?.tagged ?? 0, r?.replied ?? 0) };
    }),
  };
}
