import { afterEach } from 'vitest';
import { openDb, type SidekickDb } from '../../lib/db/database';

/**
 * A function that opens a new, empty database under a name of its own each call (fake IndexedDB), closed and
 * deleted after each test of the file that calls this.
 */
export function freshDbs(prefix: string): () => SidekickDb {
  let n = 0;
  const open: SidekickDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return () => {
    const db = openDb(`${prefix}-${n++}`);
    open.push(db);
    return db;
  };
}
