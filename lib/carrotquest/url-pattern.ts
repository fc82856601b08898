/**
 * `dialogueUrl` patterns run on every read of the page, so a pattern that backtracks without end
 * would freeze the panel: `(.*a){25}x` takes minutes on a 55-character address. JavaScript has no
 * regex timeout, so patterns are restricted up front (when saved and again before each run) to a
 * shape whose worst case is bounded, and the address they are tried on is capped.
 */

/** Longest pattern accepted. */
export const URL_PATTERN_MAX = 300;
/** Only this much of the address is tested: dialogue addresses are short, a pasted one may not be. */
export const URL_TEST_CAP = 2048;
/** Upper bound on the backtracking steps one pattern may need on a capped address. */
const STEP_BUDGET = 1e7;

interface Group {
  /** A quantifier or an alternation inside: repeating the group could backtrack exponentially. */
  ambiguous: boolean;
}

/** The repeat range of the quantifier at `i` (count of choices), its length, or null when none. */
function quantifierAt(source: string, i: number): { range: number; length: number; repeats: boolean } | null {
  const c = source[i];
  let length = 1;
  let range: number;
  let repeats = true;
  if (c === '*' || c === '+') range = URL_TEST_CAP;
  else if (c === '?') {
    range = 2;
    repeats = false;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return null;
    length = m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    range = max === Infinity ? URL_TEST_CAP : max - min + 1;
    repeats = max > 1;
  } else return null;
  if (source[i + length] === '?' || source[i + length] === '+') length += 1; // lazy / possessive marker
  return { range: Math.max(1, range), length, repeats };
}

/**
 * Null when `source` is a regular expression safe to run on every page read; otherwise why not.
 * Refused: invalid syntax, more than 300 characters, backreferences, a repeated group that holds
 * a repeat or an alternation (`(a+)+`, `(.*a){25}`, `(a|a)*`), and sequences of repeats whose
 * combined backtracking on a 2 kB address could run long (`.*.*.*x`).
 */
export function urlPatternError(source: string): string | null {
  if (typeof source !== 'string' || !source) return 'empty regular expression';
  if (source.length > URL_PATTERN_MAX) return `regular expression longer than ${URL_PATTERN_MAX} characters`;
  try {
    new RegExp(source);
  } catch {
    return `invalid regular expression "${source}"`;
  }
  const stack: Group[] = [{ ambiguous: false }];
  let steps = URL_TEST_CAP;
  let i = 0;
  // The innermost open group; the stack never empties (a close that would empty it is refused).
  const open = () => stack[stack.length - 1]!;
  while (i < source.length) {
    const c = source[i];
    let atom = true;
    // What a quantifier right after position i would apply to: an atom, or a group just closed.
    let lastAtomWasAmbiguousGroup = false;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return `backreferences are not allowed in "${source}"`;
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '(') {
      stack.push({ ambiguous: false });
      i +=
        source[i + 1] === '?'
          ? /^\(\?<[=!]/.test(source.slice(i))
            ? 4
            : /^\(\?<[A-Za-z]/.test(source.slice(i))
              ? source.indexOf('>', i) + 1 - i
              : 3
          : 1;
      atom = false;
    } else if (c === ')') {
      const closed = stack.pop() ?? { ambiguous: false };
      if (stack.length === 0) return `invalid regular expression "${source}"`;
      if (closed.ambiguous) open().ambiguous = true;
      lastAtomWasAmbiguousGroup = closed.ambiguous;
      i += 1;
    } else if (c === '|') {
      open().ambiguous = true;
      i += 1;
      atom = false;
    } else {
      i += 1;
    }
    if (!atom) continue;
    const q = quantifierAt(source, i);
    if (!q) continue;
    if (lastAtomWasAmbiguousGroup && q.repeats)
      return `nested repeats are not allowed in "${source}" (a repeated group holds a repeat or an alternation)`;
    open().ambiguous = true;
    steps *= q.range;
    if (steps > STEP_BUDGET) return `too many open-ended repeats in "${source}": bound them, e.g. \\d{1,20} instead of \\d+`;
    i += q.length;
  }
  return null;
}
