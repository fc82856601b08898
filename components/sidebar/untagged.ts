import type { DialogueRecord } from '../../lib/db/schema';

/** Replied in by this operator and still without a tag: the case the team's coverage goal is about. */
export function isUntaggedReplied(tags: string[], record: Pick<DialogueRecord, 'repliedByMe'> | null): boolean {
  return tags.length === 0 && record?.repliedByMe === 1;
}
