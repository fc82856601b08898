import type { DialogueRecord, TagEvent } from '../db/schema';
import { addDays, dayKey, isoWeek, startOfDay, weekStart, type DayKey } from './day';
import { replyDaysOf, type CoverageRecord } from './coverage';
import { DAY_MS, WEEK_MS } from '../time/units';

/**
 * Tag trends for the improvement loop (habit 3): pick a frequent tag, fix its root cause, compare
 * the tag's frequency before and after. A dialogue counts for a tag once, at the moment the tag was
 * put on it, and only while the dialogue still carries it (a tag put on by mistake and removed
 * again says nothing about the product).
 */

export type TrendsEvent = Pick<TagEvent, 'dialogueId' | 'tag' | 'action' | 'at'>;
export type TrendsRecord = Pick<DialogueRecord, 'id' | 'tags' | 'lastSeen'>;

export interface TrendsInput {
  events: readonly TrendsEvent[];
  records: readonly TrendsRecord[];
}

/** When a dialogue got a tag. */
export interface TagMoment {
  dialogueId: string;
  tag: string;
  at: number;
}

/**
 * One moment per (dialogue, tag) the dialogue carries: the first 'add' event, or the record's
 * lastSeen when no event says when (tagged before this browser watched it). Whether it carries the
 * tag is the record's word when there is a record, else the last event's.
 */
export function tagMoments(input: TrendsInput): TagMoment[] {
  const byPair = new Map<string, { dialogueId: string; tag: string; firstAdd?: number; last: TrendsEvent }>();
  for (const e of input.events) {
    const key = `${e.dialogueId}\u0000${e.tag}`;
    const pair = byPair.get(key);
    if (!pair) {
      byPair.set(key, { dialogueId: e.dialogueId, tag: e.tag, firstAdd: e.action === 'add' ? e.at : undefined, last: e });
      continue;
    }
    if (e.action === 'add' && (pair.firstAdd === undefined || e.at < pair.firstAdd)) pair.firstAdd = e.at;
    if (e.at >= pair.last.at) pair.last = e;
  }
  const out: TagMoment[] = [];
  const recorded = new Set<string>();
  for (const r of input.records) {
    recorded.add(r.id);
    for (const tag of new Set(r.tags)) {
      const pair = byPair.get(`${r.id}\u0000${tag}`);
      out.push({ dialogueId: r.id, tag, at: pair?.firstAdd ?? r.lastSeen });
    }
  }
  for (const pair of byPair.values()) {
    if (recorded.has(pair.dialogueId) || pair.last.action !== 'add' || pair.firstAdd === undefined) continue;
    out.push({ dialogueId: pair.dialogueId, tag: pair.tag, at: pair.firstAdd });
  }
  return out;
}

export interface TrendsRow {
  tag: string;
  /** Dialogues that got the tag in each week, oldest week first. */
  counts: number[];
  total: number;
}

export interface TrendsTable {
  /** ISO weeks, oldest first, e.g. '2025-W07'. */
  weeks: string[];
  /** The Monday each week starts on, in the operator's zone. */
  weekStarts: DayKey[];
  /** Most used tag first. */
  rows: TrendsRow[];
  /** Dialogues that got any tag in each week (the denominator of a tag's share). */
  tagged: number[];
}

/** Index of the bucket [bounds[i], bounds[i+1]) holding `at`, or -1. */
function bucketOf(bounds: readonly number[], at: number): number {
  const first = bounds[0];
  const end = bounds.at(-1);
  if (first === undefined || end === undefined || at < first || at >= end) return -1;
  let lo = 0;
  let hi = bounds.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (at >= bounds[mid]!)
      lo = mid; // lo < mid < hi < bounds.length
    else hi = mid;
  }
  return lo;
}

/** Per-tag counts per ISO week for the last `weeks` weeks (the current one included) in `tz`. */
export function weeklyTagCounts(input: TrendsInput, now: number, tz: string, weeks = 12): TrendsTable {
  const thisMonday = weekStart(dayKey(now, tz));
  const weekStarts = Array.from({ length: weeks }, (_, i) => addDays(thisMonday, 7 * (i - weeks + 1)));
  // Week edges are computed day by day in the zone, so a DST change inside a week is handled.
  const bounds = [...weekStarts, addDays(thisMonday, 7)].map((d) => startOfDay(d, tz));
  const rows = new Map<string, number[]>();
  const taggedSets = weekStarts.map(() => new Set<string>());
  for (const m of tagMoments(input)) {
    const i = bucketOf(bounds, m.at);
    if (i < 0) continue;
    let counts = rows.get(m.tag);
    if (!counts) rows.set(m.tag, (counts = new Array<number>(weeks).fill(0)));
    // bucketOf returns -1 or an index below weeks (bounds has weeks + 1 edges).
    counts[i]!++;
    taggedSets[i]!.add(m.dialogueId);
  }
  return {
    weeks: weekStarts.map(isoWeek),
    weekStarts,
    rows: [...rows.entries()]
      .map(([tag, counts]) => ({ tag, counts, total: counts.reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag)),
    tagged: taggedSets.map((s) => s.size),
  };
}

export interface RateWindow {
  /** Dialogues that got the tag in the window. */
  dialogues: number;
  /** Dialogues that got any tag in the window. */
  tagged: number;
  /** Dialogues with the tag per week; null when the window is shorter than a day. */
  perWeek: number | null;
  /** Share of the tagged dialogues that got this tag; null when none were tagged. */
  share: number | null;
}

export interface BeforeAfter {
  tag: string;
  fixDay: DayKey;
  before: RateWindow;
  after: RateWindow;
  /** Length of each window in weeks, to one decimal. */
  weeksBefore: number;
  weeksAfter: number;
}

function rateWindow(moments: readonly TagMoment[], tag: string, from: number, to: number): RateWindow {
  const withTag = new Set<string>();
  const anyTag = new Set<string>();
  for (const m of moments) {
    if (m.at < from || m.at >= to) continue;
    anyTag.add(m.dialogueId);
    if (m.tag === tag) withTag.add(m.dialogueId);
  }
  const span = Math.max(0, to - from);
  return {
    dialogues: withTag.size,
    tagged: anyTag.size,
    perWeek: span < DAY_MS ? null : withTag.size / (span / WEEK_MS),
    share: anyTag.size === 0 ? null : withTag.size / anyTag.size,
  };
}

/**
 * A tag's weekly rate before and after a fix shipped on `fixDay` (from that day's start in `tz`).
 * Before covers up to `maxWeeks` weeks but not before the day of the first data; after runs to now.
 */
export function beforeAfter(input: TrendsInput, tag: string, fixDay: DayKey, tz: string, now: number, maxWeeks = 12): BeforeAfter {
  const moments = tagMoments(input);
  const fixAt = startOfDay(fixDay, tz);
  let earliest = Infinity;
  for (const m of moments) if (m.at < earliest) earliest = m.at;
  // Data starts on the day of the first moment: counting from the moment itself would shorten the window.
  const dataFrom = earliest === Infinity ? fixAt : startOfDay(dayKey(earliest, tz), tz);
  const beforeFrom = Math.min(fixAt, Math.max(fixAt - maxWeeks * WEEK_MS, dataFrom));
  // Moments after now (a clock set back) belong to no window.
  const afterTo = Math.max(fixAt, now + 1);
  const oneDecimal = (ms: number) => Math.round((ms / WEEK_MS) * 10) / 10;
  return {
    tag,
    fixDay,
    before: rateWindow(moments, tag, beforeFrom, fixAt),
    after: rateWindow(moments, tag, fixAt, afterTo),
    weeksBefore: oneDecimal(fixAt - beforeFrom),
    weeksAfter: oneDecimal(Math.max(0, now - fixAt)),
  };
}

/**
 * One CSV cell (RFC 4180). Text a spreadsheet would run as a formula (= + - @, or a leading tab or
 * carriage return) gets a leading apostrophe, so a tag name cannot become a formula in Excel or Sheets.
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The weekly table as CSV: a header of ISO weeks, one row per tag, CRLF line ends. */
export function trendsCsv(table: TrendsTable): string {
  const lines = [['tag', ...table.weeks, 'total'], ...table.rows.map((r) => [r.tag, ...r.counts, r.total])];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface TopTag {
  tag: string;
  thisWeek: number;
  lastWeek: number;
}

export type TopTagsRecord = CoverageRecord;

/** My most used tags: tags on the dialogues I replied in this ISO week, against last week. */
export function topTagsWeek(records: readonly TopTagsRecord[], now: number, tz: string, limit = 5): TopTag[] {
  const today = dayKey(now, tz);
  const thisMonday = weekStart(today);
  const lastMonday = addDays(thisMonday, -7);
  const counts = new Map<string, TopTag>();
  for (const r of records) {
    if (r.tags.length === 0) continue;
    let inThis = false;
    let inLast = false;
    for (const d of replyDaysOf(r, tz)) {
      if (d >= thisMonday && d <= today) inThis = true;
      else if (d >= lastMonday && d < thisMonday) inLast = true;
    }
    if (!inThis && !inLast) continue;
    for (const tag of new Set(r.tags)) {
      let t = counts.get(tag);
      if (!t) counts.set(tag, (t = { tag, thisWeek: 0, lastWeek: 0 }));
      if (inThis) t.thisWeek++;
      if (inLast) t.lastWeek++;
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || a.tag.localeCompare(b.tag))
    .slice(0, Math.max(0, limit));
}
