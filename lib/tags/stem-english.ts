/**
 * The Snowball English stemmer ("Porter2"), as published at snowballstem.org.
 * Input: one lower-case word of Latin letters (apostrophes allowed).
 */

// prettier-ignore
const EXCEPTIONS: Record<string, string> = {
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie',
  idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl',
  sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes',
};
/** Left as they are after step 1a: stripping -ing/-ed would conflate them with other words. */
const AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

const isVowel = (ch: string | undefined): boolean => ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const LI_ENDING = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

/** Start of the region after the first non-vowel that follows a vowel, searching from `from`. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

function isShortSyllableAt(w: string, end: number): boolean {
  // the syllable ending at index `end` (inclusive)
  if (end === 1) return isVowel(w[0]) && !isVowel(w[1]);
  if (end < 1) return false;
  const c = w[end];
  return !isVowel(w[end - 2]) && isVowel(w[end - 1]) && !isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y';
}

const endsWithShortSyllable = (w: string): boolean => isShortSyllableAt(w, w.length - 1);

function longestSuffix(w: string, suffixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const s of suffixes) if (w.endsWith(s) && (best === null || s.length > best.length)) best = s;
  return best;
}

// prettier-ignore
const STEP2: Record<string, string> = {
  tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
  ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
  ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogi: 'og',
  fulli: 'ful', lessli: 'less', li: '',
};
const STEP2_KEYS = Object.keys(STEP2);
// prettier-ignore
const STEP3: Record<string, string> = {
  tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: '',
};
const STEP3_KEYS = Object.keys(STEP3);
// prettier-ignore
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion'];

export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  const exception = EXCEPTIONS[word];
  if (exception) return exception;

  let w = word.startsWith("'") ? word.slice(1) : word;
  // y acting as a consonant is marked Y so the vowel tests skip it
  if (w.startsWith('y')) w = 'Y' + w.slice(1);
  for (let i = 1; i < w.length; i++) if (w[i] === 'y' && isVowel(w[i - 1])) w = w.slice(0, i) + 'Y' + w.slice(i + 1);

  let r1: number;
  if (w.startsWith('gener') || w.startsWith('arsen')) r1 = 5;
  else if (w.startsWith('commun')) r1 = 6;
  else r1 = regionAfter(w, 0);
  const r2 = regionAfter(w, r1);
  const inR1 = (suffixLen: number): boolean => w.length - suffixLen >= r1;
  const inR2 = (suffixLen: number): boolean => w.length - suffixLen >= r2;

  // Step 0
  const s0 = longestSuffix(w, ["'s'", "'s", "'"]);
  if (s0) w = w.slice(0, -s0.length);

  // Step 1a
  const s1a = longestSuffix(w, ['sses', 'ied', 'ies', 'us', 'ss', 's']);
  if (s1a === 'sses') w = w.slice(0, -2);
  else if (s1a === 'ied' || s1a === 'ies') w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (s1a === 's') {
    if (/[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
  }
  if (AFTER_1A.has(w)) return w;

  // Step 1b
  const s1b = longestSuffix(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
  if (s1b === 'eed' || s1b === 'eedly') {
    if (inR1(s1b.length)) w = w.slice(0, -s1b.length) + 'ee';
  } else if (s1b) {
    const stem = w.slice(0, -s1b.length);
    if (/[aeiouy]/.test(stem)) {
      w = stem;
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (DOUBLES.has(w.slice(-2))) w = w.slice(0, -1);
      else if (r1 >= w.length && endsWithShortSyllable(w)) w += 'e';
    }
  }

  // Step 1c
  if (w.length > 2 && (w.endsWith('y') || w.endsWith('Y')) && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';

  // Step 2
  const s2 = longestSuffix(w, STEP2_KEYS);
  if (s2 && inR1(s2.length)) {
    if (s2 === 'ogi') {
      if (w[w.length - 4] === 'l') w = w.slice(0, -1);
    } else if (s2 === 'li') {
      if (LI_ENDING.has(w[w.length - 3] ?? '')) w = w.slice(0, -2);
    } else {
      w = w.slice(0, -s2.length) + STEP2[s2];
    }
  }

  // Step 3
  const s3 = longestSuffix(w, STEP3_KEYS);
  if (s3 && inR1(s3.length)) {
    if (s3 === 'ative') {
      if (inR2(5)) w = w.slice(0, -5);
    } else {
      w = w.slice(0, -s3.length) + STEP3[s3];
    }
  }

  // Step 4
  const s4 = longestSuffix(w, STEP4);
  if (s4 && inR2(s4.length)) {
    if (s4 === 'ion') {
      const before = w[w.length - 4];
      if (before === 's' || before === 't') w = w.slice(0, -3);
    } else {
      w = w.slice(0, -s4.length);
    }
  }

  // Step 5
  if (w.endsWith('e')) {
    if (inR2(1) || (inR1(1) && !isShortSyllableAt(w, w.length - 2))) w = w.slice(0, -1);
  } else if (w.endsWith('ll') && inR2(1)) {
    w = w.slice(0, -1);
  }

  return w.replace(/Y/g, 'y');
}
