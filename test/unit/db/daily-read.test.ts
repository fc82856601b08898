import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/db/database';
import { readRecentDailyRaw } from '../../../lib/db/daily-read';
import { readRecentDaily } from '../../../lib/db/stats-queries';

const NOW = Date.parse('2026-11-27T09:00:00Z');

describe('readRecentDailyRaw', () => {
  it('reads the same rows as the Dexie read', async () => {
    const name = 'daily-read-' + Math.random();
    const db = openDb(name);
    await db.daily.bulkPut([
      { day: '2026-09-01', replied: 4, tagged: 3, latest: 2, latestTagged: 1 },
      { day: '2026-11-20', replied: 2, tagged: 1, latest: 1, latestTagged: 1 },
      { day: '2026-11-27', replied: 1, tagged: 0, latest: 1, latestTagged: 0 },
    ]);
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
