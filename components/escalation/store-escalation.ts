import type { EscalationRecord } from '../../lib/db/schema';
import type { SidebarStore } from '../sidebar/store';

/**
 * Puts a recorded or updated escalation into the stored state, so the state line shows it before
 * the background's next answer. A new escalation has, by definition, no new details yet.
 */
export function storeEscalation(store: SidebarStore, escalation: EscalationRecord, isNew: boolean): void {
  const { stored, snapshot } = store.getState();
  // The operator may have opened another dialogue while the background answered.
  if (snapshot?.id !== escalation.dialogueId) return;
  store.setState({
    stored: {
      record: stored?.record?.id === escalation.dialogueId ? stored.record : null,
      escalation,
      newCustomerMessagesSinceEscalation: isNew ? 0 : (stored?.newCustomerMessagesSinceEscalation ?? 0),
    },
  });
}
