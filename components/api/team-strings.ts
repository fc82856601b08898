import { phrase, type Phrases } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';

type Key =
  | 'tab'
  | 'title'
  | 'hint'
  | 'sync'
  | 'syncing'
  | 'csv'
  | 'synced'
  | 'never'
  | 'notConnected'
  | 'failed'
  | 'name'
  | 'd7'
  | 'd30'
  | 'untagged7'
  | 'untagged30'
  | 'longHeld'
  | 'topThis'
  | 'topLast'
  | 'none'
  | 'empty';

const strings: Phrases<Key> = {
  en: {
    tab: 'Team',
    title: 'Team coverage from CarrotQuest',
    hint: "Per operator: of the dialogues they replied in, the share tagged now (floor {floor}%, goal {goal}%); untagged dialogues; open dialogues assigned to them that started more than {hours} h ago; their top tags this week and last. From this browser's copy of the app's last 31 days, brought up to date incrementally.",
    sync: 'Sync now',
    syncing: 'Syncing…',
    csv: 'Export CSV',
    synced: 'Synced {when}: {n} conversations of the last 31 days.',
    never: 'Not synced yet.',
    notConnected: 'Connect an API key on the CarrotQuest API tab first.',
    failed: 'The last sync stopped: {reason} The copy keeps what it had; the next sync goes on from there.',
    name: 'Operator',
    d7: '7 days',
    d30: '30 days',
    untagged7: 'Untagged, 7 d',
    untagged30: 'Untagged, 30 d',
    longHeld: 'Held too long',
    topThis: 'Top tags this week',
    topLast: 'Last week',
    none: '—',
    empty: 'No operator replied in the synced conversations.',
  },
  ru: {
    tab: 'Команда',
    title: 'Покрытие команды по CarrotQuest',
    hint: 'По каждому оператору: доля диалогов с тегом среди тех, где он отвечал (минимум {floor}%, цель {goal}%); диалоги без тегов; открытые диалоги на нём, начатые больше {hours} ч назад; частые теги на этой и прошлой неделе. По копии последних 31 дня приложения в этом браузере, которая обновляется постепенно.',
    sync: 'Синхронизировать',
    syncing: 'Синхронизируем…',
    csv: 'Экспорт CSV',
    synced: 'Синхронизировано {when}: диалогов за 31 день — {n}.',
    never: 'Ещё не синхронизировано.',
    notConnected: 'Сначала подключите API-ключ на вкладке «API CarrotQuest».',
    failed: 'Последняя синхронизация прервалась: {reason} Копия сохранила, что было; следующая продолжит с этого места.',
    name: 'Оператор',
    d7: '7 дней',
    d30: '30 дней',
    untagged7: 'Без тегов, 7 дн.',
    untagged30: 'Без тегов, 30 дн.',
    longHeld: 'Держит слишком долго',
    topThis: 'Частые теги на этой неделе',
    topLast: 'На прошлой неделе',
    none: '—',
    empty: 'В синхронизированных диалогах не отвечал ни один оператор.',
  },
};

export function teamT(lang: Language, key: Key, values?: Record<string, string | number>): string {
  return phrase(strings[lang][key], values);
}

export const teamTabLabel = { en: strings.en.tab, ru: strings.ru.tab };
