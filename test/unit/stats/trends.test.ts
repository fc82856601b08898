import { describe, expect, it } from 'vitest';
import {
  beforeAfter,
  csvCell,
  tagMoments,
  topTagsWeek,
  trendsCsv,
  weeklyTagCounts,
  type TrendsEvent,
  type TrendsTable,
} from '../../../lib/stats/trends';
import { MOSCOW, at, makeRecord } from './make-record';

// Wednesday 2025-03-19, 12:00 Moscow; ISO week 2025-W12 (Monday 17th).
const NOW = at('2025-03-19T09:00:00Z');
const ev = (dialogueId: string, tag: string, action: 'add' | 'remove', iso: string): TrendsEvent => ({
  dialogueId,
  tag,
  action,
  at: at(iso),
});
const rec = (id: string, tags: string[], lastSeenIso: string) => ({ id, tags, lastSeen: at(lastSeenIso) });

describe('tagMoments', () => {
  it('takes the first add event, the record decides whether the tag is still on', () => {
    const moments = tagMoments({
      events: [
        ev('a', 'billing', 'add', '2025-03-10T10:00:00Z'),
        ev('a', 'billing', 'remove', '2025-03-10T11:00:00Z'),
        ev('a', 'billing', 'add', '2025-03-12T10:00:00Z'),
        ev('b', 'oops', 'add', '2025-03-12T10:00:00Z'),
        ev('b', 'oops', 'remove', '2025-03-12T10:01:00Z'),
      ],
      records: [rec('a', ['billing'], '2025-03-18T10:00:00Z'), rec('b', ['update'], '2025-03-18T10:00:00Z')],
    });
    expect(moments).toEqual([
      { dialogueId: 'a', tag: 'billing', at: at('2025-03-10T10:00:00Z') },
      // No event for it: the record's lastSeen stands in.
      { dialogueId: 'b', tag: 'update', at: at('2025-03-18T10:00:00Z') },
    ]);
  });

  it('uses events alone when the record is gone, dropping tags removed last', () => {
    const moments = tagMoments({
      events: [
        ev('x', 'kept', 'add', '2025-03-11T10:00:00Z'),
        ev('x', 'gone', 'add', '2025-03-11T10:00:00Z'),
        ev('x', 'gone', 'remove', '2025-03-11T12:00:00Z'),
      ],
      records: [],
    });
    expect(moments).toEqual([{ dialogueId: 'x', tag: 'kept', at: at('2025-03-11T10:00:00Z') }]);
  });
});

describe('weeklyTagCounts', () => {
  const input = {
    events: [
      // Sunday 16th 23:30 Moscow: week 11. Monday 17th 00:30 Moscow: week 12.
      ev('a', 'billing', 'add', '2025-03-16T20:30:00Z'),
      ev('b', 'billing', 'add', '2025-03-16T21:30:00Z'),
      ev('c', 'update', 'add', '2025-03-18T09:00:00Z'),
      ev('c', 'billing', 'add', '2025-03-18T09:05:00Z'),
      // 12 weeks back from week 12 is week 1 (first week kept); week 52 of 2024 is outside.
      ev('d', 'update', 'add', '2024-12-30T09:00:00Z'),
      ev('e', 'update', 'add', '2024-12-27T09:00:00Z'),
    ],
    records: [
      rec('a', ['billing'], '2025-03-18T09:00:00Z'),
      rec('b', ['billing'], '2025-03-18T09:00:00Z'),
      rec('c', ['update', 'billing'], '2025-03-18T09:00:00Z'),
      rec('d', ['update'], '2025-01-10T09:00:00Z'),
      rec('e', ['update'], '2025-01-10T09:00:00Z'),
      // Tagged before any event was seen: counted in its lastSeen week (week 10).
      rec('f', ['refund'], '2025-03-05T09:00:00Z'),
    ],
  };

  it('counts each dialogue in the ISO week, in the operator zone, the tag was added', () => {
    const table = weeklyTagCounts(input, NOW, MOSCOW);
    expect(table.weeks).toHaveLength(12);
    expect(table.weeks[0]).toBe('2025-W01');
    expect(table.weeks[11]).toBe('2025-W12');
    expect(table.weekStarts[11]).toBe('2025-03-17');
    const row = (tag: string) => table.rows.find((r) => r.tag === tag)!;
    expect(row('billing').counts.slice(9)).toEqual([0, 1, 2]);
    expect(row('billing').total).toBe(3);
    expect(row('update').counts[0]).toBe(1);
    expect(row('update').counts[11]).toBe(1);
    expect(row('update').total).toBe(2);
    expect(row('refund').counts[9]).toBe(1);
    // Most used first.
    expect(table.rows.map((r) => r.tag)).toEqual(['billing', 'update', 'refund']);
    // Week 12: b and c got tags (c got two, counted once); week 11: a.
    expect(table.tagged[11]).toBe(2);
    expect(table.tagged[10]).toBe(1);
  });

  it('moves the week edge with the zone', () => {
    const utc = weeklyTagCounts(input, NOW, 'UTC');
    expect(utc.rows.find((r) => r.tag === 'billing')!.counts.slice(9)).toEqual([0, 2, 1]);
  });
});

describe('beforeAfter', () => {
  // One 'billing' dialogue a day for 4 weeks before the fix (28), then one every other day for 2 weeks after.
  const fixDay = '2025-03-05';
  const events: TrendsEvent[] = [];
  const records: { id: string; tags: string[]; lastSeen: number }[] = [];
  const fixAt = at('2025-03-04T21:00:00Z');
  for (let i = 1; i <= 28; i++) {
    events.push({ dialogueId: `b${i}`, tag: 'billing', action: 'add', at: fixAt - i * 86_400_000 + 3_600_000 });
    events.push({ dialogueId: `o${i}`, tag: 'other', action: 'add', at: fixAt - i * 86_400_000 + 7_200_000 });
  }
  for (let i = 0; i < 14; i += 2) {
    events.push({ dialogueId: `a${i}`, tag: 'billing', action: 'add', at: fixAt + i * 86_400_000 + 3_600_000 });
    events.push({ dialogueId: `p${i}`, tag: 'other', action: 'add', at: fixAt + i * 86_400_000 + 7_200_000 });
    events.push({ dialogueId: `q${i}`, tag: 'other', action: 'add', at: fixAt + i * 86_400_000 + 7_300_000 });
  }
  const now = fixAt + 14 * 86_400_000;

  it('gives the weekly rate and the share of tagged dialogues on each side of the fix', () => {
    const r = beforeAfter({ events, records }, 'billing', fixDay, MOSCOW, now);
    expect(r.weeksBefore).toBe(4);
    expect(r.weeksAfter).toBe(2);
    expect(r.before.dialogues).toBe(28);
    expect(r.before.perWeek).toBeCloseTo(7);
    expect(r.before.share).toBeCloseTo(0.5);
    expect(r.after.dialogues).toBe(7);
    expect(r.after.perWeek).toBeCloseTo(3.5);
    expect(r.after.share).toBeCloseTo(1 / 3);
  });

  it('caps the before window at maxWeeks', () => {
    const r = beforeAfter({ events, records }, 'billing', fixDay, MOSCOW, now, 2);
    expect(r.weeksBefore).toBe(2);
    expect(r.before.dialogues).toBe(14);
    expect(r.before.perWeek).toBeCloseTo(7);
  });

  it('has no rate for a window shorter than a day (a fix date in the future, or a clock set back)', () => {
    const r = beforeAfter({ events, records }, 'billing', '2025-04-01', MOSCOW, now);
    expect(r.weeksAfter).toBe(0);
    expect(r.after.perWeek).toBeNull();
    expect(r.after.share).toBeNull();
    expect(r.before.dialogues).toBe(35);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(12)).toBe('12');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('domains-ssl-recheck')).toBe('domains-ssl-recheck');
  });

  it('writes the table with a header and CRLF line ends', () => {
    const table: TrendsTable = {
      weeks: ['2025-W11', '2025-W12'],
      weekStarts: ['2025-03-10', '2025-03-17'],
      rows: [
        { tag: 'billing, cards', counts: [1, 2], total: 3 },
        { tag: '=1+1', counts: [0, 1], total: 1 },
      ],
      tagged: [1, 3],
    };
    expect(trendsCsv(table)).toBe('tag,2025-W11,2025-W12,total\r\n"billing, cards",1,2,3\r\n\'=1+1,0,1,1\r\n');
  });
});

describe('topTagsWeek', () => {
  it('counts tags of dialogues I replied in this ISO week against last week', () => {
    const records = [
      makeRecord('1', { myReplyAt: [at('2025-03-17T06:00:00Z')], tags: ['billing'] }),
      makeRecord('2', { myReplyAt: [at('2025-03-18T06:00:00Z')], tags: ['billing', 'update'] }),
      makeRecord('3', { myReplyAt: [at('2025-03-12T06:00:00Z')], tags: ['update'] }),
      makeRecord('4', { myReplyAt: [at('2025-03-13T06:00:00Z'), at('2025-03-18T07:00:00Z')], tags: ['update'] }),
      // Sunday 16th 23:30 Moscow: last week.
      makeRecord('5', { myReplyAt: [at('2025-03-16T20:30:00Z')], tags: ['refund'] }),
      // Two weeks ago, and only read: neither counts.
      makeRecord('6', { myReplyAt: [at('2025-03-05T06:00:00Z')], tags: ['billing'] }),
      makeRecord('7', { firstSeen: at('2025-03-18T06:00:00Z'), tags: ['billing'] }),
    ];
    expect(topTagsWeek(records, NOW, MOSCOW)).toEqual([
      { tag: 'update', thisWeek: 2, lastWeek: 2 },
      { tag: 'billing', thisWeek: 2, lastWeek: 0 },
      { tag: 'refund', thisWeek: 0, lastWeek: 1 },
    ]);
    expect(topTagsWeek(records, NOW, MOSCOW, 1)).toHaveLength(1);
  });
});
