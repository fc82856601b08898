/**
 * The Snowball Russian stemmer, as published at snowballstem.org.
 * Input: one lower-case word of Cyrillic letters, with ё already folded to е.
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/** Endings sorted longest first, so the first match is the longest, as Snowball's `among` picks. */
const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);

const GERUND_AFTER_A = ['в', 'вши', 'вшись'];
const GERUND = ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'];
// prettier-ignore
const ADJECTIVE = byLength(['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею']);
const PARTICIPLE_AFTER_A = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
// prettier-ignore
const VERB_AFTER_A = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
// prettier-ignore
const VERB = ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'];
// prettier-ignore
const NOUN = byLength(['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я']);

interface Grouped {
  endings: string[];
  afterA: Set<string>;
}
/** Merges a "must follow а or я" group with a free group, keeping one longest-first list. */
const grouped = (afterA: string[], free: string[]): Grouped => ({ endings: byLength([...afterA, ...free]), afterA: new Set(afterA) });
const GERUNDS = grouped(GERUND_AFTER_A, GERUND);
const PARTICIPLES = grouped(PARTICIPLE_AFTER_A, PARTICIPLE);
const VERBS = grouped(VERB_AFTER_A, VERB);

/**
 * Removes the longest ending of `group` that lies inside the region starting at `rv`.
 * Returns the shortened word, or null when the longest match fails its condition or nothing matches.
 */
function removeGrouped(w: string, rv: number, group: Grouped): string | null {
  for (const e of group.endings) {
    if (!w.endsWith(e) || w.length - e.length < rv) continue;
    if (group.afterA.has(e)) {
      const before = w.length - e.length - 1;
      if (before < rv) return null;
      const ch = w[before];
      return ch === 'а' || ch === 'я' ? w.slice(0, -e.length) : null;
    }
    return w.slice(0, -e.length);
  }
  return null;
}

function removePlain(w: string, rv: number, endings: string[]): string | null {
  for (const e of endings) if (w.endsWith(e) && w.length - e.length >= rv) return w.slice(0, -e.length);
  return null;
}

function removeAdjectival(w: string, rv: number): string | null {
  const base = removePlain(w, rv, ADJECTIVE);
  if (base === null) return null;
  return removeGrouped(base, rv, PARTICIPLES) ?? base;
}

export function stemRussian(word: string): string {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (VOWELS.has(word[i]!)) {
      rv = i + 1;
      break;
    }
  }
  const r2 = regionTwo(word, rv);

  let w = word;
  // Step 1
  const gerund = removeGrouped(w, rv, GERUNDS);
  if (gerund !== null) {
    w = gerund;
  } else {
    w = removePlain(w, rv, REFLEXIVE) ?? w;
    w = removeAdjectival(w, rv) ?? removeGrouped(w, rv, VERBS) ?? removePlain(w, rv, NOUN) ?? w;
  }
  // Step 2
  if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);
  // Step 3
  if (w.endsWith('ость') && w.length - 4 >= r2) w = w.slice(0, -4);
  else if (w.endsWith('ост') && w.length - 3 >= r2) w = w.slice(0, -3);
  // Step 4
  const superlative = w.endsWith('ейше') && w.length - 4 >= rv ? 4 : w.endsWith('ейш') && w.length - 3 >= rv ? 3 : 0;
  if (superlative) {
    w = w.slice(0, -superlative);
    if (w.endsWith('нн') && w.length - 2 >= rv) w = w.slice(0, -1);
  } else if (w.endsWith('нн') && w.length - 2 >= rv) {
    w = w.slice(0, -1);
  } else if (w.endsWith('ь') && w.length - 1 >= rv) {
    w = w.slice(0, -1);
  }
  return w;
}

/** R2: after RV's start, skip to past a consonant (R1), then past a vowel and past a consonant again. */
function regionTwo(word: string, rv: number): number {
  let i = rv;
  while (i < word.length && VOWELS.has(word[i]!)) i++; // gopast non-vowel: stop after the first consonant
  if (i >= word.length) return word.length;
  i++;
  while (i < word.length && !VOWELS.has(word[i]!)) i++; // gopast vowel
  if (i >= word.length) return word.length;
  i++;
  while (i < word.length && VOWELS.has(word[i]!)) i++; // gopast non-vowel
  if (i >= word.length) return word.length;
  return i + 1;
}
