/**
 * Tokens → hashed sparse features: stemmed words, stemmed word bigrams and character n-grams
 * inside word boundaries. Weighting (TF, IDF, normalisation) lives with the model, which knows
 * the document frequencies.
 */
import type { Token } from './tokenizer';

export interface FeatureConfig {
  /** Character n-gram lengths, padded with a space on each side of the word. */
  charMin: number;
  charMax: number;
  bigrams: boolean;
}

export const DEFAULT_FEATURES: FeatureConfig = { charMin: 2, charMax: 5, bigrams: true };

/** Which block a feature belongs to: word-level or character-level, normalised separately. */
export const BLOCK_WORD = 0;
export const BLOCK_CHAR = 1;

/** Raw term counts of one text, keyed by 32-bit feature hashes. */
export interface RawFeatures {
  keys: Uint32Array;
  counts: Float32Array;
  blocks: Uint8Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Final avalanche: FNV's low bits are weak, and the model only ever sees these 32 bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Each kind of feature starts from its own seed, so "ab" the word and "ab" the n-gram differ.
const SEED_WORD = fnv(FNV_OFFSET, 'w\u0001');
const SEED_BIGRAM = fnv(FNV_OFFSET, 'b\u0001');
const SEED_CHAR = fnv(FNV_OFFSET, 'c\u0001');

export const wordKey = (term: string): number => mix(fnv(SEED_WORD, term));
export const bigramKey = (a: string, b: string): number => mix(fnv(fnv(SEED_BIGRAM, a), ` ${b}`));

/**
 * Calls `emit(key, tokenIndex, block)` for every feature occurrence; a bigram is reported once
 * for each of its two tokens with `half` set, so explanations can split its credit.
 */
export function forEachFeature(
  tokens: readonly Token[],
  config: FeatureConfig,
  emit: (key: number, tokenIndex: number, block: number, half: boolean) => void,
): void {
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    emit(wordKey(tok.term), t, BLOCK_WORD, false);
    if (config.bigrams && t + 1 < tokens.length && tokens[t + 1]!.line === tok.line) {
      const key = bigramKey(tok.term, tokens[t + 1]!.term);
      emit(key, t, BLOCK_WORD, true);
      emit(key, t + 1, BLOCK_WORD, true);
    }
    if (!tok.word) continue;
    const padded = ` ${tok.word} `;
    const len = padded.length;
    // From each start, extend the hash one character at a time: every length costs one step.
    for (let start = 0; start < len; start++) {
      let h = SEED_CHAR;
      for (let n = 1; n <= config.charMax && start + n <= len; n++) {
        h = Math.imul(h ^ padded.charCodeAt(start + n - 1), FNV_PRIME);
        if (n >= config.charMin) emit(mix(h >>> 0), t, BLOCK_CHAR, false);
      }
    }
  }
}

/**
 * Open-addressing counter reused across calls (a Map per text made feature extraction the
 * slowest step of training). A slot is live when its stamp equals the current generation,
 * so nothing needs clearing between texts.
 */
let tableBits = 10;
let tableKeys = new Uint32Array(1 << tableBits);
let tableCounts = new Float32Array(1 << tableBits);
let tableBlocks = new Uint8Array(1 << tableBits);
let tableStamp = new Uint32Array(1 << tableBits);
let generation = 0;
let order: Int32Array = new Int32Array(1 << tableBits);
let used = 0;

function resetTable(expected: number): void {
  let bits = tableBits;
  while (1 << bits < expected * 2) bits++;
  if (bits !== tableBits) {
    tableBits = bits;
    tableKeys = new Uint32Array(1 << bits);
    tableCounts = new Float32Array(1 << bits);
    tableBlocks = new Uint8Array(1 << bits);
    tableStamp = new Uint32Array(1 << bits);
    order = new Int32Array(1 << bits);
    generation = 0;
  }
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    tableStamp.fill(0);
    generation = 1;
  }
  used = 0;
}

function count(key: number, block: number, amount: number): void {
  const mask = (1 << tableBits) - 1;
  let slot = key & mask;
  while (tableStamp[slot] === generation) {
    if (tableKeys[slot] === key) {
      tableCounts[slot]! += amount;
      return;
    }
    slot = (slot + 1) & mask;
  }
  tableStamp[slot] = generation;
  tableKeys[slot] = key;
  tableCounts[slot] = amount;
  tableBlocks[slot] = block;
  order[used++] = slot;
}

/** Upper bound of feature occurrences, to size the table before counting. */
function occurrenceBound(tokens: readonly Token[], config: FeatureConfig): number {
  let n = 0;
  for (const t of tokens) n += 2 + (t.word.length + 2) * (config.charMax - config.charMin + 1);
  return n;
}

/** Counts of every feature of a token sequence (bigrams counted once). */
export function extractFeatures(tokens: readonly Token[], config: FeatureConfig = DEFAULT_FEATURES): RawFeatures {
  resetTable(occurrenceBound(tokens, config));
  forEachFeature(tokens, config, (key, _t, block, half) => count(key, block, half ? 0.5 : 1));
  const keys = new Uint32Array(used);
  const counts = new Float32Array(used);
  const blocks = new Uint8Array(used);
  for (let i = 0; i < used; i++) {
    const slot = order[i]!;
    keys[i] = tableKeys[slot]!;
    counts[i] = tableCounts[slot]!;
    blocks[i] = tableBlocks[slot]!;
  }
  return { keys, counts, blocks };
}

/** A weighted feature vector over model rows (features unknown to the model are dropped). */
export interface SparseVector {
  rows: Int32Array;
  values: Float32Array;
}

export interface WeightingConfig {
  /** Relative weight of the word block and the character block after each is L2-normalised. */
  wordWeight: number;
  charWeight: number;
}

/**
 * Sublinear TF × IDF, each block L2-normalised, then the whole vector L2-normalised:
 * long messages and short ones land on one scale, and neither block drowns the other.
 * `rowOfKey[i]` is the model row of `raw.keys[i]` (or -1 for a feature the model does not know),
 * `idfOfRow` gives the IDF of a row.
 */
export function weightFeatures(
  raw: RawFeatures,
  rowOfKey: Int32Array,
  idfOfRow: (row: number) => number,
  config: WeightingConfig,
): SparseVector {
  const n = raw.keys.length;
  const rows = new Int32Array(n);
  const values = new Float32Array(n);
  const blocks = new Uint8Array(n);
  let m = 0;
  let wordNorm = 0;
  let charNorm = 0;
  for (let i = 0; i < n; i++) {
    const row = rowOfKey[i]!;
    if (row < 0) continue;
    const count = raw.counts[i]!;
    const v = (count === 1 ? 1 : 1 + Math.log(count)) * idfOfRow(row);
    rows[m] = row;
    values[m] = v;
    blocks[m] = raw.blocks[i]!;
    if (raw.blocks[i] === BLOCK_WORD) wordNorm += v * v;
    else charNorm += v * v;
    m++;
  }
  const wordScale = wordNorm > 0 ? config.wordWeight / Math.sqrt(wordNorm) : 0;
  const charScale = charNorm > 0 ? config.charWeight / Math.sqrt(charNorm) : 0;
  let total = 0;
  for (let i = 0; i < m; i++) {
    const v = values[i]! * (blocks[i] === BLOCK_WORD ? wordScale : charScale);
    values[i] = v;
    total += v * v;
  }
  const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
  for (let i = 0; i < m; i++) values[i] = values[i]! * scale;
  return { rows: rows.subarray(0, m), values: values.subarray(0, m) };
}
