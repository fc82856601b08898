import { describe, expect, it } from 'vitest';
import { parseEstimate, quoteEstimate, russianPluralForm } from '../../../lib/replies/estimate';

describe('quoteEstimate', () => {
  it.each([
    ['2 hours', 'en', '6 hours'],
    ['1 hour', 'en', '3 hours'],
    ['an hour', 'en', '3 hours'],
    ['20 min', 'en', '1 hour'],
    ['7 minutes', 'en', '21 minutes'],
    ['1.5h', 'en', '4.5 hours'],
    ['2-3 days', 'en', '6–9 days'],
    ['a day', 'en', '3 days'],
    ['2 часа', 'ru', '6 часов'],
    ['1 час', 'ru', '3 часа'],
    ['час', 'ru', '3 часа'],
    ['7 минут', 'ru', '21 минута'],
    ['8 минут', 'ru', '24 минуты'],
    ['4 дня', 'ru', '12 дней'],
    ['7 дней', 'ru', '21 день'],
    ['полчаса', 'ru', '1,5 часа'],
    ['полтора дня', 'ru', '4,5 дня'],
    ['1,5 часа', 'ru', '4,5 часа'],
    ['2ч', 'ru', '6 часов'],
    ['около 2 часов', 'ru', '6 часов'],
    ['2', 'en', '6 hours'],
    ['1 week', 'ru', '3 недели'],
  ] as const)('%s → %s', (guess, lang, expected) => {
    expect(quoteEstimate(guess, lang)).toBe(expected);
  });

  it.each(['', 'soon', 'tomorrow', '0 hours', '3-2 days', '2 parsecs'])('does not read %j', (guess) => {
    expect(quoteEstimate(guess, 'en')).toBeUndefined();
  });

  it('parses ranges and units', () => {
    expect(parseEstimate('2 to 3 hrs')).toEqual({ from: 2, to: 3, unit: 'hour' });
  });
});

describe('russianPluralForm', () => {
  it.each([
    [1, 'one'],
    [21, 'one'],
    [101, 'one'],
    [2, 'few'],
    [24, 'few'],
    [5, 'many'],
    [11, 'many'],
    [12, 'many'],
    [14, 'many'],
    [111, 'many'],
    [0, 'many'],
    [1.5, 'few'],
  ] as const)('%d → %s', (n, form) => {
    expect(russianPluralForm(n)).toBe(form);
  });
});
