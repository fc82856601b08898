import { describe, expect, it } from 'vitest';
import { isUntaggedReplied } from '../../../lib/triage/checks';

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
