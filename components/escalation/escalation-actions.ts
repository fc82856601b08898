/**
 * What the operator does with the escalation panel: escalate (acknowledge, draft, open the channel,
 * record), show or hide the draft, edit it (each edit rebuilds the draft in the background and copies
 * it again), and wait for pending edits before copying. Plain functions over the panel's cell and the
 * sidebar store, read at call time, so a request from another control uses the dialogue open then.
 */
import type { EscalationRecord } from '../../lib/db/schema';
import type { ProblemType } from '../../lib/escalation/access';
import type { EscalationPanel, EscalationStart } from '../../lib/escalation/escalation-view';
import { defaultSettings } from '../../lib/settings/defaults';
import { errorMessage } from '../shared/latest';
import type { SidebarState, SidebarStore } from '../sidebar/store';
import { customerMessageCount, dialogueFor, draftSettings, jiraRefOf, toggled } from './draft-state';
import type { AckOutcome, BuildInputs, EscalationCell, EscalationView, RecordOutcome, SetShown } from './escalation-cell';
import { storeEscalation } from './store-escalation';

/** How long the problem line (or the Jira summary) rests before the draft is rebuilt and copied again. */
export const RECOPY_DELAY_MS = 400;

export function escalationOf(s: SidebarState): EscalationRecord | null {
  const id = s.snapshot?.id;
  return id && s.stored?.escalation?.dialogueId === id ? s.stored.escalation : null;
}

export function inputsOf(s: SidebarState): BuildInputs {
  return { snapshot: s.snapshot, slack: s.settings?.slack, jira: s.settings?.jira, lang: s.lang, jiraRef: jiraRefOf(escalationOf(s)) };
}

export function sameInputs(a: BuildInputs, b: BuildInputs): boolean {
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

export function escalationActions(c: EscalationCell, set: SetShown, store: SidebarStore) {
  const service = () => store.getState().service;

  function patchChoices(patch: Partial<EscalationView['choices']>): boolean {
    if (!c.view) return false;
    set({ view: { ...c.view, choices: { ...c.view.choices, ...patch } } });
    return true;
  }

  /** Drops every build still on its way: its answer would describe something no longer shown. */
  function supersede() {
    c.order.next();
    c.inFlight = null;
    set({ pending: false });
  }

  /**
   * Runs one call to the background for the panel; `onAnswer` gets the answer only while no later
   * call was made, and the panel is not unmounted.
   */
  function request<T>(call: () => Promise<T>, onAnswer: (answer: T) => Promise<void> | void): Promise<void> {
    const ticket = c.order.next();
    const isLatest = () => c.alive && c.order.isLatest(ticket);
    c.lastInputs = inputsOf(store.getState());
    set({ pending: true, error: null });
    const done: Promise<void> = Promise.resolve()
      .then(call)
      .then(
        async (answer) => {
          if (isLatest()) await onAnswer(answer);
        },
        (e: unknown) => {
          if (!isLatest()) return;
          c.copyWanted = false;
          set({ error: { during: 'build', message: errorMessage(e) } });
        },
      )
      .finally(() => {
        if (c.inFlight === done) c.inFlight = null;
        if (isLatest()) set({ pending: false });
      });
    c.inFlight = done;
    return done;
  }

  async function copyDraft(dialogueId: string, text: string): Promise<boolean> {
    const ok = await store.getState().actions.copy(text);
    if (c.view?.dialogueId === dialogueId) set({ view: { ...c.view, copied: ok } });
    return ok;
  }

  /** Rebuilds the panel from the current choices and the dialogue open now; copies it when an edit asked to. */
  function rebuild(copy: boolean): Promise<void> {
    const v = c.view;
    const s = store.getState();
    if (!v || c.busy || !s.snapshot?.id || s.snapshot.id !== v.dialogueId) return Promise.resolve();
    if (copy) c.copyWanted = true;
    const input = {
      dialogue: dialogueFor(s.snapshot),
      choices: v.choices,
      settings: draftSettings(s.settings ?? defaultSettings()),
      lang: s.lang,
      jiraRef: jiraRefOf(escalationOf(s)),
    };
    return request(
      () => service().call('escalationPanel', input),
      async (panel) => {
        if (c.view?.dialogueId !== v.dialogueId) return;
        set({ built: { dialogueId: v.dialogueId, panel } });
        if (!c.copyWanted) return;
        c.copyWanted = false;
        await copyDraft(v.dialogueId, panel.draftText);
      },
    );
  }

  function cancelEdits() {
    if (c.editTimer !== undefined) clearTimeout(c.editTimer);
    c.editTimer = undefined;
    c.editCopies = false;
  }

  /** Rebuilds now, also for an edit still waiting for its delay (and copies if that one would have). */
  function rebuildNow(copy: boolean): Promise<void> {
    const waitingCopy = c.editCopies;
    cancelEdits();
    return rebuild(copy || waitingCopy);
  }

  /** Typing rebuilds once the field rests, not on every key. */
  function rebuildSoon(copy: boolean) {
    const waitingCopy = c.editCopies;
    cancelEdits();
    c.editCopies = waitingCopy || copy;
    c.editTimer = setTimeout(() => void rebuildNow(false), RECOPY_DELAY_MS);
  }

  /** Rebuilds at once when an edit is waiting (the field lost focus). */
  function flushEdits(): Promise<void> {
    return c.editTimer === undefined ? Promise.resolve() : rebuildNow(false);
  }

  /** Opens the panel on the open dialogue without acknowledging or recording; copies the draft when asked. */
  function open(copy: boolean): Promise<void> {
    const s = store.getState();
    const id = s.snapshot?.id;
    if (!id || c.busy) return Promise.resolve();
    if (c.view?.dialogueId === id) return copy ? rebuildNow(true) : Promise.resolve();
    const input = startInput(s, false);
    return request(
      () => service().call('escalationStart', input),
      async ({ choices, panel }) => {
        if (store.getState().snapshot?.id !== id) return;
        set({ view: { dialogueId: id, choices, ack: null, copied: null, record: null }, built: { dialogueId: id, panel } });
        if (copy) await copyDraft(id, panel.draftText);
      },
    );
  }

  /**
   * `duty`: a duty day and a dialogue below critical, so no #tech-questions thread: nothing is acknowledged, the
   * draft is neither copied nor its channel opened; the Jira task is prefilled and the escalation recorded.
   */
  async function escalate(duty = false): Promise<void> {
    if (c.busy) return;
    const s = store.getState();
    const snap = s.snapshot;
    if (!snap?.id) return;
    const id = snap.id;
    set({ busy: true });
    cancelEdits();
    supersede();
    set({ error: null });
    try {
      const { actions } = s;
      c.lastInputs = inputsOf(s);
      let started: EscalationStart;
      try {
        started = await s.service.call('escalationStart', startInput(s, !duty));
      } catch (e) {
        if (c.alive) set({ error: { during: 'escalate', message: errorMessage(e) } });
        return;
      }
      // The operator opened another dialogue meanwhile: acknowledging now would answer the wrong customer.
      if (!c.alive || store.getState().snapshot?.id !== id) return;

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
      set({
        view: { dialogueId: id, choices: started.choices, ack, copied: null, record: { status: 'saving' } },
        built: { dialogueId: id, panel },
      });
      c.copyWanted = false;
      if (!duty) {
        // After the acknowledgement: when the reply box is missing, inserting copies the reply, and the draft must be what stays on the clipboard.
        await copyDraft(id, panel.draftText);
        if (panel.slack.links) actions.openLink(panel.slack.links.app);
      }

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
      if (c.view?.dialogueId === id) set({ view: { ...c.view, record } });
    } finally {
      set({ busy: false });
    }
  }

  function hideDraft() {
    cancelEdits();
    supersede();
    c.copyWanted = false;
    set({ view: null, built: null });
  }

  return {
    escalate,
    /** Opens the draft again, without acknowledging or recording. */
    showDraft: (): Promise<void> => open(false),
    hideDraft,
    /**
     * A request from another control (the playbook's steps each ask) on a dialogue that is already
     * escalated shows and copies the draft instead of acknowledging and recording a second time;
     * a new issue of the same customer is escalated again with the button itself.
     */
    async handleRequest(duty = false): Promise<void> {
      const s = store.getState();
      const id = s.snapshot?.id;
      if (!id) return;
      if (s.stored?.escalation?.dialogueId !== id) return escalate(duty);
      await open(true);
    },
    /**
     * A typed field (the problem line, the error as text, the Jira summary), built after a pause; an edit of
     * what the Slack draft shows copies it again (`copy`), the Jira summary does not.
     */
    setText(patch: Partial<Pick<EscalationView['choices'], 'problemLine' | 'errorText' | 'summary'>>, copy: boolean) {
      if (patchChoices(patch)) rebuildSoon(copy);
    },
    setProblemType(problemType: ProblemType) {
      if (patchChoices({ problemType })) void rebuildNow(true);
    },
    setSecretIncluded(index: number, included: boolean) {
      if (c.view && patchChoices({ includedSecrets: toggled(c.view.choices.includedSecrets, index, included) })) void rebuildNow(true);
    },
    flushEdits,
    /** Whether what the panel shows may be about to change: an edit waits for its delay, or a build is on its way. */
    settling(): boolean {
      return c.editTimer !== undefined || c.inFlight !== null;
    },
    /** The panel once every edit made so far is in it (null when it is closed or the build failed). */
    async settle(): Promise<EscalationPanel | null> {
      await flushEdits();
      while (c.inFlight) await c.inFlight;
      const v = c.view;
      const b = c.built;
      return v && b && b.dialogueId === v.dialogueId ? b.panel : null;
    },
    rebuild,
    cancelEdits,
  };
}

export type EscalationActions = ReturnType<typeof escalationActions>;
