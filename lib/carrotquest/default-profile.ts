import type { SelectorProfile } from './profile-keys';

/**
 * The built-in profile: the panel's markup as best known, newest guess first, older fallbacks after.
 * The panel's generated attributes (`_ngcontent-*`) change between releases, so nothing here relies on them.
 * Users override any key under settings `carrotquest.selectors` without a new release.
 *
 * Scopes: `message` is looked up inside `root`; `messageFromCustomer` is tested on each message;
 * `messageText`, `messageTime`, `messageAuthor`, `messageAttachment` inside a message; `tag` inside `tagList`; `dialogueId` on `root`
 * itself or inside it (never the whole page: the conversation list carries other dialogues' ids);
 * every other key in the whole document.
 */
export const DEFAULT_PROFILE: SelectorProfile = {
  dialogueUrl: ['/(?:conversations|dialogs|dialogues)/(\\d{3,20})(?:[/?#]|$)', '[?&#](?:conversationId|conversation)=(\\d{3,20})'],
  root: ['.conversation-view', '[data-test="conversation"]', 'cq-conversation'],
  dialogueId: ['[data-conversation-id]', '[data-conversation]'],
  message: ['.conversation-part', '.message-item'],
  messageFromCustomer: ['.conversation-part--user', '[data-direction="u2a"]', '.message-item--incoming'],
  messageText: ['.conversation-part__text', '.message-item__text'],
  messageTime: ['time', '.conversation-part__time'],
  messageAuthor: ['.conversation-part__author', '.message-item__author'],
  messageAttachment: ['.conversation-part__attachment', '.message-item__attachment'],
  tagList: ['.conversation-tags__list', '.conversation-tags'],
  tag: ['.conversation-tag__name', '.conversation-tag', '.tag'],
  tagInput: ['.conversation-tags input', 'input[placeholder*="тег" i]', 'input[placeholder*="tag" i]'],
  tagOption: ['.conversation-tags__dropdown .dropdown-item', '.tags-dropdown [role="option"]'],
  composer: ['.conversation-reply textarea', '.conversation-reply [contenteditable="true"]', '.reply-editor [contenteditable="true"]'],
  customerName: ['.user-card__name', '.user-info__name'],
  customerEmail: ['.user-card__email', '.user-info__email'],
  customerId: ['.user-card__id', '.user-info__id'],
  customerNotes: ['.user-card__notes .user-note__text', '.user-notes .note__text'],
  operatorName: ['.navbar__admin-name', '.current-admin__name'],
  assignee: ['.conversation-header__assignee', '.conversation-assignee__name'],
  assignControl: ['.conversation-header__assign', '.conversation-assignee', 'button[title*="ответственн" i]', 'button[title*="assign" i]'],
  copyLink: ['.conversation-header__copy-link', 'button[title*="ссылк" i]', 'button[title*="link" i]'],
  queueCount: ['.conversation-list__filters [data-filter="unanswered"]', '.unanswered-counter'],
};
