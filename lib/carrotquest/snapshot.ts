import type { ProfileKey } from './profile-keys';

export interface DialogueMessage {
  /** Written by the customer (true) or by a teammate (false). */
  fromCustomer: boolean;
  text: string;
  /** ISO time when the page gives one it can parse, else the page's own text, else undefined. */
  time?: string;
  author?: string;
  /** The message carries an image or a file (profile key `messageAttachment`, or the API's attachments). */
  attachment?: boolean;
}

export interface CustomerInfo {
  name?: string;
  email?: string;
  id?: string;
}

/** What `read` makes of the page: everything the sidebar and the store know about the open dialogue. */
export interface DialogueSnapshot {
  /** The dialogue id from `dialogueUrl`, or null when no dialogue is open. */
  id: string | null;
  /** A link a teammate can open (the page URL when the panel offers no better). */
  link: string | null;
  url: string;
  customer: CustomerInfo;
  /** Teammates' notes about this customer, as the card shows them. */
  notes: string[];
  messages: DialogueMessage[];
  /** The dialogue's tags (never the customer's tags). */
  tags: string[];
  /**
   * Since when this tab has shown these tags (ms since epoch): the recorder keeps a newer view of the tags
   * over an older one, so a second tab that still shows old tags does not undo a change. Set by `watch`.
   */
  tagsSince?: number;
  /**
   * Whether the id the dialogue's markup carries (profile key `dialogueId`) is the one in the address;
   * absent when the page shows no id. False means the content still belongs to another dialogue.
   */
  pageIdAgrees?: boolean;
  /** The logged-in operator. */
  operator?: string;
  assignee?: string;
  /** The panel's unanswered counter (profile key `queueCount`), when it shows a number. */
  queueCount?: number;
  /** Profile keys that matched something on the page, and those that did not. */
  matched: ProfileKey[];
  missing: ProfileKey[];
  /** When the snapshot was read (ms since epoch). */
  readAt: number;
}
