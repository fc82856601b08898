/** A JSON object: not null, not an array (documents read from files and storage are checked with this first). */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
