/**
 * The learned part of the tag suggester: a linear multiclass model over hashed text features.
 *
 * Each tag's score is the sum of two linear parts over the same TF-IDF vector:
 * - averaged passive-aggressive weights (Crammer–Singer style: the true tag against the best
 *   wrong one), which separate tags that customers describe in similar words;
 * - a multinomial naive Bayes log-likelihood from per-tag feature mass, which is exact under
 *   incremental learning, strong with a handful of examples and smooths the ranking below the
 *   first place (top-3).
 *
 * Storage is feature-major (row = feature, column = tag) in dense Float32Arrays that grow as new
 * features and tags appear. Stored weights and masses are kept at half precision so the saved model
 * is compact and loads back bit for bit. The model is mutable: a structure of tens of megabytes is
 * not copied on every learned dialogue.
 */
import { DEFAULT_FEATURES, extractFeatures, weightFeatures, type FeatureConfig, type RawFeatures, type SparseVector } from './features';
import { roundHalf } from './half-float';
import { KeyIndex } from './key-index';
import { tokenizeTexts, type Token } from './tokenizer';

export interface ClassifierConfig {
  features: FeatureConfig;
  wordWeight: number;
  charWeight: number;
  /** Passes over the data in batch training (at least; a small training set gets more, see passesFor). */
  epochs: number;
  /** Passive-aggressive step cap in batch training: smaller is smoother. */
  aggressiveness: number;
  /** Step cap for one learned dialogue: large, so the dialogue is right straight away. */
  onlineAggressiveness: number;
  margin: number;
  /** Naive Bayes smoothing and weight in the score. */
  nbAlpha: number;
  nbWeight: number;
  /** Averaged weights smaller than this are dropped after batch training; they carry no decision. */
  pruneBelow: number;
  /**
   * Times a new tag's name is learned as an example of the tag in batch training. A name such as
   * "refund not received" describes its tag; with a handful of examples per tag that adds words the
   * examples lack (held-out folds with 10 examples per tag: top-1 up by a point, unchanged with all
   * the data). A name that says nothing ("tag-17") weighs as one example among the tag's many.
   * Not counted in `positives`.
   */
  nameExamples: number;
  seed: number;
}

export const DEFAULT_CONFIG: ClassifierConfig = {
  features: DEFAULT_FEATURES,
  wordWeight: 1,
  charWeight: 1,
  epochs: 6,
  aggressiveness: 0.3,
  onlineAggressiveness: 2,
  margin: 1,
  nbAlpha: 0.01,
  nbWeight: 0.05,
  pruneBelow: 1e-3,
  nameExamples: 1,
  seed: 1,
};

export interface TagModel {
  config: ClassifierConfig;
  classes: string[];
  classIndex: Map<string, number>;
  /** Positive examples learned per tag. */
  positives: number[];
  /** Documents seen, for IDF. */
  docs: number;
  rowOf: KeyIndex;
  rowCount: number;
  rowCap: number;
  classCap: number;
  /** Feature hash of each row. */
  keys: Uint32Array;
  /** Document frequency of each row. */
  df: Uint32Array;
  /** Passive-aggressive weights, rowCap × classCap. */
  weights: Float32Array;
  bias: Float32Array;
  /** Naive Bayes feature mass per tag, rowCap × classCap, and its per-tag total. */
  mass: Float32Array;
  massTotal: Float64Array;
  /** weights + nbWeight·log(1 + mass/nbAlpha): what scoring reads. Derived, never saved. */
  combined: Float32Array;
}

export interface TrainingItem {
  texts: string[];
  tags: string[];
}

export function createModel(config: Partial<ClassifierConfig> = {}): TagModel {
  const full = { ...DEFAULT_CONFIG, ...config, features: { ...DEFAULT_CONFIG.features, ...config.features } };
  const rowCap = 1024;
  const classCap = 8;
  return {
    config: full,
    classes: [],
    classIndex: new Map(),
    positives: [],
    docs: 0,
    rowOf: new KeyIndex(),
    rowCount: 0,
    rowCap,
    classCap,
    keys: new Uint32Array(rowCap),
    df: new Uint32Array(rowCap),
    weights: new Float32Array(rowCap * classCap),
    bias: new Float32Array(classCap),
    mass: new Float32Array(rowCap * classCap),
    massTotal: new Float64Array(classCap),
    combined: new Float32Array(rowCap * classCap),
  };
}

// ---------------------------------------------------------------------------------------------
// Growth

function resize(model: TagModel, rowCap: number, classCap: number): void {
  const grow = (old: Float32Array): Float32Array => {
    const next = new Float32Array(rowCap * classCap);
    const cols = Math.min(model.classCap, classCap);
    for (let r = 0; r < model.rowCount; r++) next.set(old.subarray(r * model.classCap, r * model.classCap + cols), r * classCap);
    return next;
  };
  model.weights = grow(model.weights);
  model.mass = grow(model.mass);
  model.combined = grow(model.combined);
  if (rowCap !== model.rowCap) {
    const keys = new Uint32Array(rowCap);
    keys.set(model.keys.subarray(0, model.rowCount));
    const df = new Uint32Array(rowCap);
    df.set(model.df.subarray(0, model.rowCount));
    model.keys = keys;
    model.df = df;
  }
  if (classCap !== model.classCap) {
    const bias = new Float32Array(classCap);
    bias.set(model.bias.subarray(0, model.classes.length));
    const total = new Float64Array(classCap);
    total.set(model.massTotal.subarray(0, model.classes.length));
    model.bias = bias;
    model.massTotal = total;
  }
  model.rowCap = rowCap;
  model.classCap = classCap;
}

/** Makes room for `rows` more features and `classes` more tags in one reallocation. */
function reserve(model: TagModel, rows: number, classes: number): void {
  const needRows = model.rowCount + rows;
  const needClasses = model.classes.length + classes;
  if (needRows <= model.rowCap && needClasses <= model.classCap) return;
  const rowCap = needRows <= model.rowCap ? model.rowCap : Math.max(needRows, Math.ceil(model.rowCap * 1.5));
  const classCap = needClasses <= model.classCap ? model.classCap : Math.max(needClasses + 4, Math.ceil(model.classCap * 1.5));
  resize(model, rowCap, classCap);
}

export function classOf(model: TagModel, tag: string): number {
  const known = model.classIndex.get(tag);
  if (known !== undefined) return known;
  reserve(model, 0, 1);
  const c = model.classes.length;
  model.classes.push(tag);
  model.classIndex.set(tag, c);
  model.positives.push(0);
  return c;
}

/** Counts one document into the document frequencies; returns the row of each of its features. */
function addDocument(model: TagModel, raw: RawFeatures): Int32Array {
  const rows = new Int32Array(raw.keys.length);
  let fresh = 0;
  for (let i = 0; i < raw.keys.length; i++) {
    const row = model.rowOf.get(raw.keys[i]!);
    rows[i] = row;
    if (row < 0) fresh++;
  }
  if (fresh > 0) reserve(model, fresh, 0);
  for (let i = 0; i < raw.keys.length; i++) {
    let row = rows[i]!;
    if (row < 0) {
      row = model.rowCount++;
      model.rowOf.add(raw.keys[i]!, row);
      model.keys[row] = raw.keys[i]!;
    }
    model.df[row]!++;
    rows[i] = row;
  }
  model.docs++;
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Features and scores

export function textFeatures(model: TagModel, texts: readonly string[]): { tokens: Token[]; raw: RawFeatures } {
  const tokens = tokenizeTexts(texts);
  return { tokens, raw: extractFeatures(tokens, model.config.features) };
}

export function idfOf(model: TagModel, row: number): number {
  return Math.log((1 + model.docs) / (1 + model.df[row]!)) + 1;
}

export function vectorize(model: TagModel, raw: RawFeatures): SparseVector {
  const rows = new Int32Array(raw.keys.length);
  for (let i = 0; i < raw.keys.length; i++) rows[i] = model.rowOf.get(raw.keys[i]!);
  return weightFeatures(raw, rows, (row) => idfOf(model, row), model.config);
}

function nbTerm(model: TagModel, mass: number): number {
  return mass > 0 ? model.config.nbWeight * Math.log(1 + mass / model.config.nbAlpha) : 0;
}

function refreshCombined(model: TagModel, row: number, c: number): void {
  const j = row * model.classCap + c;
  model.combined[j] = model.weights[j]! + nbTerm(model, model.mass[j]!);
}

/** Recomputes the scoring matrix from weights and masses (after loading a saved model). */
export function rebuildCombined(model: TagModel): void {
  const C = model.classes.length;
  const cap = model.classCap;
  const { nbWeight, nbAlpha } = model.config;
  const { weights, mass, combined } = model;
  for (let r = 0; r < model.rowCount; r++) {
    for (let j = r * cap, end = j + C; j < end; j++) {
      const m = mass[j]!;
      combined[j] = m > 0 ? weights[j]! + nbWeight * Math.log(1 + m / nbAlpha) : weights[j]!;
    }
  }
}

/** Per-tag part of the naive Bayes score that scales with the vector's L1 norm. */
function nbClassConstant(model: TagModel, c: number): number {
  const { nbAlpha, nbWeight } = model.config;
  return nbWeight * (Math.log(nbAlpha) - Math.log(nbAlpha * Math.max(1, model.rowCount) + model.massTotal[c]!));
}

/** Scores of every tag for one vector; higher is more likely. */
export function scoreVector(model: TagModel, x: SparseVector): Float64Array {
  const C = model.classes.length;
  const cap = model.classCap;
  const s = new Float64Array(C);
  let l1 = 0;
  for (let k = 0; k < x.rows.length; k++) l1 += x.values[k]!;
  for (let c = 0; c < C; c++) s[c] = model.bias[c]! + l1 * nbClassConstant(model, c);
  const M = model.combined;
  for (let k = 0; k < x.rows.length; k++) {
    const off = x.rows[k]! * cap;
    const v = x.values[k]!;
    for (let c = 0; c < C; c++) s[c]! += v * M[off + c]!;
  }
  return s;
}

/** How much each feature of `x` adds to tag `c` beyond its average over tags, for explanations. */
export function featureContributions(model: TagModel, x: SparseVector, c: number): Float64Array {
  const C = model.classes.length;
  const cap = model.classCap;
  const out = new Float64Array(x.rows.length);
  for (let k = 0; k < x.rows.length; k++) {
    const off = x.rows[k]! * cap;
    let mean = 0;
    for (let j = 0; j < C; j++) mean += model.combined[off + j]!;
    mean /= Math.max(1, C);
    out[k] = x.values[k]! * (model.combined[off + c]! - mean);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Learning

function addMass(model: TagModel, x: SparseVector, c: number, sign: 1 | -1): void {
  const cap = model.classCap;
  let total = 0;
  for (let k = 0; k < x.rows.length; k++) {
    const j = x.rows[k]! * cap + c;
    const before = model.mass[j]!;
    const after = roundHalf(Math.max(0, before + sign * x.values[k]!));
    model.mass[j] = after;
    total += after - before;
    refreshCombined(model, x.rows[k]!, c);
  }
  model.massTotal[c] = Math.max(0, model.massTotal[c]! + total);
}

function squaredNorm(x: SparseVector): number {
  let s = 1; // the bias acts as one more feature of value 1
  for (let k = 0; k < x.values.length; k++) s += x.values[k]! * x.values[k]!;
  return s;
}

/** Highest-scoring tag outside `exclude`, or -1. */
function bestOther(s: Float64Array, exclude: ReadonlySet<number>): number {
  let best = -1;
  for (let c = 0; c < s.length; c++) if (!exclude.has(c) && (best < 0 || s[c]! > s[best]!)) best = c;
  return best;
}

/**
 * Batch training: several shuffled passes of averaged passive-aggressive updates over `items`,
 * on top of whatever the model already knows. Used for an imported history and for the eval.
 */
export function trainBatch(model: TagModel, items: readonly TrainingItem[]): TagModel {
  const prepared = items
    .map((item) => ({
      raw: textFeatures(model, item.texts).raw,
      tags: [...new Set(item.tags.map((t) => t.trim()).filter(Boolean))],
      real: true,
    }))
    .filter((p) => p.tags.length > 0);
  const known = new Set(model.classes);
  const fresh = [...new Set(prepared.flatMap((p) => p.tags))].filter((t) => !known.has(t));
  for (let copy = 0; copy < model.config.nameExamples; copy++) {
    for (const tag of fresh) {
      const raw = textFeatures(model, [tagNameText(tag)]).raw;
      if (raw.keys.length > 0) prepared.push({ raw, tags: [tag], real: false });
    }
  }
  const rowsOf = prepared.map((p) => addDocument(model, p.raw));
  const labels = prepared.map((p) => p.tags.map((t) => classOf(model, t)));
  // Epochs read a whole row per feature occurrence; unused tag slots would only cost memory traffic.
  if (model.classCap > model.classes.length) resize(model, model.rowCap, model.classes.length);
  // IDF once per feature, not once per occurrence
  const idf = new Float32Array(model.rowCount);
  for (let r = 0; r < model.rowCount; r++) idf[r] = idfOf(model, r);
  const vectors = prepared.map((p, i) => weightFeatures(p.raw, rowsOf[i]!, (row) => idf[row]!, model.config));

  // Naive Bayes mass: accumulate in single precision (far finer than the half precision kept),
  // then round the touched entries once.
  const cap = model.classCap;
  const mass = model.mass;
  const touched: number[] = [];
  for (let i = 0; i < vectors.length; i++) {
    const x = vectors[i]!;
    for (const c of labels[i]!) {
      if (prepared[i]!.real) model.positives[c]!++;
      for (let k = 0; k < x.rows.length; k++) {
        const j = x.rows[k]! * cap + c;
        if (mass[j] === 0) touched.push(j);
        mass[j]! += x.values[k]!;
        model.massTotal[c]! += x.values[k]!;
      }
    }
  }
  for (const j of touched) mass[j] = roundHalf(mass[j]!);
  // The passes train the weights on their own; naive Bayes joins when scoring (rebuilt at the end).
  // Held-out folds ranked better this way than with the weights trained on top of naive Bayes.
  model.combined.set(model.weights);
  runEpochs(model, vectors, labels);
  return model;
}

/** A tag's name as text ("card_not_working" → "card not working"): a description of the tag. */
export function tagNameText(tag: string): string {
  return tag.replace(/[_\-./\\:|]+/g, ' ').replace(/([a-zа-яё])([A-ZА-ЯЁ])/g, '$1 $2');
}

/**
 * A small training set gets more passes, up to MAX_EPOCHS: each pass is cheap there, and a few
 * examples per tag keep improving for longer (held-out folds with 10 examples per tag).
 */
const MIN_UPDATES = 15_000;
const MAX_EPOCHS = 20;

export function passesFor(epochs: number, examples: number): number {
  if (examples <= 0) return epochs;
  return Math.max(epochs, Math.min(MAX_EPOCHS, Math.ceil(MIN_UPDATES / examples)));
}

/** Rival classes remembered per example between full scoring passes, and how often those come. */
const CANDIDATES = 8;
const FULL_PASS_EVERY = 3;

function score1(M: Float32Array, cap: number, start: number, rows: Int32Array, values: Float32Array, c: number): number {
  let sc = start;
  for (let k = 0; k < rows.length; k++) sc += values[k]! * M[rows[k]! * cap + c]!;
  return sc;
}

/** Margins an example must clear, in units of the training margin, to be skipped on the next pass. */
const SHRINK_MARGINS = 1;

function runEpochs(model: TagModel, vectors: readonly SparseVector[], labels: readonly number[][]): void {
  const { aggressiveness, margin, seed } = model.config;
  const cap = model.classCap;
  const C = model.classes.length;
  const n = vectors.length;
  const epochs = passesFor(model.config.epochs, n);
  if (n === 0 || C < 2) return;
  // Averaging trick: keep the running iterate in `combined`, and in `sum` the step-weighted updates,
  // so the average of all iterates is combined - sum / t without storing them.
  const start = Float32Array.from(model.combined.subarray(0, model.rowCount * cap));
  // single precision suffices: sum / t is taken against weights a million times larger than its error
  const sum = new Float32Array(model.rowCount * cap);
  const biasSum = new Float64Array(C);
  const norms = vectors.map(squaredNorm);
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  const s = new Float64Array(C);
  const M = model.combined;
  const bias = model.bias;
  // Shrinking: an example that cleared the margin twice over is skipped on the next pass
  // (then looked at again); later passes cost a fraction of the first.
  const lastMargin = new Float64Array(n).fill(-Infinity);
  const skipped = new Uint8Array(n);
  let t = 1;
  // Candidate classes: a full scoring pass records each example's strongest rivals; the passes
  // in between score only those (plus its own tags). Scoring is nearly all of the cost.
  const K = Math.min(C, CANDIDATES);
  const candidates = new Int32Array(n * K);
  const topK = new Int32Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    const full = epoch % FULL_PASS_EVERY === 0 || K === C;
    for (const i of order) {
      if (skipped[i] === 0 && lastMargin[i]! > SHRINK_MARGINS * margin) {
        skipped[i] = 1;
        t++;
        continue;
      }
      skipped[i] = 0;
      const x = vectors[i]!;
      const positive = labels[i]!;
      const rowsX = x.rows;
      const valsX = x.values;
      let rival = -1;
      if (full) {
        for (let c = 0; c < C; c++) s[c] = bias[c]!;
        for (let k = 0; k < rowsX.length; k++) {
          const off = rowsX[k]! * cap;
          const v = valsX[k]!;
          for (let c = 0; c < C; c++) s[c]! += v * M[off + c]!;
        }
        // keep the K best non-positive classes, best first
        let found = 0;
        for (let c = 0; c < C; c++) {
          if (positive.includes(c)) continue;
          const sc = s[c]!;
          if (found === K && sc <= s[topK[K - 1]!]!) continue;
          let at = found < K ? found++ : K - 1;
          while (at > 0 && s[topK[at - 1]!]! < sc) {
            topK[at] = topK[at - 1]!;
            at--;
          }
          topK[at] = c;
        }
        for (let j = 0; j < K; j++) candidates[i * K + j] = j < found ? topK[j]! : -1;
        rival = found > 0 ? topK[0]! : -1;
      } else {
        for (const p of positive) s[p] = score1(M, cap, bias[p]!, rowsX, valsX, p);
        for (let j = 0; j < K; j++) {
          const c = candidates[i * K + j]!;
          if (c < 0) break;
          s[c] = score1(M, cap, bias[c]!, rowsX, valsX, c);
          if (rival < 0 || s[c]! > s[rival]!) rival = c;
        }
      }
      let worst = Infinity;
      if (rival >= 0) {
        for (const p of positive) {
          const gap = s[p]! - s[rival]!;
          if (gap < worst) worst = gap;
          const loss = margin - gap;
          if (loss <= 0) continue;
          const tau = Math.min(aggressiveness, loss / (2 * norms[i]!));
          const td = t * tau;
          for (let k = 0; k < rowsX.length; k++) {
            const off = rowsX[k]! * cap;
            const v = valsX[k]!;
            M[off + p]! += tau * v;
            M[off + rival]! -= tau * v;
            sum[off + p]! += td * v;
            sum[off + rival]! -= td * v;
          }
          bias[p]! += tau;
          bias[rival]! -= tau;
          biasSum[p]! += td;
          biasSum[rival]! -= td;
        }
      }
      lastMargin[i] = worst;
      t++;
    }
  }
  const { pruneBelow } = model.config;
  const W = model.weights;
  for (let r = 0; r < model.rowCount; r++) {
    for (let j = r * cap, end = j + C; j < end; j++) {
      if (sum[j] === 0 && M[j] === start[j]) continue; // never updated
      const w = W[j]! + (M[j]! - start[j]! - sum[j]! / t);
      W[j] = Math.abs(w) < pruneBelow ? 0 : roundHalf(w);
    }
  }
  for (let c = 0; c < C; c++) model.bias[c] = roundHalf(model.bias[c]! - biasSum[c]! / t);
  rebuildCombined(model);
}

/**
 * Learns one dialogue: its tags as positives, tags the operator removed as negatives.
 * Takes a few passive-aggressive steps so the dialogue itself comes out right at once.
 */
export function learnExample(
  model: TagModel,
  texts: readonly string[],
  tagsAdded: readonly string[],
  tagsRemoved: readonly string[] = [],
): void {
  const added = [...new Set(tagsAdded.map((t) => t.trim()).filter(Boolean))];
  const removed = [...new Set(tagsRemoved.map((t) => t.trim()).filter(Boolean))].filter((t) => !added.includes(t));
  if (added.length === 0 && removed.length === 0) return;
  const { raw } = textFeatures(model, texts);
  if (raw.keys.length === 0) return;
  if (added.length > 0) addDocument(model, raw);
  const pos = added.map((t) => classOf(model, t));
  const neg = removed.map((t) => classOf(model, t));
  const x = vectorize(model, raw);
  for (const c of pos) {
    model.positives[c]!++;
    addMass(model, x, c, 1);
  }
  // A removed tag had usually been learned from this dialogue before: take its mass back.
  for (const c of neg) addMass(model, x, c, -1);
  if (model.classes.length < 2) return;

  const { onlineAggressiveness: cap, margin } = model.config;
  const norm = squaredNorm(x) - 1; // no bias in online steps
  if (norm <= 0) return;
  const excluded = new Set([...pos, ...neg]);
  for (let step = 0; step < 3; step++) {
    const s = scoreVector(model, x);
    let changed = false;
    const rival = bestOther(s, excluded);
    if (rival >= 0) {
      for (const p of pos) {
        const loss = margin - (s[p]! - s[rival]!);
        if (loss <= 0) continue;
        const tau = Math.min(cap, loss / (2 * norm));
        step1(model, x, p, tau);
        step1(model, x, rival, -tau);
        changed = true;
      }
    }
    for (const r of neg) {
      // below the best tag that may stay, by the margin
      const keep = bestOther(s, new Set([r]));
      if (keep < 0) continue;
      const loss = margin - (s[keep]! - s[r]!);
      if (loss <= 0) continue;
      step1(model, x, r, -Math.min(cap, loss / norm));
      changed = true;
    }
    if (!changed) break;
  }
}

/**
 * One online step on tag `c`'s weights. The bias is left alone: moved one dialogue at a time it
 * would favour whichever tag was learned last.
 */
function step1(model: TagModel, x: SparseVector, c: number, tau: number): void {
  if (tau === 0) return;
  const cap = model.classCap;
  for (let k = 0; k < x.rows.length; k++) {
    const j = x.rows[k]! * cap + c;
    model.weights[j] = roundHalf(model.weights[j]! + tau * x.values[k]!);
    refreshCombined(model, x.rows[k]!, c);
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded shuffling, so training is reproducible

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = a[i]!;
    a[i] = a[j]!;
    a[j] = tmp;
  }
}
