import type { Phrases } from '../../lib/i18n/language';

/**
 * The escalation section's own phrases: the button row, always in the content script. The panels (draft,
 * Jira, the escalation's state, the pasted references) load on request with theirs (`strings.ts`).
 */
export const sectionStrings: Phrases<
  | 'heading'
  | 'escalate'
  | 'escalateAgain'
  | 'escalateHint'
  | 'dutyDay'
  | 'dutyMonday'
  | 'searchFirst'
  | 'searchFirstHint'
  | 'escalating'
  | 'showDraft'
  | 'hideDraft'
  | 'prepareFailed'
  | 'escalateFailed'
  | 'unreadHint'
  | 'againConfirm'
  | 'againYes'
  | 'cancel'
  | 'preparing'
  | 'panelsFailed'
> = {
  en: {
    heading: 'Escalation',
    escalate: 'Escalate',
    escalateAgain: 'Escalate again…',
    escalateHint: 'Acknowledges to the customer, copies a #tech-questions draft and prefills a Jira task.',
    dutyDay:
      'Duty day: #tech-questions is for critical issues only. Escalate prefills a SUPPORT task (no thread), or tell the customer you will continue on Monday.',
    dutyMonday: 'Insert "We\'ll continue on Monday"',
    searchFirst: 'Search first',
    searchFirstHint: 'Search Slack and the knowledge base, or ask #team-cs, before a #tech-questions thread.',
    escalating: 'Escalating…',
    showDraft: 'Show the draft',
    hideDraft: 'Hide the draft',
    prepareFailed: 'The draft could not be updated ({error}); what is shown is the last version.',
    escalateFailed: 'Nothing was done: the draft could not be prepared ({error}). Try again.',
    unreadHint: 'The messages could not be read on this page: nothing to escalate from.',
    againConfirm: 'A new issue of this customer? It gets its own thread and task.',
    againYes: 'Escalate again',
    cancel: 'Cancel',
    preparing: 'Preparing the draft…',
    panelsFailed: 'The escalation panel could not load ({error}). Reload the page.',
  },
  ru: {
    heading: 'Эскалация',
    escalate: 'Эскалировать',
    escalateAgain: 'Эскалировать снова…',
    escalateHint: 'Ответит клиенту, скопирует черновик для #tech-questions и заполнит задачу в Jira.',
    dutyDay:
      'Дежурный день: #tech-questions только для критичных. «Эскалировать» заполнит задачу в SUPPORT (без треда), или скажите клиенту, что продолжите в понедельник.',
    dutyMonday: 'Вставить «Продолжим в понедельник»',
    searchFirst: 'Сначала поиск',
    searchFirstHint: 'Поищите в Slack и базе знаний или спросите в #team-cs, прежде чем писать в #tech-questions.',
    escalating: 'Эскалирую…',
    showDraft: 'Показать черновик',
    hideDraft: 'Скрыть черновик',
    prepareFailed: 'Черновик не обновился ({error}); показана последняя версия.',
    escalateFailed: 'Ничего не сделано: черновик не подготовился ({error}). Попробуйте ещё раз.',
    unreadHint: 'Сообщения на странице не прочитаны: эскалировать нечего.',
    againConfirm: 'Новая проблема этого клиента? Для неё будет свой тред и задача.',
    againYes: 'Эскалировать снова',
    cancel: 'Отмена',
    preparing: 'Готовлю черновик…',
    panelsFailed: 'Панель эскалации не загрузилась ({error}). Перезагрузите страницу.',
  },
};
