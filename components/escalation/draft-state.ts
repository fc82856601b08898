/**
 * The few things about the escalation the page works out itself: they are cheap, and the panel needs
 * them before (or without) an answer from the compute service. Everything built from the dialogue's
 * text comes from lib/escalation/escalation-view.ts through that service.
 */
import type { DialogueMessage, DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import type { EscalationRecord } from '../../lib/db/schema';
import type { DialogueView } from '../../lib/escalation/escalation-view';
import type { Language, Settings } from '../../lib/settings/schema';
import { settingNames } from './strings';

export function customerMessageCount(messages: readonly DialogueMessage[]): number {
  return messages.filter((m) => m.fromCustomer).length;
}

/** `ids` with `index` added or removed. */
export function toggled(ids: readonly number[], index: number, on: boolean): number[] {
  const rest = ids.filter((i) => i !== index);
  return on ? [...rest, index].sort((a, b) => a - b) : rest;
}

/** Settings paths as a phrase: "Slack team id and Slack channel id". */
export function settingsList(paths: readonly string[], lang: Language, and: string): string {
  const names = paths.map((p) => settingNames[lang][p] ?? p);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** What the draft's Jira reply points at: the task's link, else its key (Jira set up without an address). */
export function jiraRefOf(escalation: Pick<EscalationRecord, 'jiraUrl' | 'jiraKey'> | null | undefined): string | null {
  return escalation?.jiraUrl?.trim() || escalation?.jiraKey?.trim() || null;
}

/**
 * Only what the builders read goes over messaging: a snapshot also carries notes, the page URL and
 * profile matches, none of which the escalation uses.
 */
export function dialogueFor(snapshot: DialogueSnapshot): DialogueView & Pick<DialogueSnapshot, 'operator'> {
  const { id, link, customer, messages, tags, operator } = snapshot;
  return { id, link, customer, messages, tags, operator };
}

/** The settings a rebuilt draft depends on. */
export function draftSettings(settings: Settings): Pick<Settings, 'slack' | 'jira'> {
  return { slack: settings.slack, jira: settings.jira };
}
