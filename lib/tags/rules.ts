/**
 * Suggestions from the team's tag vocabulary alone (name, description, keywords in Russian and
 * English), so the sidebar suggests tags on day one before the model has seen a single dialogue.
 * Matching is on stems, so "домены" meets the keyword "домен" and "refunded" meets "refund".
 */
import type { TagDef } from '../settings/schema';
import { SOUND_KEY_MIN, soundKey, soundMatches } from './sound-key';
import { tokenize, type Token } from './tokenizer';

export interface RuleMatch {
  name: string;
  /** 0..1: how strongly the vocabulary alone points at this tag. */
  confidence: number;
  /** Customer's words that matched, in their own spelling. */
  why: string[];
}

interface CompiledPhrase {
  terms: string[];
  /** Sound keys of the phrase's words: transliterations and typos of a keyword still match. */
  keys: string[];
  /** A keyword counts fully; a word of the tag's name only partly. */
  kind: 'keyword' | 'name' | 'description';
}

export interface CompiledVocabulary {
  tags: { name: string; phrases: CompiledPhrase[]; nameTerms: number }[];
  /** Per tag, the weight of each term of its description, keywords and name (IDF over the tags). */
  profiles: Map<string, number>[];
}

/**
 * Confidence for the strongest kind of evidence. One keyword is a fair hint, two distinct
 * keywords nearly settle it; the tag's own name is weaker (its words are often generic, such as "error").
 */
const KEYWORD_CONFIDENCE = [0, 0.7, 0.85, 0.92];
const FULL_NAME_CONFIDENCE = 0.6;
const DESCRIPTION_WORDS_NEEDED = 3;
const DESCRIPTION_CONFIDENCE = 0.45;
/** Words too short or too common to stand for a tag by themselves. */
const MIN_SINGLE_TERM_LENGTH = 3;

function phraseTerms(text: string): string[] {
  return tokenize(text)
    .map((t) => t.term)
    .filter((t) => !t.startsWith('__'));
}

function phraseOf(text: string, kind: CompiledPhrase['kind']): CompiledPhrase | null {
  const tokens = tokenize(text).filter((t) => !t.term.startsWith('__'));
  if (!tokens.length) return null;
  return { terms: tokens.map((t) => t.term), keys: kind === 'description' ? [] : tokens.map((t) => soundKey(t.word)), kind };
}

/** Splits a tag name such as "domains-ssl-recheck", "refund_request" or "ПроблемаОплаты" into words. */
export function nameWords(name: string): string {
  return name.replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2').replace(/[-_./:#]+/g, ' ');
}

/** In a tag's profile a keyword's term weighs this much more than a word of the description. */
const KEYWORD_PROFILE_WEIGHT = 2;

function profiles(vocabulary: readonly TagDef[]): Map<string, number>[] {
  const raw = vocabulary.map((def) => {
    const weights = new Map<string, number>();
    const add = (text: string, w: number) => {
      for (const term of phraseTerms(text)) if (term.length >= 3) weights.set(term, Math.max(weights.get(term) ?? 0, w));
    };
    add(def.description ?? '', 1);
    add(nameWords(def.name), KEYWORD_PROFILE_WEIGHT);
    for (const k of def.keywords ?? []) add(k, KEYWORD_PROFILE_WEIGHT);
    return weights;
  });
  const df = new Map<string, number>();
  for (const p of raw) for (const term of p.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = vocabulary.length;
  return raw.map((p) => new Map([...p].map(([term, w]) => [term, w * Math.log((n + 1) / df.get(term)!)])));
}

/**
 * How well the text's words cover each tag's description and keywords, 0..1 per tag summing to 1
 * over the tags with any overlap (others absent). Unlike `matchVocabulary` it is graded: three
 * description words of one tag outweigh one shared generic word of another.
 */
export function vocabularyScores(vocabulary: CompiledVocabulary, tokens: readonly Token[]): Map<string, number> {
  const terms = new Set<string>();
  for (const t of tokens) if (!t.term.startsWith('__')) terms.add(t.term);
  const out = new Map<string, number>();
  // Tags the text does not touch stay in the whole (at e^0): one generic shared word is a small share, not all of it.
  let total = 0;
  vocabulary.tags.forEach((tag, i) => {
    let score = 0;
    for (const [term, w] of vocabulary.profiles[i]!) if (terms.has(term)) score += w;
    const e = Math.exp(score / VOCABULARY_TEMPERATURE);
    if (score > 0) out.set(tag.name, e);
    total += e;
  });
  for (const [name, e] of out) out.set(name, e / total);
  return out;
}

/** Sharpness of `vocabularyScores`: lower lets the best-covered tag take more of the share. */
const VOCABULARY_TEMPERATURE = 1.5;

export function compileVocabulary(vocabulary: readonly TagDef[]): CompiledVocabulary {
  return {
    profiles: profiles(vocabulary),
    tags: vocabulary.map((def) => {
      const phrases: CompiledPhrase[] = [];
      for (const keyword of def.keywords ?? []) {
        const phrase = phraseOf(keyword, 'keyword');
        if (phrase) phrases.push(phrase);
      }
      const nameTokens = tokenize(nameWords(def.name)).filter((t) => !t.term.startsWith('__') && t.term.length >= MIN_SINGLE_TERM_LENGTH);
      const nameTerms = nameTokens.map((t) => t.term);
      const seen = new Set<string>();
      for (const t of nameTokens) {
        if (seen.has(t.term)) continue;
        seen.add(t.term);
        phrases.push({ terms: [t.term], keys: [soundKey(t.word)], kind: 'name' });
      }
      const descriptionTerms = new Set(phraseTerms(def.description ?? '').filter((t) => t.length >= 4));
      for (const term of descriptionTerms) phrases.push({ terms: [term], keys: [], kind: 'description' });
      return { name: def.name, phrases, nameTerms: new Set(nameTerms).size };
    }),
  };
}

/**
 * Stems this long also match as a prefix of the customer's word: Snowball sometimes cuts a
 * word further than its keyword ("домены" → "дом", while "домен" stays "домен").
 */
const PREFIX_MATCH_MIN = 4;

function termMatches(token: Token, tokenKey: string, term: string, key: string | undefined): boolean {
  return (
    token.term === term ||
    (term.length >= PREFIX_MATCH_MIN && token.word.startsWith(term)) ||
    (key !== undefined && soundMatches(tokenKey, key))
  );
}

/**
 * Where each term, word prefix and sound key of the text occurs, built once per text: a phrase is
 * then looked up instead of scanned for, so a long dialogue costs its length once, not once per
 * phrase of every tag.
 */
interface TokenIndex {
  byTerm: Map<string, number[]>;
  /** Tokens by their word's first PREFIX_MATCH_MIN letters. */
  byPrefix: Map<string, number[]>;
  /** A token's sound key, and the same key one or two sounds shorter (an ending). */
  byKeyStem: Map<string, number[]>;
  /** A token's sound key exactly, and with any one sound left out (typos). */
  byKey: Map<string, number[]>;
  byKeyDeletion: Map<string, number[]>;
}

const TYPO_KEY_MIN = 5;

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

function indexTokens(tokens: readonly Token[], keys: readonly string[]): TokenIndex {
  const index: TokenIndex = { byTerm: new Map(), byPrefix: new Map(), byKeyStem: new Map(), byKey: new Map(), byKeyDeletion: new Map() };
  tokens.forEach((token, i) => {
    push(index.byTerm, token.term, i);
    if (token.word.length >= PREFIX_MATCH_MIN) push(index.byPrefix, token.word.slice(0, PREFIX_MATCH_MIN), i);
    const key = keys[i]!;
    if (!key) return;
    push(index.byKey, key, i);
    push(index.byKeyStem, key, i);
    if (key.startsWith('#')) return;
    for (let cut = 1; cut <= 2 && key.length - cut >= SOUND_KEY_MIN; cut++) push(index.byKeyStem, key.slice(0, -cut), i);
    if (key.length >= TYPO_KEY_MIN - 1) for (const d of deletions(key)) push(index.byKeyDeletion, d, i);
  });
  return index;
}

/** Positions where the token matches `term` / `key` (what `termMatches` accepts), unsorted, maybe repeated. */
function positionsOf(tokens: readonly Token[], index: TokenIndex, term: string, key: string | undefined): number[] {
  const out: number[] = [...(index.byTerm.get(term) ?? [])];
  if (term.length >= PREFIX_MATCH_MIN) {
    for (const i of index.byPrefix.get(term.slice(0, PREFIX_MATCH_MIN)) ?? []) if (tokens[i]!.word.startsWith(term)) out.push(i);
  }
  if (key !== undefined && key !== '') {
    if (key.startsWith('#')) out.push(...(index.byKey.get(key) ?? []));
    else if (key.length >= SOUND_KEY_MIN) {
      out.push(...(index.byKeyStem.get(key) ?? []));
      if (key.length >= TYPO_KEY_MIN) {
        out.push(...(index.byKeyDeletion.get(key) ?? []));
        for (const d of deletions(key)) out.push(...(index.byKey.get(d) ?? []), ...(index.byKeyDeletion.get(d) ?? []));
      }
    }
  }
  return out;
}

function findPhrase(tokens: readonly Token[], keys: readonly string[], index: TokenIndex, phrase: CompiledPhrase): Token[] | null {
  const { terms } = phrase;
  const starts = positionsOf(tokens, index, terms[0]!, phrase.keys[0]).sort((a, b) => a - b);
  outer: for (const i of starts) {
    if (i + terms.length > tokens.length) continue;
    for (let j = 1; j < terms.length; j++) if (!termMatches(tokens[i + j]!, keys[i + j]!, terms[j]!, phrase.keys[j])) continue outer;
    return tokens.slice(i, i + terms.length);
  }
  return null;
}

/** Every vocabulary tag with some evidence in `tokens`, strongest first. */
export function matchVocabulary(vocabulary: CompiledVocabulary, tokens: readonly Token[]): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const keys = tokens.map((t) => (t.word ? soundKey(t.word) : ''));
  const index = indexTokens(tokens, keys);
  for (const tag of vocabulary.tags) {
    let keywords = 0;
    let nameHits = 0;
    let descriptionHits = 0;
    const why: string[] = [];
    for (const phrase of tag.phrases) {
      const found = findPhrase(tokens, keys, index, phrase);
      if (!found) continue;
      if (phrase.kind === 'keyword') keywords++;
      else if (phrase.kind === 'name') nameHits++;
      else descriptionHits++;
      if (phrase.kind !== 'description' || descriptionHits <= DESCRIPTION_WORDS_NEEDED) {
        const words = found.map((t) => t.surface).join(' ');
        if (!why.includes(words)) why.push(words);
      }
    }
    let confidence = KEYWORD_CONFIDENCE[Math.min(keywords, KEYWORD_CONFIDENCE.length - 1)]!;
    if (tag.nameTerms > 0 && nameHits === tag.nameTerms) confidence = Math.max(confidence, FULL_NAME_CONFIDENCE);
    else if (nameHits > 0) confidence = Math.max(confidence, (FULL_NAME_CONFIDENCE * nameHits) / (tag.nameTerms + 1));
    if (descriptionHits >= DESCRIPTION_WORDS_NEEDED) confidence = Math.max(confidence, DESCRIPTION_CONFIDENCE);
    if (keywords > 0 && nameHits > 0) confidence = Math.min(0.95, confidence + 0.05);
    if (confidence > 0) matches.push({ name: tag.name, confidence, why });
  }
  return matches.sort((a, b) => b.confidence - a.confidence);
}
