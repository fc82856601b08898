import type { SidekickDb } from './database';
import { fitFeedback, fitTime, storable } from './rows';
import type { ComplexityLevel } from './schema';

export interface ComplexityCorrection {
  dialogueId: string;
  level: ComplexityLevel;
  /** The customer's words, already redacted and cut by the caller. */
  text: string;
  at: number;
}

/**
 * An operator's complexity correction in one transaction: the dialogue's rating, the feedback row and the
 * learned model (`models[modelKey]`) are written together or not at all. `learn` gets the model as stored
 * inside the transaction, so two corrections at once both count (the second learns from the first's
 * model) instead of one overwriting the other. Answers the model written.
 */
export function recordComplexityCorrection<M>(
  db: SidekickDb,
  c: ComplexityCorrection,
  modelKey: string,
  learn: (stored: unknown) => M,
): Promise<M> {
  return db.transaction('rw', db.dialogues, db.feedback, db.models, async () => {
    // Rows fitted to the one row shape (rows.ts), so every stored row restores from a backup.
    await db.dialogues.update(c.dialogueId, { complexity: { level: c.level, source: 'operator', at: fitTime(c.at) } });
    await db.feedback.add(
      storable('feedback', fitFeedback({ dialogueId: c.dialogueId, kind: 'complexity', value: c.level, text: c.text, at: c.at })),
    );
    const next = learn((await db.models.get(modelKey))?.data);
    await db.models.put(storable('models', { key: modelKey, data: next, updatedAt: c.at }));
    return next;
  });
}
