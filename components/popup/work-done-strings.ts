import type { Phrases } from '../../lib/i18n/language';

type Key = 'heading' | 'prepare' | 'refresh' | 'preparing' | 'hint' | 'copy' | 'copied' | 'notCopied' | 'failed' | 'label';

export const workDoneStrings: Phrases<Key> = {
  en: {
    heading: '#work-done',
    prepare: 'Prepare #work-done',
    refresh: 'Update',
    preparing: 'Preparing…',
    hint: "Today's summary for #work-done: dialogues handled, tagged share, escalations, tags. It is prepared by itself in the last hour of your shift.",
    copy: 'Copy',
    copied: 'Copied: paste it in #work-done.',
    notCopied: 'Not copied: select the text and copy it by hand.',
    failed: 'Could not read the stored day: {error}',
    label: "Today's #work-done post",
  },
  ru: {
    heading: '#work-done',
    prepare: 'Подготовить #work-done',
    refresh: 'Обновить',
    preparing: 'Готовлю…',
    hint: 'Итог дня для #work-done: сколько диалогов, доля с тегами, эскалации, теги. В последний час смены готовится сам.',
    copy: 'Копировать',
    copied: 'Скопировано: вставьте в #work-done.',
    notCopied: 'Не скопировано: выделите текст и скопируйте вручную.',
    failed: 'Не удалось прочитать сохранённый день: {error}',
    label: 'Сообщение в #work-done за сегодня',
  },
};
