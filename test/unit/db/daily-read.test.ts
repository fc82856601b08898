import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../../../lib/db/database';
import {
  DAILY_MIRROR_KEY,
  DAILY_MIRROR_VERSION,
  readRecentDailyFast,
  readRecentDailyRaw,
  recentFromMirror,
} from '../../../lib/db/daily-read';
import { readRecentDaily } from '../../../lib/db/stats-queries';

const NOW = Date.parse('2026-11-27T09:00:00Z');
const ROWS = [
  { day: '2026-09-01', replied: 4, tagged: 3, latest: 2, latestTagged: 1 },
  { day: '2026-11-20', replied: 2, tagged: 1, latest: 1, latestTagged: 1 },
  { day: '2026-11-27', replied: 1, tagged: 0, latest: 1, latestTagged: 0 },
];

async function seeded(): Promise<string> {
  const name = 'daily-read-' + Math.random();
  const db = openDb(name);
  await db.daily.bulkPut(ROWS);
  db.close();
  return name;
}

describe('readRecentDailyRaw', () => {
  it('reads the same rows as the Dexie read', async () => {
    const name = await seeded();
    const db = openDb(name);
    const viaDexie = await readRecentDaily(db, NOW);
    db.close();
    const raw = await readRecentDailyRaw(NOW, name);
    expect(raw).toEqual(viaDexie);
    expect(raw.rows.map((r) => r.day)).toEqual(['2026-11-20', '2026-11-27']);
    expect(raw.any).toBe(true);
  });

  it('answers empty for a database that does not exist, and does not create it', async () => {
    const name = 'daily-read-missing-' + Math.random();
    expect(await readRecentDailyRaw(NOW, name)).toEqual({ rows: [], any: false });
    const dbs = await indexedDB.databases();
    expect(dbs.some((d) => d.name === name)).toBe(false);
  });
});

describe('recentFromMirror', () => {
  const mirror = { version: DAILY_MIRROR_VERSION, from: '2026-10-27', rows: ROWS.slice(1), any: true };

  it('answers from a copy that reaches back far enough, keeping only the rows the popup counts', () => {
    expect(recentFromMirror(mirror, NOW)).toEqual({ rows: ROWS.slice(1), any: true });
    // Forty days later the window starts after every row in the copy.
    const later = NOW + 40 * 86_400_000;
    expect(recentFromMirror({ ...mirror, rows: ROWS }, later)).toEqual({ rows: [], any: true });
  });

  it('refuses a copy that does not reach back far enough (a clock set back), of another version or shape', () => {
    expect(recentFromMirror(mirror, NOW - 2 * 86_400_000)).toBeUndefined();
    expect(recentFromMirror({ ...mirror, version: DAILY_MIRROR_VERSION + 1 }, NOW)).toBeUndefined();
    expect(recentFromMirror({ ...mirror, rows: 'no' }, NOW)).toBeUndefined();
    expect(recentFromMirror({ ...mirror, any: undefined }, NOW)).toBeUndefined();
    expect(recentFromMirror(undefined, NOW)).toBeUndefined();
    expect(recentFromMirror('x', NOW)).toBeUndefined();
  });
});

describe('readRecentDailyFast', () => {
  it('answers from the session copy when there is one, without the database', async () => {
    const rows = [{ day: '2026-11-26', replied: 9, tagged: 9, latest: 9, latestTagged: 9 }];
    await fakeBrowser.storage.session.set({ [DAILY_MIRROR_KEY]: { version: DAILY_MIRROR_VERSION, from: '2026-10-27', rows, any: true } });
    expect(await readRecentDailyFast(NOW, await seeded())).toEqual({ rows, any: true });
  });

  it('reads the database when the copy is missing or cannot answer', async () => {
    const name = await seeded();
    const expected = { rows: ROWS.slice(1), any: true };
    expect(await readRecentDailyFast(NOW, name)).toEqual(expected);
    await fakeBrowser.storage.session.set({
      [DAILY_MIRROR_KEY]: { version: DAILY_MIRROR_VERSION, from: '2026-11-30', rows: [], any: false },
    });
    expect(await readRecentDailyFast(NOW, name)).toEqual(expected);
  });
});
