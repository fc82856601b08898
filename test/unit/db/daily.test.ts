import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { rebuildDaily } from '../../../lib/db/daily';
import { recordSnapshot } from '../../../lib/db/dialogues';
import { summarize } from '../../../lib/stats/daily-summary';
import { at, makeRecord } from '../stats/make-record';

const snap = (id: string, replies: string[], tags: string[] = []): DialogueSnapshot => ({
  id,
  link: `https://app.carrotquest.io/project/1/conversations/${id}`,
  url: `https://app.carrotquest.io/project/1/conversations/${id}`,
  customer: { name: 'Dmitry' },
  notes: [],
  messages: [
    { fromCustomer: true, text: 'The tracker is down', time: '2026-11-20T06:00:00.000Z' },
    ...replies.map((time) => ({ fromCustomer: false, text: 'Looking', author: 'Anna', time })),
  ],
  tags,
  operator: 'Anna',
  assignee: 'Anna',
  matched: ['messageAuthor'],
  missing: [],
  readAt: 0,
});
const ctx = (now: number) => ({ now, dayKey: (ms: number) => new Date(ms).toISOString().slice(0, 10), redact: (t: string) => t });

let name = '';
let db: SidekickDb | undefined;
let n = 0;
afterEach(async () => {
  db?.close();
  await Dexie.delete(name);
});

describe('the daily summary kept by recordSnapshot', () => {
  it('matches the summary of the stored dialogues after every write', async () => {
    name = `daily-${n++}`;
    db = openDb(name);
    const check = async () => expect(await db!.daily.toArray()).toEqual(summarize(await db!.dialogues.toArray()));
    const r1 = '2026-11-20T06:05:00.000Z';
    const r2 = '2026-11-22T09:00:00.000Z';
    // Seen before any reply of mine: nothing counted.
    await recordSnapshot(db, snap('1', []), ctx(at('2026-11-20T06:01:00Z')));
    expect(await db.daily.count()).toBe(0);
    await recordSnapshot(db, snap('1', [r1]), ctx(at('2026-11-20T06:06:00Z')));
    expect(await db.daily.get('2026-11-20')).toEqual({ day: '2026-11-20', replied: 1, tagged: 0, latest: 1, latestTagged: 0 });
    // Tagged after midnight.
    await recordSnapshot(db, snap('1', [r1], ['billing']), ctx(at('2026-11-21T00:30:00Z')));
    expect(await db.daily.get('2026-11-20')).toEqual({ day: '2026-11-20', replied: 1, tagged: 1, latest: 1, latestTagged: 1 });
    await recordSnapshot(db, snap('2', [r1], ['refund']), ctx(at('2026-11-21T01:00:00Z')));
    await check();
    // A reply on another day moves the latest day; the tag removed again.
    await recordSnapshot(db, snap('1', [r1, r2], []), ctx(at('2026-11-22T09:01:00Z')));
    expect(await db.daily.get('2026-11-20')).toEqual({ day: '2026-11-20', replied: 2, tagged: 1, latest: 1, latestTagged: 1 });
    expect(await db.daily.get('2026-11-22')).toEqual({ day: '2026-11-22', replied: 1, tagged: 0, latest: 1, latestTagged: 0 });
    await check();
    await recordSnapshot(db, snap('1', [r1, r2], ['a', 'b']), ctx(at('2026-11-22T09:02:00Z')));
    await check();
  });

  it('writes nothing when the write of the dialogue fails', async () => {
    name = `daily-${n++}`;
    db = openDb(name);
    db.tagEvents.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(recordSnapshot(db, snap('1', ['2026-11-20T06:05:00.000Z'], ['billing']), ctx(at('2026-11-20T06:06:00Z')))).rejects.toThrow(
      'disk full',
    );
    expect(await db.dialogues.count()).toBe(0);
    expect(await db.daily.count()).toBe(0);
  });

  it('can be rebuilt from the dialogues', async () => {
    name = `daily-${n++}`;
    db = openDb(name);
    const records = [
      makeRecord('a', { myReplyAt: [at('2025-03-18T06:00:00Z'), at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
      makeRecord('b', { myReplyAt: [at('2025-03-19T07:00:00Z')] }),
      makeRecord('c', {}),
    ];
    await db.dialogues.bulkAdd(records);
    await db.daily.put({ day: '2020-01-01', replied: 5, tagged: 5, latest: 5, latestTagged: 5 });
    await rebuildDaily(db);
    expect(await db.daily.toArray()).toEqual([
      { day: '2025-03-18', replied: 1, tagged: 1, latest: 0, latestTagged: 0 },
      { day: '2025-03-19', replied: 2, tagged: 1, latest: 2, latestTagged: 1 },
    ]);
  });
});

describe('database version 2', () => {
  it('builds the daily summary from the rows a version 1 database holds', async () => {
    name = `upgrade-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      dialogues: 'id, lastSeen, firstSeen, lastMyReplyAt, *replyDays, assignedToMe',
      tagEvents: '++id, dialogueId, at, tag',
      escalations: '++id, dialogueId, at',
      feedback: '++id, dialogueId, kind, at',
      models: 'key',
    });
    const records = [
      makeRecord('tagged', { myReplyAt: [at('2025-03-18T06:00:00Z'), at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
      makeRecord('untagged', { myReplyAt: [at('2025-03-19T07:00:00Z')] }),
    ];
    await v1.table('dialogues').bulkAdd(records);
    v1.close();

    db = openDb(name);
    await db.open();
    // Later versions add tables of their own; the daily summary came with version 2.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(db.backendDB().version).toBe(db.verno * 10);
    expect(await db.daily.toArray()).toEqual(summarize(records));
    expect(await db.daily.get('2025-03-19')).toEqual({ day: '2025-03-19', replied: 2, tagged: 1, latest: 2, latestTagged: 1 });
    expect((await db.dialogues.get('tagged'))?.tags).toEqual(['billing']);
  });
});
