import type { ComplexityLevel } from '../db/schema';
import { features, normalizeText } from './tokens';

/**
 * What the operator's corrections teach: a small multinomial naive Bayes over `features`, plus an
 * exact memory of corrected texts, so re-rating a dialogue the operator has just corrected gives
 * the operator's answer. Plain JSON, so the background can store it as it is.
 */

export const LEVELS: readonly ComplexityLevel[] = ['simple', 'complex', 'critical', 'proposal'];

export interface LearnedComplexity {
  version: 1;
  /** Texts learned per level. */
  docs: Record<ComplexityLevel, number>;
  /** Feature counts per level. */
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
  return { version: 1, docs: zero(), counts: { simple: {}, complex: {}, critical: {}, proposal: {} }, totals: zero(), memory: [] };
}

function isLevel(v: unknown): v is ComplexityLevel {
  return typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
}

/** Accepts what storage hands back only if it has the right shape; anything else is ignored. */
export function parseLearned(data: unknown): LearnedComplexity | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Partial<LearnedComplexity>;
  if (d.version !== 1 || !d.docs || !d.counts || !d.totals || !Array.isArray(d.memory)) return undefined;
  for (const level of LEVELS) {
    if (typeof d.docs[level] !== 'number' || typeof d.totals[level] !== 'number') return undefined;
    const counts = d.counts[level];
    if (!counts || typeof counts !== 'object') return undefined;
    if (!Object.values(counts).every((n) => typeof n === 'number' && n > 0)) return undefined;
  }
  if (!d.memory.every((m) => m && typeof m.hash === 'string' && isLevel(m.level))) return undefined;
  return d as LearnedComplexity;
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
  const fs = features(text);
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
  const fs = features(text);
  const vocab = new Set(LEVELS.flatMap((l) => Object.keys(model.counts[l]))).size + 1;
  const docs = learnedDocs(model);
  const allTotal = LEVELS.reduce((n, l) => n + model.totals[l], 0);
  const background = fs.map((f) => (LEVELS.reduce((n, l) => n + (model.counts[l][f] ?? 0), 0) + 1) / (allTotal + vocab));
  const logs = LEVELS.map((level) => {
    const counts = model.counts[level];
    const denom = model.totals[level] + BACKGROUND_WEIGHT;
    let evidence = 0;
    fs.forEach((f, i) => {
      evidence += Math.log(((counts[f] ?? 0) + BACKGROUND_WEIGHT * background[i]) / denom);
    });
    return Math.log((model.docs[level] + 1) / (docs + LEVELS.length)) + evidence / Math.max(1, Math.sqrt(fs.length));
  });
  // A level nobody has corrected to yet has no evidence either way: the model leaves it to the rules.
  const known = LEVELS.map((l) => model.docs[l] > 0);
  const max = Math.max(...logs.filter((_, i) => known[i]));
  const exps = logs.map((l, i) => (known[i] ? Math.exp(l - max) : 0));
  const sum = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LEVELS.map((l, i) => [l, sum ? exps[i] / sum : 0])) as Record<ComplexityLevel, number>;
}
