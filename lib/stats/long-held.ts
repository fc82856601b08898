import type { DialogueRecord } from '../db/schema';
import { HOUR_MS } from '../time/units';

/**
 * Long-held dialogues (habit 11, "watch each other"): held longer than the team's threshold.
 * The records say when this browser first and last saw a dialogue, not whether the panel closed it,
 * so a dialogue only counts while it is still being seen: one nobody opened for `recentHours` is
 * taken as finished rather than listed forever.
 */

/** Long enough to carry a Friday evening over to Monday morning. */
export const DEFAULT_RECENT_HOURS = 72;

export type LongHeldRecord = Pick<
  DialogueRecord,
  | 'id'
  | 'link'
  | 'customerName'
  | 'assignee'
  | 'assignedToMe'
  | 'assignedSince'
  | 'firstSeen'
  | 'lastSeen'
  | 'lastMyReplyAt'
  | 'lastCustomerMessageAt'
>;

export interface LongHeld {
  id: string;
  link: string;
  customerName?: string;
  /** The assignee as the panel named them (for mine, possibly my own name or nothing). */
  assignee?: string;
  /** How long it has been held: mine from when it was assigned to me, others' from first seen; never negative. */
  heldMs: number;
  firstSeen: number;
  lastSeen: number;
  /** The customer wrote after my last reply (only known when the page gives message times). */
  waitingForReply: boolean;
}

export interface LongHeldOptions {
  thresholdHours: number;
  recentHours?: number;
}

export interface LongHeldLists {
  mine: LongHeld[];
  others: LongHeld[];
}

function toLongHeld(r: LongHeldRecord, now: number): LongHeld {
  return {
    id: r.id,
    link: r.link,
    customerName: r.customerName,
    assignee: r.assignee,
    heldMs: Math.max(0, now - (r.assignedToMe === 1 && r.assignedSince !== undefined ? r.assignedSince : r.firstSeen)),
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    waitingForReply: r.lastCustomerMessageAt !== undefined && r.lastCustomerMessageAt > (r.lastMyReplyAt ?? -Infinity),
  };
}

/** Dialogues assigned to me, and others' I have seen, held longer than the threshold; longest first. */
export function longHeld(records: readonly LongHeldRecord[], now: number, options: LongHeldOptions): LongHeldLists {
  const threshold = options.thresholdHours * HOUR_MS;
  const recent = (options.recentHours ?? DEFAULT_RECENT_HOURS) * HOUR_MS;
  const mine: LongHeld[] = [];
  const others: LongHeld[] = [];
  for (const r of records) {
    // A lastSeen after now (clock set back) still means "seen recently".
    if (now - r.lastSeen > recent) continue;
    const item = toLongHeld(r, now);
    if (item.heldMs < threshold || item.heldMs === 0) continue;
    if (r.assignedToMe === 1) mine.push(item);
    else if (r.assignee && r.assignee.trim()) others.push(item);
  }
  const longestFirst = (a: LongHeld, b: LongHeld) => b.heldMs - a.heldMs || a.id.localeCompare(b.id);
  return { mine: mine.sort(longestFirst), others: others.sort(longestFirst) };
}
