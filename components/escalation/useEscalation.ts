import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EscalationRecord } from '../../lib/db/schema';
import { ackReply } from '../../lib/escalation/ack-reply';
import type { ProblemType } from '../../lib/escalation/access';
import { renderDraftText } from '../../lib/escalation/slack-draft';
import { slackChannelLinks } from '../../lib/escalation/slack-links';
import { sendMessage } from '../../lib/service';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/schema';
import { useSidebar } from '../sidebar/store';
import {
  customerMessageCount,
  initialChoices,
  jiraTaskFor,
  slackDraftFor,
  toggled,
  type DialogueView,
  type DraftChoices,
} from './draft-state';
import { storeEscalation, useSidebarStore } from './store-escalation';

/** How long the problem line rests before the edited draft is copied again. */
export const RECOPY_DELAY_MS = 400;

export type AckOutcome =
  | { status: 'inserted' | 'noComposer'; text: string }
  | { status: 'failed'; text: string; error: string }
  | { status: 'off' };

export type RecordOutcome = { status: 'saving' } | { status: 'saved'; id: number } | { status: 'failed'; error: string };

export interface EscalationView {
  dialogueId: string;
  choices: DraftChoices;
  /** Null when the panel was opened to look at the draft again, without escalating. */
  ack: AckOutcome | null;
  /** Whether the last automatic copy of the whole draft worked. */
  copied: boolean | null;
  record: RecordOutcome | null;
}

/** What the draft's Jira reply points at: the task's link, else its key (Jira set up without an address). */
function jiraRefOf(escalation: EscalationRecord | null | undefined): string | null {
  return escalation?.jiraUrl?.trim() || escalation?.jiraKey?.trim() || null;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The escalation of the open dialogue: one call does the whole critical-issue routine (acknowledge,
 * draft, open the channel, record), and the panel's edits rebuild the draft and copy it again.
 * Reads the store at call time, so a request that arrives from another control uses the dialogue
 * that is open then.
 */
export function useEscalation() {
  const store = useSidebarStore();
  const lang = useSidebar((s) => s.lang);
  const rawSettings = useSidebar((s) => s.settings);
  const snapshot = useSidebar((s) => s.snapshot);
  const stored = useSidebar((s) => s.stored);
  const escalateRequest = useSidebar((s) => s.escalateRequest);
  const settings: Settings = useMemo(() => rawSettings ?? defaultSettings(), [rawSettings]);

  const [view, setView] = useState<EscalationView | null>(null);
  const viewRef = useRef<EscalationView | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const recopyTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const dialogue: DialogueView | null = snapshot?.id ? snapshot : null;
  const escalation = stored?.escalation && dialogue && stored.escalation.dialogueId === dialogue.id ? stored.escalation : null;
  const newDetailsCount = escalation ? (stored?.newCustomerMessagesSinceEscalation ?? 0) : 0;

  function update(next: EscalationView | null) {
    viewRef.current = next;
    setView(next);
  }

  function patchChoices(patch: Partial<DraftChoices>): EscalationView | null {
    const current = viewRef.current;
    if (!current) return null;
    const next = { ...current, choices: { ...current.choices, ...patch } };
    update(next);
    return next;
  }

  /** Copies the whole draft as it stands in `v`, built from the dialogue open now. */
  async function copyDraft(v: EscalationView): Promise<boolean> {
    const s = store.getState();
    if (!s.snapshot?.id || s.snapshot.id !== v.dialogueId) return false;
    const esc = s.stored?.escalation?.dialogueId === v.dialogueId ? s.stored.escalation : null;
    const draft = slackDraftFor(s.snapshot, v.choices, s.lang, jiraRefOf(esc));
    const ok = await s.actions.copy(renderDraftText(draft, s.lang));
    if (viewRef.current?.dialogueId === v.dialogueId) update({ ...viewRef.current, copied: ok });
    return ok;
  }

  function cancelRecopy() {
    if (recopyTimer.current !== undefined) clearTimeout(recopyTimer.current);
    recopyTimer.current = undefined;
  }

  async function escalate(): Promise<void> {
    if (busyRef.current) return;
    const s = store.getState();
    const snap = s.snapshot;
    if (!snap?.id) return;
    busyRef.current = true;
    setBusy(true);
    cancelRecopy();
    try {
      const cfg = s.settings ?? defaultSettings();
      const { lang: uiLang, actions } = s;

      let ack: AckOutcome = { status: 'off' };
      const reply = ackReply({ snapshot: snap, settings: cfg, uiLang, now: new Date() });
      if (reply) {
        try {
          await actions.insertText(reply.text);
          ack = { status: snap.missing.includes('composer') ? 'noComposer' : 'inserted', text: reply.text };
        } catch (e) {
          ack = { status: 'failed', text: reply.text, error: errorText(e) };
        }
      }

      const choices = initialChoices(snap, uiLang);
      const task = jiraTaskFor(snap, choices, cfg.jira, uiLang);
      let next: EscalationView = { dialogueId: snap.id, choices, ack, copied: null, record: { status: 'saving' } };
      update(next);
      // After the acknowledgement: when the reply box is missing, inserting copies the reply, and the draft must be what stays on the clipboard.
      await copyDraft(next);

      const links = slackChannelLinks(cfg.slack);
      if (links) actions.openLink(links.app);

      let record: RecordOutcome;
      try {
        const saved = await sendMessage('recordEscalation', {
          dialogueId: snap.id,
          summary: task.summary,
          customerMessageCount: customerMessageCount(snap.messages),
        });
        storeEscalation(store, saved, true);
        record = saved.id === undefined ? { status: 'failed', error: 'no id' } : { status: 'saved', id: saved.id };
      } catch (e) {
        record = { status: 'failed', error: errorText(e) };
      }
      next = viewRef.current?.dialogueId === snap.id ? viewRef.current : next;
      update({ ...next, record });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  /** Opens the panel on a dialogue escalated before, without acknowledging or recording again. */
  function showDraft(): EscalationView | null {
    const s = store.getState();
    const snap = s.snapshot;
    if (!snap?.id) return null;
    if (viewRef.current?.dialogueId === snap.id) return viewRef.current;
    const next: EscalationView = { dialogueId: snap.id, choices: initialChoices(snap, s.lang), ack: null, copied: null, record: null };
    update(next);
    return next;
  }

  /**
   * A request from another control (the playbook's steps each ask) on a dialogue that is already
   * escalated shows and copies the draft instead of acknowledging and recording a second time;
   * a new issue of the same customer is escalated again with the button itself.
   */
  async function handleRequest(): Promise<void> {
    const s = store.getState();
    const id = s.snapshot?.id;
    if (!id) return;
    if (s.stored?.escalation?.dialogueId !== id) return escalate();
    const shown = showDraft();
    if (shown) await copyDraft(shown);
  }

  function hideDraft() {
    cancelRecopy();
    update(null);
  }

  function setProblemLine(problemLine: string) {
    const next = patchChoices({ problemLine });
    if (!next) return;
    cancelRecopy();
    recopyTimer.current = setTimeout(() => {
      recopyTimer.current = undefined;
      if (viewRef.current) void copyDraft(viewRef.current);
    }, RECOPY_DELAY_MS);
  }

  /** Copies a pending problem-line edit now (the field lost focus). */
  function flushProblemLine() {
    if (recopyTimer.current === undefined) return;
    cancelRecopy();
    if (viewRef.current) void copyDraft(viewRef.current);
  }

  function setProblemType(problemType: ProblemType) {
    const next = patchChoices({ problemType });
    if (next) void copyDraft(next);
  }

  function setSecretIncluded(index: number, included: boolean) {
    const current = viewRef.current;
    if (!current) return;
    const next = patchChoices({ includedSecrets: toggled(current.choices.includedSecrets, index, included) });
    if (next) void copyDraft(next);
  }

  function setSummary(summary: string) {
    patchChoices({ summary });
  }

  // Another dialogue opened: this one's panel no longer applies.
  const dialogueId = dialogue?.id ?? null;
  useEffect(() => {
    if (viewRef.current && viewRef.current.dialogueId !== dialogueId) hideDraft();
  }, [dialogueId]);

  // Other controls ask for an escalation by bumping the counter; its value at mount is no request.
  const seenRequest = useRef(escalateRequest);
  useEffect(() => {
    if (escalateRequest === seenRequest.current) return;
    seenRequest.current = escalateRequest;
    void handleRequest();
  }, [escalateRequest]);

  useEffect(() => cancelRecopy, []);

  const current = view && dialogue && view.dialogueId === dialogue.id ? view : null;
  const draft = useMemo(
    () => (current && dialogue ? slackDraftFor(dialogue, current.choices, lang, jiraRefOf(escalation)) : null),
    [current, dialogue, lang, escalation?.jiraUrl, escalation?.jiraKey],
  );
  const task = useMemo(
    () => (current && dialogue ? jiraTaskFor(dialogue, current.choices, settings.jira, lang) : null),
    [current, dialogue, settings.jira, lang],
  );

  return {
    lang,
    settings,
    dialogue,
    escalation,
    newDetailsCount,
    view: current,
    draft,
    task,
    busy,
    escalate,
    showDraft,
    hideDraft,
    setProblemLine,
    flushProblemLine,
    setProblemType,
    setSecretIncluded,
    setSummary,
  };
}

export type Escalation = ReturnType<typeof useEscalation>;
