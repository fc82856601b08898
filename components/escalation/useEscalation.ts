import { useEffect, useRef, useState } from 'preact/hooks';
import type { EscalationRecord } from '../../lib/db/schema';
import type { ProblemType } from '../../lib/escalation/access';
import type { DraftChoices, EscalationPanel, EscalationStart } from '../../lib/escalation/escalation-view';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/schema';
import { useSidebar, type SidebarState, useSidebarStore } from '../sidebar/store';
import { errorMessage } from '../shared/latest';
import { customerMessageCount, dialogueFor, draftSettings, jiraRefOf, toggled } from './draft-state';
import { storeEscalation } from './store-escalation';

/** How long the problem line (or the Jira summary) rests before the draft is rebuilt and copied again. */
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

/** A compute call that failed: on Escalate nothing was done; otherwise the panel shows its last build. */
export interface EscalationError {
  during: 'escalate' | 'build';
  message: string;
}

/** A panel from the compute service and the dialogue it was built for. */
interface Built {
  dialogueId: string;
  panel: EscalationPanel;
}

/** What a build read from the store besides the choices: a change of any of them rebuilds the panel. */
interface BuildInputs {
  snapshot: SidebarState['snapshot'];
  slack: Settings['slack'] | undefined;
  jira: Settings['jira'] | undefined;
  lang: SidebarState['lang'];
  jiraRef: string | null;
}

function escalationOf(s: SidebarState): EscalationRecord | null {
  const id = s.snapshot?.id;
  return id && s.stored?.escalation?.dialogueId === id ? s.stored.escalation : null;
}

function inputsOf(s: SidebarState): BuildInputs {
  return { snapshot: s.snapshot, slack: s.settings?.slack, jira: s.settings?.jira, lang: s.lang, jiraRef: jiraRefOf(escalationOf(s)) };
}

function sameInputs(a: BuildInputs, b: BuildInputs): boolean {
  return a.snapshot === b.snapshot && a.slack === b.slack && a.jira === b.jira && a.lang === b.lang && a.jiraRef === b.jiraRef;
}

function startInput(s: SidebarState, acknowledge: boolean) {
  const snapshot = s.snapshot!;
  const { slack, jira, replies, operator } = s.settings ?? defaultSettings();
  return {
    dialogue: dialogueFor(snapshot),
    settings: { slack, jira, replies, operator },
    lang: s.lang,
    jiraRef: jiraRefOf(escalationOf(s)),
    acknowledge,
    now: Date.now(),
  };
}

/**
 * The escalation of the open dialogue: one call does the whole critical-issue routine (acknowledge,
 * draft, open the channel, record), and the panel's edits rebuild the draft and copy it again.
 * The draft is built in the background; answers can come back in any order, so each build is
 * numbered and only the answer to the latest one is shown or copied. Reads the store at call time,
 * so a request that arrives from another control uses the dialogue that is open then.
 */
export function useEscalation() {
  const store = useSidebarStore();
  const lang = useSidebar((s) => s.lang);
  const rawSettings = useSidebar((s) => s.settings);
  const snapshot = useSidebar((s) => s.snapshot);
  const stored = useSidebar((s) => s.stored);
  const escalateRequest = useSidebar((s) => s.escalateRequest);

  const [view, setView] = useState<EscalationView | null>(null);
  const viewRef = useRef<EscalationView | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const builtRef = useRef<Built | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<EscalationError | null>(null);

  const buildSeq = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  /** What the latest build read, to tell whether the store has changed under the panel since. */
  const lastInputs = useRef<BuildInputs | null>(null);
  /** An edit asked for the draft to be copied again: the next build that is shown copies it. */
  const copyWanted = useRef(false);
  const editTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editCopies = useRef(false);
  const alive = useRef(true);

  const dialogue = snapshot?.id ? snapshot : null;
  const escalation = stored?.escalation && dialogue && stored.escalation.dialogueId === dialogue.id ? stored.escalation : null;
  const newDetailsCount = escalation ? (stored?.newCustomerMessagesSinceEscalation ?? 0) : 0;

  function update(next: EscalationView | null) {
    viewRef.current = next;
    setView(next);
  }

  function show(next: Built | null) {
    builtRef.current = next;
    setBuilt(next);
  }

  function patchChoices(patch: Partial<DraftChoices>): boolean {
    const current = viewRef.current;
    if (!current) return false;
    update({ ...current, choices: { ...current.choices, ...patch } });
    return true;
  }

  /** Drops every build still on its way: its answer would describe something no longer shown. */
  function supersede() {
    buildSeq.current++;
    inFlight.current = null;
    setPending(false);
  }

  /**
   * Runs one compute call for the panel; `onAnswer` gets the answer only while no later call was
   * made, and the panel is not unmounted.
   */
  function request<T>(call: () => Promise<T>, onAnswer: (answer: T) => Promise<void> | void): Promise<void> {
    const seq = ++buildSeq.current;
    const isLatest = () => alive.current && seq === buildSeq.current;
    lastInputs.current = inputsOf(store.getState());
    setPending(true);
    setError(null);
    const done: Promise<void> = Promise.resolve()
      .then(call)
      .then(
        async (answer) => {
          if (isLatest()) await onAnswer(answer);
        },
        (e: unknown) => {
          if (!isLatest()) return;
          copyWanted.current = false;
          setError({ during: 'build', message: errorMessage(e) });
        },
      )
      .finally(() => {
        if (inFlight.current === done) inFlight.current = null;
        if (isLatest()) setPending(false);
      });
    inFlight.current = done;
    return done;
  }

  async function copyDraft(dialogueId: string, text: string): Promise<boolean> {
    const ok = await store.getState().actions.copy(text);
    if (viewRef.current?.dialogueId === dialogueId) update({ ...viewRef.current, copied: ok });
    return ok;
  }

  /** Rebuilds the panel from the current choices and the dialogue open now; copies it when an edit asked to. */
  function rebuild(copy: boolean): Promise<void> {
    const v = viewRef.current;
    const s = store.getState();
    if (!v || busyRef.current || !s.snapshot?.id || s.snapshot.id !== v.dialogueId) return Promise.resolve();
    if (copy) copyWanted.current = true;
    const input = {
      dialogue: dialogueFor(s.snapshot),
      choices: v.choices,
      settings: draftSettings(s.settings ?? defaultSettings()),
      lang: s.lang,
      jiraRef: jiraRefOf(escalationOf(s)),
    };
    return request(
      () => store.getState().service.call('escalationPanel', input),
      async (panel) => {
        if (viewRef.current?.dialogueId !== v.dialogueId) return;
        show({ dialogueId: v.dialogueId, panel });
        if (!copyWanted.current) return;
        copyWanted.current = false;
        await copyDraft(v.dialogueId, panel.draftText);
      },
    );
  }

  function cancelEdits() {
    if (editTimer.current !== undefined) clearTimeout(editTimer.current);
    editTimer.current = undefined;
    editCopies.current = false;
  }

  /** Rebuilds now, also for an edit still waiting for its delay (and copies if that one would have). */
  function rebuildNow(copy: boolean): Promise<void> {
    const waitingCopy = editCopies.current;
    cancelEdits();
    return rebuild(copy || waitingCopy);
  }

  /** Typing rebuilds once the field rests, not on every key. */
  function rebuildSoon(copy: boolean) {
    const waitingCopy = editCopies.current;
    cancelEdits();
    editCopies.current = waitingCopy || copy;
    editTimer.current = setTimeout(() => void rebuildNow(false), RECOPY_DELAY_MS);
  }

  /** Rebuilds at once when an edit is waiting (the field lost focus). */
  function flushEdits(): Promise<void> {
    return editTimer.current === undefined ? Promise.resolve() : rebuildNow(false);
  }

  /** Opens the panel on the open dialogue without acknowledging or recording; copies the draft when asked. */
  function open(copy: boolean): Promise<void> {
    const s = store.getState();
    const id = s.snapshot?.id;
    if (!id || busyRef.current) return Promise.resolve();
    if (viewRef.current?.dialogueId === id) return copy ? rebuildNow(true) : Promise.resolve();
    const input = startInput(s, false);
    return request(
      () => store.getState().service.call('escalationStart', input),
      async ({ choices, panel }) => {
        if (store.getState().snapshot?.id !== id) return;
        update({ dialogueId: id, choices, ack: null, copied: null, record: null });
        show({ dialogueId: id, panel });
        if (copy) await copyDraft(id, panel.draftText);
      },
    );
  }

  async function escalate(): Promise<void> {
    if (busyRef.current) return;
    const s = store.getState();
    const snap = s.snapshot;
    if (!snap?.id) return;
    const id = snap.id;
    busyRef.current = true;
    setBusy(true);
    cancelEdits();
    supersede();
    setError(null);
    try {
      const { actions } = s;
      lastInputs.current = inputsOf(s);
      let started: EscalationStart;
      try {
        started = await s.service.call('escalationStart', startInput(s, true));
      } catch (e) {
        if (alive.current) setError({ during: 'escalate', message: errorMessage(e) });
        return;
      }
      // The operator opened another dialogue meanwhile: acknowledging now would answer the wrong customer.
      if (!alive.current || store.getState().snapshot?.id !== id) return;

      let ack: AckOutcome = { status: 'off' };
      if (started.ack) {
        try {
          await actions.insertText(started.ack.text);
          ack = { status: snap.missing.includes('composer') ? 'noComposer' : 'inserted', text: started.ack.text };
        } catch (e) {
          ack = { status: 'failed', text: started.ack.text, error: errorMessage(e) };
        }
      }

      const { panel } = started;
      update({ dialogueId: id, choices: started.choices, ack, copied: null, record: { status: 'saving' } });
      show({ dialogueId: id, panel });
      copyWanted.current = false;
      // After the acknowledgement: when the reply box is missing, inserting copies the reply, and the draft must be what stays on the clipboard.
      await copyDraft(id, panel.draftText);

      if (panel.slack.links) actions.openLink(panel.slack.links.app);

      let record: RecordOutcome;
      try {
        const saved = await s.service.call('recordEscalation', {
          dialogueId: id,
          summary: panel.jira.summary,
          customerMessageCount: customerMessageCount(snap.messages),
        });
        storeEscalation(store, saved, true);
        record = saved.id === undefined ? { status: 'failed', error: 'no id' } : { status: 'saved', id: saved.id };
      } catch (e) {
        record = { status: 'failed', error: errorMessage(e) };
      }
      if (viewRef.current?.dialogueId === id) update({ ...viewRef.current, record });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  function showDraft(): Promise<void> {
    return open(false);
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
    await open(true);
  }

  function hideDraft() {
    cancelEdits();
    supersede();
    copyWanted.current = false;
    update(null);
    show(null);
  }

  function setProblemLine(problemLine: string) {
    if (patchChoices({ problemLine })) rebuildSoon(true);
  }

  function setProblemType(problemType: ProblemType) {
    if (patchChoices({ problemType })) void rebuildNow(true);
  }

  function setSecretIncluded(index: number, included: boolean) {
    const current = viewRef.current;
    if (current && patchChoices({ includedSecrets: toggled(current.choices.includedSecrets, index, included) })) void rebuildNow(true);
  }

  function setSummary(summary: string) {
    if (patchChoices({ summary })) rebuildSoon(false);
  }

  /** Whether what the panel shows may be about to change: an edit waits for its delay, or a build is on its way. */
  function settling(): boolean {
    return editTimer.current !== undefined || inFlight.current !== null;
  }

  /** The panel once every edit made so far is in it (null when it is closed or the build failed). */
  async function settle(): Promise<EscalationPanel | null> {
    await flushEdits();
    while (inFlight.current) await inFlight.current;
    const v = viewRef.current;
    const b = builtRef.current;
    return v && b && b.dialogueId === v.dialogueId ? b.panel : null;
  }

  // Another dialogue opened: this one's panel, builds and errors no longer apply.
  const dialogueId = dialogue?.id ?? null;
  useEffect(() => {
    setError(null);
    if (viewRef.current && viewRef.current.dialogueId !== dialogueId) hideDraft();
  }, [dialogueId]);

  // The dialogue, the settings, the language or the pasted Jira task changed under an open panel.
  const jiraRef = jiraRefOf(escalation);
  useEffect(() => {
    const v = viewRef.current;
    if (!v || busyRef.current || !lastInputs.current || v.dialogueId !== store.getState().snapshot?.id) return;
    if (!sameInputs(lastInputs.current, inputsOf(store.getState()))) void rebuild(false);
  }, [snapshot, rawSettings?.slack, rawSettings?.jira, lang, jiraRef, busy, view?.dialogueId]);

  // Other controls ask for an escalation by bumping the counter; its value at mount is no request.
  const seenRequest = useRef(escalateRequest);
  useEffect(() => {
    if (escalateRequest === seenRequest.current) return;
    seenRequest.current = escalateRequest;
    void handleRequest();
  }, [escalateRequest]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      cancelEdits();
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
    /** Why the last compute call failed, as the messaging layer put it. */
    error,
    escalate,
    showDraft,
    hideDraft,
    setProblemLine,
    flushEdits,
    setProblemType,
    setSecretIncluded,
    setSummary,
    settling,
    settle,
  };
}

export type Escalation = ReturnType<typeof useEscalation>;
