/**
 * What the sidebar of a private window records, kept in the background's memory only: the same merge as the
 * database (so the reminder and the escalated state work there), never written to IndexedDB or storage, never
 * learned from, and dropped when the last private window closes (or the background unloads, whichever is first).
 */
import type { DialogueSnapshot } from '../carrotquest/snapshot';
import { mergeSnapshot, type MergeContext } from '../db/dialogue-record';
import type { DialogueRecord, EscalationRecord } from '../db/schema';
import type { DialogueState } from '../service-types';

/** Whether a message came from a tab of a private window (`runtime.MessageSender.tab.incognito`). */
export function fromPrivateWindow(sender: { tab?: { incognito?: boolean } } | undefined): boolean {
  return sender?.tab?.incognito === true;
}

export function createPrivateDialogues() {
  const records = new Map<string, DialogueRecord>();
  const escalations = new Map<number, EscalationRecord>();
  let nextId = 1;

  const latestEscalation = (dialogueId: string): EscalationRecord | null => {
    let latest: EscalationRecord | null = null;
    for (const e of escalations.values()) if (e.dialogueId === dialogueId && (!latest || e.at >= latest.at)) latest = e;
    return latest;
  };

  return {
    record(snap: DialogueSnapshot, ctx: MergeContext): DialogueState {
      if (!snap.id) return { record: null, escalation: null, newCustomerMessagesSinceEscalation: 0 };
      const merged = mergeSnapshot(records.get(snap.id), snap, ctx);
      if (merged) records.set(snap.id, merged.record);
      const escalation = latestEscalation(snap.id);
      const customerCount = snap.messages.filter((m) => m.fromCustomer).length;
      return {
        record: records.get(snap.id) ?? null,
        escalation,
        newCustomerMessagesSinceEscalation: escalation ? Math.max(0, customerCount - escalation.customerMessageCount) : 0,
      };
    },

    addEscalation(rec: Omit<EscalationRecord, 'id'>): EscalationRecord {
      const saved = { ...rec, id: nextId++ };
      escalations.set(saved.id, saved);
      return saved;
    },

    updateEscalation(id: number, patch: Partial<Pick<EscalationRecord, 'slackRef' | 'jiraKey' | 'jiraUrl'>>): EscalationRecord | null {
      const current = escalations.get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      escalations.set(id, next);
      return next;
    },

    /** How many dialogues are held (tests). */
    size: () => records.size,

    clear() {
      records.clear();
      escalations.clear();
    },
  };
}
