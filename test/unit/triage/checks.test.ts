import { describe, expect, it } from 'vitest';
import { heldSince, isLongHeld, isUntaggedReplied } from '../../../lib/triage/checks';

const HOUR = 3600_000;
const NOW = Date.UTC(2024, 2, 15, 12);

describe('isUntaggedReplied', () => {
  it('flags a dialogue I replied in that has no tags', () => {
    expect(isUntaggedReplied({ repliedByMe: 1, tags: [] })).toBe(true);
    expect(isUntaggedReplied({ repliedByMe: true, tags: ['  '] })).toBe(true);
  });

  it('does not flag a tagged one or one I never answered', () => {
    expect(isUntaggedReplied({ repliedByMe: 1, tags: ['postback'] })).toBe(false);
    expect(isUntaggedReplied({ repliedByMe: 0, tags: [] })).toBe(false);
  });
});

describe('isLongHeld', () => {
  const base = { firstSeen: NOW - 30 * HOUR, assignedToMe: 1 as const, myReplyAt: [NOW - 25 * HOUR, NOW - 1 * HOUR] };

  it('flags a dialogue assigned to me and held past the threshold since my first reply', () => {
    expect(isLongHeld(base, NOW, 24)).toBe(true);
    expect(isLongHeld(base, new Date(NOW), 26)).toBe(false);
  });

  it('ignores closed dialogues and other operators', () => {
    expect(isLongHeld({ ...base, closed: true }, NOW, 24)).toBe(false);
    expect(isLongHeld({ ...base, assignedToMe: 0 }, NOW, 24)).toBe(false);
  });

  it('uses the assignment time when known, first seen when the reply list is full', () => {
    expect(isLongHeld({ ...base, assignedAt: NOW - 2 * HOUR }, NOW, 24)).toBe(false);
    const full = Array.from({ length: 50 }, (_, i) => NOW - (20 - i * 0.1) * HOUR);
    expect(heldSince({ ...base, myReplyAt: full })).toBe(base.firstSeen);
    expect(heldSince({ firstSeen: 5, assignedToMe: 1 })).toBe(5);
  });

  it('is exactly at the threshold not yet long', () => {
    expect(isLongHeld({ ...base, myReplyAt: [NOW - 24 * HOUR] }, NOW, 24)).toBe(false);
  });
});
