import type { SidekickDb } from './database';
import { loadModelWithEpoch, saveModelFor, TAG_MODEL_KEY } from './models';
import { fitTags } from './rows';

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
    const [{ data, epoch }, rows] = await Promise.all([loadModelWithEpoch(db, TAG_MODEL_KEY), db.pendingLearning.toArray()]);
    const dialogues = await db.dialogues.bulkGet(rows.map((r) => r.dialogueId));
    const pending = rows.map((r, i) => ({ id: r.id!, text: dialogues[i]?.customerText ?? '', added: r.added, removed: r.removed }));
    return { data, epoch, pending };
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
    // The generation check and the write are the models' own; the journal rows go in the same transaction.
    if (!(await saveModelFor(db, TAG_MODEL_KEY, data, epoch, now))) return false;
    if (learned.length) await db.pendingLearning.bulkDelete([...learned]);
    return true;
  });
}
