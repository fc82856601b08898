/**
 * Everything the sidebar's escalation panel shows, built in one go from the open dialogue and the
 * operator's choices. The panel runs in the page and gets this through the compute service, so
 * inputs and results are plain data: the text copied on a click is always the text the panel shows,
 * and the builders (and the reply library and secret rules behind them) stay out of the page.
 */
import type { DialogueMessage, DialogueSnapshot } from '../carrotquest/snapshot';
import type { EscalationRecord } from '../db/schema';
import { SECRET_KIND_LABELS, type SecretKind } from '../secrets/detect';
import type { Language, Settings } from '../settings/schema';
import { guessProblemType, PROBLEM_TYPES, problemTypeLabel, type ProblemType } from './access';
import { ackReply, type AckReply } from './ack-reply';
import { buildJiraTask, SUMMARY_MAX_WORDS, type JiraTask } from './jira-link';
import {
  buildSlackDraft,
  defaultProblemLine,
  newCustomerMessages,
  newDetailsReply,
  renderDraftText,
  type SecretChoice,
  type SlackDraft,
} from './slack-draft';
import { missingSlackChannelSettings, slackChannelLinks, webhookAllowed, type SlackChannelLinks } from './slack-links';

export type DialogueView = Pick<DialogueSnapshot, 'id' | 'link' | 'customer' | 'messages' | 'tags'>;

export interface DraftChoices {
  /** The operator's 1–2 lines in front of the quote. */
  problemLine: string;
  problemType: ProblemType;
  /** Indexes into the draft's `secrets` the operator ticked to include. */
  includedSecrets: number[];
  /** The operator's Jira summary; null while it follows the problem line. */
  summary: string | null;
  /** The error the customer showed in a screenshot, written out by the operator (absent: none). */
  errorText?: string;
}

/** A secret found in the quoted text, named in the panel's language. */
export interface LabelledSecret extends SecretChoice {
  label: string;
}

export interface EscalationPanel {
  draft: Omit<SlackDraft, 'secrets'> & { secrets: LabelledSecret[] };
  /** The whole draft as copied: the main message, then each thread reply under a marker. */
  draftText: string;
  jira: JiraTask & {
    /** The operator's own summary has more words than Jira gets. */
    summaryCut: boolean;
  };
  slack: {
    /** Null when the team or channel id is missing; `missing` names them. */
    links: SlackChannelLinks | null;
    missing: string[];
    /** The main message to post through the webhook (plain text: the background escapes it and builds the body); null unless posting is allowed. */
    webhookText: string | null;
  };
  /** The choices of the problem-type field, labelled. */
  problemTypes: { value: ProblemType; label: string }[];
}

export interface EscalationPanelInput {
  dialogue: DialogueView;
  choices: DraftChoices;
  settings: Pick<Settings, 'slack' | 'jira'>;
  lang: Language;
  /** What the draft's Jira reply points at: the task's link or key once the operator pasted it back. */
  jiraRef: string | null;
}

export interface EscalationStartInput extends Omit<EscalationPanelInput, 'choices' | 'dialogue' | 'settings'> {
  dialogue: DialogueView & Pick<DialogueSnapshot, 'operator'>;
  settings: Pick<Settings, 'slack' | 'jira' | 'replies' | 'operator'>;
  /** Only a new escalation acknowledges; showing the draft again does not. */
  acknowledge: boolean;
  /** Ms since epoch: the acknowledgement may name the next working day. */
  now: number;
}

export interface EscalationStart {
  choices: DraftChoices;
  /** Null when not asked for, or when the team switched the reply off or left it empty. */
  ack: AckReply | null;
  panel: EscalationPanel;
}

export interface NewDetailsInput {
  messages: DialogueMessage[];
  escalation: Pick<EscalationRecord, 'customerMessageCount'>;
  /** How many customer messages the background counted since the escalation. */
  sinceCount: number;
  includedSecrets: number[];
  lang: Language;
}

export interface NewDetails {
  text: string;
  secrets: LabelledSecret[];
}

export function customerText(messages: readonly DialogueMessage[]): string {
  return messages
    .filter((m) => m.fromCustomer)
    .map((m) => m.text)
    .join('\n');
}

/** The choices an escalation starts with: an empty problem line, the guessed type, no secrets. */
export function initialChoices(dialogue: DialogueView, _lang: Language): DraftChoices {
  return {
    problemLine: defaultProblemLine(),
    problemType: guessProblemType(dialogue.tags, customerText(dialogue.messages)),
    includedSecrets: [],
    summary: null,
  };
}

export function slackDraftFor(dialogue: DialogueView, choices: DraftChoices, lang: Language, jiraRef: string | null): SlackDraft {
  return buildSlackDraft({
    problemLine: choices.problemLine,
    mainTag: dialogue.tags[0] ?? null,
    messages: dialogue.messages,
    dialogueLink: dialogue.link,
    jiraUrl: jiraRef,
    problemType: choices.problemType,
    includedSecrets: choices.includedSecrets,
    errorText: choices.errorText,
    lang,
  });
}

export function jiraTaskFor(dialogue: DialogueView, choices: DraftChoices, jira: Settings['jira'], lang: Language): JiraTask {
  return buildJiraTask({
    jira,
    lang,
    summary: choices.summary ?? undefined,
    mainTag: dialogue.tags[0] ?? null,
    problemType: choices.problemType,
    problem: choices.problemLine,
    customer: dialogue.customer,
    dialogueLink: dialogue.link,
    messages: dialogue.messages,
  });
}

/** Words in a summary as Jira will get it, for the "only six words" hint. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function secretKindLabel(kind: string, lang: Language): string {
  return SECRET_KIND_LABELS[kind as SecretKind]?.[lang] ?? kind;
}

function labelled(secrets: readonly SecretChoice[], lang: Language): LabelledSecret[] {
  return secrets.map((s) => ({ ...s, label: secretKindLabel(s.kind, lang) }));
}

export function escalationPanel(input: EscalationPanelInput): EscalationPanel {
  const { dialogue, choices, settings, lang } = input;
  const draft = slackDraftFor(dialogue, choices, lang, input.jiraRef);
  const task = jiraTaskFor(dialogue, choices, settings.jira, lang);
  return {
    draft: { ...draft, secrets: labelled(draft.secrets, lang) },
    draftText: renderDraftText(draft, lang),
    jira: { ...task, summaryCut: choices.summary !== null && wordCount(choices.summary) > SUMMARY_MAX_WORDS },
    slack: {
      links: slackChannelLinks(settings.slack),
      missing: missingSlackChannelSettings(settings.slack),
      webhookText: webhookAllowed(settings) ? draft.main : null,
    },
    problemTypes: PROBLEM_TYPES.map((value) => ({ value, label: problemTypeLabel(value, lang) })),
  };
}

/** What the panel opens with: the first choices, the draft built from them and, when asked, the acknowledgement. */
export function escalationStart(input: EscalationStartInput): EscalationStart {
  const { dialogue, settings, lang } = input;
  const choices = initialChoices(dialogue, lang);
  const ack = input.acknowledge ? ackReply({ snapshot: dialogue, settings, uiLang: lang, now: new Date(input.now) }) : null;
  return { choices, ack, panel: escalationPanel({ dialogue, choices, settings, lang, jiraRef: input.jiraRef }) };
}

/**
 * The customer messages that came after the escalation. When the page shows fewer messages than
 * were counted then (a long dialogue loads lazily), the last `sinceCount` customer messages stand in.
 */
export function newDetailsMessages(
  messages: readonly DialogueMessage[],
  escalation: Pick<EscalationRecord, 'customerMessageCount'>,
  sinceCount: number,
): DialogueMessage[] {
  if (sinceCount <= 0) return [];
  const after = newCustomerMessages(messages, escalation.customerMessageCount);
  if (after.length) return after;
  const fromCustomer = messages.filter((m) => m.fromCustomer);
  return fromCustomer.slice(Math.max(0, fromCustomer.length - sinceCount));
}

/** The thread reply with what the customer wrote since the escalation. */
export function newDetails(input: NewDetailsInput): NewDetails {
  const messages = newDetailsMessages(input.messages, input.escalation, input.sinceCount);
  const reply = newDetailsReply(messages, { lang: input.lang, includedSecrets: input.includedSecrets });
  return { text: reply.text, secrets: labelled(reply.secrets, input.lang) };
}
