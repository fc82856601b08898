import { describe, expect, it } from 'vitest';
import { coverageSummary } from './coverage-oracle';
import { applyDelta, contributionOf, coverageFromDaily, recordDelta, summarize } from '../../../lib/stats/daily-summary';
import { lastNDays } from '../../../lib/stats/day';
import { makeRecords } from '../../../scripts/seed-db';
import { at, makeRecord, MOSCOW } from './make-record';

const NOW = at('2025-03-19T09:00:00Z'); // Wednesday 12:00 Moscow

describe("a dialogue record's contribution", () => {
  it('counts each reply day once, and the latest reply day in latest; tags count only while carried', () => {
    const r = { tags: ['billing'], replyDays: ['2025-03-17', '2025-03-19', '2025-03-17'] };
    expect(Object.fromEntries(contributionOf(r))).toEqual({
      '2025-03-17': { replied: 1, tagged: 1, latest: 0, latestTagged: 0 },
      '2025-03-19': { replied: 1, tagged: 1, latest: 1, latestTagged: 1 },
    });
    expect(Object.fromEntries(contributionOf({ tags: [], replyDays: ['2025-03-18'] }))).toEqual({
      '2025-03-18': { replied: 1, tagged: 0, latest: 1, latestTagged: 0 },
    });
  });

  it('is nothing for a dialogue I did not reply in', () => {
    expect(contributionOf({ tags: ['billing'], replyDays: [] }).size).toBe(0);
    expect(contributionOf(undefined).size).toBe(0);
  });

  it('changes by the difference only: a tag added after midnight moves the tagged counts of the old days', () => {
    const before = { tags: [], replyDays: ['2025-03-18'] };
    const after = { tags: ['refund'], replyDays: ['2025-03-18'] };
    expect(Object.fromEntries(recordDelta(before, after))).toEqual({ '2025-03-18': { replied: 0, tagged: 1, latest: 0, latestTagged: 1 } });
    expect(recordDelta(after, { tags: ['refund', 'billing'], replyDays: ['2025-03-18'] }).size).toBe(0);
    // A new reply day moves `latest` from the old day to the new one.
    expect(Object.fromEntries(recordDelta(after, { tags: ['refund'], replyDays: ['2025-03-18', '2025-03-19'] }))).toEqual({
      '2025-03-18': { replied: 0, tagged: 0, latest: -1, latestTagged: -1 },
      '2025-03-19': { replied: 1, tagged: 1, latest: 1, latestTagged: 1 },
    });
  });

  it('applies a delta to a stored row, and drops a row that falls to zero', () => {
    const row = applyDelta(undefined, '2025-03-19', { replied: 2, tagged: 1, latest: 2, latestTagged: 1 });
    expect(row).toEqual({ day: '2025-03-19', replied: 2, tagged: 1, latest: 2, latestTagged: 1 });
    expect(applyDelta(row!, '2025-03-19', { replied: -1, tagged: 0, latest: -1, latestTagged: 0 })).toEqual({
      day: '2025-03-19',
      replied: 1,
      tagged: 1,
      latest: 1,
      latestTagged: 1,
    });
    expect(applyDelta(row!, '2025-03-19', { replied: -2, tagged: -1, latest: -2, latestTagged: -1 })).toBeNull();
  });

  it('adds up, change by change, to the summary of the final records', () => {
    const steps = [
      { tags: [], replyDays: ['2025-03-10'] },
      { tags: ['a'], replyDays: ['2025-03-10'] },
      { tags: ['a'], replyDays: ['2025-03-10', '2025-03-12'] },
      { tags: [], replyDays: ['2025-03-10', '2025-03-12'] },
      { tags: ['b'], replyDays: ['2025-03-10', '2025-03-12', '2025-03-19'] },
    ];
    const other = { tags: ['c'], replyDays: ['2025-03-12'] };
    const rows = new Map(summarize([other]).map((r) => [r.day, r]));
    let prev: (typeof steps)[number] | undefined;
    for (const next of steps) {
      for (const [day, d] of recordDelta(prev, next)) {
        const row = applyDelta(rows.get(day), day, d);
        if (row) rows.set(day, row);
        else rows.delete(day);
      }
      prev = next;
    }
    expect([...rows.values()].sort((a, b) => a.day.localeCompare(b.day))).toEqual(summarize([other, steps.at(-1)!]));
  });
});

describe('coverage from the daily summary', () => {
  const days = lastNDays(NOW, MOSCOW, 30);

  it('gives the same figures as coverageSummary over the records', () => {
    const records = [
      // Replies on several days, one of them outside 7 days.
      makeRecord('multi', {
        myReplyAt: [at('2025-03-01T08:00:00Z'), at('2025-03-14T08:00:00Z'), at('2025-03-19T07:00:00Z')],
        tags: ['billing'],
      }),
      // Replied in yesterday, tagged after midnight: tagged now, so tagged for yesterday.
      makeRecord('late-tag', { myReplyAt: [at('2025-03-18T20:30:00Z')], tags: ['refund'] }),
      // A tag removed again: untagged now.
      makeRecord('removed', { myReplyAt: [at('2025-03-17T10:00:00Z')], tags: [] }),
      makeRecord('old', { myReplyAt: [at('2025-01-10T10:00:00Z')], tags: ['x'] }),
      makeRecord('seen-only', { tags: ['x'] }),
      makeRecord('edge-30', { myReplyAt: [at('2025-02-17T21:30:00Z')] }),
    ];
    const rows = summarize(records);
    const fromDaily = coverageFromDaily(rows, days, 14);
    expect(fromDaily).toEqual(coverageSummary(records, NOW, MOSCOW, 14));
    expect(fromDaily.today).toEqual({ tagged: 1, total: 1, ratio: 1 });
    expect(fromDaily.d7).toEqual({ tagged: 2, total: 3, ratio: 2 / 3 });
    expect(fromDaily.d30.total).toBe(4);
    expect(fromDaily.daily.find((d) => d.day === '2025-03-18')).toEqual({ day: '2025-03-18', tagged: 1, total: 1, ratio: 1 });
  });

  it('agrees with coverageSummary on a large seeded set', () => {
    const records = makeRecords(20_000, NOW, MOSCOW);
    const expected = coverageSummary(records, NOW, MOSCOW, 14);
    expect(coverageFromDaily(summarize(records), days, 14)).toEqual(expected);
    expect(expected.d30.total).toBeGreaterThan(1000);
    expect(expected.d30.tagged).toBeLessThan(expected.d30.total);
  });

  it('leaves out latest reply days after today', () => {
    const rows = summarize([{ tags: ['a'], replyDays: ['2025-03-25'] }]);
    const c = coverageFromDaily(rows, days, 14);
    expect(c.d30).toEqual({ tagged: 0, total: 0, ratio: null });
  });

  it('asks for enough days', () => {
    expect(() => coverageFromDaily([], days.slice(1), 14)).toThrow(RangeError);
  });
});
