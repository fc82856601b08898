import type { SlackThreadKind } from '../../lib/escalation/slack-draft';
import type { Language } from '../../lib/settings/schema';
import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'ackInserted'
  | 'ackNoComposer'
  | 'ackOff'
  | 'ackTitle'
  | 'ackFailed'
  | 'draftCopied'
  | 'draftCopyFailed'
  | 'openChannel'
  | 'openInBrowser'
  | 'slackMissing'
  | 'and'
  | 'recorded'
  | 'recordFailed'
  | 'doneLead'
  | 'doneAck'
  | 'doneAckOff'
  | 'doneCopied'
  | 'doneSaved'
  | 'slackHeading'
  | 'problemLabel'
  | 'errorTextLabel'
  | 'errorTextHint'
  | 'errorTextWhy'
  | 'problemTypeLabel'
  | 'mainMessage'
  | 'copyMain'
  | 'copyAll'
  | 'copy'
  | 'copied'
  | 'notCopied'
  | 'threadReply'
  | 'truncated'
  | 'secretsHeading'
  | 'secretLeftOut'
  | 'secretIncluded'
  | 'secretNewLeftOut'
  | 'secretNewIncluded'
  | 'postToSlack'
  | 'posting'
  | 'posted'
  | 'postFailed'
  | 'jiraHeading'
  | 'summaryLabel'
  | 'summaryCut'
  | 'openJira'
  | 'descriptionNotInLink'
  | 'descriptionCopied'
  | 'descriptionNotCopied'
  | 'copyDescription'
  | 'jiraMissing'
  | 'refsHeading'
  | 'slackRefLabel'
  | 'jiraRefLabel'
  | 'save'
  | 'saving'
  | 'saved'
  | 'saveFailed'
  | 'notFound'
  | 'badSlackRef'
  | 'badJiraRef'
  | 'refsNeedRecord'
  | 'stateThread'
  | 'stateJira'
  | 'newDetailsHeading'
  | 'newDetailsHint'
  | 'copyNewDetails'
  | 'preparing'
  | 'escalatedBefore'
  | 'detailsFailed';

export const strings: Phrases<Key> = {
  en: {
    ackInserted: 'The "request received" reply is in the reply box: check it and send it.',
    ackNoComposer: 'The reply box was not found: copy the "request received" reply below and send it.',
    ackOff: 'The team switched the "request received" reply off, so none was inserted.',
    ackTitle: 'Reply to the customer',
    ackFailed: 'The "request received" reply was not inserted ({error}): copy it below.',
    draftCopied:
      'The #tech-questions draft is on the clipboard: paste the main message in the channel, then each thread reply in its thread.',
    draftCopyFailed: 'The draft could not be copied: use the Copy buttons below.',
    openChannel: 'Open #tech-questions',
    openInBrowser: 'in the browser',
    slackMissing: 'To open #tech-questions from here, fill in {list} (options → Settings).',
    and: 'and',
    doneLead: 'Escalated:',
    doneAck: 'reply in the box',
    doneAckOff: 'no reply (off)',
    doneCopied: 'draft copied',
    doneSaved: 'saved',
    recorded: 'Escalation saved.',
    recordFailed: 'The escalation was not saved: {error}',
    slackHeading: '#tech-questions draft',
    problemLabel: 'Problem, in your words (changes are copied again)',
    errorTextLabel: 'The error as text',
    errorTextHint: 'Type out the error from the screenshot or file',
    errorTextWhy: "The customer sent an image or a file: #tech-questions asks for the error as text, since screenshots can't be searched.",
    problemTypeLabel: 'Problem type (sets the accesses to ask for)',
    mainMessage: 'Main message',
    copyMain: 'Copy main message',
    copyAll: 'Copy all',
    copy: 'Copy',
    copied: 'Copied',
    notCopied: 'Not copied',
    threadReply: 'Thread reply {n}: {kind}',
    truncated: 'The customer\'s text is long: the main message quotes its end, the "full text" reply has more.',
    secretsHeading: 'Secrets found (left out unless ticked)',
    secretLeftOut: '{kind} in message {n} — left out',
    secretIncluded: '{kind} in message {n} — included',
    secretNewLeftOut: '{kind} in new message {n} — left out',
    secretNewIncluded: '{kind} in new message {n} — included',
    postToSlack: 'Post to Slack',
    posting: 'Posting…',
    posted: 'Posted to the channel. Add the thread replies in its thread.',
    postFailed: 'Not posted: {error}',
    jiraHeading: 'Jira task',
    summaryLabel: 'Summary (up to 6 words)',
    summaryCut: 'Only the first 6 words are used.',
    openJira: 'Create the task in Jira',
    descriptionNotInLink: 'The description is too long for the link: opening it copies the description to the clipboard first.',
    descriptionCopied: 'The description is on the clipboard: paste it into the Description field.',
    descriptionNotCopied: 'The description could not be copied: use "Copy description".',
    copyDescription: 'Copy description',
    jiraMissing: 'To open a prefilled Jira form, fill in {list} (options → Settings). The description can be copied meanwhile.',
    refsHeading: 'Links to keep with the escalation',
    slackRefLabel: 'Slack thread link',
    jiraRefLabel: 'Jira key or link (e.g. SUPPORT-123)',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    saveFailed: 'Not saved: {error}',
    notFound: 'the escalation is no longer stored',
    badSlackRef: 'Paste the thread link (the message menu → Copy link).',
    badJiraRef: 'Not a Jira key or link; a key looks like SUPPORT-123.',
    refsNeedRecord: 'The escalation is not saved, so links cannot be kept with it.',
    stateThread: 'Slack thread',
    stateJira: 'Jira task',
    newDetailsHeading: 'New from the customer since the escalation: {n}',
    newDetailsHint: "Post it in the escalation's thread.",
    copyNewDetails: 'Copy new details',
    preparing: 'Preparing the draft…',
    escalatedBefore: 'escalated before',
    detailsFailed: 'The new details could not be prepared ({error}).',
  },
  ru: {
    ackInserted: 'Ответ «запрос получен» вставлен в поле ответа: проверьте и отправьте.',
    ackNoComposer: 'Поле ответа не найдено: скопируйте ответ «запрос получен» ниже и отправьте.',
    ackOff: 'Команда отключила ответ «запрос получен», поэтому он не вставлен.',
    ackTitle: 'Ответ клиенту',
    ackFailed: 'Ответ «запрос получен» не вставлен ({error}): скопируйте его ниже.',
    draftCopied: 'Черновик для #tech-questions скопирован: вставьте основное сообщение в канал, а каждый ответ — в его тред.',
    draftCopyFailed: 'Черновик не скопировался: воспользуйтесь кнопками «Копировать» ниже.',
    openChannel: 'Открыть #tech-questions',
    openInBrowser: 'в браузере',
    slackMissing: 'Чтобы открывать #tech-questions отсюда, заполните {list} (параметры → Настройки).',
    and: 'и',
    doneLead: 'Эскалировано:',
    doneAck: 'ответ в поле',
    doneAckOff: 'без ответа (выкл.)',
    doneCopied: 'черновик скопирован',
    doneSaved: 'сохранено',
    recorded: 'Эскалация сохранена.',
    recordFailed: 'Эскалация не сохранена: {error}',
    slackHeading: 'Черновик для #tech-questions',
    problemLabel: 'Проблема своими словами (изменения копируются заново)',
    errorTextLabel: 'Ошибка текстом',
    errorTextHint: 'Перепишите ошибку со скриншота или из файла',
    errorTextWhy: 'Клиент прислал картинку или файл: в #tech-questions ошибку пишут текстом, потому что по скриншотам не найти.',
    problemTypeLabel: 'Тип проблемы (от него зависят доступы)',
    mainMessage: 'Основное сообщение',
    copyMain: 'Копировать основное сообщение',
    copyAll: 'Копировать всё',
    copy: 'Копировать',
    copied: 'Скопировано',
    notCopied: 'Не скопировано',
    threadReply: 'Ответ в треде {n}: {kind}',
    truncated: 'Текст клиента длинный: в основном сообщении его конец, больше — в ответе «полный текст».',
    secretsHeading: 'Найдены секреты (не попадают в черновик, пока не отмечены)',
    secretLeftOut: '{kind} в сообщении {n} — не попадёт в черновик',
    secretIncluded: '{kind} в сообщении {n} — попадёт в черновик',
    secretNewLeftOut: '{kind} в новом сообщении {n} — не попадёт в черновик',
    secretNewIncluded: '{kind} в новом сообщении {n} — попадёт в черновик',
    postToSlack: 'Отправить в Slack',
    posting: 'Отправляю…',
    posted: 'Отправлено в канал. Ответы добавьте в его тред.',
    postFailed: 'Не отправлено: {error}',
    jiraHeading: 'Задача в Jira',
    summaryLabel: 'Заголовок (до 6 слов)',
    summaryCut: 'Берутся только первые 6 слов.',
    openJira: 'Создать задачу в Jira',
    descriptionNotInLink: 'Описание не помещается в ссылку: при переходе оно сначала скопируется в буфер обмена.',
    descriptionCopied: 'Описание в буфере обмена: вставьте его в поле Description.',
    descriptionNotCopied: 'Описание не скопировалось: нажмите «Копировать описание».',
    copyDescription: 'Копировать описание',
    jiraMissing: 'Чтобы открывать заполненную форму Jira, заполните {list} (параметры → Настройки). Описание пока можно скопировать.',
    refsHeading: 'Ссылки для эскалации',
    slackRefLabel: 'Ссылка на тред в Slack',
    jiraRefLabel: 'Ключ или ссылка Jira (например, SUPPORT-123)',
    save: 'Сохранить',
    saving: 'Сохраняю…',
    saved: 'Сохранено.',
    saveFailed: 'Не сохранено: {error}',
    notFound: 'эскалация больше не хранится',
    badSlackRef: 'Вставьте ссылку на тред (меню сообщения → Copy link).',
    badJiraRef: 'Это не ключ и не ссылка Jira; ключ выглядит как SUPPORT-123.',
    refsNeedRecord: 'Эскалация не сохранена, поэтому ссылки к ней не сохранить.',
    stateThread: 'Тред в Slack',
    stateJira: 'Задача в Jira',
    newDetailsHeading: 'Новое от клиента после эскалации: {n}',
    newDetailsHint: 'Добавьте это в тред эскалации.',
    copyNewDetails: 'Копировать новые подробности',
    preparing: 'Готовлю черновик…',
    escalatedBefore: 'уже эскалировано',
    detailsFailed: 'Новые подробности не подготовились ({error}).',
  },
};

export const threadKindNames: Record<Language, Record<SlackThreadKind, string>> = {
  en: { jira: 'Jira link', dialogue: 'dialogue link', access: 'accesses', log: 'full text', details: 'new details' },
  ru: { jira: 'ссылка на Jira', dialogue: 'ссылка на диалог', access: 'доступы', log: 'полный текст', details: 'новые подробности' },
};

/** What each settings path is called on the options page, for "fill in ..." messages. */
export const settingNames: Record<Language, Record<string, string>> = {
  en: {
    'slack.teamId': 'Slack team id',
    'slack.channelId': 'Slack channel id',
    'jira.baseUrl': 'Jira address',
    'jira.projectId': 'Jira project id',
    'jira.issueTypeId': 'Jira issue type id',
  },
  ru: {
    'slack.teamId': 'ID команды Slack',
    'slack.channelId': 'ID канала Slack',
    'jira.baseUrl': 'адрес Jira',
    'jira.projectId': 'ID проекта Jira',
    'jira.issueTypeId': 'ID типа задачи Jira',
  },
};
