import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { SidekickDb } from './database';
import { applyDialogueChange } from './daily';
import { journalTagChange } from './learning-journal';
import { mergeSnapshot, type MergeContext, type MergeResult } from './dialogue-record';
import { fitDialogue, fitEscalationFields, fitTagEvent, storable } from './rows';
import type { DialogueRecord, EscalationRecord } from './schema';

/**
 * Stores a snapshot in one transaction: the record, its tag changes and the `daily` summary's change
 * land together or not at all.
 */
/**
 * The stored change; `journalId` names the tag change the model must learn (learning-journal.ts), and `learnRemoved`
 * the removals it learns from (all of `removed`, but for those `corrections` left out: a retag's removal).
 */
export type RecordedChange = MergeResult & { journalId?: number; learnRemoved: string[] };

export async function recordSnapshot(
  db: SidekickDb,
  snap: DialogueSnapshot,
  ctx: MergeContext,
  corrections: (removed: string[]) => string[] = (removed) => removed,
): Promise<RecordedChange | null> {
  if (!snap.id) return null;
  return db.transaction('rw', [db.dialogues, db.tagEvents, db.daily, db.pendingLearning], async () => {
    const prev = await db.dialogues.get(snap.id!);
    const raw = mergeSnapshot(prev, snap, ctx);
    if (!raw) return null;
    // Rows are fitted to the one row shape (rows.ts) and checked by it, so every stored row restores from a backup.
    const merged = {
      ...raw,
      record: storable('dialogues', fitDialogue(raw.record)),
      events: raw.events.map((e) => storable('tagEvents', fitTagEvent(e))),
    };
    await db.dialogues.put(merged.record);
    await applyDialogueChange(db, prev, merged.record);
    if (merged.events.length) await db.tagEvents.bulkAdd(merged.events);
    // The model learns the change after this commits; the journal keeps it until the model is saved with it.
    const learnRemoved = corrections(merged.removed);
    const journalId =
      merged.added.length || learnRemoved.length ? await journalTagChange(db, snap.id!, merged.added, learnRemoved) : undefined;
    return { ...merged, journalId, learnRemoved };
  });
}

export function getDialogue(db: SidekickDb, id: string): Promise<DialogueRecord | undefined> {
  return db.dialogues.get(id);
}

/** When `tag` was last added to the dialogue (its newest `add` tag event), or null when no add is recorded. */
export async function lastTagAdd(db: SidekickDb, dialogueId: string, tag: string): Promise<number | null> {
  const wanted = tag.toLowerCase();
  const events = await db.tagEvents.where('dialogueId').equals(dialogueId).toArray();
  let at: number | null = null;
  for (const e of events) if (e.action === 'add' && e.tag.toLowerCase() === wanted && (at === null || e.at > at)) at = e.at;
  return at;
}

export async function latestEscalation(db: SidekickDb, dialogueId: string): Promise<EscalationRecord | null> {
  const list = await db.escalations.where('dialogueId').equals(dialogueId).sortBy('at');
  return list.at(-1) ?? null;
}

export async function addEscalation(db: SidekickDb, rec: Omit<EscalationRecord, 'id'>): Promise<EscalationRecord> {
  const row = storable('escalations', fitEscalationFields(rec));
  const id = await db.escalations.add(row as EscalationRecord);
  return { ...row, id: id as number };
}

export async function updateEscalation(
  db: SidekickDb,
  id: number,
  patch: Pick<EscalationRecord, 'slackRef' | 'jiraKey' | 'jiraUrl'>,
): Promise<EscalationRecord | null> {
  const clean = Object.fromEntries(Object.entries(fitEscalationFields(patch)).filter(([, v]) => v !== undefined));
  return db.transaction('rw', db.escalations, async () => {
    const before = await db.escalations.get(id);
    if (!before) return null;
    const row = storable('escalations', { ...before, ...clean });
    await db.escalations.put(row);
    return row;
  });
}
