import { describe, expect, it } from 'vitest';
import { levelOf, replyDaysOf } from '../../../lib/stats/coverage';
import { coverageFor, coverageWindows, dailyCoverage } from './coverage-oracle';
import { lastNDays } from '../../../lib/stats/day';
import { MOSCOW, at, makeRecord } from './make-record';

// Monday 2025-03-17, 12:00 Moscow.
const NOW = at('2025-03-17T09:00:00Z');

describe('coverage windows in the operator zone', () => {
  it('puts a reply at 23:30 Moscow on that day and one at 00:30 on the next', () => {
    const lateSunday = makeRecord('late', { myReplyAt: [at('2025-03-16T20:30:00Z')] }); // 23:30 MSK Sunday
    const earlyMonday = makeRecord('early', { myReplyAt: [at('2025-03-16T21:30:00Z')], tags: ['billing'] }); // 00:30 MSK Monday
    const cov = coverageWindows([lateSunday, earlyMonday], NOW, MOSCOW);
    expect(cov.today).toEqual({ tagged: 1, total: 1, ratio: 1 });
    expect(cov.d7).toEqual({ tagged: 1, total: 2, ratio: 0.5 });
    // In UTC both replies fall on Sunday: the zone is what moves one to Monday.
    const utc = coverageWindows(
      [
        makeRecord('late', { myReplyAt: lateSunday.myReplyAt }, 'UTC'),
        makeRecord('early', { myReplyAt: earlyMonday.myReplyAt, tags: ['x'] }, 'UTC'),
      ],
      NOW,
      'UTC',
    );
    expect(utc.today.total).toBe(0);
  });

  it('counts a dialogue replied in yesterday and tagged after midnight as tagged for yesterday', () => {
    // Replied Sunday 22:00 MSK; the tag came on Monday, so the record carries it now.
    const r = makeRecord('a', { myReplyAt: [at('2025-03-16T19:00:00Z')], tags: ['update'] });
    const daily = dailyCoverage([r], ['2025-03-16', '2025-03-17'], MOSCOW);
    expect(daily[0]).toEqual({ day: '2025-03-16', tagged: 1, total: 1, ratio: 1 });
    expect(daily[1]).toEqual({ day: '2025-03-17', tagged: 0, total: 0, ratio: null });
  });

  it('counts a dialogue whose tags were removed again as untagged', () => {
    const r = makeRecord('a', { myReplyAt: [at('2025-03-17T07:00:00Z')], tags: [] });
    expect(coverageWindows([r], NOW, MOSCOW).today).toEqual({ tagged: 0, total: 1, ratio: 0 });
  });

  it('never counts dialogues I only read', () => {
    const readOnly = makeRecord('read', { firstSeen: at('2025-03-17T06:00:00Z'), lastSeen: at('2025-03-17T07:00:00Z'), tags: ['x'] });
    expect(readOnly.repliedByMe).toBe(0);
    const replied = makeRecord('mine', { myReplyAt: [at('2025-03-17T07:00:00Z')] });
    const cov = coverageWindows([readOnly, replied], NOW, MOSCOW);
    expect(cov.today).toEqual({ tagged: 0, total: 1, ratio: 0 });
    expect(cov.d30).toEqual({ tagged: 0, total: 1, ratio: 0 });
  });

  it('gives null, not 0, when there is nothing to count', () => {
    expect(coverageWindows([], NOW, MOSCOW)).toEqual({
      today: { tagged: 0, total: 0, ratio: null },
      d7: { tagged: 0, total: 0, ratio: null },
      d30: { tagged: 0, total: 0, ratio: null },
    });
  });

  it('uses calendar days including today for 7 and 30 days, each dialogue once', () => {
    const records = [
      // Replied on day -6 and today: once in every window that holds either.
      makeRecord('twice', { myReplyAt: [at('2025-03-11T09:00:00Z'), at('2025-03-17T08:00:00Z')], tags: ['a'] }),
      // Day -6 (Tuesday 11th, MSK) is inside 7 days; day -7 (Monday 10th) is not.
      makeRecord('d6', { myReplyAt: [at('2025-03-10T21:30:00Z')] }), // 00:30 MSK on the 11th
      makeRecord('d7', { myReplyAt: [at('2025-03-10T20:30:00Z')], tags: ['b'] }), // 23:30 MSK on the 10th
      // Day -29 is inside 30 days; day -30 is not.
      makeRecord('d29', { myReplyAt: [at('2025-02-16T09:00:00Z')], tags: ['c'] }),
      makeRecord('d30', { myReplyAt: [at('2025-02-15T09:00:00Z')], tags: ['c'] }),
    ];
    const cov = coverageWindows(records, NOW, MOSCOW);
    expect(cov.today).toEqual({ tagged: 1, total: 1, ratio: 1 });
    expect(cov.d7).toEqual({ tagged: 1, total: 2, ratio: 0.5 });
    expect(cov.d30).toEqual({ tagged: 3, total: 4, ratio: 0.75 });
    // The general form agrees with the one-pass form.
    expect(coverageFor(records, lastNDays(NOW, MOSCOW, 7), MOSCOW)).toEqual(cov.d7);
    expect(coverageFor(records, lastNDays(NOW, MOSCOW, 30), MOSCOW)).toEqual(cov.d30);
  });

  it('leaves out reply days after today (a clock set back) without failing', () => {
    const future = makeRecord('future', { myReplyAt: [at('2025-03-20T09:00:00Z')], tags: ['x'] });
    const both = makeRecord('both', { myReplyAt: [at('2025-03-17T06:00:00Z'), at('2025-03-20T09:00:00Z')] });
    const cov = coverageWindows([future, both], NOW, MOSCOW);
    expect(cov.today).toEqual({ tagged: 0, total: 1, ratio: 0 });
    expect(cov.d30.total).toBe(1);
  });

  it('derives reply days from reply times when a record has none', () => {
    const r = makeRecord('old', { myReplyAt: [at('2025-03-16T21:30:00Z')], replyDays: [], tags: ['x'] });
    expect(replyDaysOf(r, MOSCOW)).toEqual(['2025-03-17']);
    expect(coverageWindows([r], NOW, MOSCOW).today).toEqual({ tagged: 1, total: 1, ratio: 1 });
  });
});

describe('dailyCoverage', () => {
  it('gives each of the days its own ratio, oldest first', () => {
    const days = lastNDays(NOW, MOSCOW, 14);
    const records = [
      makeRecord('a', { myReplyAt: [at('2025-03-17T06:00:00Z')], tags: ['x'] }),
      makeRecord('b', { myReplyAt: [at('2025-03-17T07:00:00Z')] }),
      makeRecord('c', { myReplyAt: [at('2025-03-15T07:00:00Z'), at('2025-03-17T07:30:00Z')], tags: ['y'] }),
      makeRecord('d', { myReplyAt: [at('2025-03-04T07:00:00Z')], tags: ['y'] }), // 13 days back: the first day
      makeRecord('e', { myReplyAt: [at('2025-03-03T07:00:00Z')], tags: ['y'] }), // 14 days back: outside
    ];
    const series = dailyCoverage(records, days, MOSCOW);
    expect(series).toHaveLength(14);
    expect(series[0]).toEqual({ day: '2025-03-04', tagged: 1, total: 1, ratio: 1 });
    expect(series[11]).toEqual({ day: '2025-03-15', tagged: 1, total: 1, ratio: 1 });
    expect(series[12]).toEqual({ day: '2025-03-16', tagged: 0, total: 0, ratio: null });
    expect(series[13]?.tagged).toBe(2);
    expect(series[13]?.total).toBe(3);
    expect(series[13]?.ratio).toBeCloseTo(2 / 3);
    expect(series.reduce((n, p) => n + p.total, 0)).toBe(5);
  });

  it('counts a day listed twice in one record once', () => {
    const r = makeRecord('dup', { myReplyAt: [at('2025-03-17T06:00:00Z')], replyDays: ['2025-03-17', '2025-03-17'] });
    expect(dailyCoverage([r], ['2025-03-17'], MOSCOW)[0]?.total).toBe(1);
  });
});

describe('levelOf', () => {
  const targets = { floor: 0.7, goal: 0.8 };
  it('places a ratio against floor and goal, reaching a target counting', () => {
    expect(levelOf(2 / 3, targets)).toBe('below-floor');
    expect(levelOf(0.7, targets)).toBe('floor');
    expect(levelOf(7 / 10, targets)).toBe('floor');
    expect(levelOf(0.79, targets)).toBe('floor');
    expect(levelOf(4 / 5, targets)).toBe('goal');
    expect(levelOf(1, targets)).toBe('goal');
    expect(levelOf(0, { floor: 0, goal: 0 })).toBe('goal');
  });
});
