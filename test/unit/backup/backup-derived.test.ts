import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { applyRetention, clearAll, exportAll, importAll } from '../../../lib/db/backup';
import { rebuildDaily } from '../../../lib/db/daily';
import { DAILY_MIRROR_KEY } from '../../../lib/db/daily-read';
import { popupNumbers } from '../../../lib/db/stats-queries';
import { defaultSettings } from '../../../lib/settings/defaults';
import { summarize } from '../../../lib/stats/daily-summary';
import { at, makeRecord } from '../stats/make-record';

const NOW = at('2025-03-19T09:00:00Z');
const DAY = 86_400_000;
let db: SidekickDb;
let n = 0;

afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function seeded() {
  db = openDb(`backup-derived-${n++}`);
  await db.dialogues.bulkAdd([
    makeRecord('a', { myReplyAt: [at('2025-03-18T06:00:00Z'), at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
    makeRecord('b', { myReplyAt: [at('2025-03-19T07:00:00Z')] }),
    makeRecord('old', { myReplyAt: [at('2024-12-01T07:00:00Z')], lastSeen: at('2024-12-01T08:00:00Z'), tags: ['x'] }),
  ]);
  await rebuildDaily(db);
}

describe("API mode's copy of the server", () => {
  it('is never in a backup, and goes with Clear all, with the coverage counted from it', async () => {
    await seeded();
    await db.apiConversations.put({
      id: '1160406004324630001',
      appId: '12345',
      created: NOW / 1000,
      lastUpdate: NOW / 1000,
      closed: false,
      tags: [],
      assigneeId: '301',
      replies: { '301': [NOW] },
      replyAdmins: ['301'],
    });
    await db.apiSync.put({ key: 'state', appId: '12345', watermark: NOW / 1000, pending: null, syncedAt: NOW, untagged: null });
    await fakeBrowser.storage.local.set({ 'api.coverage': { version: 1 } });
    const doc = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    expect(JSON.stringify(doc)).not.toContain('1160406004324630001');
    await clearAll(db);
    expect(await db.apiConversations.count()).toBe(0);
    expect(await db.apiSync.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get('api.coverage')).toEqual({});
  });
});

describe('backups and the derived daily summary', () => {
  it('leaves the summary out of the file, and rebuilds it on import', async () => {
    await seeded();
    const doc = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    expect(Object.keys(doc)).not.toContain('daily');
    await clearAll(db);
    expect(await db.daily.count()).toBe(0);
    expect((await popupNumbers(db, NOW, defaultSettings())).empty).toBe(true);

    expect((await importAll(db, doc)).ok).toBe(true);
    expect(await db.daily.toArray()).toEqual(summarize(await db.dialogues.toArray()));
    expect((await popupNumbers(db, NOW, defaultSettings())).coverage.today).toEqual({ tagged: 1, total: 2, ratio: 0.5 });
    // Export, clear, import, export: the same document.
    expect(JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)))).toEqual(doc);
  });

  it("gives a row with replies but no reply days its days, in the backup's zone, and counts it", async () => {
    db = openDb(`backup-derived-${n++}`);
    const doc = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    doc.settings.operator.timeZone = 'UTC';
    doc.dialogues = [{ ...makeRecord('late', { myReplyAt: [at('2025-03-18T23:30:00Z')], tags: ['x'] }), replyDays: [] }];
    expect((await importAll(db, doc)).ok).toBe(true);
    expect((await db.dialogues.get('late'))?.replyDays).toEqual(['2025-03-18']);
    expect(await db.daily.get('2025-03-18')).toEqual({ day: '2025-03-18', replied: 1, tagged: 1, latest: 1, latestTagged: 1 });
  });

  it('keeps the summary when an import is refused', async () => {
    await seeded();
    const before = await db.daily.toArray();
    const doc = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    doc.settings = { ...doc.settings, targets: { floor: 0.9, goal: 0.8, longHeldHours: 24 } };
    expect((await importAll(db, doc)).ok).toBe(false);
    expect(await db.daily.toArray()).toEqual(before);
  });

  it('rebuilds the summary after retention deletes dialogues', async () => {
    await seeded();
    expect(await db.daily.get('2024-12-01')).toBeDefined();
    const counts = await applyRetention(db, 30, NOW);
    expect(counts.dialogues).toBe(1);
    expect(await db.daily.get('2024-12-01')).toBeUndefined();
    expect(await db.daily.toArray()).toEqual(summarize(await db.dialogues.toArray()));
    expect(NOW - at('2024-12-01T08:00:00Z')).toBeGreaterThan(30 * DAY);
  });

  it('refreshes the session copy the popup paints from after an import, retention and clear', async () => {
    // These run in the options page, possibly while the background (which otherwise keeps the copy) sleeps.
    const copy = async () => (await fakeBrowser.storage.session.get(DAILY_MIRROR_KEY))[DAILY_MIRROR_KEY] as { rows: { day: string }[] };
    await seeded();
    const doc = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    await clearAll(db);
    expect(await copy()).toMatchObject({ rows: [], any: false });
    expect((await importAll(db, doc)).ok).toBe(true);
    expect(await copy()).toMatchObject({ any: true });
    await applyRetention(db, 30, NOW);
    expect(await copy()).toMatchObject({ from: '2025-02-16', any: true });
    expect((await copy()).rows.map((r) => r.day)).toEqual(['2025-03-18', '2025-03-19']);
  });
});
