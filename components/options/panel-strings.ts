import type { TeamOriginRefusal } from '../../lib/carrotquest/team-origin';

/** Phrases of the page-profile tab's teaching, capture and team-address parts, ru and en. */
export const panelStrings = {
  en: {
    teachTitle: 'Teach the page by pointing',
    teachHint: 'Open the panel in a tab, then press "Show me" beside a part and click that part on the page.',
    showMe: 'Show me',
    noPanelTab: 'No panel tab is open: open the panel, then press "Show me" again.',
    sentToTab: 'Point at the {key} in the panel tab.',
    capture: 'Save page capture',
    captureHint: "A file of the open panel page's structure, with every word people wrote replaced: send it to whoever fixes the profile.",
    captureSaved: 'Page capture saved.',
    captureFailed: 'No capture: {error}',
    hostsTitle: 'Team panel addresses',
    hostsHint:
      'If your team opens the panel at an address of its own, add its origin (https://support.example.com). The browser asks for access to that address alone.',
    hostPlaceholder: 'https://support.example.com',
    add: 'Add',
    remove: 'Remove',
    active: 'active',
    inactive: 'no access: the sidebar does not run here',
    added: 'Added: the sidebar runs on {origin} (reload its open tabs).',
    removed: 'Removed: {origin}.',
    denied: 'Access to {origin} was not granted: nothing was added.',
    duplicate: '{origin} is already on the list.',
  },
  ru: {
    teachTitle: 'Обучить страницу указанием',
    teachHint: 'Откройте панель во вкладке, нажмите «Показать» рядом с частью и щёлкните эту часть на странице.',
    showMe: 'Показать',
    noPanelTab: 'Панель не открыта: откройте её и нажмите «Показать» ещё раз.',
    sentToTab: 'Укажите «{key}» во вкладке панели.',
    capture: 'Сохранить снимок страницы',
    captureHint:
      'Файл со структурой открытой страницы панели, где все написанные людьми слова заменены: отправьте его тому, кто чинит профиль.',
    captureSaved: 'Снимок страницы сохранён.',
    captureFailed: 'Снимка нет: {error}',
    hostsTitle: 'Адреса панели команды',
    hostsHint:
      'Если ваша команда открывает панель по своему адресу, добавьте его (https://support.example.com). Браузер спросит доступ только к этому адресу.',
    hostPlaceholder: 'https://support.example.com',
    add: 'Добавить',
    remove: 'Убрать',
    active: 'работает',
    inactive: 'нет доступа: боковая панель здесь не запускается',
    added: 'Добавлено: боковая панель работает на {origin} (перезагрузите его открытые вкладки).',
    removed: 'Убрано: {origin}.',
    denied: 'Доступ к {origin} не дан: ничего не добавлено.',
    duplicate: '{origin} уже в списке.',
  },
} as const;

export const originRefusals: Record<'ru' | 'en', Record<TeamOriginRefusal, string>> = {
  en: {
    empty: 'Type the address first.',
    wildcard: 'A wildcard would give access to more than the panel: type one address.',
    http: 'Plain http is refused: anyone on the network could rewrite the page. Use https.',
    path: 'Only the address itself (scheme and host), without a path, query or anchor.',
    invalid: 'That is not a web address.',
    builtin: 'That address is built in already.',
  },
  ru: {
    empty: 'Сначала введите адрес.',
    wildcard: 'Шаблон дал бы доступ не только к панели: введите один адрес.',
    http: 'Обычный http не принимается: страницу может подменить любой в сети. Нужен https.',
    path: 'Только сам адрес (схема и хост), без пути, параметров и якоря.',
    invalid: 'Это не веб-адрес.',
    builtin: 'Этот адрес уже встроен.',
  },
};
