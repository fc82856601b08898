import type { DialogueRecord } from '../../../lib/db/schema';
import { dayKey } from '../../../lib/stats/day';

export const MOSCOW = 'Europe/Moscow';

/** A dialogue record as the background writes it: reply days derived from reply times in `tz`. */
export function makeRecord(id: string, over: Partial<DialogueRecord> = {}, tz = MOSCOW): DialogueRecord {
  const myReplyAt = over.myReplyAt ?? [];
  const firstReply = myReplyAt[0];
  const firstSeen = over.firstSeen ?? (firstReply !== undefined ? firstReply - 60_000 : Date.UTC(2025, 0, 1));
  return {
    id,
    link: `https://app.carrotquest.io/dialogs/${id}`,
    firstSeen,
    lastSeen: Math.max(firstSeen, ...myReplyAt),
    tags: [],
    repliedByMe: myReplyAt.length > 0 ? 1 : 0,
    myReplyAt,
    myReplyCount: myReplyAt.length,
    lastMyReplyAt: myReplyAt.length > 0 ? Math.max(...myReplyAt) : undefined,
    replyDays: [...new Set(myReplyAt.map((t) => dayKey(t, tz)))],
    assignedToMe: 0,
    customerText: `customer text of ${id}`,
    customerMessageCount: 1,
    ...over,
  };
}

/** ms of an ISO time, for readable fixtures. */
export const at = (iso: string) => Date.parse(iso);
