import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'hint'
  | 'variablesHint'
  | 'reply'
  | 'state'
  | 'builtIn'
  | 'edited'
  | 'team'
  | 'off'
  | 'unknownVars'
  | 'edit'
  | 'disable'
  | 'enable'
  | 'restore'
  | 'delete'
  | 'confirmDelete'
  | 'add'
  | 'newReply'
  | 'editReply'
  | 'id'
  | 'idHint'
  | 'titleRu'
  | 'titleEn'
  | 'textRu'
  | 'textEn'
  | 'keywords'
  | 'keywordsHint'
  | 'enabled'
  | 'save'
  | 'cancel'
  | 'idTaken'
  | 'idEmpty'
  | 'unknownWarning'
  | 'noText';

export const strings: Phrases<Key> = {
  en: {
    hint: 'Replies the sidebar suggests and inserts. Editing a built-in reply saves your version for the team; "Restore default" brings the original back.',
    variablesHint:
      'Variables: {list}. A fallback follows a bar: {customerFirstName|there}. Any other {name} is asked for each time the reply is inserted.',
    reply: 'Reply',
    state: 'Kind',
    builtIn: 'built-in',
    edited: 'edited',
    team: 'team',
    off: 'off',
    unknownVars: 'asks for {list}',
    edit: 'Edit',
    disable: 'Switch off',
    enable: 'Switch on',
    restore: 'Restore default',
    delete: 'Delete',
    confirmDelete: 'Really delete?',
    add: 'Add a reply',
    newReply: 'New reply',
    editReply: 'Edit "{title}"',
    id: 'Id',
    idHint: 'Letters, digits, dot, dash or underscore, e.g. "order-status".',
    titleRu: 'Title (Russian)',
    titleEn: 'Title (English)',
    textRu: 'Text (Russian)',
    textEn: 'Text (English)',
    keywords: 'Search words',
    keywordsHint: 'Comma-separated, in either language.',
    enabled: 'Offered in the sidebar',
    save: 'Save',
    cancel: 'Cancel',
    idTaken: 'replies.{index}.id: the id "{id}" is already used by another reply',
    idEmpty: 'replies.{index}.id: the id is empty',
    unknownWarning: 'Not a known variable: {list}. The operator will be asked to type it each time this reply is inserted.',
    noText: 'Both texts are empty: the sidebar will have nothing to insert.',
  },
  ru: {
    hint: 'Ответы, которые панель предлагает и вставляет. Изменённый встроенный ответ сохраняется как версия команды; «Вернуть исходный» возвращает оригинал.',
    variablesHint:
      'Переменные: {list}. Запасное значение пишется через черту: {customerFirstName|Здравствуйте}. Любую другую {переменную} оператор вводит при каждой вставке.',
    reply: 'Ответ',
    state: 'Вид',
    builtIn: 'встроенный',
    edited: 'изменён',
    team: 'команды',
    off: 'выключен',
    unknownVars: 'спрашивает {list}',
    edit: 'Изменить',
    disable: 'Выключить',
    enable: 'Включить',
    restore: 'Вернуть исходный',
    delete: 'Удалить',
    confirmDelete: 'Точно удалить?',
    add: 'Добавить ответ',
    newReply: 'Новый ответ',
    editReply: 'Изменить «{title}»',
    id: 'Id',
    idHint: 'Латинские буквы, цифры, точка, дефис или подчёркивание, например «order-status».',
    titleRu: 'Название (по-русски)',
    titleEn: 'Название (по-английски)',
    textRu: 'Текст (по-русски)',
    textEn: 'Текст (по-английски)',
    keywords: 'Слова для поиска',
    keywordsHint: 'Через запятую, на любом языке.',
    enabled: 'Предлагать в панели',
    save: 'Сохранить',
    cancel: 'Отмена',
    idTaken: 'replies.{index}.id: id «{id}» уже занят другим ответом',
    idEmpty: 'replies.{index}.id: id не заполнен',
    unknownWarning: 'Неизвестная переменная: {list}. Оператору придётся вводить её при каждой вставке этого ответа.',
    noText: 'Оба текста пустые: панели нечего будет вставить.',
  },
};
