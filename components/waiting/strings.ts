import type { Phrases } from '../../lib/i18n/language';

export const strings: Phrases<'min' | 'hours' | 'days' | 'title'> = {
  ru: {
    min: 'ждёт {n} мин',
    hours: 'ждёт {h} ч {n} мин',
    days: 'ждёт {d} дн',
    title: 'Клиент ждёт ответа с последнего сообщения без ответа',
  },
  en: {
    min: 'waiting {n} min',
    hours: 'waiting {h} h {n} min',
    days: 'waiting {d} d',
    title: 'The customer has waited since their last message without an answer',
  },
};
