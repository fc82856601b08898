/** The keys of the selector profile (DESIGN.md, "The selector profile"). Order is the order of the health line. */
export const PROFILE_KEYS = [
  'dialogueUrl',
  'root',
  'dialogueId',
  'message',
  'messageFromCustomer',
  'messageText',
  'messageTime',
  'messageAuthor',
  'messageAttachment',
  'tagList',
  'tag',
  'tagInput',
  'tagOption',
  'composer',
  'customerName',
  'customerEmail',
  'customerId',
  'customerNotes',
  'operatorName',
  'assignee',
  'assignControl',
  'copyLink',
  'queueCount',
] as const;

export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** A CSS selector, or fallbacks tried in order (for `dialogueUrl`: regular expressions). */
export type SelectorValue = string | string[];

export type SelectorProfile = { root: SelectorValue } & Partial<Record<ProfileKey, SelectorValue>>;
