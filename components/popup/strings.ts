import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'title'
  | 'loading'
  | 'loadFailed'
  | 'privateNumbers'
  | 'privateLists'
  | 'coverageHeading'
  | 'today'
  | 'd7'
  | 'd30'
  | 'countOf'
  | 'noDialogues'
  | 'belowFloor'
  | 'floorReached'
  | 'goalReached'
  | 'targetsLine'
  | 'emptyTitle'
  | 'emptyBody'
  | 'chartHeading'
  | 'untaggedHeading'
  | 'untaggedToday'
  | 'untaggedYesterday'
  | 'allTagged'
  | 'more'
  | 'dialogue'
  | 'suggested'
  | 'unsure'
  | 'suggesting'
  | 'noSuggestion'
  | 'suggestFailed'
  | 'longHeldHeading'
  | 'longHeldMine'
  | 'longHeldOthers'
  | 'noneLongHeld'
  | 'held'
  | 'heldBy'
  | 'waiting'
  | 'topTagsHeading'
  | 'tag'
  | 'thisWeek'
  | 'lastWeek'
  | 'noTagsYet'
  | 'opensInPanel';

export const popupStrings: Phrases<Key> = {
  en: {
    title: 'Sidekick',
    loading: 'Counting…',
    loadFailed: 'Could not read the stored dialogues: {error}',
    privateNumbers: 'Your numbers are not shown in a private window: open Sidekick from a normal window to see them.',
    privateLists: 'The lists of dialogues are shown in a normal window.',
    coverageHeading: 'My tag coverage',
    today: 'Today',
    d7: '7 days',
    d30: '30 days',
    countOf: '{tagged} of {total}',
    noDialogues: 'no replies',
    belowFloor: 'below floor',
    floorReached: 'floor reached',
    goalReached: 'goal reached',
    targetsLine: 'Team floor {floor}, goal {goal}: dialogues I replied in that carry a tag now.',
    emptyTitle: 'Nothing to count yet',
    emptyBody:
      'Once you reply in dialogues in the CarrotQuest panel, this shows the share of them you tagged today, over 7 and 30 days, against the team floor ({floor}) and goal ({goal}); a 14-day chart; the dialogues of today and yesterday still without a tag, with a suggested tag; and dialogues held for a long time.',
    chartHeading: 'Last 14 days',
    untaggedHeading: 'Without a tag',
    untaggedToday: 'Today',
    untaggedYesterday: 'Yesterday',
    allTagged: 'All tagged.',
    more: '…and {n} more',
    dialogue: 'Dialogue {id}',
    suggested: 'suggested: {tag}',
    unsure: 'unsure',
    suggesting: 'looking for a tag…',
    noSuggestion: 'no suggestion',
    suggestFailed: 'suggestion unavailable',
    longHeldHeading: 'Held longer than {hours} h',
    longHeldMine: 'Mine',
    longHeldOthers: "Teammates' (offer help)",
    noneLongHeld: 'None.',
    held: 'held {time}',
    heldBy: 'with {name}',
    waiting: 'customer waiting',
    topTagsHeading: 'My tags this week',
    tag: 'Tag',
    thisWeek: 'This week',
    lastWeek: 'Last week',
    noTagsYet: 'No tagged dialogues this week or last.',
    opensInPanel: 'opens in the panel',
  },
  ru: {
    title: 'Sidekick',
    loading: 'Считаю…',
    loadFailed: 'Не удалось прочитать сохранённые диалоги: {error}',
    privateNumbers: 'В приватном окне цифры не показываются: откройте Sidekick в обычном окне, чтобы их увидеть.',
    privateLists: 'Списки диалогов показываются в обычном окне.',
    coverageHeading: 'Мои диалоги с тегами',
    today: 'Сегодня',
    d7: '7 дней',
    d30: '30 дней',
    countOf: '{tagged} из {total}',
    noDialogues: 'нет ответов',
    belowFloor: 'ниже минимума',
    floorReached: 'минимум есть',
    goalReached: 'цель достигнута',
    targetsLine: 'Минимум команды {floor}, цель {goal}: доля диалогов с моими ответами, у которых сейчас есть тег.',
    emptyTitle: 'Пока нечего считать',
    emptyBody:
      'Когда вы начнёте отвечать в диалогах в панели CarrotQuest, здесь появится доля диалогов с тегом за сегодня, 7 и 30 дней в сравнении с минимумом ({floor}) и целью ({goal}) команды; график за 14 дней; диалоги сегодня и вчера без тега с подсказкой тега; диалоги, которые долго висят.',
    chartHeading: 'Последние 14 дней',
    untaggedHeading: 'Без тега',
    untaggedToday: 'Сегодня',
    untaggedYesterday: 'Вчера',
    allTagged: 'Все с тегами.',
    more: '…и ещё {n}',
    dialogue: 'Диалог {id}',
    suggested: 'подсказка: {tag}',
    unsure: 'не уверен',
    suggesting: 'подбираю тег…',
    noSuggestion: 'нет подсказки',
    suggestFailed: 'подсказка недоступна',
    longHeldHeading: 'Висят дольше {hours} ч',
    longHeldMine: 'Мои',
    longHeldOthers: 'У коллег (предложите помощь)',
    noneLongHeld: 'Нет.',
    held: 'висит {time}',
    heldBy: 'у {name}',
    waiting: 'клиент ждёт',
    topTagsHeading: 'Мои теги на этой неделе',
    tag: 'Тег',
    thisWeek: 'Эта неделя',
    lastWeek: 'Прошлая',
    noTagsYet: 'На этой и прошлой неделе диалогов с тегами нет.',
    opensInPanel: 'откроется в панели',
  },
};

export type PopupStrings = (typeof popupStrings)['en'];
