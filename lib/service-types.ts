import type { ComplexityLevel, DialogueRecord, EscalationRecord } from './db/schema';
import type { DialogueSnapshot } from './carrotquest/snapshot';

/** One suggested tag: confidence in 0..1 and the customer's words that led to it. */
export interface TagSuggestion {
  name: string;
  confidence: number;
  why: string[];
}

export interface SuggestResult {
  suggestions: TagSuggestion[];
  /** False when nothing reached the confidence threshold; the sidebar says so instead of guessing. */
  confident: boolean;
  /** A tag the dialogue carries that its newest question is about again: offered as "Tag again" (lib/tags/retag.ts). */
  retag?: string;
}

/** What tags are suggested for; with the open dialogue's id and tags, "Tag again" is worked out too. */
export interface SuggestInput {
  messages: DialogueSnapshot['messages'];
  dialogueId?: string;
  tags?: string[];
}

/** What the background answers after recording a snapshot: the stored state the sidebar shows. */
export interface DialogueState {
  record: DialogueRecord | null;
  escalation: EscalationRecord | null;
  /** Customer messages since the escalation (for a "new details" thread reply). */
  newCustomerMessagesSinceEscalation: number;
}

export interface ComplexityFeedback {
  dialogueId: string;
  level: ComplexityLevel;
  text: string;
}

export interface EscalationInput {
  dialogueId: string;
  summary: string;
  customerMessageCount: number;
  slackRef?: string;
  jiraKey?: string;
  jiraUrl?: string;
}
export type { DialogueSnapshot };
