import type { SidekickDb } from './database';
import { EPOCH_KEY, TAG_MODEL_KEY } from './models';
import { fitTags, storable } from './rows';

/**
 * The tag model learns in the worker's memory and is saved a moment later (saves are coalesced). A
 * worker stopped in between (the browser unloads idle workers) would lose what it learned, although the
 * tag change itself was stored. So every learned change is also written, in the transaction that stores
 * it, to this journal; the save that carries it deletes it; the next worker learns whatever is left.
 */

/** A journalled change, with the dialogue's stored (redacted, capped) customer text to learn it from. */
export interface PendingChange {
  id: number;
  text: string;
  added: string[];
  removed: string[];
}

/** Journals a tag change; call inside the transaction that stores it (it must hold `pendingLearning`). */
export async function journalTagChange(db: SidekickDb, dialogueId: string, added: string[], removed: string[]): Promise<number> {
  return (await db.pendingLearning.add({ dialogueId, added: fitTags(added), removed: fitTags(removed) })) as number;
}

/** The stored tag model, the data's generation and the changes learned since it was saved, read at one moment. */
export async function loadTagModel(db: SidekickDb): Promise<{ data: unknown; epoch: number; pending: PendingChange[] }> {
  return db.transaction('r', [db.models, db.meta, db.pendingLearning, db.dialogues], async () => {
    const [row, epoch, rows] = await Promise.all([db.models.get(TAG_MODEL_KEY), db.meta.get(EPOCH_KEY), db.pendingLearning.toArray()]);
    const dialogues = await db.dialogues.bulkGet(rows.map((r) => r.dialogueId));
    const pending = rows.map((r, i) => ({ id: r.id!, text: dialogues[i]?.customerText ?? '', added: r.added, removed: r.removed }));
    return { data: row?.data, epoch: epoch?.value ?? 0, pending };
  });
}

/**
 * Saves the tag model with the journalled changes it has learned (their rows go in the same
 * transaction); false, and nothing written, when the data was replaced since `epoch`.
 */
export async function saveTagModel(
  db: SidekickDb,
  data: unknown,
  epoch: number,
  learned: readonly number[],
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', [db.models, db.meta, db.pendingLearning], async () => {
    if (((await db.meta.get(EPOCH_KEY))?.value ?? 0) !== epoch) return false;
    await db.models.put(storable('models', { key: TAG_MODEL_KEY, data, updatedAt: now }));
    if (learned.length) await db.pendingLearning.bulkDelete([...learned]);
    return true;
  });
}
