import type { SidekickDb } from './database';
import { fitFeedback, storable } from './rows';

/** The tag model's row; its data is the stored form of lib/tags/model-codec.ts. */
export const TAG_MODEL_KEY = 'tags';
/** The learned complexity corrections' row (lib/triage/complexity-model.ts). */
export const COMPLEXITY_MODEL_KEY = 'complexity';

/**
 * The data's generation: raised by whatever replaces the data under the models' feet (clearing
 * everything, restoring a backup, retention rebuilding the models). The background keeps a model in
 * memory and saves it a moment after it learns; a save made for an older generation is dropped, so a
 * model learned before "Clear all" or a restore never comes back after it.
 */
const EPOCH_KEY = 'dataEpoch';

/**
 * Raises the data's generation; call inside a transaction that holds `db.meta` and `db.pendingLearning`.
 * The journal of learning not yet saved (learning-journal.ts) goes with the data it was learned from.
 */
export async function bumpDataEpoch(db: SidekickDb): Promise<void> {
  await db.pendingLearning.clear();
  const row = await db.meta.get(EPOCH_KEY);
  await db.meta.put({ key: EPOCH_KEY, value: (row?.value ?? 0) + 1 });
}

export interface LoadedModel {
  data: unknown;
  /** The data's generation when it was read; give it back to saveModelFor. */
  epoch: number;
}

export async function loadModelWithEpoch(db: SidekickDb, key: string): Promise<LoadedModel> {
  return db.transaction('r', db.models, db.meta, async () => {
    const [row, epoch] = await Promise.all([db.models.get(key), db.meta.get(EPOCH_KEY)]);
    return { data: row?.data, epoch: epoch?.value ?? 0 };
  });
}

/**
 * Saves a model learned from what was read at `epoch`; false (and nothing written) when the data was
 * replaced since: the caller reads the model again.
 */
export async function saveModelFor(db: SidekickDb, key: string, data: unknown, epoch: number, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.models, db.meta, async () => {
    if (((await db.meta.get(EPOCH_KEY))?.value ?? 0) !== epoch) return false;
    await db.models.put(storable('models', { key, data, updatedAt: now }));
    return true;
  });
}

export async function loadModel(db: SidekickDb, key: string): Promise<unknown> {
  return (await db.models.get(key))?.data;
}

export async function saveModel(db: SidekickDb, key: string, data: unknown, now = Date.now()): Promise<void> {
  await db.models.put(storable('models', { key, data, updatedAt: now }));
}

export async function addFeedback(db: SidekickDb, dialogueId: string, value: string, text: string, at: number): Promise<void> {
  await db.feedback.add(storable('feedback', fitFeedback({ dialogueId, kind: 'complexity', value, text, at })));
}

/** What the models can be learned again from: the dialogues' stored (redacted) text and tags, and the corrections. */
export async function modelSources(db: SidekickDb): Promise<{
  dialogues: { text: string; tags: string[] }[];
  corrections: { text: string; level: string; at: number }[];
}> {
  return db.transaction('r', db.dialogues, db.feedback, async () => {
    const dialogues: { text: string; tags: string[] }[] = [];
    await db.dialogues.each((d) => {
      if (d.tags.length > 0 && d.customerText.trim() !== '') dialogues.push({ text: d.customerText, tags: d.tags });
    });
    const corrections = (await db.feedback.where('kind').equals('complexity').sortBy('at')).map((f) => ({
      text: f.text,
      level: f.value,
      at: f.at,
    }));
    return { dialogues, corrections };
  });
}

/**
 * Replaces the models with ones learned again (a missing value deletes its row), and raises the data's
 * generation in the same transaction, so a model the background learned from older data is not saved over them.
 */
export async function replaceModels(db: SidekickDb, models: Record<string, unknown>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.models, db.meta, db.pendingLearning, async () => {
    for (const [key, data] of Object.entries(models)) {
      if (data === undefined) await db.models.delete(key);
      else await db.models.put(storable('models', { key, data, updatedAt: now }));
    }
    await bumpDataEpoch(db);
  });
}
