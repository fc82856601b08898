/**
 * The escalation panel's state: what it shows (the view, the built panel, busy, pending, the error)
 * and the bookkeeping its actions need (which build is the latest, the edit timer). One mutable cell,
 * read by the actions at call time and by the component at render; `set` changes it and renders again.
 */
import { useReducer, useRef } from 'preact/hooks';
import type { EscalationPanel, DraftChoices } from '../../lib/escalation/escalation-view';
import type { Settings } from '../../lib/settings/schema';
import { answerOrder, type AnswerOrder } from '../shared/latest';
import type { SidebarState } from '../sidebar/store';

export type AckOutcome =
  { status: 'inserted' | 'noComposer'; text: string } | { status: 'failed'; text: string; error: string } | { status: 'off' };

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

/** A panel from the background and the dialogue it was built for. */
export interface Built {
  dialogueId: string;
  panel: EscalationPanel;
}

/** What a build read from the store besides the choices: a change of any of them rebuilds the panel. */
export interface BuildInputs {
  snapshot: SidebarState['snapshot'];
  slack: Settings['slack'] | undefined;
  jira: Settings['jira'] | undefined;
  lang: SidebarState['lang'];
  jiraRef: string | null;
}

/** What the panel shows; `set` changes these and renders again. */
export interface EscalationShown {
  view: EscalationView | null;
  built: Built | null;
  /** The escalation itself is running. */
  busy: boolean;
  /** A build is on its way. */
  pending: boolean;
  error: EscalationError | null;
}

export interface EscalationCell extends EscalationShown {
  /** Builds in the order asked for: only the latest one's answer is shown or copied. */
  order: AnswerOrder;
  /** The latest build, while it runs. */
  inFlight: Promise<void> | null;
  /** What the latest build read, to tell whether the store has changed under the panel since. */
  lastInputs: BuildInputs | null;
  /** An edit asked for the draft to be copied again: the next build that is shown copies it. */
  copyWanted: boolean;
  /** A typed edit waiting for the field to rest, and whether it asks for a copy. */
  editTimer: ReturnType<typeof setTimeout> | undefined;
  editCopies: boolean;
  /** False once the panel is unmounted: answers arriving later are dropped. */
  alive: boolean;
}

export function emptyCell(): EscalationCell {
  return {
    view: null,
    built: null,
    busy: false,
    pending: false,
    error: null,
    order: answerOrder(),
    inFlight: null,
    lastInputs: null,
    copyWanted: false,
    editTimer: undefined,
    editCopies: false,
    alive: true,
  };
}

/** Changes what the panel shows. */
export type SetShown = (patch: Partial<EscalationShown>) => void;

/** The cell for one mounted panel, and its `set`. */
export function useEscalationCell(): { cell: EscalationCell; set: SetShown } {
  const cell = useRef<EscalationCell | null>(null);
  cell.current ??= emptyCell();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const set = useRef<SetShown>((patch) => {
    Object.assign(cell.current!, patch);
    rerender(0);
  });
  return { cell: cell.current, set: set.current };
}
