import type { DialogueRecord } from '../db/schema';

/**
 * The untagged check: a dialogue answered but never tagged (tags drive the improvement loop). It
 * takes any object with the fields it reads, so the sidebar, the reminder and tests can pass stored
 * records or plain objects alike. The other check the team runs on each other's work, long-held
 * dialogues, is lib/stats/long-held.ts.
 */

export type RepliedRecord = Pick<DialogueRecord, 'tags'> & { repliedByMe: DialogueRecord['repliedByMe'] | boolean };

/** Replied by this operator and carrying no tag. */
export function isUntaggedReplied(record: RepliedRecord): boolean {
  return !!record.repliedByMe && !record.tags.some((t) => t.trim() !== '');
}
