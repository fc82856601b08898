import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'title'
  | 'collapse'
  | 'expand'
  | 'noDialogue'
  | 'notes'
  | 'noNotes'
  | 'tags'
  | 'untagged'
  | 'untaggedReplied'
  | 'link'
  | 'copy'
  | 'copied'
  | 'health'
  | 'healthOk'
  | 'suggested'
  | 'notSure'
  | 'apply'
  | 'applied'
  | 'notOffered'
  | 'noTagInput'
  | 'removeTag'
  | 'removeNeedsApi'
  | 'retag'
  | 'retagHint'
  | 'retagFailed'
  | 'why'
  | 'resize'
  | 'glance'
  | 'badgeCritical'
  | 'badgeSecret'
  | 'badgeSecretHint'
  | 'shortcutHint'
  | 'glanceReply'
  | 'glanceNoReply'
  | 'glanceTag'
  | 'notSureShort'
  | 'glanceEscalate'
  | 'glanceEscalated'
  | 'glanceEscalateHint'
  | 'glanceShowDraftHint'
  | 'healthParts'
  | 'healthFix'
  | 'foldNotes'
  | 'reminderTitle'
  | 'reminderApply'
  | 'reminderPick'
  | 'dismiss'
  | 'confidence'
  | 'extensionReloaded'
  | 'error'
  | 'healthFailed'
  | 'featureFailed'
  | 'pageLoading'
  | 'pageStuck';

export const strings: Phrases<Key> = {
  en: {
    title: 'Sidekick',
    resize: 'Drag to change the width',
    glance: 'At a glance',
    badgeCritical: 'Critical',
    badgeSecret: 'Secret pasted',
    badgeSecretHint: 'The customer pasted a password, key or token: ask them to change it once the work is done.',
    shortcutHint: 'Opens the reply picker (change it in the browser: Extensions → Keyboard shortcuts)',
    glanceReply: 'Reply',
    glanceNoReply: 'nothing fits yet',
    glanceTag: 'Tag',
    notSureShort: 'not sure yet',
    glanceEscalate: 'Escalate',
    glanceEscalated: 'Escalated · show the draft',
    glanceEscalateHint: 'Acknowledge to the customer, copy the #tech-questions draft, prefill the Jira task',
    glanceShowDraftHint: 'This dialogue is escalated: show and copy its draft again',
    healthParts: '{n} parts missing',
    healthFix: 'Fix',
    foldNotes: "Teammates' notes",
    collapse: 'Collapse the sidebar',
    expand: 'Open the sidebar',
    noDialogue: 'Open a dialogue to see the customer, tags and suggestions.',
    notes: "Teammates' notes",
    noNotes: 'No notes about this customer yet.',
    tags: 'Dialogue tags',
    untagged: 'No tags',
    untaggedReplied: 'You replied here but the dialogue has no tag yet.',
    link: 'Dialogue link',
    copy: 'Copy',
    copied: 'Copied',
    health: 'Page check',
    healthOk: 'All {n} parts of the page found.',
    suggested: 'Suggested tags',
    notSure: 'Not sure yet: no tag fits confidently.',
    apply: 'Apply',
    applied: 'Tag "{name}" applied.',
    notOffered: 'The panel does not offer the tag "{name}"; it was not applied.',
    noTagInput: 'The tag field was not found on the page.',
    removeTag: 'Remove the tag "{name}" (through the CarrotQuest API)',
    removeNeedsApi: 'Removing a tag from the sidebar needs API mode (Options → CarrotQuest API).',
    retag: 'Tag again: {name}',
    retagHint: 'A new question on this topic: the tag is removed and added again so the team’s statistics count it',
    retagFailed: 'The tag "{name}" was not removed and added again.',
    why: 'Because of: {words}',
    reminderTitle: 'The dialogue you left has no tag',
    reminderApply: 'Tag it "{name}"',
    reminderPick: 'Not sure which tag. Pick one:',
    dismiss: 'Dismiss',
    confidence: '{p}% sure',
    extensionReloaded: 'Sidekick was updated: reload the page.',
    error: 'Something went wrong: {msg}',
    healthFailed: 'Stopped after an error: {list}.',
    featureFailed: '{name} stopped after an error: {msg}',
    pageLoading: 'Loading dialogue {id}…',
    pageStuck: 'Dialogue {id} has not loaded: nothing is recorded for it.',
  },
  ru: {
    title: 'Sidekick',
    resize: 'Потяните, чтобы изменить ширину',
    glance: 'Главное',
    badgeCritical: 'Критично',
    badgeSecret: 'Секрет в чате',
    badgeSecretHint: 'Клиент прислал пароль, ключ или токен: попросите сменить его после работы.',
    shortcutHint: 'Открывает выбор ответа (меняется в браузере: Расширения → Быстрые клавиши)',
    glanceReply: 'Ответ',
    glanceNoReply: 'пока ничего не подходит',
    glanceTag: 'Тег',
    notSureShort: 'пока не уверен',
    glanceEscalate: 'Эскалировать',
    glanceEscalated: 'Эскалировано · черновик',
    glanceEscalateHint: 'Ответить клиенту, скопировать черновик для #tech-questions, заполнить задачу в Jira',
    glanceShowDraftHint: 'Диалог уже эскалирован: показать и скопировать черновик ещё раз',
    healthParts: 'не найдено частей: {n}',
    healthFix: 'Исправить',
    foldNotes: 'Заметки коллег',
    collapse: 'Свернуть панель',
    expand: 'Открыть панель',
    noDialogue: 'Откройте диалог, чтобы увидеть клиента, теги и подсказки.',
    notes: 'Заметки коллег',
    noNotes: 'Заметок о клиенте пока нет.',
    tags: 'Теги диалога',
    untagged: 'Нет тегов',
    untaggedReplied: 'Вы ответили здесь, но у диалога ещё нет тега.',
    link: 'Ссылка на диалог',
    copy: 'Копировать',
    copied: 'Скопировано',
    health: 'Проверка страницы',
    healthOk: 'Найдены все части страницы ({n}).',
    suggested: 'Подходящие теги',
    notSure: 'Пока не уверен: ни один тег не подходит уверенно.',
    apply: 'Поставить',
    applied: 'Тег «{name}» поставлен.',
    notOffered: 'Панель не предлагает тег «{name}»; он не поставлен.',
    noTagInput: 'Поле тегов не найдено на странице.',
    removeTag: 'Снять тег «{name}» (через API CarrotQuest)',
    removeNeedsApi: 'Чтобы снимать теги из боковой панели, нужен режим API (Настройки → API CarrotQuest).',
    retag: 'Поставить заново: {name}',
    retagHint: 'Новый вопрос на ту же тему: тег снимается и ставится заново, чтобы статистика команды его учла',
    retagFailed: 'Тег «{name}» не удалось снять и поставить заново.',
    why: 'По словам: {words}',
    reminderTitle: 'У диалога, который вы оставили, нет тега',
    reminderApply: 'Поставить «{name}»',
    reminderPick: 'Тег не ясен. Выберите:',
    dismiss: 'Закрыть',
    confidence: 'уверенность {p}%',
    extensionReloaded: 'Sidekick обновлён: перезагрузите страницу.',
    error: 'Что-то пошло не так: {msg}',
    healthFailed: 'Остановлено из-за ошибки: {list}.',
    featureFailed: '{name}: остановлено из-за ошибки: {msg}',
    pageLoading: 'Загружается диалог {id}…',
    pageStuck: 'Диалог {id} не загрузился: ничего не записывается.',
  },
};
