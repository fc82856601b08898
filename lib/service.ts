import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DialogueSnapshot } from './carrotquest/snapshot';
import type { ComplexityFeedback, DialogueState, EscalationInput, SuggestResult } from './service-types';
import type { DialogueMessage } from './carrotquest/snapshot';
import type { EscalationRecord } from './db/schema';

/**
 * The one typed service between the content script (which must never open IndexedDB: there it would
 * belong to the panel's origin) and the background, which owns the database and the tag model.
 * Popup and options may call it too.
 */
export interface SidekickProtocol {
  /** Records what the open dialogue looks like now; answers with the stored state the sidebar shows. */
  recordSnapshot(snapshot: DialogueSnapshot): DialogueState;
  /** Tags suggested for these messages (only the customer's count). */
  suggestTags(input: { messages: DialogueMessage[] }): SuggestResult;
  /** Trains the tag model on an imported history (already validated by the options page). */
  importHistory(input: { items: { messages: DialogueMessage[]; tags: string[] }[] }): { learned: number; tags: string[] };
  /** Drops the models held in memory so the next use reads IndexedDB again (after a restore or a clear). */
  reloadModels(): void;
  /** The tags the model has learned, for checking an imported history against. */
  knownTags(): string[];
  setComplexity(input: ComplexityFeedback): void;
  recordEscalation(input: EscalationInput): EscalationRecord;
  updateEscalation(input: { id: number; slackRef?: string; jiraKey?: string; jiraUrl?: string }): EscalationRecord | null;
  /** Posts through the team's incoming webhook (only when enabled in settings); answers an error text or null. */
  postWebhook(input: { text: string }): string | null;
  /** Background to content script: the operator pressed the reply-picker shortcut. */
  openReplyPicker(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<SidekickProtocol>();
