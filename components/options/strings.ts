import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'title'
  | 'tabSettings'
  | 'tabTags'
  | 'tabReplies'
  | 'tabSelectors'
  | 'tabTrends'
  | 'tabData'
  | 'import'
  | 'export'
  | 'importHint'
  | 'saved'
  | 'imported'
  | 'rejected'
  | 'tooLarge'
  | 'save'
  | 'operator'
  | 'operatorName'
  | 'language'
  | 'auto'
  | 'timeZone'
  | 'shifts'
  | 'shiftsHint'
  | 'sshKey'
  | 'slack'
  | 'teamId'
  | 'channelId'
  | 'webhookUrl'
  | 'webhookEnabled'
  | 'webhookHint'
  | 'help'
  | 'kbSearchUrl'
  | 'kbSearchHint'
  | 'teamChannelId'
  | 'seniors'
  | 'seniorsHint'
  | 'jira'
  | 'baseUrl'
  | 'projectKey'
  | 'projectId'
  | 'issueTypeId'
  | 'targets'
  | 'floor'
  | 'goal'
  | 'longHeld'
  | 'teamUrl'
  | 'teamUrlHint'
  | 'tagsHint'
  | 'tagName'
  | 'tagDescription'
  | 'tagKeywords'
  | 'addTag'
  | 'remove'
  | 'saveSection'
  | 'noShifts'
  | 'shiftN'
  | 'shiftDays'
  | 'shiftFrom'
  | 'shiftTo'
  | 'shiftDuty'
  | 'addShift'
  | 'selectorsHint'
  | 'selectorsDefault'
  | 'history'
  | 'historyHint'
  | 'historyDone'
  | 'permissionDenied';

export const strings: Phrases<Key> = {
  en: {
    title: 'Sidekick settings',
    tabSettings: 'Settings',
    tabTags: 'Tags',
    tabReplies: 'Replies',
    tabSelectors: 'Page profile',
    tabTrends: 'Trends',
    tabData: 'Your data',
    import: 'Import settings file',
    export: 'Export settings',
    importHint: 'A JSON file exported here or kept in the team repository. It is checked whole; a rejected file changes nothing.',
    saved: 'Saved.',
    imported: 'Imported.',
    rejected: 'Rejected, nothing changed: {error}',
    tooLarge: 'the file is {size} MB, over the {max} MB this import reads',
    save: 'Save',
    operator: 'You',
    operatorName: 'Your name as the panel shows it',
    language: 'Language',
    auto: 'Browser language',
    timeZone: 'Time zone',
    shifts: 'Shifts',
    shiftsHint: 'Your working hours in your time zone: the weekend and end-of-day replies follow them.',
    saveSection: 'Save {section}',
    noShifts: 'No shifts: weekdays count as working days.',
    shiftN: 'Shift {n}',
    shiftDays: 'Days',
    shiftFrom: 'From',
    shiftTo: 'To',
    shiftDuty: 'Duty (threads only for blocking issues)',
    addShift: 'Add a shift',
    sshKey: "Team's shared public SSH key (never a personal one)",
    slack: 'Slack',
    teamId: 'Team id (T…)',
    channelId: '#tech-questions channel id (C…)',
    webhookUrl: 'Incoming webhook URL (optional)',
    webhookEnabled: 'Post the main message through the webhook when I click Post to Slack',
    webhookHint: 'Off by default: posting sends text to Slack. Drafts are always copied to the clipboard.',
    help: 'Search first and hand over',
    kbSearchUrl: 'Knowledge base search address',
    kbSearchHint: 'https:// with {query} where the search words go, e.g. https://kb.example.com/search?q={query}',
    teamChannelId: '#team-cs channel id (C…)',
    seniors: 'Senior teammates (one name a line, as the panel shows them)',
    seniorsHint: 'Offered in "Hand over" when a conflict escalates. Shared by the team file.',
    jira: 'Jira',
    baseUrl: 'Jira address',
    projectKey: 'Project key',
    projectId: 'Project id (pid)',
    issueTypeId: 'Issue type id',
    targets: 'Coverage goals',
    floor: 'Floor, %',
    goal: 'Goal, %',
    longHeld: 'Long-held after, hours',
    teamUrl: 'Team settings URL',
    teamUrlHint: "A raw JSON file in the team's own repository; fetched at start and every 3 hours.",
    tagsHint: "The team's tag vocabulary: suggestions use it from the first day. Keywords in Russian and English, comma-separated.",
    tagName: 'Tag',
    tagDescription: 'Description',
    tagKeywords: 'Keywords',
    addTag: 'Add tag',
    remove: 'Remove',
    selectorsHint:
      'Where Sidekick finds things on the panel page. Fix a key here when the panel changes its markup; keys left out use the built-in profile.',
    selectorsDefault: 'Built-in profile (for reference)',
    history: 'Import tagging history',
    historyHint:
      'A .csv (text,category) or .jsonl file of past dialogues and their tags. Unknown tags or broken lines reject the whole file.',
    historyDone: 'Learned from {n} dialogues.',
    permissionDenied: 'Permission was not granted; the address was not saved.',
  },
  ru: {
    title: 'Настройки Sidekick',
    tabSettings: 'Настройки',
    tabTags: 'Теги',
    tabReplies: 'Ответы',
    tabSelectors: 'Профиль страницы',
    tabTrends: 'Тренды',
    tabData: 'Ваши данные',
    import: 'Импорт файла настроек',
    export: 'Экспорт настроек',
    importHint: 'JSON-файл, выгруженный здесь или из репозитория команды. Проверяется целиком; отклонённый файл ничего не меняет.',
    saved: 'Сохранено.',
    imported: 'Импортировано.',
    rejected: 'Отклонено, ничего не изменено: {error}',
    tooLarge: 'файл весит {size} МБ, больше {max} МБ, которые читает этот импорт',
    save: 'Сохранить',
    operator: 'Вы',
    operatorName: 'Ваше имя, как его показывает панель',
    language: 'Язык',
    auto: 'Язык браузера',
    timeZone: 'Часовой пояс',
    shifts: 'Смены',
    shiftsHint: 'Ваши рабочие часы в вашем часовом поясе: по ним предлагаются ответы о выходных и о конце дня.',
    saveSection: 'Сохранить: {section}',
    noShifts: 'Смен нет: рабочими считаются будни.',
    shiftN: 'Смена {n}',
    shiftDays: 'Дни',
    shiftFrom: 'С',
    shiftTo: 'До',
    shiftDuty: 'Дежурство (треды только по блокирующим)',
    addShift: 'Добавить смену',
    sshKey: 'Общий публичный SSH-ключ команды (не личный)',
    slack: 'Slack',
    teamId: 'Id команды (T…)',
    channelId: 'Id канала #tech-questions (C…)',
    webhookUrl: 'Адрес входящего вебхука (необязательно)',
    webhookEnabled: 'Отправлять основное сообщение через вебхук по кнопке «Отправить в Slack»',
    webhookHint: 'По умолчанию выключено: отправка передаёт текст в Slack. Черновик всегда копируется в буфер.',
    help: 'Сначала поиск и передача диалога',
    kbSearchUrl: 'Адрес поиска по базе знаний',
    kbSearchHint: 'https:// и {query} там, где стоят слова поиска, например https://kb.example.com/search?q={query}',
    teamChannelId: 'Id канала #team-cs (C…)',
    seniors: 'Старшие коллеги (по имени в строке, как их показывает панель)',
    seniorsHint: 'Предлагаются в «Передать диалог», когда конфликт обостряется. Общие через файл команды.',
    jira: 'Jira',
    baseUrl: 'Адрес Jira',
    projectKey: 'Ключ проекта',
    projectId: 'Id проекта (pid)',
    issueTypeId: 'Id типа задачи',
    targets: 'Цели покрытия',
    floor: 'Минимум, %',
    goal: 'Цель, %',
    longHeld: 'Долгий диалог после, часов',
    teamUrl: 'Адрес настроек команды',
    teamUrlHint: 'JSON-файл в репозитории команды; загружается при старте и каждые 3 часа.',
    tagsHint: 'Словарь тегов команды: подсказки работают с первого дня. Ключевые слова на русском и английском через запятую.',
    tagName: 'Тег',
    tagDescription: 'Описание',
    tagKeywords: 'Ключевые слова',
    addTag: 'Добавить тег',
    remove: 'Удалить',
    selectorsHint:
      'Где Sidekick ищет элементы на странице панели. Исправьте ключ здесь, когда панель меняет вёрстку; остальные берутся из встроенного профиля.',
    selectorsDefault: 'Встроенный профиль (для справки)',
    history: 'Импорт истории тегов',
    historyHint:
      'Файл .csv (text,category) или .jsonl с прошлыми диалогами и их тегами. Неизвестный тег или битая строка отклоняют весь файл.',
    historyDone: 'Обучено на {n} диалогах.',
    permissionDenied: 'Разрешение не выдано; адрес не сохранён.',
  },
};
