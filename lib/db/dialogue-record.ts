import type { DialogueSnapshot } from '../carrotquest/snapshot';
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

/**
 * Folds a fresh snapshot into the stored record: current tags with their changes as events, this
 * operator's replies, assignee, the customer's (redacted, capped) words. Pure: the caller does the I/O.
 */
export function mergeSnapshot(prev: DialogueRecord | undefined, snap: DialogueSnapshot, ctx: MergeContext): MergeResult | null {
  if (!snap.id) return null;
  const me = norm(snap.operator) || norm(ctx.operatorName);
  const authorsKnown = snap.matched.includes('messageAuthor');
  const assignedToMe = me !== '' && norm(snap.assignee) === me;
  const mine = snap.messages.filter(
    (m) => !m.fromCustomer && (authorsKnown && me ? norm(m.author) === me : assignedToMe),
  );

  const prevCount = prev?.myReplyCount ?? 0;
  let myReplyAt = prev?.myReplyAt ?? [];
  if (mine.length > prevCount) {
    const fresh = mine.slice(prevCount).map((m) => Math.min(parseTime(m.time, ctx.now), ctx.now));
    myReplyAt = [...myReplyAt, ...fresh].slice(-MY_REPLIES_CAP);
  }
  const replyDays = [...new Set([...(prev?.replyDays ?? []), ...myReplyAt.map(ctx.dayKey)])].slice(-MY_REPLIES_CAP);

  const before = new Set(prev?.tags ?? []);
  const now = new Set(snap.tags);
  const added = snap.tags.filter((t) => !before.has(t));
  const removed = [...before].filter((t) => !now.has(t));
  const events: TagEvent[] = [
    ...added.map((tag) => ({ dialogueId: snap.id!, tag, action: 'add' as const, at: ctx.now })),
    ...removed.map((tag) => ({ dialogueId: snap.id!, tag, action: 'remove' as const, at: ctx.now })),
  ];

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
    tags: [...snap.tags],
    repliedByMe: myReplyAt.length > 0 ? 1 : 0,
    myReplyAt,
    myReplyCount: Math.max(prevCount, mine.length),
    lastMyReplyAt: myReplyAt.at(-1),
    replyDays,
    assignee: snap.assignee,
    assignedToMe: assignedToMe ? 1 : 0,
    customerText,
    lastCustomerMessageAt: lastCustomer ? parseTime(lastCustomer.time, prev?.lastCustomerMessageAt ?? ctx.now) : prev?.lastCustomerMessageAt,
    customerMessageCount: Math.max(customerMessages.length, prev?.customerMessageCount ?? 0),
    complexity: prev?.complexity,
  };
  return { record, events, added, removed, newCustomerText: customerText !== (prev?.customerText ?? '') };
}
