import type { Language } from '../settings/schema';

/**
 * The team quotes three times the time it expects, then beats it. The operator types a guess in
 * either language ("2 hours", «2 часа», "30 min", «полтора дня», "2-3 days"); the customer reads the
 * tripled figure in the reply's language, with Russian plural forms.
 */

export type EstimateUnit = 'minute' | 'hour' | 'day' | 'week';

export interface Estimate {
  from: number;
  /** Upper end of a range ("2-3 days"), else undefined. */
  to?: number;
  unit: EstimateUnit;
}

export const ESTIMATE_MULTIPLIER = 3;

const UNIT_WORDS: Record<EstimateUnit, string[]> = {
  minute: ['m', 'min', 'mins', 'minute', 'minutes', 'мин', 'минута', 'минуты', 'минут', 'минуту', 'минутка', 'минутки'],
  hour: ['h', 'hr', 'hrs', 'hour', 'hours', 'ч', 'час', 'часа', 'часов', 'часик', 'часика', 'часиков'],
  day: ['d', 'day', 'days', 'д', 'дн', 'день', 'дня', 'дней', 'сутки', 'суток', 'денек', 'денька'],
  week: ['w', 'wk', 'wks', 'week', 'weeks', 'нед', 'неделя', 'недели', 'недель', 'неделю'],
};

const UNIT_BY_WORD = new Map<string, EstimateUnit>(
  (Object.entries(UNIT_WORDS) as [EstimateUnit, string[]][]).flatMap(([unit, words]) => words.map((w) => [w, unit] as const)),
);

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  'a couple of': 2,
  'a few': 3,
  few: 3,
  'half a': 0.5,
  'half an': 0.5,
  half: 0.5,
  'one and a half': 1.5,
  'an hour and a half': 1.5,
  один: 1,
  одна: 1,
  одну: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  пара: 2,
  пару: 2,
  несколько: 3,
  полтора: 1.5,
  полторы: 1.5,
  пол: 0.5,
};

const HEDGES = /^(?:~|≈|about|around|approx\.?|approximately|roughly|maybe|около|примерно|где-то|приблизительно|ориентировочно|за)\s*/;

function parseAmount(s: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return NUMBER_WORDS[s];
}

/** Reads the operator's guess; undefined when it is not a duration we understand. */
export function parseEstimate(input: string): Estimate | undefined {
  let s = input
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/\s+/g, ' ');
  s = s.replace(/[.!]+$/, '').replace(HEDGES, '');
  if (!s) return undefined;
  // «полчаса», «полдня», «полтора часа» are written as one or two words in Russian.
  s = s.replace(/^пол(?=(час|дня|недели|минуты))/, 'пол ');
  if (/^half (an |a )?hour$/.test(s)) return { from: 0.5, unit: 'hour' };
  if (/^an? hour and a half$/.test(s)) return { from: 1.5, unit: 'hour' };

  const m = /^(.*?)\s*(?:(?:-|–|—|to|до)\s*(\d+(?:\.\d+)?|[a-zа-я]+))?\s*([a-zа-я]+)?$/.exec(s.replace(/(\d)([a-zа-я])/g, '$1 $2'));
  if (!m) return undefined;
  const [, amountText, toText, unitText] = m;
  let unit: EstimateUnit | undefined = unitText ? UNIT_BY_WORD.get(unitText) : undefined;
  if (unitText && !unit) return undefined;
  const amount = amountText ? parseAmount(amountText) : 1; // "час", "a day"
  if (amount === undefined || !(amount > 0)) return undefined;
  unit ??= 'hour'; // a bare number: the team counts in hours
  if (toText === undefined) return { from: amount, unit };
  const to = parseAmount(toText);
  if (to === undefined || !(to > amount)) return undefined;
  return { from: amount, to, unit };
}

/** Three times the guess, in larger units when the minutes add up to whole or half hours. */
export function tripleEstimate(estimate: Estimate): Estimate {
  const from = estimate.from * ESTIMATE_MULTIPLIER;
  const to = estimate.to === undefined ? undefined : estimate.to * ESTIMATE_MULTIPLIER;
  if (estimate.unit === 'minute' && from >= 60 && from % 30 === 0 && (to === undefined || to % 30 === 0)) {
    return { from: from / 60, to: to === undefined ? undefined : to / 60, unit: 'hour' };
  }
  return { from, to, unit: estimate.unit };
}

/** Russian plural form: one (1, 21), few (2-4, 22-24, and any fraction), many (5-20, 11-14). */
export function russianPluralForm(n: number): 'one' | 'few' | 'many' {
  if (!Number.isInteger(n)) return 'few';
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

const RU_UNITS: Record<EstimateUnit, Record<'one' | 'few' | 'many', string>> = {
  minute: { one: 'минута', few: 'минуты', many: 'минут' },
  hour: { one: 'час', few: 'часа', many: 'часов' },
  day: { one: 'день', few: 'дня', many: 'дней' },
  week: { one: 'неделя', few: 'недели', many: 'недель' },
};

function formatNumber(n: number, lang: Language): string {
  const rounded = Math.round(n * 10) / 10;
  const text = String(rounded);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

/** "6 hours", «6 часов», «4,5 часа», "6–9 days". */
export function formatEstimate(estimate: Estimate, lang: Language): string {
  const last = Math.round((estimate.to ?? estimate.from) * 10) / 10;
  const amount =
    estimate.to === undefined
      ? formatNumber(estimate.from, lang)
      : `${formatNumber(estimate.from, lang)}–${formatNumber(estimate.to, lang)}`;
  const unit = lang === 'ru' ? RU_UNITS[estimate.unit][russianPluralForm(last)] : last === 1 ? estimate.unit : `${estimate.unit}s`;
  return `${amount} ${unit}`;
}

/** The operator's guess as the customer should read it: tripled, in `lang`; undefined if unreadable. */
export function quoteEstimate(guess: string, lang: Language): string | undefined {
  const parsed = parseEstimate(guess);
  return parsed && formatEstimate(tripleEstimate(parsed), lang);
}
