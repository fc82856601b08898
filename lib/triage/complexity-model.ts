import type { ComplexityLevel } from '../db/schema';
import { features, normalizeText } from './tokens';

/**
 * What the operator's corrections teach: a small multinomial naive Bayes over `features`, plus an
 * exact memory of corrected texts, so re-rating a dialogue the operator has just corrected gives
 * the operator's answer. Plain JSON, so the background can store it as it is. Features are kept
 * hashed: the stored model, and every backup of it, holds no customer's words.
 */

export const LEVELS: readonly ComplexityLevel[] = ['simple', 'complex', 'critical', 'proposal'];

export interface LearnedComplexity {
  version: 2;
  /** Texts learned per level. */
  docs: Record<ComplexityLevel, number>;
  /** Counts per level, keyed by the hash of a feature (`hashFeature`), never the words themselves. */
  counts: Record<ComplexityLevel, Record<string, number>>;
  /** Sum of `counts[level]`. */
  totals: Record<ComplexityLevel, number>;
  /** Fingerprints of corrected texts, newest last. */
  memory: { hash: string; level: ComplexityLevel }[];
}

/** Caps that keep the stored model small however many corrections it sees. */
const MAX_FEATURES = 20000;
const MAX_MEMORY = 500;

const zero = (): Record<ComplexityLevel, number> => ({ simple: 0, complex: 0, critical: 0, proposal: 0 });

export function emptyLearned(): LearnedComplexity {
  return { version: 2, docs: zero(), counts: { simple: {}, complex: {}, critical: {}, proposal: {} }, totals: zero(), memory: [] };
}

function isLevel(v: unknown): v is ComplexityLevel {
  return typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
}

function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A feature as stored: 64 bits of two FNV-1a hashes, so collisions are negligible at 20,000 features. */
export function hashFeature(feature: string): string {
  return fnv1a(feature, 0x811c9dc5).toString(36) + '.' + fnv1a(feature, 0x050c5d1f).toString(36);
}

const hashedFeatures = (text: string): string[] => features(text).map(hashFeature);

const nonNegative = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
const finiteCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= Number.MAX_SAFE_INTEGER;

/**
 * Accepts what storage or a backup hands back only if it has the right shape and sizes; anything
 * else is ignored. A version 1 model (plain word features) is converted by hashing its features.
 */
export function parseLearned(data: unknown): LearnedComplexity | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Partial<Omit<LearnedComplexity, 'version'>> & { version?: unknown };
  if ((d.version !== 1 && d.version !== 2) || !d.docs || !d.counts || !d.totals || !Array.isArray(d.memory)) return undefined;
  if (d.memory.length > MAX_MEMORY) return undefined;
  const counts = {} as LearnedComplexity['counts'];
  let features = 0;
  for (const level of LEVELS) {
    if (!nonNegative(d.docs[level]) || !nonNegative(d.totals[level])) return undefined;
    const own: unknown = d.counts[level];
    if (!own || typeof own !== 'object' || Array.isArray(own)) return undefined;
    const entries: [string, unknown][] = Object.entries(own);
    features += entries.length;
    if (features > MAX_FEATURES * LEVELS.length) return undefined;
    if (!entries.every(([, n]) => finiteCount(n))) return undefined;
    counts[level] = {};
    for (const [f, n] of entries) {
      const key = d.version === 1 ? hashFeature(f) : f;
      counts[level][key] = (counts[level][key] ?? 0) + (n as number);
    }
  }
  if (!d.memory.every((m) => m && typeof m.hash === 'string' && m.hash.length <= 40 && isLevel(m.level))) return undefined;
  return {
    version: 2,
    docs: { ...d.docs },
    counts,
    totals: { ...d.totals },
    memory: d.memory.map((m) => ({ hash: m.hash, level: m.level })),
  };
}

/** FNV-1a over the normalised words: the same dialogue text gives the same fingerprint. */
export function fingerprint(text: string): string {
  const norm = normalizeText(text).replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) {
    h ^= norm.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}:${norm.length}`;
}

/** Drops features seen once when the vocabulary outgrows its cap; they carry the least. */
function prune(model: LearnedComplexity): void {
  const vocab = new Set(LEVELS.flatMap((l) => Object.keys(model.counts[l])));
  if (vocab.size <= MAX_FEATURES) return;
  for (const level of LEVELS) {
    const counts = model.counts[level];
    for (const [f, n] of Object.entries(counts)) {
      if (n <= 1) {
        delete counts[f];
        model.totals[level] -= n;
      }
    }
  }
}

/** A new model that also knows `text` is `level`; the one passed in is left as it was. */
export function learn(learned: LearnedComplexity | undefined, text: string, level: ComplexityLevel): LearnedComplexity {
  const base = learned ?? emptyLearned();
  const model: LearnedComplexity = structuredClone(base);
  const fs = hashedFeatures(text);
  model.docs[level] += 1;
  for (const f of fs) model.counts[level][f] = (model.counts[level][f] ?? 0) + 1;
  model.totals[level] += fs.length;
  const hash = fingerprint(text);
  model.memory = [...model.memory.filter((m) => m.hash !== hash), { hash, level }].slice(-MAX_MEMORY);
  prune(model);
  return model;
}

export function learnedDocs(model: LearnedComplexity): number {
  return LEVELS.reduce((n, l) => n + model.docs[l], 0);
}

export function remembered(model: LearnedComplexity, text: string): ComplexityLevel | undefined {
  const hash = fingerprint(text);
  return model.memory.find((m) => m.hash === hash)?.level;
}

/** Weight of the all-levels word distribution in each level's own (Dirichlet smoothing). */
const BACKGROUND_WEIGHT = 5;

/**
 * Probabilities per level. Each level's word distribution leans on the distribution over all
 * levels, which keeps a level with few corrections from swinging on one word. Naive Bayes is
 * overconfident (its features overlap: every word also sits in two pairs), so the evidence is
 * tempered by the square root of the feature count. Both settings had the lowest log-loss in
 * cross-validation on the training fixture.
 */
export function predict(model: LearnedComplexity, text: string): Record<ComplexityLevel, number> {
  const fs = hashedFeatures(text);
  const vocab = new Set(LEVELS.flatMap((l) => Object.keys(model.counts[l]))).size + 1;
  const docs = learnedDocs(model);
  const allTotal = LEVELS.reduce((n, l) => n + model.totals[l], 0);
  const background = fs.map((f) => (LEVELS.reduce((n, l) => n + (model.counts[l][f] ?? 0), 0) + 1) / (allTotal + vocab));
  const logs = LEVELS.map((level) => {
    const counts = model.counts[level];
    const denom = model.totals[level] + BACKGROUND_WEIGHT;
    let evidence = 0;
    fs.forEach((f, i) => {
      evidence += Math.log(((counts[f] ?? 0) + BACKGROUND_WEIGHT * background[i]!) / denom); // one background per feature
    });
    return Math.log((model.docs[level] + 1) / (docs + LEVELS.length)) + evidence / Math.max(1, Math.sqrt(fs.length));
  });
  // A level nobody has corrected to yet has no evidence either way: the model leaves it to the rules.
  const known = LEVELS.map((l) => model.docs[l] > 0);
  const max = Math.max(...logs.filter((_, i) => known[i]));
  const exps = logs.map((l, i) => (known[i] ? Math.exp(l - max) : 0));
  const sum = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LEVELS.map((l, i) => [l, sum ? exps[i]! / sum : 0])) as Record<ComplexityLevel, number>;
}
