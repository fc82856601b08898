/**
 * Russian typed in Latin letters ("trekker ne otkryvaetsya, trafik idet") read back in Cyrillic, so
 * the team's Russian phrases meet it. Only a text that reads as transliterated Russian is converted:
 * an English text has none of the little Russian words below.
 */

// Common Russian words as they are transliterated; two different ones are enough to tell.
// prettier-ignore
const MARKERS = new Set([
  'ne', 'ni', 'net', 'chto', 'kak', 'eto', 'dlya', 'pozhaluysta', 'pozhalujsta', 'pomogite', 'nas', 'vas', 'est',
  'uzhe', 'ochen', 'mozhno', 'nado', 'nuzhno', 'seychas', 'sejchas', 'segodnya', 'vchera', 'pochemu', 'gde', 'kogda',
  'rabotaet', 'voobshe', 'voobshche', 'prosba', 'zdravstvuyte', 'privet', 'spasibo', 'tozhe', 'esli', 'poka',
  'posle', 'tolko', 'vse', 'vsyo', 'nih', 'nam', 'vam', 'eshe', 'eshche', 'bolshe', 'teper', 'pri', 'bez',
  'dobavit', 'sdelat', 'vozmozhnost', 'podskazhite', 'mozhete', 'nastroit', 'khotim', 'hotim', 'nuzhna', 'nuzhen',
  'trekker', 'treker', 'adminka', 'adminku', 'ssylki', 'kampanii', 'pochti', 'sovsem',
]);

// Longest first: "shch" before "sh", "ya" before "y".
// prettier-ignore
const LETTERS: readonly [string, string][] = ([
  ['shch', 'щ'], ['tsya', 'тся'], ['tsja', 'тся'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['ya', 'я'],
  ['yu', 'ю'], ['yo', 'е'], ['ye', 'е'], ['ja', 'я'], ['ju', 'ю'], ['kk', 'к'],
  ['a', 'а'], ['b', 'б'], ['c', 'к'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'],
  ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'к'], ['r', 'р'],
  ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['x', 'х'], ['z', 'з'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const VOWELS = 'аеиоуыэюя';

/** One Latin word in Cyrillic: a lone "y" after a vowel is «й», elsewhere «ы». */
export function toCyrillic(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const pair = LETTERS.find(([latin]) => word.startsWith(latin, i));
    if (word[i] === 'y' && (!pair || pair[0] === 'y')) {
      out += VOWELS.includes(out.at(-1) ?? '') ? 'й' : 'ы';
      i += 1;
      continue;
    }
    if (!pair) {
      out += word[i];
      i += 1;
      continue;
    }
    out += pair[1];
    i += pair[0].length;
  }
  return out;
}

/**
 * The text's Latin words in Cyrillic when the text reads as transliterated Russian, otherwise ''.
 * `text` is lower-cased already.
 */
export function transliterated(text: string): string {
  const latin = text.match(/[a-z]+/g) ?? [];
  const cyrillic = text.match(/[а-я]/g)?.length ?? 0;
  const seen = new Set(latin.filter((w) => MARKERS.has(w)));
  if (seen.size < 2 || cyrillic > latin.join('').length / 4) return '';
  return latin.map(toCyrillic).join(' ');
}
