/**
 * Saving and loading the tag model as a compact JSON-able object. Numeric arrays travel as
 * little-endian base64; weights and masses are sparse (only non-zero entries) in half precision,
 * which the model already holds them in, so a loaded model scores exactly like the saved one.
 */
import { createModel, DEFAULT_CONFIG, rebuildCombined, type ClassifierConfig, type TagModel } from './classifier';
import { fromHalfBits, toHalfBits } from './half-float';
import { KeyIndex } from './key-index';

export const MODEL_FORMAT = 'sidekick.tag-model';
export const MODEL_VERSION = 1;

interface SparseMatrix {
  /** Entries per row, uint16 each. */
  counts: string;
  /** Tag index of each entry, uint8 or uint16 (see classBytes). */
  classes: string;
  /** Half-precision bits of each entry, uint16 each. */
  values: string;
}

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  version: number;
  config: ClassifierConfig;
  classes: string[];
  positives: number[];
  bias: number[];
  massTotal: number[];
  docs: number;
  rows: number;
  classBytes: 1 | 2;
  /** Feature hash of each row, uint32 each. */
  keys: string;
  /** Document frequency of each row, uint32 each. */
  df: string;
  weights: SparseMatrix;
  mass: SparseMatrix;
}

// ---------------------------------------------------------------------------------------------
// base64 without Buffer (the service worker has only btoa/atob)

function toBase64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

function fromBase64(text: string, what: string): Uint8Array {
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

function packUint(values: ArrayLike<number>, width: 1 | 2 | 4): string {
  const bytes = new Uint8Array(values.length * width);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) {
    if (width === 1) view.setUint8(i, values[i]!);
    else if (width === 2) view.setUint16(i * 2, values[i]!, true);
    else view.setUint32(i * 4, values[i]!, true);
  }
  return toBase64(bytes);
}

function unpackUint(text: unknown, width: 1 | 2 | 4, length: number, what: string): Uint32Array {
  if (typeof text !== 'string') throw new Error(`tag model: ${what} missing`);
  const bytes = fromBase64(text, what);
  if (bytes.length !== length * width) throw new Error(`tag model: ${what} has the wrong length`);
  const view = new DataView(bytes.buffer);
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++)
    out[i] = width === 1 ? view.getUint8(i) : width === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true);
  return out;
}

// ---------------------------------------------------------------------------------------------

function encodeMatrix(matrix: Float32Array, rows: number, cap: number, classes: number, classBytes: 1 | 2): SparseMatrix {
  const counts: number[] = [];
  const cls: number[] = [];
  const vals: number[] = [];
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let c = 0; c < classes; c++) {
      const v = matrix[r * cap + c]!;
      if (v === 0) continue;
      cls.push(c);
      vals.push(toHalfBits(v));
      n++;
    }
    counts.push(n);
  }
  return { counts: packUint(counts, 2), classes: packUint(cls, classBytes), values: packUint(vals, 2) };
}

function decodeMatrix(
  data: unknown,
  target: Float32Array,
  rows: number,
  cap: number,
  classes: number,
  classBytes: 1 | 2,
  what: string,
): void {
  if (typeof data !== 'object' || data === null) throw new Error(`tag model: ${what} missing`);
  const m = data as Record<string, unknown>;
  const counts = unpackUint(m.counts, 2, rows, `${what}.counts`);
  let total = 0;
  for (const n of counts) total += n;
  const cls = unpackUint(m.classes, classBytes, total, `${what}.classes`);
  const vals = unpackUint(m.values, 2, total, `${what}.values`);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < counts[r]!; i++, e++) {
      const c = cls[e]!;
      if (c >= classes) throw new Error(`tag model: ${what} refers to tag ${c} of ${classes}`);
      target[r * cap + c] = fromHalfBits(vals[e]!);
    }
  }
}

export function serializeModel(model: TagModel): SerializedModel {
  const C = model.classes.length;
  const classBytes: 1 | 2 = C <= 256 ? 1 : 2;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    config: model.config,
    classes: [...model.classes],
    positives: [...model.positives],
    bias: Array.from(model.bias.subarray(0, C)),
    massTotal: Array.from(model.massTotal.subarray(0, C)),
    docs: model.docs,
    rows: model.rowCount,
    classBytes,
    keys: packUint(model.keys.subarray(0, model.rowCount), 4),
    df: packUint(model.df.subarray(0, model.rowCount), 4),
    weights: encodeMatrix(model.weights, model.rowCount, model.classCap, C, classBytes),
    mass: encodeMatrix(model.mass, model.rowCount, model.classCap, C, classBytes),
  };
}

const isNumberArray = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Rebuilds a model saved by serializeModel; throws an Error naming the broken part. */
export function deserializeModel(data: unknown): TagModel {
  if (typeof data !== 'object' || data === null) throw new Error('tag model: not an object');
  const d = data as Record<string, unknown>;
  if (d.format !== MODEL_FORMAT) throw new Error('tag model: unknown format');
  if (d.version !== MODEL_VERSION) throw new Error(`tag model: version ${String(d.version)} is not supported`);
  const classes = d.classes;
  if (!Array.isArray(classes) || !classes.every((c) => typeof c === 'string')) throw new Error('tag model: classes must be strings');
  if (new Set(classes).size !== classes.length) throw new Error('tag model: duplicate tags');
  const C = classes.length;
  const rows = d.rows;
  const docs = d.docs;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) throw new Error('tag model: rows must be a count');
  if (typeof docs !== 'number' || !Number.isInteger(docs) || docs < 0) throw new Error('tag model: docs must be a count');
  if (!isNumberArray(d.positives, C) || !isNumberArray(d.bias, C) || !isNumberArray(d.massTotal, C)) {
    throw new Error('tag model: per-tag arrays do not match the tags');
  }
  const classBytes = d.classBytes === 2 ? 2 : d.classBytes === 1 ? 1 : null;
  if (classBytes === null) throw new Error('tag model: classBytes must be 1 or 2');
  const config = { ...DEFAULT_CONFIG, ...(typeof d.config === 'object' && d.config ? (d.config as Partial<ClassifierConfig>) : {}) };

  const model = createModel(config);
  const rowCap = Math.max(rows, 1024);
  const classCap = Math.max(C + 4, 8);
  model.rowCap = rowCap;
  model.classCap = classCap;
  model.keys = new Uint32Array(rowCap);
  model.df = new Uint32Array(rowCap);
  model.weights = new Float32Array(rowCap * classCap);
  model.mass = new Float32Array(rowCap * classCap);
  model.combined = new Float32Array(rowCap * classCap);
  model.bias = new Float32Array(classCap);
  model.massTotal = new Float64Array(classCap);

  model.keys.set(unpackUint(d.keys, 4, rows, 'keys'));
  model.df.set(unpackUint(d.df, 4, rows, 'df'));
  model.rowCount = rows;
  model.rowOf = new KeyIndex(rows);
  for (let r = 0; r < rows; r++) {
    if (model.rowOf.get(model.keys[r]!) >= 0) throw new Error('tag model: duplicate feature keys');
    model.rowOf.add(model.keys[r]!, r);
  }
  model.docs = docs;
  model.classes = [...(classes as string[])];
  model.classes.forEach((c, i) => model.classIndex.set(c, i));
  model.positives = [...d.positives];
  model.bias.set(d.bias);
  model.massTotal.set(d.massTotal);
  decodeMatrix(d.weights, model.weights, rows, classCap, C, classBytes, 'weights');
  decodeMatrix(d.mass, model.mass, rows, classCap, C, classBytes, 'mass');
  rebuildCombined(model);
  return model;
}
