import { describe, expect, it } from 'vitest';
import { longHeld } from '../../../lib/stats/long-held';
import { at, makeRecord } from './make-record';

const NOW = at('2025-03-19T09:00:00Z');
const H = 3_600_000;

describe('longHeld', () => {
  const records = [
    makeRecord('mine-30h', { assignedToMe: 1, assignee: 'Me', firstSeen: NOW - 30 * H, lastSeen: NOW - H }),
    makeRecord('mine-50h', {
      assignedToMe: 1,
      firstSeen: NOW - 50 * H,
      lastSeen: NOW - 2 * H,
      lastMyReplyAt: NOW - 10 * H,
      lastCustomerMessageAt: NOW - 3 * H,
    }),
    makeRecord('mine-fresh', { assignedToMe: 1, firstSeen: NOW - 5 * H, lastSeen: NOW - H }),
    makeRecord('mine-forgotten', { assignedToMe: 1, firstSeen: NOW - 400 * H, lastSeen: NOW - 100 * H }),
    makeRecord('ivan-48h', { assignee: 'Ivan', firstSeen: NOW - 48 * H, lastSeen: NOW - 3 * H }),
    makeRecord('olga-80h', { assignee: 'Olga', firstSeen: NOW - 80 * H, lastSeen: NOW - 20 * H }),
    makeRecord('unassigned', { firstSeen: NOW - 80 * H, lastSeen: NOW - H }),
    makeRecord('from-the-future', { assignedToMe: 1, firstSeen: NOW + 5 * H, lastSeen: NOW + 6 * H }),
  ];

  it('counts mine from when the page shows it became mine, not from when this browser first saw it', () => {
    const seenToday = makeRecord('mine-since-2-days', {
      assignedToMe: 1,
      assignedSince: NOW - 48 * H,
      firstSeen: NOW - 2 * H,
      lastSeen: NOW - H,
    });
    const lists = longHeld([seenToday], NOW, { thresholdHours: 24 });
    expect(lists.mine.map((d) => [d.id, d.heldMs])).toEqual([['mine-since-2-days', 48 * H]]);
  });

  it('lists mine and others held past the threshold, longest first, with the assignee', () => {
    const lists = longHeld(records, NOW, { thresholdHours: 24 });
    expect(lists.mine.map((d) => d.id)).toEqual(['mine-50h', 'mine-30h']);
    expect(lists.mine[0]?.heldMs).toBe(50 * H);
    expect(lists.mine[0]?.waitingForReply).toBe(true);
    expect(lists.mine[1]?.waitingForReply).toBe(false);
    expect(lists.others.map((d) => [d.id, d.assignee])).toEqual([
      ['olga-80h', 'Olga'],
      ['ivan-48h', 'Ivan'],
    ]);
  });

  it('drops dialogues nobody has seen for a while, and respects the threshold', () => {
    const lists = longHeld(records, NOW, { thresholdHours: 49, recentHours: 10 });
    expect(lists.mine.map((d) => d.id)).toEqual(['mine-50h']);
    expect(lists.others).toEqual([]);
  });

  it('never reports a negative hold when the clock went back', () => {
    const lists = longHeld(records, NOW, { thresholdHours: 0.001 });
    expect(lists.mine.some((d) => d.id === 'from-the-future')).toBe(false);
    expect([...lists.mine, ...lists.others].every((d) => d.heldMs > 0)).toBe(true);
  });
});
