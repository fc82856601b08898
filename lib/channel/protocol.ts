import type { DraftWarning } from '../replies/draft-check';
import type { PageCapture } from '../carrotquest/capture';
import type { ProfileKey } from '../carrotquest/profile-keys';
import type { DialogueMessage, DialogueSnapshot } from '../carrotquest/snapshot';
import type { EscalationRecord } from '../db/schema';
import type {
  EscalationPanel,
  EscalationPanelInput,
  EscalationStart,
  EscalationStartInput,
  NewDetails,
  NewDetailsInput,
} from '../escalation/escalation-view';
import type { JiraRef } from '../escalation/jira-ref';
import type { SearchHelp, SearchHelpInput } from '../escalation/search-help';
import type { HandoverNoteInput } from '../escalation/handover';
import type { PreparedInsert, PrepareInsertInput, RepliesView, RepliesViewInput } from '../replies/reply-view';
import type { ComplexityFeedback, DialogueState, EscalationInput, SuggestInput, SuggestResult } from '../service-types';
import type { Language, Settings } from '../settings/schema';
import type { ComplexityView } from '../triage/complexity-view';
import type { ApiStatus, HistoryProgress, SyncInfo, TeamView } from '../api/status';
import type { ApiAssignAnswer, ApiDialogueView, ApiTagAnswer } from '../background/api-dialogue';

/**
 * Every message the background answers: the one channel between the content script (which must never
 * open IndexedDB: there it would belong to the panel's origin), the popup, the options page and the
 * background, which owns the database, the models and the pure work kept out of the page's bundle.
 * Types only: the page's bundle carries none of the code behind them. Who may send each message and
 * the shape its input must have are in `lib/background/handlers.ts`.
 */
export interface BackgroundProtocol {
  /** Records what the open dialogue looks like now; answers with the stored state the sidebar shows. */
  recordSnapshot(snapshot: DialogueSnapshot): DialogueState;
  /** Tags suggested for these messages (only the customer's count). */
  suggestTags(input: SuggestInput): SuggestResult;
  /** "Tag again" was pressed: the tag's removal that follows is the operator's retag, not a correction. */
  retagging(input: { dialogueId: string; tag: string }): void;
  /** Trains the tag model on an imported history (already validated by the options page). */
  importHistory(input: { items: { messages: DialogueMessage[]; tags: string[] }[] }): { learned: number; tags: string[] };
  /** Drops the models held in memory so the next use reads IndexedDB again (after a restore or a clear). */
  reloadModels(): void;
  /** The tags the model has learned, for checking an imported history against. */
  knownTags(): string[];
  /** The operator corrected the complexity: stored, and learned from. */
  setComplexity(input: ComplexityFeedback): void;
  recordEscalation(input: EscalationInput): EscalationRecord;
  updateEscalation(input: { id: number; slackRef?: string; jiraKey?: string; jiraUrl?: string }): EscalationRecord | null;
  /** Posts through the team's incoming webhook (only when enabled in settings); answers an error text or null. */
  postWebhook(input: { text: string }): string | null;

  /** On Escalate, or to show the draft again: first choices, the panel and, when asked, the acknowledgement. */
  escalationStart(input: EscalationStartInput): EscalationStart;
  /** After an edit (problem line, type, secrets, summary) or a change of the dialogue or settings. */
  escalationPanel(input: EscalationPanelInput): EscalationPanel;
  /** The "new details" thread reply for a dialogue escalated before. */
  escalationNewDetails(input: NewDetailsInput): NewDetails;
  /** Search first, then `#team-cs`: the key words, the search addresses and the question to paste. */
  searchHelp(input: SearchHelpInput): SearchHelp;
  /** Hand over: the note for the senior teammate. */
  handoverNote(input: HandoverNoteInput): string;
  /** "escalated 2 h ago, SUPPORT-123". */
  escalationLine(input: { record: Pick<EscalationRecord, 'at' | 'jiraKey' | 'slackRef'>; now: number; lang: Language }): string;
  /** The pasted Slack thread and Jira task, checked; null for each that is not a link or key. */
  escalationRefs(input: { slack: string; jira: string; jiraSettings: Pick<Settings['jira'], 'baseUrl' | 'projectKey'> }): {
    slackRef: string | null;
    jiraRef: JiraRef | null;
  };

  /** The replies section after any change: suggestions with reasons, the picker's list with each form, secret warnings. */
  repliesView(input: RepliesViewInput): RepliesView;
  /** One reply for inserting: its text once nothing is missing, else the form that asks for what is. */
  prepareInsert(input: PrepareInsertInput): PreparedInsert;
  /** The open dialogue's rating with every level's playbook, using the corrections the background has learned. */
  rateComplexity(input: { messages: DialogueMessage[] }): ComplexityView;
  /** The operator's draft in the panel's reply box against the team's rules (the sidebar's quiet warning). */
  checkDraft(input: { text: string; caret: number }): DraftWarning[];

  /** API mode (options page): the state, "save and test" a key, pick who I am, forget the key. */
  apiStatus(): ApiStatus;
  apiConnect(input: { key: string }): ApiStatus;
  apiSetOperator(input: { adminId: string }): ApiStatus;
  apiDisconnect(): ApiStatus;
  /** "Learn from CarrotQuest history": start (or resume from the saved cursor), cancel, progress. */
  apiHistoryStart(input: { resume: boolean }): HistoryProgress;
  apiHistoryCancel(): void;
  apiHistoryState(): HistoryProgress | null;
  /** Brings the copy of the server's recent conversations up to date (incremental); `wait`: answer when done. */
  apiSync(input: { wait: boolean }): SyncInfo;
  /** The Team tab: per operator, from the copy (`sync`: bring it up to date first). */
  apiTeamView(input: { sync: boolean }): TeamView;
  /** Saves a taught selector into the user's profile override (validated like every settings write). */
  saveSelector(input: { key: ProfileKey; selector: string }): { ok: true } | { ok: false; error: string };
  /** The options page's "Show me": starts pick mode for `key` in the panel tab used last. */
  teachInTab(input: { key: ProfileKey }): { ok: true } | { ok: false; error: string };
  /** The options page's "Save page capture": a capture of the panel tab used last. */
  captureInTab(): { ok: true; capture: PageCapture } | { ok: false; error: string };
  /** The popup's list link: the dialogue in the panel tab used last, brought forward; a new tab when none can show it. */
  openDialogueInPanel(input: { link: string }): 'focused' | 'created';
  /** Registers the sidebar on the team's granted panel addresses; answers the match patterns registered. */
  syncTeamPanels(): string[];
  /** The sidebar (API mode): the page's reading merged with the API's (`refresh`: read the API again); `off` when API mode is off. */
  apiDialogue(input: { snapshot: DialogueSnapshot; lang: Language; refresh: boolean }): ApiDialogueView;
  /** The sidebar (API mode): a dialogue tag added or removed through the API, with the toast's text. */
  apiTag(input: { dialogueId: string; tag: string; action: 'add' | 'remove'; lang: Language }): ApiTagAnswer;
  /** Hand over: assigns the dialogue to the teammate of that name through the API; `off` without API mode. */
  apiAssign(input: { dialogueId: string; name: string; lang: Language }): ApiAssignAnswer;
}

/** Messages the background sends to one tab's content script. */
export interface TabProtocol {
  /** The operator pressed the reply-picker shortcut. */
  openReplyPicker(): void;
  /** The options page's "Show me": this tab's page tools start teaching `key`. */
  teachPart(key: ProfileKey): void;
  /** The options page's "Save page capture": a sanitized capture of this tab's page (null without the tools). */
  capturePage(): PageCapture | null;
  /** The popup: this panel tab shows the dialogue at `link` without a reload; false for another site's address. */
  openDialogue(link: string): boolean;
}

export type BackgroundMessage = keyof BackgroundProtocol;

type Fn<T> = T extends (...args: infer A) => infer R ? { args: A; result: R } : never;
/** What a message carries (undefined for a message without input). */
export type Input<K extends BackgroundMessage> = Fn<BackgroundProtocol[K]>['args'] extends [infer I] ? I : undefined;
/** What the background answers. */
export type Output<K extends BackgroundMessage> = Awaited<Fn<BackgroundProtocol[K]>['result']>;

/**
 * The background as a feature, a component or a page reaches it. Every call crosses extension
 * messaging: inputs and answers are plain data (no functions, no class instances, no Dates).
 */
export interface Service {
  call<K extends BackgroundMessage>(
    type: K,
    ...input: Input<K> extends undefined ? [input?: undefined] : [input: Input<K>]
  ): Promise<Output<K>>;
}
