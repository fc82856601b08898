/** Rows of the one database (see database.ts). Times are ms since epoch. */

export type ComplexityLevel = 'simple' | 'complex' | 'critical' | 'proposal';

export interface DialogueRecord {
  /** The panel's dialogue id. */
  id: string;
  link: string;
  customerName?: string;
  customerEmail?: string;
  customerId?: string;
  firstSeen: number;
  lastSeen: number;
  /** When the page was read for the stored state (the snapshot's time): an older snapshot is ignored. */
  seenAt?: number;
  /** The dialogue's tags as last seen. */
  tags: string[];
  /** Since when the tab that stored `tags` had shown them: an older view of the tags does not replace them. */
  tagsAt?: number;
  /** 1 when this operator replied in it (a number, so it can be indexed). */
  repliedByMe: 0 | 1;
  /** Times of this operator's replies, newest last, at most 50. */
  myReplyAt: number[];
  /** How many of this operator's replies were seen, to tell new ones from known ones. */
  myReplyCount: number;
  /** Last of myReplyAt, indexed: coverage windows that end now only need this. */
  lastMyReplyAt?: number;
  /** Days (YYYY-MM-DD in the operator's time zone) this operator replied in it; indexed multi-entry. */
  replyDays: string[];
  assignee?: string;
  /** 1 when assigned to this operator as last seen. */
  assignedToMe: 0 | 1;
  /**
   * Since when it is mine, as the page shows it: the time of my first reply on the page (a reply is
   * what assigns a dialogue), else when it was first seen assigned to me. Unset while not mine.
   */
  assignedSince?: number;
  /** The customer's own words, secrets removed, capped (no transcript of operator replies). */
  customerText: string;
  /** Time of the newest customer message seen, when the page gives times. */
  lastCustomerMessageAt?: number;
  customerMessageCount: number;
  complexity?: { level: ComplexityLevel; source: 'auto' | 'operator'; at: number };
}

export interface TagEvent {
  id?: number;
  dialogueId: string;
  tag: string;
  action: 'add' | 'remove';
  at: number;
}

/**
 * A tag change the tag model has learned in memory but not yet saved (lib/db/learning-journal.ts).
 * Written in the same transaction as the change; deleted in the one that saves the model with it.
 */
export interface PendingLearning {
  id?: number;
  dialogueId: string;
  added: string[];
  removed: string[];
}

export interface EscalationRecord {
  id?: number;
  dialogueId: string;
  at: number;
  slackRef?: string;
  jiraKey?: string;
  jiraUrl?: string;
  summary: string;
  /** How many customer messages the dialogue had when escalated; later ones are "new details". */
  customerMessageCount: number;
}

export interface FeedbackRecord {
  id?: number;
  dialogueId: string;
  kind: 'complexity';
  value: string;
  /** The customer text the correction applies to, secrets removed, capped. */
  text: string;
  at: number;
}

export interface ModelRecord {
  key: string;
  /** The serialised model, as lib/tags writes it. */
  data: unknown;
  updatedAt: number;
}

/** Caps that keep the database small whatever the page holds. */
export const CUSTOMER_TEXT_CAP = 8000;
export const MY_REPLIES_CAP = 50;
