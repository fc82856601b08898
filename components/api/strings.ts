import type { ApiErrorData } from '../../lib/api/errors';
import { phrase, type Phrases } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';

type Key =
  | 'tab'
  | 'title'
  | 'hint'
  | 'key'
  | 'keyPlaceholder'
  | 'keySaved'
  | 'connect'
  | 'disconnect'
  | 'testing'
  | 'connected'
  | 'notConnected'
  | 'operator'
  | 'operatorNone'
  | 'operatorHint'
  | 'budget'
  | 'tagsVia'
  | 'tagsFallback'
  | 'tagsAlways'
  | 'save'
  | 'history'
  | 'historyHint'
  | 'historyStart'
  | 'historyResume'
  | 'historyCancel'
  | 'historyDays'
  | 'progress'
  | 'left'
  | 'leftUnknown'
  | 'done'
  | 'stopped'
  | 'cancelled'
  | 'topTags'
  | 'learned'
  | 'e.key-rejected'
  | 'e.permission'
  | 'e.bad-request'
  | 'e.not-found'
  | 'e.rate-limited'
  | 'e.server'
  | 'e.timeout'
  | 'e.network'
  | 'e.not-json'
  | 'e.bad-envelope'
  | 'e.unsafe-id'
  | 'e.cancelled'
  | 'e.not-configured';

export const strings: Phrases<Key> = {
  en: {
    tab: 'CarrotQuest API',
    title: 'CarrotQuest API mode',
    hint: 'Your personal API key (panel: Settings → Developers → API keys). It stays in this browser only: never in exports, the team file or backups. The API host and app follow the panel you work in.',
    key: 'API key',
    keyPlaceholder: 'paste the key',
    keySaved: 'Saved key: {mask}',
    connect: 'Save and test connection',
    disconnect: 'Forget the key',
    testing: 'Testing…',
    connected: 'Connected to app {app} at {origin}: {channels} channels.',
    notConnected: 'Not connected.',
    operator: 'Who you are in CarrotQuest',
    operatorNone: '— pick yourself —',
    operatorHint: 'There is no "current operator" call: pick yourself once from the operators of the app\'s channels.',
    budget: 'Requests per minute at most',
    tagsVia: 'Apply tags through the API',
    tagsFallback: "only when the page's tag field is not found",
    tagsAlways: 'always',
    save: 'Save',
    history: 'Learn from CarrotQuest history',
    historyHint:
      "Reads the app's conversations of the last {days} days with their tags and customer messages (secrets removed) and trains the tag model.",
    historyStart: 'Learn from CarrotQuest history',
    historyResume: 'Resume',
    historyCancel: 'Cancel',
    historyDays: 'Days back',
    progress: '{read} dialogues read, {tagged} tagged, {learned} learned · {pct}%',
    left: 'about {time} left',
    leftUnknown: 'estimating time left…',
    done: 'Done: {read} dialogues read, {share}% tagged.',
    stopped: 'Stopped after {read} dialogues: {reason} What was learned is kept; Resume goes on from here.',
    cancelled: 'Cancelled after {read} dialogues. Resume goes on from here.',
    topTags: 'Top tags',
    learned: '{n} dialogues learned.',
    'e.key-rejected': 'Key rejected: CarrotQuest does not accept this key (wrong, expired or revoked).',
    'e.permission': 'The key lacks a right: {detail}.',
    'e.bad-request': 'CarrotQuest refused the request: {detail}.',
    'e.not-found': 'Not found at CarrotQuest: {detail}.',
    'e.rate-limited': 'Too many requests: CarrotQuest asked to slow down; try again later.',
    'e.server': 'CarrotQuest had a server error ({detail}); try again later.',
    'e.timeout': 'CarrotQuest did not answer in time.',
    'e.network': 'CarrotQuest cannot be reached (network): {detail}.',
    'e.not-json': "The answer was not the API's (an HTML page or other text): {detail}.",
    'e.bad-envelope': "The answer was not in the API's format: {detail}.",
    'e.unsafe-id':
      'Refused: the answer gives an id as a plain number, which cannot be read exactly (a proxy may strip id_as_string). {detail}',
    'e.cancelled': 'Cancelled.',
    'e.not-configured': 'Not set up: {detail}.',
  },
  ru: {
    tab: 'API CarrotQuest',
    title: 'Режим API CarrotQuest',
    hint: 'Ваш личный API-ключ (в панели: Настройки → Разработчикам → API-ключи). Хранится только в этом браузере: не попадает в экспорт, файл команды и резервные копии. Адрес API и приложение берутся из панели, в которой вы работаете.',
    key: 'API-ключ',
    keyPlaceholder: 'вставьте ключ',
    keySaved: 'Сохранённый ключ: {mask}',
    connect: 'Сохранить и проверить',
    disconnect: 'Забыть ключ',
    testing: 'Проверяем…',
    connected: 'Подключено к приложению {app} ({origin}): каналов — {channels}.',
    notConnected: 'Не подключено.',
    operator: 'Кто вы в CarrotQuest',
    operatorNone: '— выберите себя —',
    operatorHint: 'Вызова «текущий оператор» нет: выберите себя один раз из операторов каналов приложения.',
    budget: 'Не больше запросов в минуту',
    tagsVia: 'Ставить теги через API',
    tagsFallback: 'только если поле тегов на странице не найдено',
    tagsAlways: 'всегда',
    save: 'Сохранить',
    history: 'Обучить на истории CarrotQuest',
    historyHint:
      'Читает диалоги приложения за последние {days} дн. с тегами и сообщениями клиентов (секреты удаляются) и обучает модель тегов.',
    historyStart: 'Обучить на истории CarrotQuest',
    historyResume: 'Продолжить',
    historyCancel: 'Отменить',
    historyDays: 'Дней назад',
    progress: 'Прочитано диалогов: {read}, с тегами: {tagged}, обучено: {learned} · {pct}%',
    left: 'осталось около {time}',
    leftUnknown: 'оцениваем оставшееся время…',
    done: 'Готово: прочитано диалогов — {read}, с тегами — {share}%.',
    stopped: 'Остановлено после {read} диалогов: {reason} Выученное сохранено; «Продолжить» продолжит отсюда.',
    cancelled: 'Отменено после {read} диалогов. «Продолжить» продолжит отсюда.',
    topTags: 'Частые теги',
    learned: 'Обучено на {n} диалогах.',
    'e.key-rejected': 'Ключ отклонён: CarrotQuest не принимает этот ключ (неверный, истёк или отозван).',
    'e.permission': 'У ключа нет права: {detail}.',
    'e.bad-request': 'CarrotQuest отклонил запрос: {detail}.',
    'e.not-found': 'Не найдено в CarrotQuest: {detail}.',
    'e.rate-limited': 'Слишком много запросов: CarrotQuest просит подождать; попробуйте позже.',
    'e.server': 'Ошибка сервера CarrotQuest ({detail}); попробуйте позже.',
    'e.timeout': 'CarrotQuest не ответил вовремя.',
    'e.network': 'CarrotQuest недоступен (сеть): {detail}.',
    'e.not-json': 'Ответ не от API (HTML-страница или другой текст): {detail}.',
    'e.bad-envelope': 'Ответ не в формате API: {detail}.',
    'e.unsafe-id': 'Отклонено: в ответе id дан числом, которое нельзя прочитать точно (прокси мог убрать id_as_string). {detail}',
    'e.cancelled': 'Отменено.',
    'e.not-configured': 'Не настроено: {detail}.',
  },
};

export type ApiPhrase = Key;

export function apiT(lang: Language, key: Key, values?: Record<string, string | number>): string {
  return phrase(strings[lang][key], values);
}

/** The operator's sentence for an API error: the kind in their language, the server's own words as detail. */
export function describeApiError(lang: Language, err: ApiErrorData): string {
  const detail =
    err.detail.path && err.kind === 'permission'
      ? `${err.detail.path}${err.detail.errorMessage ? ` (${err.detail.errorMessage})` : ''}`
      : err.message;
  return apiT(lang, `e.${err.kind}` as Key, { detail });
}

export function formatDuration(ms: number, lang: Language): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return lang === 'ru' ? `${s} с` : `${s} s`;
  const m = Math.round(s / 60);
  return lang === 'ru' ? `${m} мин` : `${m} min`;
}
