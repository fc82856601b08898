import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'heading'
  | 'hint'
  | 'loading'
  | 'loadFailed'
  | 'empty'
  | 'tableCaption'
  | 'tag'
  | 'trend'
  | 'total'
  | 'export'
  | 'beforeAfterHeading'
  | 'beforeAfterHint'
  | 'pickTag'
  | 'fixDate'
  | 'before'
  | 'after'
  | 'rate'
  | 'share'
  | 'noRate'
  | 'change'
  | 'weeks';

export const trendsStrings: Phrases<Key> = {
  en: {
    heading: 'Tag trends, last 12 weeks',
    hint: 'Dialogues counted in the week their tag was added, as this browser saw them. Pick a frequent tag, fix its cause, then compare before and after.',
    loading: 'Loading…',
    loadFailed: 'Could not read the stored dialogues: {error}',
    empty: 'No tagged dialogues in the last 12 weeks yet.',
    tableCaption: 'Dialogues per tag and ISO week',
    tag: 'Tag',
    trend: 'Trend',
    total: 'Total',
    export: 'Download CSV',
    beforeAfterHeading: 'Before and after a fix',
    beforeAfterHint: 'The weekly rate of the tag before the day the fix shipped (up to 12 weeks) and since.',
    pickTag: 'Tag',
    fixDate: 'Fix shipped on',
    before: 'Before',
    after: 'After',
    rate: '{rate} a week ({n} over {weeks} wk)',
    share: '{share} of tagged dialogues',
    noRate: 'not enough time to tell',
    change: 'Change in weekly rate: {change}',
    weeks: 'wk',
  },
  ru: {
    heading: 'Теги за последние 12 недель',
    hint: 'Диалог засчитывается в неделю, когда ему поставили тег (по данным этого браузера). Выберите частый тег, устраните причину и сравните до и после.',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось прочитать сохранённые диалоги: {error}',
    empty: 'За последние 12 недель диалогов с тегами пока нет.',
    tableCaption: 'Диалоги по тегам и ISO-неделям',
    tag: 'Тег',
    trend: 'Динамика',
    total: 'Всего',
    export: 'Скачать CSV',
    beforeAfterHeading: 'До и после исправления',
    beforeAfterHint: 'Сколько диалогов в неделю получали тег до дня выпуска исправления (до 12 недель) и после.',
    pickTag: 'Тег',
    fixDate: 'Исправление выпущено',
    before: 'До',
    after: 'После',
    rate: '{rate} в неделю ({n} за {weeks} нед.)',
    share: '{share} диалогов с тегами',
    noRate: 'слишком мало времени, чтобы судить',
    change: 'Изменение в неделю: {change}',
    weeks: 'нед.',
  },
};
