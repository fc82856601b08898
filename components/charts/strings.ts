import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'coverageTitle'
  | 'coverageSummary'
  | 'coverageDay'
  | 'coverageNone'
  | 'floor'
  | 'goal'
  | 'day'
  | 'coverage'
  | 'dialogues'
  | 'weeklyTitle'
  | 'week'
  | 'tag'
  | 'sparkline';

export const chartStrings: Phrases<Key> = {
  en: {
    coverageTitle: 'Tag coverage by day, last {days} days',
    coverageSummary: 'Floor {floor}, goal {goal}. Days with dialogues: {withData}; at or above goal: {atGoal}; below floor: {belowFloor}.',
    coverageDay: '{day}: {percent} ({tagged} of {total})',
    coverageNone: '{day}: no dialogues',
    floor: 'floor',
    goal: 'goal',
    day: 'Day',
    coverage: 'Coverage',
    dialogues: 'Tagged of replied',
    weeklyTitle: 'Dialogues per tag by week, last {weeks} weeks',
    week: 'Week',
    tag: 'Tag',
    sparkline: '{tag}: {values} by week',
  },
  ru: {
    coverageTitle: 'Доля тегированных диалогов по дням, последние {days} дн.',
    coverageSummary:
      'Минимум {floor}, цель {goal}. Дней с диалогами: {withData}; на уровне цели и выше: {atGoal}; ниже минимума: {belowFloor}.',
    coverageDay: '{day}: {percent} ({tagged} из {total})',
    coverageNone: '{day}: диалогов нет',
    floor: 'минимум',
    goal: 'цель',
    day: 'День',
    coverage: 'Доля',
    dialogues: 'С тегом из отвеченных',
    weeklyTitle: 'Диалоги по тегам по неделям, последние {weeks} нед.',
    week: 'Неделя',
    tag: 'Тег',
    sparkline: '{tag}: {values} по неделям',
  },
};
