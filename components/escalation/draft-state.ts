/**
 * The escalation panel's state and what it derives from it. Everything here is pure: the hook keeps
 * the state, these functions turn it and the open dialogue into the Slack draft and the Jira task,
 * so the text copied on a click is always the text the panel shows.
 */
import type { DialogueMessage, DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import { guessProblemType, type ProblemType } from '../../lib/escalation/access';
import { buildJiraTask, type JiraTask } from '../../lib/escalation/jira-link';
import { buildSlackDraft, defaultProblemLine, newCustomerMessages, type SlackDraft } from '../../lib/escalation/slack-draft';
import type { EscalationRecord } from '../../lib/db/schema';
import type { Language, Settings } from '../../lib/settings/schema';
import { SECRET_KIND_LABELS, type SecretKind } from '../../lib/secrets/detect';
import { settingNames } from './strings';

export type DialogueView = Pick<DialogueSnapshot, 'id' | 'link' | 'customer' | 'messages' | 'tags'>;

export interface DraftChoices {
  /** The operator's 1–2 lines in front of the quote. */
  problemLine: string;
  problemType: ProblemType;
  /** Indexes into the draft's `secrets` the operator ticked to include. */
  includedSecrets: number[];
  /** The operator's Jira summary; null while it follows the problem line. */
  summary: string | null;
}

export function customerText(messages: readonly DialogueMessage[]): string {
  return messages
    .filter((m) => m.fromCustomer)
    .map((m) => m.text)
    .join('\n');
}

export function customerMessageCount(messages: readonly DialogueMessage[]): number {
  return messages.filter((m) => m.fromCustomer).length;
}

/** The choices an escalation starts with: the prefilled problem line, the guessed type, no secrets. */
export function initialChoices(dialogue: DialogueView, lang: Language): DraftChoices {
  return {
    problemLine: defaultProblemLine(dialogue.tags[0], dialogue.customer, lang),
    problemType: guessProblemType(dialogue.tags, customerText(dialogue.messages)),
    includedSecrets: [],
    summary: null,
  };
}

/** `jira` is the task's link or key once the operator pasted it back. */
export function slackDraftFor(dialogue: DialogueView, choices: DraftChoices, lang: Language, jira?: string | null): SlackDraft {
  return buildSlackDraft({
    problemLine: choices.problemLine,
    messages: dialogue.messages,
    dialogueLink: dialogue.link,
    jiraUrl: jira ?? null,
    problemType: choices.problemType,
    includedSecrets: choices.includedSecrets,
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
    dialogueLink: dialogue.link,
    messages: dialogue.messages,
  });
}

/** `ids` with `index` added or removed. */
export function toggled(ids: readonly number[], index: number, on: boolean): number[] {
  const rest = ids.filter((i) => i !== index);
  return on ? [...rest, index].sort((a, b) => a - b) : rest;
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

/** Settings paths as a phrase: "Slack team id and Slack channel id". */
export function settingsList(paths: readonly string[], lang: Language, and: string): string {
  const names = paths.map((p) => settingNames[lang][p] ?? p);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export function secretKindLabel(kind: string, lang: Language): string {
  return SECRET_KIND_LABELS[kind as SecretKind]?.[lang] ?? kind;
}

/** Words in a summary as Jira will get it, for the "only six words" hint. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
