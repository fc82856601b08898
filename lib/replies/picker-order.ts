import type { Language, Reply } from '../settings/schema';
import { searchReplies } from './search';
import type { ReplyTrigger } from './triggers';

export interface PickerEntry {
  reply: Reply;
  /** Why the reply fits the open dialogue now, when a trigger chose it. */
  trigger?: ReplyTrigger;
}

/**
 * The picker's list: with no query, the replies that fit the dialogue now come first (best first)
 * and the rest follow in library order; with a query, search order decides and a fitting reply
 * only keeps its reason.
 */
export function pickerEntries(replies: readonly Reply[], triggers: readonly ReplyTrigger[], query: string, lang: Language): PickerEntry[] {
  const byId = new Map<string, ReplyTrigger>();
  for (const t of triggers) if (!byId.has(t.replyId)) byId.set(t.replyId, t);
  const entry = (reply: Reply): PickerEntry => ({ reply, trigger: byId.get(reply.id) });
  if (query.trim()) return searchReplies(replies, query, lang).map(entry);
  const present = new Map(replies.map((r) => [r.id, r]));
  const first = [...byId.keys()].filter((id) => present.has(id)).map((id) => present.get(id)!);
  const firstIds = new Set(first.map((r) => r.id));
  return [...first, ...replies.filter((r) => !firstIds.has(r.id))].map(entry);
}
