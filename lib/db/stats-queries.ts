import type { SidekickDb } from './database';
import type { DialogueRecord } from './schema';
import type { Settings } from '../settings/schema';
import { addDays, lastNDays, startOfDay, type DayKey } from '../stats/day';
import { coverageSummary, replyDaysOf, type CoverageWindows, type DailyCoverage } from '../stats/coverage';
import { DEFAULT_RECENT_HOURS, longHeld, type LongHeld } from '../stats/long-held';
import { topTagsWeek, type TopTag, type TrendsInput } from '../stats/trends';

const HOUR_MS = 3_600_000;

/** An untagged dialogue I replied in, with what the popup needs to link it and suggest a tag. */
export interface UntaggedItem {
  id: string;
  link: string;
  customerName?: string;
  /** The customer's words as stored (secrets already removed), for the tag suggestion. */
  customerText: string;
  lastMyReplyAt?: number;
}

export interface PopupData {
  /** Today in the operator's zone. */
  today: DayKey;
  coverage: CoverageWindows;
  /** The last 14 days, oldest first. */
  daily14: DailyCoverage[];
  untaggedToday: UntaggedItem[];
  /** Untagged dialogues replied in yesterday and not again today (those are in untaggedToday). */
  untaggedYesterday: UntaggedItem[];
  longHeldMine: LongHeld[];
  longHeldOthers: LongHeld[];
  topTags: TopTag[];
  /** No reply of mine is recorded at all: the popup explains what it will show. */
  empty: boolean;
}

export type PopupSettings = { targets: Pick<Settings['targets'], 'longHeldHours'>; operator: Pick<Settings['operator'], 'timeZone'> };

function untaggedItem(r: DialogueRecord): UntaggedItem {
  return { id: r.id, link: r.link, customerName: r.customerName, customerText: r.customerText, lastMyReplyAt: r.lastMyReplyAt };
}

const newestReplyFirst = (a: UntaggedItem, b: UntaggedItem) => (b.lastMyReplyAt ?? 0) - (a.lastMyReplyAt ?? 0);

/**
 * Everything the popup shows, from two index range reads in one read transaction: dialogues whose
 * last reply of mine falls in the 30-day window (the indexed lastMyReplyAt: a dialogue replied in
 * during the window has its last reply there or later), and dialogues seen recently, for long-held.
 * The window has no upper bound, so replies stamped after a clock was set back are still read, and
 * the day arithmetic then leaves out days after today.
 */
export async function popupData(db: SidekickDb, now: number, settings: PopupSettings): Promise<PopupData> {
  const tz = settings.operator.timeZone;
  const days30 = lastNDays(now, tz, 30);
  const today = days30[29];
  const yesterday = addDays(today, -1);
  const from = startOfDay(days30[0], tz);
  const recentFrom = now - DEFAULT_RECENT_HOURS * HOUR_MS;

  const [windowRecords, recentlySeen, anyReply] = await db.transaction('r', db.dialogues, () =>
    Promise.all([
      db.dialogues.where('lastMyReplyAt').aboveOrEqual(from).toArray(),
      db.dialogues.where('lastSeen').aboveOrEqual(recentFrom).toArray(),
      // Only consulted when the window is empty; an index lookup of one key.
      db.dialogues.orderBy('lastMyReplyAt').limit(1).primaryKeys(),
    ]),
  );

  const untaggedToday: UntaggedItem[] = [];
  const untaggedYesterday: UntaggedItem[] = [];
  for (const r of windowRecords) {
    if (r.tags.length > 0) continue;
    const replyDays = replyDaysOf(r, tz);
    if (replyDays.includes(today)) untaggedToday.push(untaggedItem(r));
    else if (replyDays.includes(yesterday)) untaggedYesterday.push(untaggedItem(r));
  }

  const held = longHeld(recentlySeen, now, { thresholdHours: settings.targets.longHeldHours });
  // Timed with User Timing so the benchmark reads the coverage arithmetic alone, apart from the query.
  const started = performance.now();
  const { daily, ...coverage } = coverageSummary(windowRecords, now, tz, 14);
  performance.measure?.('sidekick:coverage', { start: started, end: performance.now() });
  return {
    today,
    coverage,
    daily14: daily,
    untaggedToday: untaggedToday.sort(newestReplyFirst),
    untaggedYesterday: untaggedYesterday.sort(newestReplyFirst),
    longHeldMine: held.mine,
    longHeldOthers: held.others,
    topTags: topTagsWeek(windowRecords, now, tz),
    empty: windowRecords.length === 0 && anyReply.length === 0,
  };
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
