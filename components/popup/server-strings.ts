import type { Phrases } from '../../lib/i18n/language';

type Key = 'fromApi' | 'fromPage' | 'useApi' | 'usePage' | 'synced';

export const serverStrings: Phrases<Key> = {
  en: {
    fromApi: 'Source: CarrotQuest ({name}): dialogues you replied in, from any device.',
    fromPage: 'Source: this browser: dialogues it saw you reply in.',
    useApi: 'Count from CarrotQuest',
    usePage: 'Count from this browser',
    synced: 'Synced {when}.',
  },
  ru: {
    fromApi: 'Источник: CarrotQuest ({name}): диалоги, где вы отвечали, с любого устройства.',
    fromPage: 'Источник: этот браузер: диалоги, где он видел ваши ответы.',
    useApi: 'Считать по CarrotQuest',
    usePage: 'Считать по этому браузеру',
    synced: 'Синхронизировано {when}.',
  },
};
