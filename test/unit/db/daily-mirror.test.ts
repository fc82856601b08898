import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { rebuildDaily } from '../../../lib/db/daily';
import { mirrorRecentDaily } from '../../../lib/db/daily-mirror';
import { DAILY_MIRROR_KEY, DAILY_MIRROR_VERSION, readRecentDailyFast, type DailyMirror } from '../../../lib/db/daily-read';
import { readRecentDaily } from '../../../lib/db/stats-queries';

const NOW = Date.parse('2026-11-27T09:00:00Z');
const row = (day: string, replied: number) => ({ day, replied, tagged: 0, latest: replied, latestTagged: 0 });

async function copy(): Promise<DailyMirror | undefined> {
  // The test reads back what the code under test wrote there.
  return (await fakeBrowser.storage.session.get(DAILY_MIRROR_KEY))[DAILY_MIRROR_KEY] as DailyMirror | undefined;
}

/** Waits until the session copy satisfies `ok` (the watch runs after each committed write). */
async function copyWhere(ok: (c: DailyMirror) => boolean): Promise<DailyMirror> {
  for (let i = 0; i < 200; i++) {
    const c = await copy();
    if (c && ok(c)) return c;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the session copy never became ' + ok.toString() + '; it is ' + JSON.stringify(await copy()));
}

describe('mirrorRecentDaily', () => {
  let db: SidekickDb;
  let stop = () => {};
  afterEach(() => {
    stop();
    db?.close();
  });

  it('copies the recent summary at start and after every write, clear included', async () => {
    db = openDb('mirror-' + Math.random());
    await db.daily.bulkPut([row('2026-09-01', 4), row('2026-11-20', 2)]);
    stop = mirrorRecentDaily(db, () => NOW);
    const first = await copyWhere((c) => c.rows.length === 1);
    expect(first).toEqual({ version: DAILY_MIRROR_VERSION, from: '2026-10-27', rows: [row('2026-11-20', 2)], any: true });

    await db.daily.put(row('2026-11-27', 1));
    await copyWhere((c) => c.rows.length === 2);

    await db.daily.clear();
    expect(await copyWhere((c) => !c.any)).toMatchObject({ rows: [], any: false });
  });

  it('gives the popup what the database gives it, after a rebuild from the dialogues', async () => {
    const name = 'mirror-' + Math.random();
    db = openDb(name);
    stop = mirrorRecentDaily(db, () => NOW);
    await copyWhere((c) => c.any === false);
    await db.dialogues.bulkPut([
      { id: 'a', link: '', customerText: '', tags: ['billing'], replyDays: ['2026-11-26', '2026-11-27'] } as never,
      { id: 'b', link: '', customerText: '', tags: [], replyDays: ['2026-11-27'] } as never,
    ]);
    await rebuildDaily(db);
    await copyWhere((c) => c.any === true);
    expect(await readRecentDailyFast(NOW, name)).toEqual(await readRecentDaily(db, NOW));
  });

  it('stops copying once unsubscribed', async () => {
    db = openDb('mirror-' + Math.random());
    stop = mirrorRecentDaily(db, () => NOW);
    await copyWhere((c) => c.any === false);
    stop();
    await db.daily.put(row('2026-11-27', 1));
    await new Promise((r) => setTimeout(r, 50));
    expect(await copy()).toMatchObject({ any: false });
  });
});
