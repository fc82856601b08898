/**
 * Words typed with a mix of Cyrillic and Latin look-alike letters ("cервер" with a Latin c,
 * "hеllo" with a Cyrillic е) are folded into one script, so they meet their real spelling.
 */

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  т: 't',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};

const isCyrillic = (ch: string): boolean => ch >= '\u0400' && ch <= '\u04ff';
const isLatin = (ch: string): boolean => ch >= 'a' && ch <= 'z';

export type Script = 'cyrillic' | 'latin' | 'other';

/** The script of a lower-case word after folding: the one most of its letters belong to. */
export function foldMixedScript(word: string): { word: string; script: Script } {
  let cyr = 0;
  let lat = 0;
  for (const ch of word) {
    if (isCyrillic(ch)) cyr++;
    else if (isLatin(ch)) lat++;
  }
  if (cyr === 0 && lat === 0) return { word, script: 'other' };
  if (lat === 0) return { word, script: 'cyrillic' };
  if (cyr === 0) return { word, script: 'latin' };
  // A tie goes to Cyrillic: Latin look-alikes inside Russian words are the common accident.
  const toCyrillic = cyr >= lat;
  const table = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  const isForeign = toCyrillic ? isLatin : isCyrillic;
  let out = '';
  for (const ch of word) {
    if (isForeign(ch)) {
      const mapped = table[ch];
      // A letter with no look-alike means this is not a typo (e.g. "iphoneы"): leave the word alone.
      if (!mapped) return { word, script: toCyrillic ? 'cyrillic' : 'latin' };
      out += mapped;
    } else {
      out += ch;
    }
  }
  return { word: out, script: toCyrillic ? 'cyrillic' : 'latin' };
}
