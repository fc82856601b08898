import { browser } from 'wxt/browser';
import { DB_NAME } from './name';
import type { RecentDaily } from './stats-queries';
import { recentDailyStart, type DailyRow } from '../stats/daily-summary';
import type { DayKey } from '../stats/day';

/**
 * The popup's first read: the recent rows of the small per-day summary, without the database library,
 * so its numbers do not wait for one to load (the lists, read after the numbers are on screen, go
 * through Dexie as everything else does).
 *
 * First from the copy the background keeps in session storage (daily-mirror.ts): one storage read,
 * where opening IndexedDB from a new page costs several round trips. From IndexedDB when the copy is
 * missing, of another version, or does not reach back far enough (a clock set back).
 */
export const DAILY_MIRROR_KEY = 'dailyRecent';
export const DAILY_MIRROR_VERSION = 1;

/** The session copy: the rows from `from` on, as readRecentDaily returned them. */
export interface DailyMirror extends RecentDaily {
  version: number;
  from: DayKey;
}

/** The copy's rows for a popup opened at `now`, or undefined when the copy cannot answer for it. */
export function recentFromMirror(mirror: unknown, now: number): RecentDaily | undefined {
  if (!mirror || typeof mirror !== 'object') return undefined;
  const m = mirror as Partial<DailyMirror>;
  if (m.version !== DAILY_MIRROR_VERSION || typeof m.from !== 'string' || !Array.isArray(m.rows) || typeof m.any !== 'boolean')
    return undefined;
  const from = recentDailyStart(now);
  if (m.from > from) return undefined;
  return { rows: m.rows.filter((r: DailyRow) => r.day >= from), any: m.any };
}

export async function readRecentDailyFast(now: number, name = DB_NAME): Promise<RecentDaily> {
  const session = browser.storage.session;
  const mirrored = session
    ? await session.get(DAILY_MIRROR_KEY).then(
        (got) => recentFromMirror(got[DAILY_MIRROR_KEY], now),
        () => undefined,
      )
    : undefined;
  return mirrored ?? readRecentDailyRaw(now, name);
}

/**
 * The rows straight from IndexedDB. A database that does not exist yet is not created here (Dexie
 * creates it with its schema).
 */
export function readRecentDailyRaw(now: number, name = DB_NAME): Promise<RecentDaily> {
  const from = recentDailyStart(now);
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    let fresh = false;
    req.onupgradeneeded = () => {
      fresh = true;
      req.transaction?.abort();
    };
    req.onerror = () => (fresh ? resolve({ rows: [], any: false }) : reject(req.error));
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('daily')) {
        db.close();
        resolve({ rows: [], any: false });
        return;
      }
      const tx = db.transaction('daily', 'readonly');
      const store = tx.objectStore('daily');
      const recent = store.getAll(IDBKeyRange.lowerBound(from));
      const first = store.getAllKeys(null, 1);
      tx.oncomplete = () => {
        db.close();
        resolve({ rows: recent.result as DailyRow[], any: first.result.length > 0 });
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}
