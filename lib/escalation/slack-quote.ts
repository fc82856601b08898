/**
 * Customer text as Slack mrkdwn (paste form): prose quoted with `> ` on every line, machine
 * output in ``` blocks, everything inert, and the whole fitted into a character budget.
 */
import { maskedSlice, type FoundSecret, type ShownPart } from './customer-excerpt';
import { splitProseAndLog } from './log-lines';
import { inertForPaste } from './slack-text';

const FENCE = '```';
const ELLIPSIS = '…';
/** A partial line shorter than this says nothing; better to drop it. */
const MIN_PARTIAL = 24;

function trimBlankEdges(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]?.trim() === '') a++;
  while (b > a && lines[b - 1]?.trim() === '') b--;
  return lines.slice(a, b);
}

/** One customer text as Slack lines. */
export function slackQuoteLines(text: string): string[] {
  const out: string[] = [];
  for (const seg of splitProseAndLog(trimBlankEdges(text.split('\n')))) {
    if (seg.kind === 'log') out.push(FENCE, ...seg.lines.map(inertForPaste), FENCE);
    else for (const line of seg.lines) out.push(`> ${inertForPaste(line)}`);
  }
  return out;
}

function joinedLength(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) n += l.length + 1;
  return Math.max(0, n - 1);
}

/** Drops a lone low surrogate a cut may leave at the start. */
function fromCodePointBoundary(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 0xdc00 && c <= 0xdfff ? s.slice(1) : s;
}

/**
 * The last lines that fit in `budget` characters (joined with newlines). A cut inside a code
 * block reopens it, so what is kept still renders as code and later text is not swallowed.
 */
export function fitTail(lines: readonly string[], budget: number): { lines: string[]; cut: boolean } {
  if (joinedLength(lines) <= budget) return { lines: [...lines], cut: false };
  const room = budget - (FENCE.length + 1);
  // `used` counts the kept lines and the newlines between them.
  let used = 0;
  let k = lines.length;
  const cost = (i: number) => (lines[i]?.length ?? 0) + (k < lines.length ? 1 : 0);
  while (k > 0 && used + cost(k - 1) <= room) {
    used += cost(k - 1);
    k--;
  }
  const kept = lines.slice(k);
  let first = k;
  const spare = room - used - (kept.length ? 1 : 0);
  const partialOf = lines[k - 1];
  if (partialOf !== undefined && partialOf !== FENCE && spare >= MIN_PARTIAL) {
    const quoted = partialOf.startsWith('> ');
    const prefix = (quoted ? '> ' : '') + ELLIPSIS;
    const tail = fromCodePointBoundary(partialOf.slice(partialOf.length - (spare - prefix.length)));
    kept.unshift(prefix + tail);
    first = k - 1;
  }
  let inCode = false;
  for (let i = 0; i < first; i++) if (lines[i] === FENCE) inCode = !inCode;
  if (inCode) {
    if (kept[0] === FENCE) kept.shift();
    else kept.unshift(FENCE);
  }
  return { lines: kept, cut: true };
}

/** Marks the first content line as continuing earlier text; after splitting, so a cut log line still reads as log. */
function markCut(lines: string[]): void {
  const i = lines[0] === FENCE ? 1 : 0;
  const line = lines[i];
  if (line === undefined) return;
  lines[i] = line.startsWith('> ') ? `> ${ELLIPSIS}${line.slice(2)}` : ELLIPSIS + line;
}

/**
 * The shown parts of the customer's messages as one Slack text, secrets in `hidden` replaced
 * by `marker`, at most `budget` characters; `cut` when the budget dropped anything.
 */
export function renderSlackQuote(
  shown: readonly ShownPart[],
  hidden: readonly FoundSecret[],
  marker: string,
  budget: number,
): { text: string; cut: boolean } {
  const lines: string[] = [];
  for (const part of shown) {
    const own = hidden.filter((s) => s.messageIndex === part.messageIndex);
    const body = maskedSlice(part.text, part.start, own, marker);
    const partLines = slackQuoteLines(body);
    if (part.start > 0) markCut(partLines);
    if (!partLines.length) continue;
    // An empty quoted line keeps messages apart inside one quote.
    if (lines.length) lines.push('> ');
    lines.push(...partLines);
  }
  const fitted = fitTail(lines, budget);
  return { text: fitted.lines.join('\n'), cut: fitted.cut };
}
