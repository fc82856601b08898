import { MY_REPLIES_CAP, type DialogueRecord } from '../db/schema';

/**
 * The two checks the team runs on each other's work: a dialogue answered but never tagged (tags
 * drive the improvement loop), and one held by the same operator for too long (offer help).
 * They take any object with the fields they read, so the popup, the sidebar and tests can pass
 * stored records or plain objects alike.
 */

export type RepliedRecord = Pick<DialogueRecord, 'tags'> & { repliedByMe: DialogueRecord['repliedByMe'] | boolean };

export type HeldRecord = Pick<DialogueRecord, 'firstSeen'> & {
  assignedToMe: DialogueRecord['assignedToMe'] | boolean;
  myReplyAt?: readonly number[];
  /** When the dialogue was assigned, if known; otherwise the first reply (replying assigns it). */
  assignedAt?: number;
  /** True once the dialogue is closed; records without it are taken as open. */
  closed?: boolean;
};

const HOUR_MS = 60 * 60 * 1000;

/** Replied by this operator and carrying no tag. */
export function isUntaggedReplied(record: RepliedRecord): boolean {
  return !!record.repliedByMe && !record.tags.some((t) => t.trim() !== '');
}

/** When this operator took the dialogue: assignment if known, else the first reply, else first seen. */
export function heldSince(record: HeldRecord): number {
  if (record.assignedAt !== undefined) return record.assignedAt;
  const replies = record.myReplyAt ?? [];
  // A full list has dropped its oldest replies, so its first is not the first reply.
  if (!replies.length || replies.length >= MY_REPLIES_CAP) return record.firstSeen;
  return replies[0];
}

/** Assigned to this operator, still open, and held longer than `thresholdHours`. */
export function isLongHeld(record: HeldRecord, now: number | Date, thresholdHours: number): boolean {
  if (!record.assignedToMe || record.closed) return false;
  const at = typeof now === 'number' ? now : now.getTime();
  return at - heldSince(record) > thresholdHours * HOUR_MS;
}
