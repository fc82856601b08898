import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { SidekickDb } from './database';
import { applyDialogueChange } from './daily';
import { mergeSnapshot, type MergeContext, type MergeResult } from './dialogue-record';
import type { ComplexityLevel, DialogueRecord, EscalationRecord } from './schema';

/**
 * Stores a snapshot in one transaction: the record, its tag changes and the `daily` summary's change
 * land together or not at all.
 */
export async function recordSnapshot(db: SidekickDb, snap: DialogueSnapshot, ctx: MergeContext): Promise<MergeResult | null> {
  if (!snap.id) return null;
  return db.transaction('rw', db.dialogues, db.tagEvents, db.daily, async () => {
    const prev = await db.dialogues.get(snap.id!);
    const merged = mergeSnapshot(prev, snap, ctx);
    if (!merged) return null;
    await db.dialogues.put(merged.record);
    await applyDialogueChange(db, prev, merged.record);
    if (merged.events.length) await db.tagEvents.bulkAdd(merged.events);
    return merged;
  });
}

export function getDialogue(db: SidekickDb, id: string): Promise<DialogueRecord | undefined> {
  return db.dialogues.get(id);
}

export async function setDialogueComplexity(db: SidekickDb, id: string, level: ComplexityLevel, at: number): Promise<void> {
  await db.dialogues.update(id, { complexity: { level, source: 'operator', at } });
}

export async function latestEscalation(db: SidekickDb, dialogueId: string): Promise<EscalationRecord | null> {
  const list = await db.escalations.where('dialogueId').equals(dialogueId).sortBy('at');
  return list.at(-1) ?? null;
}

export async function addEscalation(db: SidekickDb, rec: Omit<EscalationRecord, 'id'>): Promise<EscalationRecord> {
  const id = await db.escalations.add(rec as EscalationRecord);
  return { ...rec, id: id as number };
}

export async function updateEscalation(
  db: SidekickDb,
  id: number,
  patch: Pick<EscalationRecord, 'slackRef' | 'jiraKey' | 'jiraUrl'>,
): Promise<EscalationRecord | null> {
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  await db.escalations.update(id, clean);
  return (await db.escalations.get(id)) ?? null;
}
