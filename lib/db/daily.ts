import type { SidekickDb } from './database';
import { rebuildDailyTables } from './database';
import type { DialogueRecord } from './schema';
import { applyDelta, recordDelta } from '../stats/daily-summary';

/**
 * Moves the `daily` summary from `prev` to `next` (either may be missing: a new or a deleted
 * dialogue). Call it inside the transaction that writes the dialogue, with `db.daily` in its tables,
 * so the summary and the rows never disagree.
 */
export async function applyDialogueChange(
  db: SidekickDb,
  prev: Pick<DialogueRecord, 'tags' | 'replyDays'> | undefined,
  next: Pick<DialogueRecord, 'tags' | 'replyDays'> | undefined,
): Promise<void> {
  const delta = recordDelta(prev, next);
  if (delta.size === 0) return;
  const entries = [...delta];
  const rows = await db.daily.bulkGet(entries.map(([day]) => day));
  const puts = [];
  const deletes: string[] = [];
  for (const [i, [day, counts]] of entries.entries()) {
    const row = applyDelta(rows[i], day, counts);
    if (row) puts.push(row);
    else if (rows[i]) deletes.push(day);
  }
  if (puts.length) await db.daily.bulkPut(puts);
  if (deletes.length) await db.daily.bulkDelete(deletes);
}

/**
 * Recomputes the whole `daily` summary from the dialogues: after an import, after retention deleted
 * rows, or to repair it. Joins the caller's transaction when that holds both tables.
 */
export function rebuildDaily(db: SidekickDb): Promise<void> {
  return db.transaction('rw', db.dialogues, db.daily, () => rebuildDailyTables(db.dialogues, db.daily));
}
