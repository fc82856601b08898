import type { EscalationRecord } from '../../lib/db/schema';
import { DraftPanel } from './DraftPanel';
import { EscalationState } from './EscalationState';
import { HandoverPanel } from './HandoverPanel';
import { HelpPanel } from './HelpPanel';
import { RefsForm } from './RefsForm';
import type { Escalation } from './useEscalation';

/** What the escalation section hands its panels: the escalation of the open dialogue and its actions. */
export interface PanelsProps {
  esc: Escalation;
  escalation: EscalationRecord | null;
  newDetailsCount: number;
}

/**
 * Where a part goes in the section: the state line above the buttons, the panels below them, and before
 * a dialogue is escalated, "Search first" (the team asks Slack, the knowledge base and #team-cs first).
 */
export type PanelsPart = 'state' | 'panels' | 'help' | 'handover';

/**
 * The escalation's panels: its state (escalated when, the "new details" reply), the #tech-questions
 * draft, the Jira task and the pasted references; and "Search first" before any of them. They load on request (`panels-island.tsx`), since a
 * dialogue needs them only once escalated.
 */
export function EscalationPanels({ part, esc, escalation, newDetailsCount }: PanelsProps & { part: PanelsPart }) {
  if (part === 'help') return <HelpPanel />;
  if (part === 'handover') return <HandoverPanel />;
  if (part === 'state') {
    // Keyed by dialogue, so a line worked out for the previous dialogue never shows for this one.
    return escalation ? <EscalationState key={escalation.dialogueId} escalation={escalation} newDetailsCount={newDetailsCount} /> : null;
  }
  return (
    <>
      <DraftPanel esc={esc} />
      {escalation && <RefsForm key={escalation.id} escalation={escalation} />}
    </>
  );
}
