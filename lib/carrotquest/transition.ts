import type { CustomerInfo, DialogueMessage, DialogueSnapshot } from './snapshot';

/**
 * How long a new address may keep showing the previous dialogue's content before the page is called stuck.
 * A router that fetches the next conversation renders it a few hundred milliseconds after the address changes.
 */
export const TRANSITION_TIMEOUT_MS = 3000;

/** What the page is doing, as far as the sidebar needs to say it. */
export type PageState =
  | { state: 'ready' }
  | { state: 'loading'; id: string }
  /** The address names `id` but the page still shows another dialogue (or nothing) after the timeout. */
  | { state: 'stuck'; id: string; reason: 'not-loaded' | 'other-dialogue' };

export interface SnapshotGateOptions {
  /** Receives only snapshots whose parts belong to the dialogue in the address. */
  deliver: (snap: DialogueSnapshot) => void;
  onState?: (state: PageState) => void;
  /** Reads the page again (the gate calls it when a wait times out, to judge the page as it is then). */
  reread: () => void;
  timeoutMs?: number;
}

export interface SnapshotGate {
  /** Judges one read of the page; true when it was passed on, false when it is held. */
  offer(snap: DialogueSnapshot): boolean;
  stop(): void;
}

type Relation = 'same' | 'different' | 'unknown';

const ISO = /^\d{4}-\d{2}-\d{2}T/;
/** A message's identity: its side, its text and, when the page gives a real timestamp, its time (relative times change). */
const messageKey = (m: DialogueMessage) =>
  `${m.fromCustomer ? 1 : 0}\u0001${m.time && ISO.test(m.time) ? m.time : ''}\u0001${m.text.slice(0, 300)}`;

function customerRelation(a: CustomerInfo, b: CustomerInfo): Relation {
  let compared = false;
  for (const k of ['id', 'email', 'name'] as const) {
    if (!a[k] || !b[k]) continue;
    if (a[k] !== b[k]) return 'different';
    compared = true;
  }
  return compared ? 'same' : 'unknown';
}

/**
 * Whether `snap` shows the same dialogue content as `base`. Messages decide when both have some: the same
 * dialogue shares most of its list (a few new ones may have arrived); another dialogue shares at most a greeting
 * or an automatic reply. A different customer is always different content. No messages: unknown.
 */
export function contentRelation(base: DialogueSnapshot, snap: DialogueSnapshot): Relation {
  if (customerRelation(base.customer, snap.customer) === 'different') return 'different';
  if (!snap.messages.length) return 'unknown';
  if (!base.messages.length) return 'different';
  const known = new Set(base.messages.map(messageKey));
  const shared = snap.messages.reduce((n, m) => n + (known.has(messageKey(m)) ? 1 : 0), 0);
  return shared * 2 > Math.min(snap.messages.length, base.messages.length) ? 'same' : 'different';
}

const sameTags = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Lets through only snapshots whose parts agree with the address. A router changes the address first and the
 * content later, or (rarely) the other way round; a snapshot read in between carries one dialogue's id with
 * another's messages, tags and customer, and must never be recorded.
 *
 * - A new address: held ("loading") until the content is no longer the previous dialogue's — the id in the
 *   page's markup agrees (profile key `dialogueId`), or the messages or the customer changed. After the timeout
 *   the page is "stuck" and still nothing is let through; content that arrives later ends the wait.
 * - The same address with another dialogue's content (the page rendered before it changed the address): held
 *   silently; at the timeout it is taken as this dialogue's (a customer may be identified, a list re-rendered),
 *   unless the id in the markup names another dialogue.
 */
export function createSnapshotGate({ deliver, onState, reread, timeoutMs = TRANSITION_TIMEOUT_MS }: SnapshotGateOptions): SnapshotGate {
  /** The last snapshot let through that had an id: what the page showed last for a known dialogue. */
  let base: DialogueSnapshot | undefined;
  /** The last snapshot let through, for how long its tags have been shown. */
  let last: DialogueSnapshot | undefined;
  let wait: { id: string; kind: 'address' | 'content'; timer: ReturnType<typeof setTimeout>; expired: boolean } | undefined;
  let state: PageState = { state: 'ready' };

  const setState = (next: PageState) => {
    if (JSON.stringify(next) === JSON.stringify(state)) return;
    state = next;
    onState?.(next);
  };

  const endWait = () => {
    if (wait) clearTimeout(wait.timer);
    wait = undefined;
  };

  function accept(snap: DialogueSnapshot): true {
    endWait();
    const shownSince = last && last.id === snap.id && sameTags(last.tags, snap.tags) ? last.tagsSince : undefined;
    const out: DialogueSnapshot = { ...snap, tagsSince: shownSince ?? snap.readAt };
    last = out;
    if (out.id) base = out;
    setState({ state: 'ready' });
    deliver(out);
    return true;
  }

  function hold(snap: DialogueSnapshot & { id: string }, kind: 'address' | 'content'): boolean {
    if (!wait || wait.id !== snap.id || wait.kind !== kind) {
      endWait();
      const w: NonNullable<typeof wait> = {
        id: snap.id,
        kind,
        expired: false,
        timer: setTimeout(() => {
          if (wait !== w) return;
          w.expired = true;
          reread();
        }, timeoutMs),
      };
      wait = w;
      if (kind === 'address') setState({ state: 'loading', id: snap.id });
      return false;
    }
    if (!wait.expired) return false;
    if (kind === 'content' && snap.pageIdAgrees !== false) return accept(snap);
    setState({ state: 'stuck', id: snap.id, reason: snap.pageIdAgrees === false ? 'other-dialogue' : 'not-loaded' });
    return false;
  }

  function offer(snap: DialogueSnapshot): boolean {
    // Without an id nothing is recorded, so nothing can be recorded under a wrong one.
    if (!snap.id) return accept(snap);
    const withId = snap as DialogueSnapshot & { id: string };
    const sameAddress = base?.id === snap.id;
    if (snap.pageIdAgrees === false) return hold(withId, sameAddress ? 'content' : 'address');
    if (!base) return accept(snap);
    const relation = contentRelation(base, snap);
    if (sameAddress) return relation === 'different' && snap.pageIdAgrees !== true ? hold(withId, 'content') : accept(snap);
    // A new address: the previous dialogue's message list is never taken for this one's, whatever the markup's id says.
    if (relation === 'same') return hold(withId, 'address');
    if (snap.pageIdAgrees === true || relation === 'different') return accept(snap);
    return hold(withId, 'address');
  }

  return {
    offer,
    stop: endWait,
  };
}
