import { DB_NAME } from './name';
import type { RecentDaily } from './stats-queries';
import type { DailyRow } from '../stats/daily-summary';
import { addDays, dayKey } from '../stats/day';

/**
 * The popup's first read, straight from IndexedDB: the recent rows of the small per-day summary.
 * It needs no database library, so the popup's numbers do not wait for one to load; the lists,
 * read after the numbers are on screen, go through Dexie as everything else does.
 * A database that does not exist yet is not created here (Dexie creates it with its schema).
 */
export function readRecentDailyRaw(now: number, name = DB_NAME): Promise<RecentDaily> {
  const from = addDays(dayKey(now, 'UTC'), -31);
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
