import type { SidekickDb } from './database';
import type { DialogueRecord, EscalationRecord, TagEvent } from './schema';

export interface WorkDoneRows {
  records: DialogueRecord[];
  escalations: EscalationRecord[];
  tagEvents: TagEvent[];
}

/**
 * What the `#work-done` post of one day needs, in one read transaction: the dialogues replied in
 * that day (the multi-entry replyDays index), the escalations and tag events from `from` to `to`
 * (the day's bounds in the operator's zone), and the dialogues those escalations belong to, so
 * each escalation line can name its customer even when nobody replied there that day.
 */
export async function workDoneRows(db: SidekickDb, day: string, from: number, to: number): Promise<WorkDoneRows> {
  return db.transaction('r', db.dialogues, db.escalations, db.tagEvents, async () => {
    const [replied, escalations, tagEvents] = await Promise.all([
      db.dialogues.where('replyDays').equals(day).toArray(),
      db.escalations.where('at').between(from, to, true, false).toArray(),
      db.tagEvents.where('at').between(from, to, true, false).toArray(),
    ]);
    const known = new Set(replied.map((r) => r.id));
    const missing = [...new Set(escalations.map((e) => e.dialogueId))].filter((id) => !known.has(id));
    const escalated = missing.length ? (await db.dialogues.bulkGet(missing)).filter((r): r is DialogueRecord => !!r) : [];
    return { records: [...replied, ...escalated], escalations, tagEvents };
  });
}
