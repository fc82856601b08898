import type { DialogueRecord } from '../db/schema';
import { dayKey, type DayKey } from './day';

/**
 * Tag coverage: of the dialogues I replied in during a window, how many carry at least one tag now.
 * "Now" on purpose: the goal is that dialogues end up tagged, so one replied in yesterday and tagged
 * after midnight counts as tagged for yesterday, and one whose tags were all removed counts as untagged.
 * The figures come from the per-day summary kept with every write (lib/stats/daily-summary.ts).
 */

export interface Coverage {
  tagged: number;
  total: number;
  /** tagged / total; null when I replied in no dialogue in the window. */
  ratio: number | null;
}

export interface DailyCoverage extends Coverage {
  day: DayKey;
}

export type CoverageLevel = 'below-floor' | 'floor' | 'goal';

export interface CoverageTargets {
  floor: number;
  goal: number;
}

/** What coverage needs of a dialogue record. */
export type CoverageRecord = Pick<DialogueRecord, 'tags' | 'replyDays' | 'myReplyAt' | 'lastMyReplyAt'>;

/**
 * The days I replied in a dialogue. The record's own `replyDays` (already in my zone) when it has them;
 * otherwise derived from the reply times, so a record written before days were kept still counts.
 */
export function replyDaysOf(record: CoverageRecord, tz: string): readonly DayKey[] {
  if (record.replyDays.length > 0) return record.replyDays;
  if (record.myReplyAt.length === 0) return record.replyDays;
  return [...new Set(record.myReplyAt.filter(Number.isFinite).map((t) => dayKey(t, tz)))];
}

export function coverageOf(tagged: number, total: number): Coverage {
  return { tagged, total, ratio: total === 0 ? null : tagged / total };
}

export interface CoverageWindows {
  today: Coverage;
  d7: Coverage;
  d30: Coverage;
}

export interface CoverageSummary extends CoverageWindows {
  /** The last `dailyDays` days, oldest first. */
  daily: DailyCoverage[];
}

/** Where a ratio stands against the team's targets: reaching a target counts as reaching it. */
export function levelOf(ratio: number, targets: CoverageTargets): CoverageLevel {
  if (ratio >= targets.goal) return 'goal';
  if (ratio >= targets.floor) return 'floor';
  return 'below-floor';
}
