/**
 * Choosing which part of the customer's words an escalation shows, and hiding secrets in it.
 * Everything here works on a bounded tail of the text, so a megabyte log costs no more than
 * the part that is shown.
 */

/** The shape of `findSecrets` in lib/secrets/detect.ts; passed in so tests can use a fake. */
export interface SecretSpanLike {
  kind: string;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}
export type FindSecrets = (text: string) => readonly SecretSpanLike[];

export interface CustomerPiece {
  /** Where the text came from (an index into the caller's message list). */
  messageIndex: number;
  text: string;
}

/** The part of one piece that is shown: `text.slice(start)`. */
export interface ShownPart {
  messageIndex: number;
  text: string;
  start: number;
}

export interface FoundSecret {
  messageIndex: number;
  kind: string;
  start: number;
  end: number;
}

/** How far forward a cut may move to start on a whole line instead of mid-line. */
const LINE_ALIGN = 400;
/**
 * Secrets are searched this far before the shown part too: a private key or a "password:"
 * label cut off by the window would otherwise leave its tail unrecognised but visible.
 */
const SECRET_MARGIN = 8192;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The newest `budget` characters across the pieces (oldest first), each piece cut at a line
 * start when one is near. Pieces older than the budget are left out entirely.
 */
export function tailWindow(pieces: readonly CustomerPiece[], budget: number): ShownPart[] {
  const shown: ShownPart[] = [];
  let left = budget;
  for (let i = pieces.length - 1; i >= 0 && left > 0; i--) {
    const { messageIndex, text } = pieces[i]!; // 0 <= i < pieces.length
    if (text.length <= left) {
      shown.push({ messageIndex, text, start: 0 });
      left -= text.length;
      continue;
    }
    let start = text.length - left;
    const nl = text.indexOf('\n', start - 1);
    if (nl >= 0 && nl < start + LINE_ALIGN && nl + 1 < text.length) start = nl + 1;
    else if (isLowSurrogate(text.charCodeAt(start))) start++; // never split an emoji in two
    shown.push({ messageIndex, text, start });
    left = 0;
  }
  return shown.reverse();
}

/** Whether the window leaves out any of the pieces' text. */
export function windowCutsText(pieces: readonly CustomerPiece[], shown: readonly ShownPart[]): boolean {
  const nonEmpty = pieces.filter((p) => p.text.length > 0).length;
  return shown.filter((s) => s.text.length > 0).length < nonEmpty || shown.some((s) => s.start > 0);
}

/** Secrets that touch the shown parts, in reading order. */
export function secretsInWindow(shown: readonly ShownPart[], findSecrets: FindSecrets): FoundSecret[] {
  const found: FoundSecret[] = [];
  for (const part of shown) {
    const from = Math.max(0, part.start - SECRET_MARGIN);
    const spans = findSecrets(from === 0 ? part.text : part.text.slice(from));
    for (const s of spans) {
      const start = s.start + from;
      const end = s.end + from;
      if (end > part.start && end > start) found.push({ messageIndex: part.messageIndex, kind: s.kind, start, end });
    }
  }
  return found;
}

/**
 * `text.slice(from)` with each hidden secret replaced by `marker` (a secret that begins
 * before `from` is hidden from `from` on).
 */
export function maskedSlice(text: string, from: number, hidden: readonly { start: number; end: number }[], marker: string): string {
  const spans = hidden.filter((s) => s.end > from).sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const s of spans) {
    const start = Math.max(s.start, at);
    if (s.end <= at) continue;
    out += text.slice(at, start) + marker;
    at = s.end;
  }
  return out + text.slice(at);
}

/** `text` with every secret `find` finds replaced by `mark` (an overlapping finding is joined to the one before). */
export function maskSecrets(text: string, find: FindSecrets, mark: string): string {
  let out = '';
  let at = 0;
  for (const s of [...find(text)].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    out += text.slice(at, Math.max(at, s.start)) + (s.start >= at ? mark : '');
    at = s.end;
  }
  return out + text.slice(at);
}
