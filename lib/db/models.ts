import type { SidekickDb } from './database';
import { fitFeedback, storable } from './rows';

export async function loadModel(db: SidekickDb, key: string): Promise<unknown | undefined> {
  return (await db.models.get(key))?.data;
}

export async function saveModel(db: SidekickDb, key: string, data: unknown, now = Date.now()): Promise<void> {
  await db.models.put(storable('models', { key, data, updatedAt: now }));
}

export async function addFeedback(db: SidekickDb, dialogueId: string, value: string, text: string, at: number): Promise<void> {
  await db.feedback.add(storable('feedback', fitFeedback({ dialogueId, kind: 'complexity', value, text, at })));
}
