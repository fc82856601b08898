import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { contentRelation, createSnapshotGate, type PageState } from '../../../lib/carrotquest/transition';

const A = '1204567890123456001';
const B = '1204567890123456002';
const C = '1204567890123456003';

/** What the page shows of each dialogue: its customer, its messages and its tags. */
const CONTENT: Record<string, Pick<DialogueSnapshot, 'customer' | 'messages' | 'tags'>> = {
  [A]: {
    customer: { name: 'Dmitry Kovalev', email: 'd@example.com', id: '501' },
    messages: [
      { fromCustomer: true, text: 'Give me my money back', time: '2026-11-26T06:12:00.000Z' },
      { fromCustomer: false, text: 'Здравствуйте!', time: '2026-11-26T06:15:00.000Z', author: 'Анна' },
    ],
    tags: ['refund'],
  },
  [B]: {
    customer: { name: 'Lucas Martin', email: 'l@example.com', id: '502' },
    messages: [
      { fromCustomer: true, text: 'The tracker is down', time: '2026-11-26T07:00:00.000Z' },
      { fromCustomer: false, text: 'Здравствуйте!', time: '2026-11-26T07:01:00.000Z', author: 'Анна' },
    ],
    tags: [],
  },
  [C]: {
    customer: { name: 'Dmitry Kovalev', email: 'd@example.com', id: '501' },
    messages: [{ fromCustomer: true, text: 'SSL does not renew', time: '2026-11-27T07:00:00.000Z' }],
    tags: ['ssl'],
  },
};

let clock = 1_000;
/** A read of the page: the address names `address`, the content belongs to `content` (null: nothing rendered). */
function read(address: string | null, content: string | null, extra: Partial<DialogueSnapshot> = {}): DialogueSnapshot {
  const c = (content ? CONTENT[content] : undefined) ?? { customer: {}, messages: [], tags: [] };
  return {
    id: address,
    link: null,
    url: `https://app.carrotquest.io/project/1/conversations/${address ?? ''}`,
    notes: [],
    matched: [],
    missing: [],
    readAt: clock++,
    ...structuredClone(c),
    ...extra,
  };
}

describe('contentRelation', () => {
  it('tells another dialogue from the same one with new messages, and knows nothing from an empty list', () => {
    const a = read(A, A);
    const more = read(A, A);
    more.messages.push({ fromCustomer: true, text: 'Any news?', time: '2026-11-26T06:30:00.000Z' });
    expect(contentRelation(a, more)).toBe('same');
    expect(contentRelation(a, read(B, B))).toBe('different');
    // Same customer, another conversation: only the messages can tell.
    expect(contentRelation(a, read(C, C))).toBe('different');
    expect(contentRelation(a, read(B, null))).toBe('unknown');
  });

  it('does not take a shared greeting for the same dialogue', () => {
    const a = read(A, A);
    const b = read(B, B);
    b.customer = {};
    b.messages[1]!.time = a.messages[1]!.time; // the same automatic reply, even at the same minute
    expect(contentRelation(a, b)).toBe('different');
  });

  it('ignores relative times that change between reads', () => {
    const a = read(A, A);
    a.messages.forEach((m) => (m.time = '2 minutes ago'));
    const later = read(A, A);
    later.messages.forEach((m) => (m.time = '3 minutes ago'));
    expect(contentRelation(a, later)).toBe('same');
  });
});

describe('createSnapshotGate', () => {
  let delivered: DialogueSnapshot[];
  let states: PageState[];
  let page: () => DialogueSnapshot;
  let gate: ReturnType<typeof createSnapshotGate>;

  beforeEach(() => {
    vi.useFakeTimers();
    delivered = [];
    states = [];
    page = () => read(null, null);
    gate = createSnapshotGate({
      deliver: (s) => delivered.push(s),
      onState: (s) => states.push(s),
      reread: () => gate.offer(page()),
      timeoutMs: 3000,
    });
  });
  afterEach(() => {
    gate.stop();
    vi.useRealTimers();
  });

  /** Where each delivered snapshot's id and content came from, e.g. "A:A". */
  const pairs = () => delivered.map((s) => `${s.id === A ? 'A' : s.id === B ? 'B' : s.id === C ? 'C' : '-'}:${s.customer.name ?? '-'}`);

  it('passes a first read and later reads of the same dialogue at once', () => {
    gate.offer(read(A, A));
    const more = read(A, A);
    more.messages.push({ fromCustomer: true, text: 'Any news?' });
    gate.offer(more);
    expect(delivered).toHaveLength(2);
    expect(states).toEqual([]);
  });

  it('holds a new address that still shows the previous content, and passes it once the content changes', () => {
    gate.offer(read(A, A));
    gate.offer(read(B, A)); // pushState came first
    gate.offer(read(B, A));
    expect(pairs()).toEqual(['A:Dmitry Kovalev']);
    expect(states).toEqual([{ state: 'loading', id: B }]);
    vi.advanceTimersByTime(300);
    gate.offer(read(B, B));
    expect(pairs()).toEqual(['A:Dmitry Kovalev', 'B:Lucas Martin']);
    expect(states.at(-1)).toEqual({ state: 'ready' });
    // The wait is over: its timer no longer says anything.
    vi.advanceTimersByTime(5000);
    expect(states.at(-1)).toEqual({ state: 'ready' });
  });

  it('does not pass an empty page under a new address, and calls a page that never loads stuck', () => {
    gate.offer(read(A, A));
    page = () => read(B, A);
    gate.offer(page());
    vi.advanceTimersByTime(2999);
    expect(states).toEqual([{ state: 'loading', id: B }]);
    vi.advanceTimersByTime(1);
    expect(states.at(-1)).toEqual({ state: 'stuck', id: B, reason: 'not-loaded' });
    // Still nothing under B, however often the stuck page is read.
    gate.offer(read(B, A));
    gate.offer(read(B, null));
    expect(pairs()).toEqual(['A:Dmitry Kovalev']);
    // Content that arrives late ends the wait.
    gate.offer(read(B, B));
    expect(pairs().at(-1)).toBe('B:Lucas Martin');
    expect(states.at(-1)).toEqual({ state: 'ready' });
  });

  it('follows the address on when a dialogue never rendered (A, B, C quickly)', () => {
    gate.offer(read(A, A));
    gate.offer(read(B, A));
    vi.advanceTimersByTime(200);
    gate.offer(read(C, A));
    expect(states).toEqual([
      { state: 'loading', id: B },
      { state: 'loading', id: C },
    ]);
    vi.advanceTimersByTime(200);
    gate.offer(read(C, C));
    expect(pairs()).toEqual(['A:Dmitry Kovalev', 'C:Dmitry Kovalev']);
    // Back to A from a stuck or loading page: A's own content is A's.
    gate.offer(read(B, C));
    gate.offer(read(C, C));
    expect(pairs()).toHaveLength(3);
  });

  it('trusts the id in the markup over the content, but never takes the previous message list', () => {
    gate.offer(read(A, A, { pageIdAgrees: true }));
    // The markup names B but customer and messages are still A's: held.
    gate.offer(read(B, A, { pageIdAgrees: true }));
    expect(delivered).toHaveLength(1);
    // The markup names B and the list is empty (loading): B's own, nothing of A's.
    gate.offer(read(B, null, { pageIdAgrees: true }));
    expect(delivered.at(-1)!.id).toBe(B);
    expect(delivered.at(-1)!.messages).toEqual([]);
  });

  it('holds content of another dialogue shown before the address changes', () => {
    gate.offer(read(A, A));
    page = () => read(A, B);
    gate.offer(page()); // the page rendered B while the address still names A
    expect(delivered).toHaveLength(1);
    expect(states).toEqual([]);
    gate.offer(read(B, B)); // then the address follows
    expect(pairs()).toEqual(['A:Dmitry Kovalev', 'B:Lucas Martin']);
  });

  it('holds content the markup says is another dialogue, and calls the page stuck when the address never follows', () => {
    gate.offer(read(A, A, { pageIdAgrees: true }));
    page = () => read(A, B, { pageIdAgrees: false });
    gate.offer(page());
    vi.advanceTimersByTime(3000);
    expect(delivered).toHaveLength(1);
    expect(states).toEqual([{ state: 'stuck', id: A, reason: 'other-dialogue' }]);
  });

  it('takes a changed customer under the same address as the truth after the timeout (a visitor identified)', () => {
    gate.offer(read(A, A));
    page = () => read(A, A, { customer: { name: 'Dmitry K.', email: 'new@example.com', id: '501' } });
    gate.offer(page());
    expect(delivered).toHaveLength(1);
    vi.advanceTimersByTime(3000);
    expect(delivered).toHaveLength(2);
    expect(delivered[1]!.customer.email).toBe('new@example.com');
    expect(states).toEqual([]);
  });

  it('dates the tags from when this tab first showed them', () => {
    gate.offer(read(A, A));
    const first = delivered[0]!.tagsSince;
    expect(first).toBe(delivered[0]!.readAt);
    gate.offer(read(A, A));
    expect(delivered[1]!.tagsSince).toBe(first);
    gate.offer(read(A, A, { tags: ['refund', 'billing'] }));
    expect(delivered[2]!.tagsSince).toBe(delivered[2]!.readAt);
    expect(delivered[2]!.tagsSince).toBeGreaterThan(first!);
  });

  it('passes a page without a dialogue at once and keeps the last dialogue as the baseline', () => {
    gate.offer(read(A, A));
    gate.offer(read(null, A));
    expect(delivered.at(-1)!.id).toBeNull();
    gate.offer(read(B, A)); // the list, then B: A's content must still not pass as B's
    expect(delivered).toHaveLength(2);
    gate.offer(read(B, B));
    expect(delivered.at(-1)!.id).toBe(B);
  });
});
