import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { jiraRefOf } from './draft-state';
import { escalationActions, inputsOf, sameInputs } from './escalation-actions';
import { useEscalationCell } from './escalation-cell';

export { RECOPY_DELAY_MS } from './escalation-actions';
export type { AckOutcome, EscalationError, EscalationView, RecordOutcome } from './escalation-cell';

/**
 * The escalation of the open dialogue, as the panel renders it: its state (escalation-cell.ts) and
 * its actions (escalation-actions.ts), kept in step with the store. The draft is built in the
 * background; answers can come back in any order, so only the answer to the latest build is shown
 * or copied.
 */
export function useEscalation(duty = false) {
  const store = useSidebarStore();
  const lang = useSidebar((s) => s.lang);
  const rawSettings = useSidebar((s) => s.settings);
  const snapshot = useSidebar((s) => s.snapshot);
  const stored = useSidebar((s) => s.stored);
  const escalateRequest = useSidebar((s) => s.escalateRequest);
  const { cell, set } = useEscalationCell();
  const actions = useMemo(() => escalationActions(cell, set, store), [cell, set, store]);

  const dialogue = snapshot?.id ? snapshot : null;
  const escalation = stored?.escalation && dialogue && stored.escalation.dialogueId === dialogue.id ? stored.escalation : null;
  const newDetailsCount = escalation ? (stored?.newCustomerMessagesSinceEscalation ?? 0) : 0;
  const { view, built, busy, pending, error } = cell;

  // Another dialogue opened: this one's panel, builds and errors no longer apply.
  const dialogueId = dialogue?.id ?? null;
  useEffect(() => {
    set({ error: null });
    if (cell.view && cell.view.dialogueId !== dialogueId) actions.hideDraft();
  }, [dialogueId]);

  // The dialogue, the settings, the language or the pasted Jira task changed under an open panel.
  const jiraRef = jiraRefOf(escalation);
  useEffect(() => {
    const v = cell.view;
    if (!v || cell.busy || !cell.lastInputs || v.dialogueId !== store.getState().snapshot?.id) return;
    if (!sameInputs(cell.lastInputs, inputsOf(store.getState()))) void actions.rebuild(false);
  }, [snapshot, rawSettings?.slack, rawSettings?.jira, lang, jiraRef, busy, view?.dialogueId]);

  // Other controls ask for an escalation by bumping the counter; its value at mount is no request.
  const seenRequest = useRef(escalateRequest);
  useEffect(() => {
    if (escalateRequest === seenRequest.current) return;
    seenRequest.current = escalateRequest;
    void actions.handleRequest(duty);
  }, [escalateRequest]);

  useEffect(() => {
    cell.alive = true;
    return () => {
      cell.alive = false;
      actions.cancelEdits();
    };
  }, []);

  const current = view && dialogue && view.dialogueId === dialogue.id ? view : null;
  const panel = current && built?.dialogueId === current.dialogueId ? built.panel : null;

  return {
    lang,
    dialogue,
    escalation,
    newDetailsCount,
    view: current,
    panel,
    busy,
    /** A build is on its way (not counting the escalation itself, which says so on its button). */
    preparing: pending && !busy,
    /** Why the last call to the background failed, as the messaging layer put it. */
    error,
    escalate: actions.escalate,
    showDraft: actions.showDraft,
    hideDraft: actions.hideDraft,
    setText: actions.setText,
    flushEdits: actions.flushEdits,
    setProblemType: actions.setProblemType,
    setSecretIncluded: actions.setSecretIncluded,
    settling: actions.settling,
    settle: actions.settle,
  };
}

export type Escalation = ReturnType<typeof useEscalation>;
