import type { DialogueSnapshot } from '../carrotquest/snapshot';
import { fitTags } from './rows';
import { CUSTOMER_TEXT_CAP, MY_REPLIES_CAP, type DialogueRecord, type TagEvent } from './schema';

export interface MergeContext {
  now: number;
  /** The operator's own name from settings, used when the page does not show who is logged in. */
  operatorName?: string;
  /** Day key (YYYY-MM-DD) of a time in the operator's zone. */
  dayKey: (ms: number) => string;
  /** Removes keys, passwords and tokens before anything is stored. */
  redact: (text: string) => string;
}

export interface MergeResult {
  record: DialogueRecord;
  events: TagEvent[];
  added: string[];
  removed: string[];
  newCustomerText: boolean;
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function parseTime(time: string | undefined, fallback: number): number {
  if (!time) return fallback;
  const t = Date.parse(time);
  return Number.isNaN(t) ? fallback : t;
}

/** The customer's own words, newest kept when the cap bites (the latest message matters most). */
export function customerTextOf(snapshot: DialogueSnapshot, redact: (t: string) => string): string {
  const text = snapshot.messages
    .filter((m) => m.fromCustomer)
    .map((m) => m.text)
    .join('\n\n');
  const clipped = text.length > CUSTOMER_TEXT_CAP * 2 ? text.slice(-CUSTOMER_TEXT_CAP * 2) : text;
  const safe = redact(clipped);
  return safe.length > CUSTOMER_TEXT_CAP ? safe.slice(-CUSTOMER_TEXT_CAP) : safe;
}

function tagEvents(
  dialogueId: string,
  beforeTags: string[],
  tags: string[],
  at: number,
): Pick<MergeResult, 'events' | 'added' | 'removed'> {
  const before = new Set(beforeTags);
  const now = new Set(tags);
  const added = tags.filter((t) => !before.has(t));
  const removed = [...before].filter((t) => !now.has(t));
  const events: TagEvent[] = [
    ...added.map((tag) => ({ dialogueId, tag, action: 'add' as const, at })),
    ...removed.map((tag) => ({ dialogueId, tag, action: 'remove' as const, at })),
  ];
  return { events, added, removed };
}

/** A time the page claims, kept within what can be true: not before 1970, not after now. */
const pageTime = (ms: number | undefined, now: number): number =>
  typeof ms === 'number' && Number.isFinite(ms) ? Math.min(Math.max(ms, 0), now) : now;

/** Since when the dialogue is mine: kept once known; else my first reply the page shows, else now. */
function assignedSinceOf(prev: DialogueRecord | undefined, mine: readonly DialogueSnapshot['messages'][number][], now: number): number {
  if (prev?.assignedToMe === 1 && prev.assignedSince !== undefined) return prev.assignedSince;
  // Only times that can be true: a page claiming a reply before 1970 or in the future is not believed.
  const shown = mine.map((m) => parseTime(m.time, Infinity)).filter((t) => t >= 0 && t <= now);
  const firstReply = shown.length ? Math.min(...shown) : Infinity;
  return Math.max(0, Math.min(firstReply, prev?.myReplyAt[0] ?? Infinity, now));
}

/**
 * Folds a fresh snapshot into the stored record: current tags with their changes as events, this
 * operator's replies, assignee, the customer's (redacted, capped) words. Pure: the caller does the I/O.
 *
 * Snapshots may arrive out of order (two tabs on one dialogue, a slow message), so the tags and the rest are
 * each taken only from a view newer than the stored one. The rest: a snapshot read before the stored one is
 * not taken. The tags: a tab that has shown its tags for less long than the stored tags were seen (a second
 * tab still showing the tags from before a change) does not change them, so it makes no events. A snapshot
 * older in both is ignored whole (null).
 */
export function mergeSnapshot(prev: DialogueRecord | undefined, snap: DialogueSnapshot, ctx: MergeContext): MergeResult | null {
  if (!snap.id) return null;
  const seenAt = pageTime(snap.readAt, ctx.now);
  const shownSince = Math.min(pageTime(snap.tagsSince ?? seenAt, ctx.now), seenAt);
  const olderRead = prev?.seenAt !== undefined && seenAt < prev.seenAt;
  const staleTags = prev?.tagsAt !== undefined && shownSince < prev.tagsAt;
  if (prev && olderRead && staleTags) return null;
  // Tags as they are stored (rows.ts), so a name the row cannot hold whole does not look changed on every read.
  const tags = prev && staleTags ? prev.tags : fitTags(snap.tags);
  const tagsAt = prev && staleTags ? prev.tagsAt : shownSince;
  const events = tagEvents(snap.id, prev?.tags ?? [], tags, ctx.now);
  if (prev && olderRead) {
    const record: DialogueRecord = { ...prev, tags: [...tags], tagsAt, lastSeen: Math.max(prev.lastSeen, ctx.now) };
    return { record, ...events, newCustomerText: false };
  }

  const me = norm(snap.operator) || norm(ctx.operatorName);
  const authorsKnown = snap.matched.includes('messageAuthor');
  const assignedToMe = me !== '' && norm(snap.assignee) === me;
  const mine = snap.messages.filter((m) => !m.fromCustomer && (authorsKnown && me ? norm(m.author) === me : assignedToMe));

  const prevCount = prev?.myReplyCount ?? 0;
  let myReplyAt = prev?.myReplyAt ?? [];
  if (mine.length > prevCount) {
    const fresh = mine.slice(prevCount).map((m) => Math.min(parseTime(m.time, ctx.now), ctx.now));
    myReplyAt = [...myReplyAt, ...fresh].slice(-MY_REPLIES_CAP);
  }
  const replyDays = [...new Set([...(prev?.replyDays ?? []), ...myReplyAt.map(ctx.dayKey)])].slice(-MY_REPLIES_CAP);

  const customerMessages = snap.messages.filter((m) => m.fromCustomer);
  const customerText = customerTextOf(snap, ctx.redact);
  const lastCustomer = customerMessages.at(-1);
  const record: DialogueRecord = {
    id: snap.id,
    link: snap.link ?? prev?.link ?? snap.url,
    customerName: snap.customer.name ?? prev?.customerName,
    customerEmail: snap.customer.email ?? prev?.customerEmail,
    customerId: snap.customer.id ?? prev?.customerId,
    firstSeen: prev?.firstSeen ?? ctx.now,
    lastSeen: ctx.now,
    seenAt,
    tags: [...tags],
    tagsAt,
    repliedByMe: myReplyAt.length > 0 ? 1 : 0,
    myReplyAt,
    myReplyCount: Math.max(prevCount, mine.length),
    lastMyReplyAt: myReplyAt.at(-1),
    replyDays,
    assignee: snap.assignee,
    assignedToMe: assignedToMe ? 1 : 0,
    ...(assignedToMe ? { assignedSince: assignedSinceOf(prev, mine, ctx.now) } : {}),
    customerText,
    lastCustomerMessageAt: lastCustomer
      ? parseTime(lastCustomer.time, prev?.lastCustomerMessageAt ?? ctx.now)
      : prev?.lastCustomerMessageAt,
    customerMessageCount: Math.max(customerMessages.length, prev?.customerMessageCount ?? 0),
    complexity: prev?.complexity,
  };
  return { record, ...events, newCustomerText: customerText !== (prev?.customerText ?? '') };
}
