import type { Phrases } from '../../lib/i18n/language';
import type { ReplyVariable } from '../../lib/replies/variables';

type Key =
  | 'heading'
  | 'suggested'
  | 'insert'
  | 'search'
  | 'searchHint'
  | 'noMatch'
  | 'fits'
  | 'empty'
  | 'inserted'
  | 'insertFailed'
  | 'fillIn'
  | 'notUnderstood'
  | 'estimateHint'
  | 'estimateLive'
  | 'nameHint'
  | 'unknownVar'
  | 'moreChars'
  | 'unavailable'
  | 'secret'
  | 'replyIn'
  | 'replyInAuto'
  | 'showList'
  | 'hideList'
  | 'preview'
  | 'selectHint'
  | 'handover'
  | 'handoverHint'
  | `var_${ReplyVariable}`;

export const strings: Phrases<Key> = {
  en: {
    heading: 'Replies',
    suggested: 'Suggested reply: {title}',
    insert: 'Insert',
    search: 'Search replies',
    searchHint: 'Words in Russian or English; ↑ ↓ to move, Enter to insert, Esc to clear',
    noMatch: 'No reply matches "{query}".',
    fits: 'fits now',
    empty: 'This reply has no text: nothing was inserted.',
    inserted: '"{title}" is in the reply box: check it and send it.',
    insertFailed: 'The reply was not inserted: {msg}',
    fillIn: 'Fill in before inserting: {list}.',
    notUnderstood: 'Not understood yet.',
    estimateHint: 'The team quotes three times its own guess. Type yours, e.g. "2 hours": you think 2 h → the customer reads 6 h.',
    estimateLive: 'You think {guess} → the customer reads {quoted} (three times your guess).',
    nameHint: 'The page shows no first name for this customer.',
    unknownVar: 'A value for {name} (the reply asks for it).',
    moreChars: '… and {n} more characters',
    unavailable: 'The replies could not be prepared: {msg}',
    secret: 'The customer pasted {article} {kind} in message {n}: ask them to change it once the work is done.',
    replyIn: 'Reply language',
    replyInAuto: "from the customer's messages",
    showList: 'All replies',
    hideList: 'Hide the list',
    preview: 'Preview',
    selectHint: 'Pick a reply to preview it.',
    var_customerFirstName: "Customer's first name",
    var_operatorName: 'Your name',
    var_dialogueLink: 'Dialogue link',
    var_nextWorkingDay: 'When you continue (e.g. "tomorrow")',
    var_estimate: 'Your estimate',
    var_sshKey: "Team's public SSH key",
    var_seniorName: 'Senior teammate',
    handover: 'Hand over…',
    handoverHint: 'The conflict escalates: hand the dialogue to a senior teammate',
  },
  ru: {
    heading: 'Ответы',
    suggested: 'Подходящий ответ: {title}',
    insert: 'Вставить',
    search: 'Поиск ответов',
    searchHint: 'Слова по-русски или по-английски; ↑ ↓ — выбрать, Enter — вставить, Esc — очистить',
    noMatch: 'Нет ответов по запросу «{query}».',
    fits: 'подходит сейчас',
    empty: 'В этом ответе нет текста: ничего не вставлено.',
    inserted: '«{title}» в поле ответа: проверьте и отправьте.',
    insertFailed: 'Ответ не вставлен: {msg}',
    fillIn: 'Заполните перед вставкой: {list}.',
    notUnderstood: 'Пока непонятно.',
    estimateHint: 'Команда называет втрое больше своей оценки. Введите свою, например «2 часа»: вы думаете 2 ч → клиент прочтёт 6 ч.',
    estimateLive: 'Вы думаете {guess} → клиент прочтёт {quoted} (втрое больше вашей оценки).',
    nameHint: 'Страница не показывает имя этого клиента.',
    unknownVar: 'Значение для {name} (его просит ответ).',
    moreChars: '… и ещё {n} символов',
    unavailable: 'Не удалось подготовить ответы: {msg}',
    secret: 'Клиент прислал {kind} в сообщении {n}: попросите сменить эти данные, когда работа будет закончена.',
    replyIn: 'Язык ответа',
    replyInAuto: 'по сообщениям клиента',
    showList: 'Все ответы',
    hideList: 'Скрыть список',
    preview: 'Предпросмотр',
    selectHint: 'Выберите ответ, чтобы увидеть его текст.',
    var_customerFirstName: 'Имя клиента',
    var_operatorName: 'Ваше имя',
    var_dialogueLink: 'Ссылка на диалог',
    var_nextWorkingDay: 'Когда продолжите (например, «завтра»)',
    var_estimate: 'Ваша оценка срока',
    var_sshKey: 'Публичный SSH-ключ команды',
    var_seniorName: 'Старший коллега',
    handover: 'Передать…',
    handoverHint: 'Конфликт обостряется: передайте диалог старшему коллеге',
  },
};
