import type { SidekickDb } from './database';
import type { DialogueRecord } from './schema';
import type { Settings } from '../settings/schema';
import { addDays, dayKey, lastNDays, weekStart, type DayKey } from '../stats/day';
import { replyDaysOf, type CoverageWindows, type DailyCoverage } from '../stats/coverage';
import { coverageFromDaily, recentDailyStart, type DailyRow } from '../stats/daily-summary';
import { DEFAULT_RECENT_HOURS, longHeld, type LongHeld } from '../stats/long-held';
import { topTagsWeek, type TopTag, type TrendsInput } from '../stats/trends';
import { HOUR_MS } from '../time/units';

/** An untagged dialogue I replied in, with what the popup needs to link it and suggest a tag. */
export interface UntaggedItem {
  id: string;
  link: string;
  customerName?: string;
  /** The customer's words as stored (secrets already removed), for the tag suggestion. */
  customerText: string;
  lastMyReplyAt?: number;
}

/** What the popup shows first: the coverage numbers and the chart, counted from the `daily` summary. */
export interface PopupNumbers {
  /** Today in the operator's zone. */
  today: DayKey;
  coverage: CoverageWindows;
  /** The last 14 days, oldest first. */
  daily14: DailyCoverage[];
  /** No reply of mine is recorded at all: the popup explains what it will show. */
  empty: boolean;
}

/** What the popup shows right after the numbers: the lists, which need rows. */
export interface PopupLists {
  untaggedToday: UntaggedItem[];
  /** Untagged dialogues replied in yesterday and not again today (those are in untaggedToday). */
  untaggedYesterday: UntaggedItem[];
  longHeldMine: LongHeld[];
  longHeldOthers: LongHeld[];
  topTags: TopTag[];
}

export type PopupData = PopupNumbers & PopupLists;

export type PopupSettings = { targets: Pick<Settings['targets'], 'longHeldHours'>; operator: Pick<Settings['operator'], 'timeZone'> };

function untaggedItem(r: DialogueRecord): UntaggedItem {
  return { id: r.id, link: r.link, customerName: r.customerName, customerText: r.customerText, lastMyReplyAt: r.lastMyReplyAt };
}

const newestReplyFirst = (a: UntaggedItem, b: UntaggedItem) => (b.lastMyReplyAt ?? 0) - (a.lastMyReplyAt ?? 0);

/** The `daily` rows popupNumbers counts from, read before the operator's zone is known. */
export interface RecentDaily {
  /** Rows from 31 days before today in UTC on: every zone's last 30 days are among them. */
  rows: DailyRow[];
  /** False when the summary has no row at all: no reply of mine is recorded. */
  any: boolean;
}

/**
 * The recent `daily` rows, about 32 small rows, and one key to tell "no reply of mine at all" (the
 * summary has no row) from "a quiet month". No dialogue row is read. It needs no settings, so the
 * popup starts it while the settings load.
 */
export async function readRecentDaily(db: SidekickDb, now: number): Promise<RecentDaily> {
  const from = recentDailyStart(now);
  const [rows, anyDay] = await db.transaction('r', db.daily, () =>
    Promise.all([db.daily.where('day').aboveOrEqual(from).toArray(), db.daily.limit(1).primaryKeys()]),
  );
  return { rows, any: anyDay.length > 0 };
}

/**
 * The coverage numbers and the 14-day chart from the recent `daily` rows (lib/stats/daily-summary.ts).
 * Days after today in the operator's zone (a clock set back) fall outside every window.
 */
export function numbersFromDaily(recent: RecentDaily, now: number, settings: PopupSettings): PopupNumbers {
  const days = lastNDays(now, settings.operator.timeZone, 30);
  // Timed with User Timing so the benchmark reads the coverage arithmetic alone, apart from the query.
  const started = performance.now();
  const { daily, ...coverage } = coverageFromDaily(recent.rows, days, 14);
  performance.measure?.('sidekick:coverage', { start: started, end: performance.now() });
  // lastNDays(…, 30) returns 30 days, today last.
  return { today: days.at(-1)!, coverage, daily14: daily, empty: !recent.any };
}

/** The coverage numbers and the 14-day chart, from the `daily` summary alone. */
export async function popupNumbers(db: SidekickDb, now: number, settings: PopupSettings): Promise<PopupNumbers> {
  return numbersFromDaily(await readRecentDaily(db, now), now, settings);
}

/**
 * The lists, in one read of the dialogues replied in from last Monday a week ago on (the `replyDays`
 * index, each dialogue once): untagged dialogues of today and yesterday, the top tags of this and
 * last week; and long-held dialogues (seen recently, by the lastSeen index).
 */
export async function popupLists(db: SidekickDb, now: number, settings: PopupSettings): Promise<PopupLists> {
  const tz = settings.operator.timeZone;
  const today = dayKey(now, tz);
  const yesterday = addDays(today, -1);
  const lastMonday = addDays(weekStart(today), -7);
  const recentFrom = now - DEFAULT_RECENT_HOURS * HOUR_MS;

  const [twoWeeks, recentlySeen] = await db.transaction('r', db.dialogues, () =>
    Promise.all([
      db.dialogues.where('replyDays').between(lastMonday, today, true, true).distinct().toArray(),
      db.dialogues.where('lastSeen').aboveOrEqual(recentFrom).toArray(),
    ]),
  );
  const untaggedToday: UntaggedItem[] = [];
  const untaggedYesterday: UntaggedItem[] = [];
  for (const r of twoWeeks) {
    if (r.tags.length > 0) continue;
    const replyDays = replyDaysOf(r, tz);
    if (replyDays.includes(today)) untaggedToday.push(untaggedItem(r));
    else if (replyDays.includes(yesterday)) untaggedYesterday.push(untaggedItem(r));
  }
  const held = longHeld(recentlySeen, now, { thresholdHours: settings.targets.longHeldHours });
  return {
    untaggedToday: untaggedToday.sort(newestReplyFirst),
    untaggedYesterday: untaggedYesterday.sort(newestReplyFirst),
    longHeldMine: held.mine,
    longHeldOthers: held.others,
    topTags: topTagsWeek(twoWeeks, now, tz),
  };
}

/** Everything the popup shows: the numbers, then the lists. */
export async function popupData(db: SidekickDb, now: number, settings: PopupSettings): Promise<PopupData> {
  const numbers = await popupNumbers(db, now, settings);
  return { ...numbers, ...(await popupLists(db, now, settings)) };
}

/**
 * What the trends need from `since` on: dialogues seen since then, and every tag event of those
 * dialogues (an older 'add' event decides that a tag does not belong to the range).
 */
export async function trendsInput(db: SidekickDb, since: number): Promise<TrendsInput> {
  return db.transaction('r', db.dialogues, db.tagEvents, async () => {
    const records = await db.dialogues.where('lastSeen').aboveOrEqual(since).toArray();
    const ids = records.map((r) => r.id);
    const events = ids.length === 0 ? [] : await db.tagEvents.where('dialogueId').anyOf(ids).toArray();
    return {
      records: records.map((r) => ({ id: r.id, tags: r.tags, lastSeen: r.lastSeen })),
      events: events.map((e) => ({ dialogueId: e.dialogueId, tag: e.tag, action: e.action, at: e.at })),
    };
  });
}
