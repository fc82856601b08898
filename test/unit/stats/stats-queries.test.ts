import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { rebuildDaily } from '../../../lib/db/daily';
import { popupData, popupNumbers, trendsInput } from '../../../lib/db/stats-queries';
import { defaultSettings } from '../../../lib/settings/defaults';
import { at, makeRecord } from './make-record';

const NOW = at('2025-03-19T09:00:00Z'); // Wednesday 12:00 Moscow
const H = 3_600_000;
let db: SidekickDb;
let n = 0;

async function seeded(records: Parameters<SidekickDb['dialogues']['bulkAdd']>[0]) {
  db = openDb(`stats-queries-${n++}`);
  await db.dialogues.bulkAdd(records);
  // Written past recordSnapshot, so the daily summary is built here as an import would.
  await rebuildDaily(db);
  return db;
}

afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('popupData', () => {
  it('answers the popup from the windows of the indexes', async () => {
    await seeded([
      makeRecord('today-tagged', { myReplyAt: [at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
      makeRecord('today-untagged', { myReplyAt: [at('2025-03-19T07:00:00Z')], customerName: 'Ann' }),
      makeRecord('today-early-untagged', { myReplyAt: [at('2025-03-18T21:30:00Z')] }), // 00:30 MSK today
      makeRecord('yesterday-untagged', { myReplyAt: [at('2025-03-18T20:30:00Z')] }), // 23:30 MSK yesterday
      makeRecord('both-days-untagged', { myReplyAt: [at('2025-03-18T10:00:00Z'), at('2025-03-19T05:00:00Z')] }),
      makeRecord('yesterday-tagged-after-midnight', { myReplyAt: [at('2025-03-18T12:00:00Z')], tags: ['update'] }),
      makeRecord('only-read', { firstSeen: at('2025-03-19T05:00:00Z'), lastSeen: at('2025-03-19T06:00:00Z') }),
      makeRecord('old', { myReplyAt: [at('2025-01-01T10:00:00Z')], tags: [] }),
      makeRecord('held-by-me', { myReplyAt: [NOW - 40 * H], firstSeen: NOW - 40 * H, lastSeen: NOW - H, assignedToMe: 1, tags: ['x'] }),
      makeRecord('held-by-ivan', { firstSeen: NOW - 30 * H, lastSeen: NOW - 2 * H, assignee: 'Ivan' }),
    ]);
    const data = await popupData(db, NOW, defaultSettings());
    expect(data.today).toBe('2025-03-19');
    expect(data.empty).toBe(false);
    expect(data.coverage.today).toEqual({ tagged: 1, total: 4, ratio: 0.25 });
    // 7 days: the 4 of today, yesterday's 2, and held-by-me (Monday).
    expect(data.coverage.d7).toEqual({ tagged: 3, total: 7, ratio: 3 / 7 });
    expect(data.coverage.d30.total).toBe(7);
    expect(data.daily14).toHaveLength(14);
    expect(data.daily14[13]).toEqual({ day: '2025-03-19', tagged: 1, total: 4, ratio: 0.25 });
    expect(data.daily14[12]).toEqual({ day: '2025-03-18', tagged: 1, total: 3, ratio: 1 / 3 });
    expect(data.untaggedToday.map((u) => u.id).sort()).toEqual(['both-days-untagged', 'today-early-untagged', 'today-untagged']);
    expect(data.untaggedToday[0]).toMatchObject({
      id: 'today-untagged',
      customerName: 'Ann',
      link: 'https://app.carrotquest.io/dialogs/today-untagged',
    });
    expect(data.untaggedYesterday.map((u) => u.id)).toEqual(['yesterday-untagged']);
    expect(data.longHeldMine.map((d) => d.id)).toEqual(['held-by-me']);
    expect(data.longHeldOthers.map((d) => [d.id, d.assignee])).toEqual([['held-by-ivan', 'Ivan']]);
    expect(data.topTags).toEqual([
      { tag: 'billing', thisWeek: 1, lastWeek: 0 },
      { tag: 'update', thisWeek: 1, lastWeek: 0 },
      { tag: 'x', thisWeek: 1, lastWeek: 0 },
    ]);
  });

  it('says empty when no reply of mine is recorded at all, not when the window is quiet', async () => {
    await seeded([makeRecord('only-read', { firstSeen: NOW - H, lastSeen: NOW })]);
    expect((await popupData(db, NOW, defaultSettings())).empty).toBe(true);
    await db.dialogues.add(makeRecord('long-ago', { myReplyAt: [at('2024-06-01T10:00:00Z')] }));
    await rebuildDaily(db);
    const quiet = await popupData(db, NOW, defaultSettings());
    expect(quiet.empty).toBe(false);
    expect(quiet.coverage.d30).toEqual({ tagged: 0, total: 0, ratio: null });
  });

  it('follows the time zone and the long-held threshold in the settings', async () => {
    await seeded([
      makeRecord('late', { myReplyAt: [at('2025-03-18T23:30:00Z')] }, 'UTC'),
      makeRecord('held', { firstSeen: NOW - 10 * H, lastSeen: NOW, assignedToMe: 1 }),
    ]);
    const s = defaultSettings();
    s.operator.timeZone = 'UTC';
    s.targets.longHeldHours = 8;
    const data = await popupData(db, NOW, s);
    expect(data.today).toBe('2025-03-19');
    expect(data.untaggedYesterday.map((u) => u.id)).toEqual(['late']);
    expect(data.longHeldMine.map((d) => d.id)).toEqual(['held']);
    // The reply days are the ones recorded in the zone of the time; the window follows the settings.
    const moscow = await popupData(db, NOW, defaultSettings());
    expect(moscow.untaggedYesterday.map((u) => u.id)).toEqual(['late']);
    expect(moscow.longHeldMine).toEqual([]);
  });
});

describe('trendsInput', () => {
  it('returns dialogues seen since the date and all their tag events, older ones too', async () => {
    await seeded([
      makeRecord('recent', { firstSeen: at('2025-01-01T00:00:00Z'), lastSeen: at('2025-03-10T00:00:00Z'), tags: ['a'] }),
      makeRecord('stale', { firstSeen: at('2024-01-01T00:00:00Z'), lastSeen: at('2024-02-01T00:00:00Z'), tags: ['b'] }),
    ]);
    await db.tagEvents.bulkAdd([
      { dialogueId: 'recent', tag: 'a', action: 'add', at: at('2025-01-01T00:00:00Z') },
      { dialogueId: 'stale', tag: 'b', action: 'add', at: at('2024-01-02T00:00:00Z') },
    ]);
    const input = await trendsInput(db, at('2025-03-01T00:00:00Z'));
    expect(input.records).toEqual([{ id: 'recent', tags: ['a'], lastSeen: at('2025-03-10T00:00:00Z') }]);
    expect(input.events).toEqual([{ dialogueId: 'recent', tag: 'a', action: 'add', at: at('2025-01-01T00:00:00Z') }]);
  });
});

describe('popupNumbers', () => {
  it('counts from the daily summary alone, in any zone, without reading a dialogue', async () => {
    await seeded([
      makeRecord('a', { myReplyAt: [at('2025-02-18T12:00:00Z'), at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
      makeRecord('b', { myReplyAt: [at('2025-02-18T12:30:00Z')] }),
    ]);
    const expected = await popupData(db, NOW, defaultSettings());
    db.dialogues.hook('reading', () => {
      throw new Error('a dialogue row was read');
    });
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Moscow']) {
      const s = defaultSettings();
      s.operator.timeZone = tz;
      const numbers = await popupNumbers(db, NOW, s);
      // Today is 2025-03-19 in each zone, so b's only reply day (2025-02-18) is the 30th day back.
      if (tz === 'Europe/Moscow')
        expect(numbers).toEqual({ today: expected.today, coverage: expected.coverage, daily14: expected.daily14, empty: false });
      expect(numbers.coverage.today).toEqual({ tagged: 1, total: 1, ratio: 1 });
      expect(numbers.coverage.d30.total).toBe(2);
    }
  });
});
