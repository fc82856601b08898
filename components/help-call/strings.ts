import type { Phrases } from '../../lib/i18n/language';

export const strings: Phrases<'pile' | 'call' | 'noChannel'> = {
  ru: {
    pile: 'Без ответа {n}: позовите коллег',
    call: 'Позвать в #workspace',
    noChannel: 'Канал #workspace не задан в настройках: текст только скопируется',
  },
  en: {
    pile: '{n} unanswered: call teammates in',
    call: 'Call in #workspace',
    noChannel: 'No #workspace channel in settings: the text is only copied',
  },
};
