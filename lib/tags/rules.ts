/**
 * Suggestions from the team's tag vocabulary alone (name, description, keywords in Russian and
 * English), so the sidebar suggests tags on day one before the model has seen a single dialogue.
 * Matching is on stems, so "домены" meets the keyword "домен" and "refunded" meets "refund".
 */
import type { TagDef } from '../settings/schema';
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
  /** A keyword counts fully; a word of the tag's name only partly. */
  kind: 'keyword' | 'name' | 'description';
}

export interface CompiledVocabulary {
  tags: { name: string; phrases: CompiledPhrase[]; nameTerms: number }[];
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

/** Splits a tag name such as "domains-ssl-recheck", "refund_request" or "ПроблемаОплаты" into words. */
export function nameWords(name: string): string {
  return name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/[-_./:#]+/g, ' ');
}

export function compileVocabulary(vocabulary: readonly TagDef[]): CompiledVocabulary {
  return {
    tags: vocabulary.map((def) => {
      const phrases: CompiledPhrase[] = [];
      for (const keyword of def.keywords ?? []) {
        const terms = phraseTerms(keyword);
        if (terms.length > 0) phrases.push({ terms, kind: 'keyword' });
      }
      const nameTerms = phraseTerms(nameWords(def.name)).filter((t) => t.length >= MIN_SINGLE_TERM_LENGTH);
      for (const term of new Set(nameTerms)) phrases.push({ terms: [term], kind: 'name' });
      const descriptionTerms = new Set(phraseTerms(def.description ?? '').filter((t) => t.length >= 4));
      for (const term of descriptionTerms) phrases.push({ terms: [term], kind: 'description' });
      return { name: def.name, phrases, nameTerms: new Set(nameTerms).size };
    }),
  };
}

/**
 * Stems this long also match as a prefix of the customer's word: Snowball sometimes cuts a
 * word further than its keyword ("домены" → "дом", while "домен" stays "домен").
 */
const PREFIX_MATCH_MIN = 4;

function termMatches(token: Token, term: string): boolean {
  return token.term === term || (term.length >= PREFIX_MATCH_MIN && token.word.startsWith(term));
}

function findPhrase(tokens: readonly Token[], terms: readonly string[]): Token[] | null {
  outer: for (let i = 0; i + terms.length <= tokens.length; i++) {
    for (let j = 0; j < terms.length; j++) if (!termMatches(tokens[i + j]!, terms[j]!)) continue outer;
    return tokens.slice(i, i + terms.length);
  }
  return null;
}

/** Every vocabulary tag with some evidence in `tokens`, strongest first. */
export function matchVocabulary(vocabulary: CompiledVocabulary, tokens: readonly Token[]): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const tag of vocabulary.tags) {
    let keywords = 0;
    let nameHits = 0;
    let descriptionHits = 0;
    const why: string[] = [];
    for (const phrase of tag.phrases) {
      const found = findPhrase(tokens, phrase.terms);
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
