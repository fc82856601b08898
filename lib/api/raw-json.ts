/**
 * Reading the API's JSON text before JSON.parse rounds it. Ids are unsigned 64-bit integers; the client
 * always asks for them as strings (`id_as_string=true`), but a proxy that re-encodes the answer, or an
 * endpoint that ignores the flag, can hand them back as numbers, and JSON.parse would round them to
 * another conversation's id without a word. So the text is scanned for integer literals beyond 2^53.
 * Cursors (`meta.next_*_position`, `meta.next_after`) are opaque: their raw text is kept and sent back
 * verbatim, whatever numbers they hold.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** A 16-digit run is the shortest that can exceed 2^53; without one the text cannot hold an unsafe integer. */
const LONG_DIGITS = /\d{16,}/;

export interface RawScan {
  /** Paths of integer literals too large for a JS number, outside the cursors (e.g. `data[3].id`). */
  unsafe: string[];
  /** Raw JSON text of each top-level `meta` field that is a cursor, by name. */
  cursors: Record<string, string>;
}

export const CURSOR_FIELDS = ['next_before_position', 'next_after_position', 'next_after'] as const;

const isCursorPath = (path: (string | number)[]) =>
  path.length >= 2 && path[0] === 'meta' && (CURSOR_FIELDS as readonly string[]).includes(String(path[1]));

function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** True when the text may hold an unsafe integer and needs the careful scan. */
export function mayHoldUnsafeIntegers(text: string): boolean {
  return LONG_DIGITS.test(text);
}

/**
 * Walks JSON text (assumed well-formed: JSON.parse has accepted it) tracking the path of each value.
 * Linear, no recursion, no values built.
 */
export function scanRawJson(text: string): RawScan {
  const unsafe: string[] = [];
  const cursors: Record<string, string> = {};
  // One frame per open container: its kind, the current key or index, and where a cursor value began.
  const stack: { array: boolean; key: string | number; expectKey: boolean }[] = [];
  const path = () => stack.map((f) => f.key);
  let cursorStart = -1;
  let cursorName = '';
  let cursorDepth = -1;
  const n = text.length;
  let i = 0;

  const valueStarts = (at: number) => {
    // A value begins at `at`: remember where a top-level meta cursor's value starts.
    if (stack.length === 2 && cursorStart < 0 && isCursorPath(path())) {
      cursorStart = at;
      cursorName = String(stack[1]!.key); // stack.length === 2
      cursorDepth = stack.length;
    }
  };
  const valueEnds = (end: number) => {
    if (cursorStart >= 0 && stack.length === cursorDepth) {
      cursors[cursorName] = text.slice(cursorStart, end);
      cursorStart = -1;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && top.expectKey) {
        top.key = JSON.parse(text.slice(i, j + 1)) as string;
        top.expectKey = false;
      } else {
        valueStarts(i);
        valueEnds(j + 1);
      }
      i = j + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      valueStarts(i);
      stack.push({ array: c === 0x5b, key: c === 0x5b ? 0 : '', expectKey: c === 0x7b });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i++;
      valueEnds(i);
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.array) top.key = (top.key as number) + 1;
        else top.expectKey = true;
      }
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n && /[0-9eE.+-]/.test(text.charAt(j))) j++;
      const literal = text.slice(i, j);
      valueStarts(i);
      if (/^-?\d+$/.test(literal) && literal.replace('-', '').length >= 16) {
        const big = BigInt(literal);
        const abs = big < 0n ? -big : big;
        if (abs > MAX_SAFE && !isCursorPath(path())) unsafe.push(pathText(path()));
      }
      valueEnds(j);
      i = j;
    } else if (c === 0x74 || c === 0x66 || c === 0x6e /* true false null */) {
      const len = c === 0x66 ? 5 : 4;
      valueStarts(i);
      valueEnds(i + len);
      i += len;
    } else {
      i++; // whitespace and ':'
    }
  }
  return { unsafe, cursors };
}
