import type { EscalationRecord } from '../db/schema';
import { describeEscalation } from '../escalation/escalation-state';
import { escalationPanel, escalationStart, newDetails } from '../escalation/escalation-view';
import { parseJiraRef, parseSlackRef } from '../escalation/jira-ref';
import { handoverNote } from '../escalation/handover';
import { searchHelp } from '../escalation/search-help';
import type { Language, Settings } from '../settings/schema';

/**
 * The functions the sidebar calls through the compute service. Arguments and results cross
 * extension messaging, so they are plain data: no functions, no class instances.
 * Imported by the background only (the content script imports its type alone).
 */
export const computeService = {
  // Escalation (components/escalation): one call per user action, returning all the panel shows.

  /** On Escalate, or to show the draft again: first choices, the panel and, when asked, the acknowledgement. */
  escalationStart,
  /** After an edit (problem line, type, secrets, summary) or a change of the dialogue or settings. */
  escalationPanel,
  /** The "new details" thread reply for a dialogue escalated before. */
  escalationNewDetails: newDetails,
  /** Search first, then `#team-cs`: the key words, the search addresses and the question to paste. */
  searchHelp,
  /** Hand over: the note for the senior teammate. */
  handoverNote,
  /** "escalated 2 h ago, SUPPORT-123". */
  escalationLine: (input: { record: Pick<EscalationRecord, 'at' | 'jiraKey' | 'slackRef'>; now: number; lang: Language }) =>
    describeEscalation(input.record, input.now, input.lang),
  /** The pasted Slack thread and Jira task, checked; null for each that is not a link or key. */
  escalationRefs: (input: { slack: string; jira: string; jiraSettings: Pick<Settings['jira'], 'baseUrl' | 'projectKey'> }) => ({
    slackRef: parseSlackRef(input.slack),
    jiraRef: parseJiraRef(input.jira, input.jiraSettings),
  }),
};

export type ComputeService = typeof computeService;
