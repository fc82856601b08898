/**
 * A rough sound key shared by a word's Russian, English and transliterated spellings, so the
 * vocabulary's "keitaro" meets the customer's "кейтаро", "ssl" meets "ссл" and "sertifikat" meets
 * "сертификат": Cyrillic is spelled in Latin letters, letters that sound alike are merged, doubled
 * letters collapse, and vowels after the first letter are dropped (they are where spellings differ).
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'u',
  я: 'a',
};

const VOWELS = /[aeiouy]/;

/** Words repeat across a dialogue and across dialogues: their keys are kept, up to this many. */
const CACHE_MAX = 20_000;
const cache = new Map<string, string>();

export function soundKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    key = computeKey(word);
    cache.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  let latin = '';
  for (const ch of word.toLowerCase()) latin += CYRILLIC[ch] ?? (/[a-z]/.test(ch) ? ch : '');
  const merged = latin
    .replace(/d?zh|dj/g, 'g')
    .replace(/ch/g, '4')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (!merged) return '';
  // A word with no vowel is an abbreviation ("ssl", "ссл"): marked, so it meets only its own letters.
  if (!VOWELS.test(merged)) return `#${merged}`;
  return (
    merged[0] +
    merged
      .slice(1)
      .replace(new RegExp(VOWELS.source, 'g'), '')
      .replace(/(.)\1+/g, '$1')
  );
}

/** Shorter keys never match by sound; longer ones also match inflected forms, and from five sounds on one typo. */
export const SOUND_KEY_MIN = 3;

/** At most one substitution, insertion or deletion apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Whether the customer's word (its key) is the keyword's (its key): equal, the keyword's key
 * followed by at most two more sounds (an ending), or, for longer keys, one typo away.
 */
export function soundMatches(wordKey: string, keywordKey: string): boolean {
  // Short keys stand for many words ("sale" and "ssl" are both "sl"); they are left to exact spelling.
  if (wordKey === keywordKey) return keywordKey.startsWith('#') || keywordKey.length >= SOUND_KEY_MIN;
  if (keywordKey.length < SOUND_KEY_MIN || keywordKey.startsWith('#')) return false;
  if (wordKey.startsWith(keywordKey) && wordKey.length - keywordKey.length <= 2) return true;
  return keywordKey.length >= 5 && withinOneEdit(wordKey.slice(0, keywordKey.length + 1), keywordKey) && withinOneEdit(wordKey, keywordKey);
}
