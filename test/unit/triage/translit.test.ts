import { describe, expect, it } from 'vitest';
import { toCyrillic, transliterated } from '../../../lib/triage/translit';

describe('transliterated Russian', () => {
  it('reads words back in Cyrillic, longest letter groups first', () => {
    expect(toCyrillic('otkryvaetsya')).toBe('открывается');
    expect(toCyrillic('pozhaluysta')).toBe('пожалуйста');
    expect(toCyrillic('sleduyushchuyu')).toBe('следующую');
    expect(toCyrillic('trekker')).toBe('трекер');
  });

  it('converts a text only when it reads as transliterated Russian', () => {
    expect(transliterated('trekker ne rabotaet, pomogite')).toBe('трекер не работает помогите');
    expect(transliterated('the tracker is not working, please help')).toBe('');
    // A Russian text with English terms stays as it is.
    expect(transliterated('не приходит postback от сети, ne знаю что делать, кампании стоят')).toBe('');
  });
});
