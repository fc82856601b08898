/**
 * Saving and loading the tag model. Two forms of the same content:
 * - stored (version 2): typed arrays, as IndexedDB keeps them (structured clone copies their bytes), so
 *   waking the background worker loads the model without parsing text;
 * - portable (version 1): the same arrays as little-endian base64 in a JSON-able object, for backup files.
 * Weights and masses are sparse (only non-zero entries) in half precision, which the model already holds
 * them in, so a loaded model scores exactly like the saved one.
 */
import { createModel, DEFAULT_CONFIG, type ClassifierConfig, type TagModel } from './classifier';
import { fromHalfBits, toHalfBits } from './half-float';
import { KeyIndex } from './key-index';

export const MODEL_FORMAT = 'sidekick.tag-model';
/** The portable (JSON) form's version. */
export const MODEL_VERSION = 1;
/** The stored (typed-array) form's version. */
export const STORED_MODEL_VERSION = 2;

interface Header {
  format: typeof MODEL_FORMAT;
  config: ClassifierConfig;
  classes: string[];
  positives: number[];
  docs: number;
  rows: number;
  classBytes: 1 | 2;
}

interface SparseParts {
  /** Entries per row. */
  counts: Uint16Array;
  /** Tag index of each entry. */
  classes: Uint8Array | Uint16Array;
  /** Half-precision bits of each entry. */
  values: Uint16Array;
}

export interface StoredModel extends Header {
  version: typeof STORED_MODEL_VERSION;
  bias: Float32Array;
  massTotal: Float64Array;
  /** Feature hash of each row. */
  keys: Uint32Array;
  /** Document frequency of each row. */
  df: Uint32Array;
  weights: SparseParts;
  mass: SparseParts;
}

interface SparseMatrix {
  /** Entries per row, uint16 each. */
  counts: string;
  /** Tag index of each entry, uint8 or uint16 (see classBytes). */
  classes: string;
  /** Half-precision bits of each entry, uint16 each. */
  values: string;
}

export interface SerializedModel extends Header {
  version: typeof MODEL_VERSION;
  bias: number[];
  massTotal: number[];
  /** Feature hash of each row, uint32 each. */
  keys: string;
  /** Document frequency of each row, uint32 each. */
  df: string;
  weights: SparseMatrix;
  mass: SparseMatrix;
}

// ---------------------------------------------------------------------------------------------
// base64 without Buffer (the service worker has only btoa/atob). Typed arrays are little-endian on every
// platform a browser runs on, so their bytes are the little-endian bytes of the portable form.

function toBase64(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

function fromBase64(text: unknown, what: string): Uint8Array {
  if (typeof text !== 'string') throw new Error(`tag model: ${what} missing`);
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error(`tag model: ${what} is not base64`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function unpack<T extends Uint8Array | Uint16Array | Uint32Array>(
  text: unknown,
  Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
  what: string,
): T {
  const bytes = fromBase64(text, what);
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new Error(`tag model: ${what} has the wrong length`);
  return new Type(bytes.buffer as ArrayBuffer);
}

// ---------------------------------------------------------------------------------------------

function encodeMatrix(matrix: Float32Array, rows: number, cap: number, classes: number, classBytes: 1 | 2): SparseParts {
  const counts = new Uint16Array(rows);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let j = r * cap, end = j + classes; j < end; j++) if (matrix[j] !== 0) n++;
    counts[r] = n;
    total += n;
  }
  const cls = classBytes === 1 ? new Uint8Array(total) : new Uint16Array(total);
  const vals = new Uint16Array(total);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < classes; c++) {
      const v = matrix[r * cap + c]!;
      if (v === 0) continue;
      cls[e] = c;
      vals[e] = toHalfBits(v);
      e++;
    }
  }
  return { counts, classes: cls, values: vals };
}

/**
 * Fills `target` from the parts. With `combine`, each positive entry (a mass) also sets the scoring
 * matrix's cell to the weight plus its naive Bayes term, as classifier.ts rebuildCombined does, without
 * a pass over every row and tag.
 */
function decodeMatrix(
  parts: SparseParts,
  target: Float32Array,
  rows: number,
  cap: number,
  classes: number,
  what: string,
  combine?: { combined: Float32Array; weights: Float32Array; nbWeight: number; nbAlpha: number },
): void {
  const { counts, classes: cls, values: vals } = parts;
  if (counts.length !== rows) throw new Error(`tag model: ${what}.counts has the wrong length`);
  let total = 0;
  for (let r = 0; r < rows; r++) total += counts[r]!;
  if (cls.length !== total) throw new Error(`tag model: ${what}.classes has the wrong length`);
  if (vals.length !== total) throw new Error(`tag model: ${what}.values has the wrong length`);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    for (let n = counts[r]!; n > 0; n--, e++) {
      const c = cls[e]!;
      if (c >= classes) throw new Error(`tag model: ${what} refers to tag ${c} of ${classes}`);
      const j = r * cap + c;
      const v = fromHalfBits(vals[e]!);
      target[j] = v;
      if (combine && v > 0) combine.combined[j] = combine.weights[j]! + combine.nbWeight * Math.log(1 + v / combine.nbAlpha);
    }
  }
}

/** The model in its stored form (typed arrays), for IndexedDB. */
export function toStoredModel(model: TagModel): StoredModel {
  const C = model.classes.length;
  const classBytes: 1 | 2 = C <= 256 ? 1 : 2;
  const rows = model.rowCount;
  return {
    format: MODEL_FORMAT,
    version: STORED_MODEL_VERSION,
    config: model.config,
    classes: [...model.classes],
    positives: [...model.positives],
    docs: model.docs,
    rows,
    classBytes,
    bias: model.bias.slice(0, C),
    massTotal: model.massTotal.slice(0, C),
    keys: model.keys.slice(0, rows),
    df: model.df.slice(0, rows),
    weights: encodeMatrix(model.weights, rows, model.classCap, C, classBytes),
    mass: encodeMatrix(model.mass, rows, model.classCap, C, classBytes),
  };
}

const portableMatrix = (m: SparseParts): SparseMatrix => ({
  counts: toBase64(m.counts),
  classes: toBase64(m.classes),
  values: toBase64(m.values),
});

function portable(stored: StoredModel): SerializedModel {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    config: stored.config,
    classes: stored.classes,
    positives: stored.positives,
    bias: Array.from(stored.bias),
    massTotal: Array.from(stored.massTotal),
    docs: stored.docs,
    rows: stored.rows,
    classBytes: stored.classBytes,
    keys: toBase64(stored.keys),
    df: toBase64(stored.df),
    weights: portableMatrix(stored.weights),
    mass: portableMatrix(stored.mass),
  };
}

/** The model in its portable form (JSON-able), for files. */
export function serializeModel(model: TagModel): SerializedModel {
  return portable(toStoredModel(model));
}

const isNumberArray = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));

function checkedHeader(data: unknown): Header & { version: number } {
  if (typeof data !== 'object' || data === null) throw new Error('tag model: not an object');
  const d = data as Record<string, unknown>;
  if (d.format !== MODEL_FORMAT) throw new Error('tag model: unknown format');
  if (d.version !== MODEL_VERSION && d.version !== STORED_MODEL_VERSION)
    throw new Error(`tag model: version ${String(d.version)} is not supported`);
  const classes = d.classes;
  if (!Array.isArray(classes) || !classes.every((c) => typeof c === 'string')) throw new Error('tag model: classes must be strings');
  if (new Set(classes).size !== classes.length) throw new Error('tag model: duplicate tags');
  if (classes.length > MODEL_LIMITS.tags) throw new Error(`tag model: more than ${MODEL_LIMITS.tags} tags`);
  const { rows, docs } = d;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) throw new Error('tag model: rows must be a count');
  if (typeof docs !== 'number' || !Number.isInteger(docs) || docs < 0) throw new Error('tag model: docs must be a count');
  if (!isNumberArray(d.positives, classes.length)) throw new Error('tag model: per-tag arrays do not match the tags');
  const classBytes = d.classBytes === 2 ? 2 : d.classBytes === 1 ? 1 : null;
  if (classBytes === null) throw new Error('tag model: classBytes must be 1 or 2');
  if (classes.some((c) => c.length === 0 || c.length > MODEL_LIMITS.tagName)) throw new Error('tag model: a tag name is empty or too long');
  if (rows > MODEL_LIMITS.rows) throw new Error(`tag model: more than ${MODEL_LIMITS.rows} features`);
  if (rows * (classes.length + 4) > MODEL_LIMITS.cells) throw new Error('tag model: too large for memory (features × tags)');
  return {
    format: MODEL_FORMAT,
    version: d.version,
    config: checkedConfig(d.config),
    classes: classes as string[],
    positives: d.positives,
    docs,
    rows,
    classBytes,
  };
}

/**
 * What a model from a file may claim. A model is data the background trusts to size its arrays and its
 * feature extraction, so each number is bounded: a huge `charMax` or row count would cost the worker its
 * memory and every suggestion its time.
 */
export const MODEL_LIMITS = {
  tags: 2000,
  tagName: 200,
  rows: 4_000_000,
  /** Rows × tag columns of each of the three matrices (4 bytes a cell). */
  cells: 32_000_000,
} as const;

function bounded(value: unknown, fallback: number, min: number, max: number, what: string, integer = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`tag model: config.${what} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  }
  return value;
}

/** The classifier's settings a model carries, each within what the classifier was built for. */
function checkedConfig(raw: unknown): ClassifierConfig {
  if (raw !== undefined && (typeof raw !== 'object' || raw === null)) throw new Error('tag model: config must be an object');
  const c = (raw ?? {}) as Record<string, unknown>;
  const f = c.features ?? {};
  if (typeof f !== 'object' || f === null) throw new Error('tag model: config.features must be an object');
  const fr = f as Record<string, unknown>;
  const D = DEFAULT_CONFIG;
  const charMin = bounded(fr.charMin, D.features.charMin, 1, 8, 'features.charMin', true);
  const charMax = bounded(fr.charMax, D.features.charMax, charMin, 8, 'features.charMax', true);
  if (fr.bigrams !== undefined && typeof fr.bigrams !== 'boolean')
    throw new Error('tag model: config.features.bigrams must be true or false');
  return {
    features: { charMin, charMax, bigrams: (fr.bigrams as boolean | undefined) ?? D.features.bigrams },
    wordWeight: bounded(c.wordWeight, D.wordWeight, 0, 100, 'wordWeight'),
    charWeight: bounded(c.charWeight, D.charWeight, 0, 100, 'charWeight'),
    epochs: bounded(c.epochs, D.epochs, 1, 100, 'epochs', true),
    aggressiveness: bounded(c.aggressiveness, D.aggressiveness, 0, 1000, 'aggressiveness'),
    onlineAggressiveness: bounded(c.onlineAggressiveness, D.onlineAggressiveness, 0, 1000, 'onlineAggressiveness'),
    margin: bounded(c.margin, D.margin, 0, 1000, 'margin'),
    nbAlpha: bounded(c.nbAlpha, D.nbAlpha, 1e-9, 1000, 'nbAlpha'),
    nbWeight: bounded(c.nbWeight, D.nbWeight, 0, 100, 'nbWeight'),
    pruneBelow: bounded(c.pruneBelow, D.pruneBelow, 0, 1, 'pruneBelow'),
    nameExamples: bounded(c.nameExamples, D.nameExamples, 0, 100, 'nameExamples', true),
    seed: bounded(c.seed, D.seed, 0, 2 ** 32, 'seed', true),
  };
}

function typed<T>(value: unknown, Type: abstract new (...args: never[]) => T, what: string): T {
  if (!(value instanceof Type)) throw new Error(`tag model: ${what} missing`);
  return value;
}

function storedParts(value: unknown, classBytes: 1 | 2, what: string): SparseParts {
  if (typeof value !== 'object' || value === null) throw new Error(`tag model: ${what} missing`);
  const m = value as Record<string, unknown>;
  return {
    counts: typed(m.counts, Uint16Array, `${what}.counts`),
    classes: classBytes === 1 ? typed(m.classes, Uint8Array, `${what}.classes`) : typed(m.classes, Uint16Array, `${what}.classes`),
    values: typed(m.values, Uint16Array, `${what}.values`),
  };
}

function portableParts(value: unknown, classBytes: 1 | 2, what: string): SparseParts {
  if (typeof value !== 'object' || value === null) throw new Error(`tag model: ${what} missing`);
  const m = value as Record<string, unknown>;
  return {
    counts: unpack(m.counts, Uint16Array, `${what}.counts`),
    classes: classBytes === 1 ? unpack(m.classes, Uint8Array, `${what}.classes`) : unpack(m.classes, Uint16Array, `${what}.classes`),
    values: unpack(m.values, Uint16Array, `${what}.values`),
  };
}

/** Either form, checked, as the stored form: what IndexedDB holds and what loads fastest. */
export function toStoredForm(data: unknown): StoredModel {
  const h = checkedHeader(data);
  const d = data as Record<string, unknown>;
  const C = h.classes.length;
  const perTag = (value: unknown, Type: Float32ArrayConstructor | Float64ArrayConstructor) => {
    const out = h.version === STORED_MODEL_VERSION ? value : isNumberArray(value, C) ? Type.from(value) : null;
    if (!(out instanceof Type) || out.length !== C || !out.every(Number.isFinite))
      throw new Error('tag model: per-tag arrays do not match the tags');
    return out;
  };
  const stored: StoredModel = {
    ...h,
    version: STORED_MODEL_VERSION,
    bias: perTag(d.bias, Float32Array) as Float32Array,
    massTotal: perTag(d.massTotal, Float64Array) as Float64Array,
    keys: h.version === STORED_MODEL_VERSION ? typed(d.keys, Uint32Array, 'keys') : unpack(d.keys, Uint32Array, 'keys'),
    df: h.version === STORED_MODEL_VERSION ? typed(d.df, Uint32Array, 'df') : unpack(d.df, Uint32Array, 'df'),
    weights: (h.version === STORED_MODEL_VERSION ? storedParts : portableParts)(d.weights, h.classBytes, 'weights'),
    mass: (h.version === STORED_MODEL_VERSION ? storedParts : portableParts)(d.mass, h.classBytes, 'mass'),
  };
  if (stored.keys.length !== h.rows) throw new Error('tag model: keys has the wrong length');
  if (stored.df.length !== h.rows) throw new Error('tag model: df has the wrong length');
  return stored;
}

/** Either form, checked, as the portable form: what a backup file carries. */
export function toPortableForm(data: unknown): SerializedModel {
  return portable(toStoredForm(data));
}

/** Rebuilds a model saved in either form; throws an Error naming the broken part. */
export function deserializeModel(data: unknown): TagModel {
  const d = toStoredForm(data);
  const C = d.classes.length;
  const rows = d.rows;
  const model = createModel(d.config);
  const rowCap = Math.max(rows, 1024);
  const classCap = Math.max(C + 4, 8);
  model.rowCap = rowCap;
  model.classCap = classCap;
  model.keys = new Uint32Array(rowCap);
  model.df = new Uint32Array(rowCap);
  model.weights = new Float32Array(rowCap * classCap);
  model.mass = new Float32Array(rowCap * classCap);
  model.bias = new Float32Array(classCap);
  model.massTotal = new Float64Array(classCap);

  model.keys.set(d.keys);
  model.df.set(d.df);
  model.rowCount = rows;
  model.rowOf = new KeyIndex(rows);
  for (let r = 0; r < rows; r++) {
    const key = d.keys[r]!;
    if (model.rowOf.get(key) >= 0) throw new Error('tag model: duplicate feature keys');
    model.rowOf.add(key, r);
  }
  model.docs = d.docs;
  model.classes = [...d.classes];
  model.classes.forEach((c, i) => model.classIndex.set(c, i));
  model.positives = [...d.positives];
  model.bias.set(d.bias);
  model.massTotal.set(d.massTotal);
  decodeMatrix(d.weights, model.weights, rows, classCap, C, 'weights');
  // What scoring reads is the weights plus a term of each positive mass: a copy, then the sparse terms.
  model.combined = model.weights.slice();
  const { nbWeight, nbAlpha } = model.config;
  decodeMatrix(d.mass, model.mass, rows, classCap, C, 'mass', { combined: model.combined, weights: model.weights, nbWeight, nbAlpha });
  return model;
}
