import type { Phrases } from '../../lib/i18n/language';
import type { ComplexityLevel } from '../../lib/db/schema';

type Key =
  | 'heading'
  | 'unread'
  | 'auto'
  | 'byYou'
  | 'change'
  | 'saveFailed'
  | 'rateFailed'
  | 'playbook'
  | 'done'
  | 'insertReply'
  | 'replyOff'
  | 'search'
  | 'slack'
  | 'jira'
  | 'tag'
  | 'tagged'
  | 'requested'
  | ComplexityLevel;

export const strings: Phrases<Key> = {
  en: {
    heading: 'Complexity',
    unread: 'Not rated: the messages could not be read on this page (see the line at the bottom).',
    auto: 'rated automatically',
    byYou: 'set by you',
    change: 'Change the rating',
    saveFailed: 'The rating was not saved: {msg}',
    rateFailed: 'The dialogue could not be rated: {msg}',
    playbook: 'What to do',
    done: 'Done',
    insertReply: 'Insert the reply',
    replyOff: 'The team switched this reply off.',
    search: 'Search first',
    slack: 'Draft for #tech-questions',
    jira: 'Create a Jira task',
    tag: 'Tag "{tag}"',
    tagged: 'Tagged',
    requested: 'Opened in the escalation section below.',
    simple: 'Simple',
    complex: 'Complex',
    critical: 'Critical',
    proposal: 'Proposal',
  },
  ru: {
    heading: 'Сложность',
    unread: 'Не оценено: сообщения на странице не прочитаны (см. строку внизу).',
    auto: 'оценено автоматически',
    byYou: 'выбрано вами',
    change: 'Изменить оценку',
    saveFailed: 'Оценка не сохранилась: {msg}',
    rateFailed: 'Не удалось оценить диалог: {msg}',
    playbook: 'Что сделать',
    done: 'Сделано',
    insertReply: 'Вставить ответ',
    replyOff: 'Команда отключила этот ответ.',
    search: 'Сначала поиск',
    slack: 'Черновик для #tech-questions',
    jira: 'Создать задачу в Jira',
    tag: 'Поставить тег «{tag}»',
    tagged: 'Тег поставлен',
    requested: 'Открыто в разделе эскалации ниже.',
    simple: 'Простой',
    complex: 'Сложный',
    critical: 'Критичный',
    proposal: 'Предложение',
  },
};
