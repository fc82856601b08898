import type { ProfileKey } from '../carrotquest/profile-keys';
import type { Phrases } from '../i18n/language';

/** The sidebar's API-mode sentences, filled in the background (lib/background/api-dialogue.ts). */
type Key =
  | 'source'
  | 'api'
  | 'page'
  | 'none'
  | 'messages'
  | 'tags'
  | 'assignee'
  | 'customer'
  | 'covered'
  | 'failed'
  | 'appliedApi'
  | 'removedApi'
  | 'apiTagFailed'
  | 'assignedApi'
  | 'assignNoOperator'
  | 'apiAssignFailed';

export const strings: Phrases<Key> = {
  en: {
    source: 'Where it comes from',
    api: 'API',
    page: 'page',
    none: '—',
    messages: 'messages',
    tags: 'tags',
    assignee: 'assignee',
    customer: 'customer',
    covered: 'From the CarrotQuest API instead: {list}.',
    failed: 'CarrotQuest API: {reason}',
    appliedApi: 'Tag "{name}" applied through the CarrotQuest API.',
    removedApi: 'Tag "{name}" removed through the CarrotQuest API.',
    apiTagFailed: 'The tag "{name}" did not go through the CarrotQuest API: {reason}',
    assignedApi: 'The dialogue is assigned to {name} through the CarrotQuest API.',
    assignNoOperator: 'No operator of the project is called "{name}": assign the dialogue by hand.',
    apiAssignFailed: 'Assigning to {name} through the CarrotQuest API failed: {reason}',
  },
  ru: {
    source: 'Откуда данные',
    api: 'API',
    page: 'страница',
    none: '—',
    messages: 'сообщения',
    tags: 'теги',
    assignee: 'ответственный',
    customer: 'клиент',
    covered: 'Вместо этого из API CarrotQuest: {list}.',
    failed: 'API CarrotQuest: {reason}',
    appliedApi: 'Тег «{name}» поставлен через API CarrotQuest.',
    removedApi: 'Тег «{name}» снят через API CarrotQuest.',
    apiTagFailed: 'Тег «{name}» не прошёл через API CarrotQuest: {reason}',
    assignedApi: 'Диалог назначен на {name} через API CarrotQuest.',
    assignNoOperator: 'Среди операторов проекта нет «{name}»: назначьте диалог вручную.',
    apiAssignFailed: 'Назначить на {name} через API CarrotQuest не удалось: {reason}',
  },
};

/** What the health line calls the parts the API covers. */
export const keyNames: Record<'ru' | 'en', Partial<Record<ProfileKey, string>>> = {
  en: {
    root: 'open dialogue',
    message: 'messages',
    messageText: 'message text',
    messageFromCustomer: "customer's messages",
    tagList: 'tag list',
    tag: 'tags',
    tagInput: 'tag field',
    tagOption: 'tag options',
    assignee: 'assignee',
    customerName: 'customer name',
    customerEmail: 'customer email',
    customerId: 'customer id',
  },
  ru: {
    root: 'открытый диалог',
    message: 'сообщения',
    messageText: 'текст сообщений',
    messageFromCustomer: 'сообщения клиента',
    tagList: 'список тегов',
    tag: 'теги',
    tagInput: 'поле тегов',
    tagOption: 'варианты тегов',
    assignee: 'ответственный',
    customerName: 'имя клиента',
    customerEmail: 'email клиента',
    customerId: 'id клиента',
  },
};
