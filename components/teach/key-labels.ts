import type { ProfileKey } from '../../lib/carrotquest/profile-keys';

/**
 * Kept out of the content script: the health line's list of missing parts and the teaching UI read them from
 * the page tools (`PageToolsApi.keyLabels`), which load when the operator asks to fix a part.
 */
export type KeyLabels = Record<'ru' | 'en', Record<ProfileKey, [label: string, disables: string]>>;

/** What each profile key is called, and what its absence disables. */
export const keyLabels: KeyLabels = {
  en: {
    dialogueUrl: ['dialogue id in the address', 'recording, links'],
    root: ['open dialogue', 'everything about the dialogue'],
    dialogueId: ['dialogue id', 'address check'],
    message: ['messages', 'suggestions, triage'],
    messageFromCustomer: ["customer's messages", 'suggestions, triage'],
    messageText: ['message text', 'suggestions'],
    messageTime: ['message times', 'reply times'],
    messageAuthor: ['message authors', 'your replies'],
    messageAttachment: ['attachments', 'error as text'],
    tagList: ['tag list', 'untagged check'],
    tag: ['tags', 'untagged check'],
    tagInput: ['tag field', 'one-click tags'],
    tagOption: ['tag drop-down', 'one-click tags'],
    composer: ['reply box', 'reply insertion (copied instead)'],
    customerName: ['customer name', 'reply names'],
    customerEmail: ['customer email', 'customer card'],
    customerId: ['customer id', 'customer card'],
    customerNotes: ['notes', 'notes'],
    operatorName: ['your name', 'coverage'],
    assignee: ['assignee', 'long-held check'],
    assignControl: ['assign control', 'hand over (assign by hand)'],
    copyLink: ['copy-link button', 'nothing (the address is used)'],
    queueCount: ['unanswered counter (as a number)', 'the call for hands'],
  },
  ru: {
    dialogueUrl: ['id диалога в адресе', 'запись, ссылки'],
    root: ['открытый диалог', 'всё о диалоге'],
    dialogueId: ['id диалога', 'проверка адреса'],
    message: ['сообщения', 'подсказки, оценка'],
    messageFromCustomer: ['сообщения клиента', 'подсказки, оценка'],
    messageText: ['текст сообщений', 'подсказки'],
    messageTime: ['время сообщений', 'время ответов'],
    messageAuthor: ['авторы сообщений', 'ваши ответы'],
    messageAttachment: ['вложения', 'ошибка текстом'],
    tagList: ['список тегов', 'проверка тегов'],
    tag: ['теги', 'проверка тегов'],
    tagInput: ['поле тегов', 'теги в один клик'],
    tagOption: ['список тегов панели', 'теги в один клик'],
    composer: ['поле ответа', 'вставка ответа (будет скопирован)'],
    customerName: ['имя клиента', 'имя в ответах'],
    customerEmail: ['email клиента', 'карточка клиента'],
    customerId: ['id клиента', 'карточка клиента'],
    customerNotes: ['заметки', 'заметки'],
    operatorName: ['ваше имя', 'покрытие тегами'],
    assignee: ['ответственный', 'долгие диалоги'],
    assignControl: ['выбор ответственного', 'передача (назначить вручную)'],
    copyLink: ['кнопка ссылки', 'ничего (берётся адрес)'],
    queueCount: ['счётчик неотвеченных (числом)', 'зов на помощь'],
  },
};
