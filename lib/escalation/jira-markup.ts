/**
 * Customer text in Jira wiki markup, shown as written. Unescaped, a customer's `[~user]` would
 * notify a Jira user, `!https://host/x.png!` would load a remote image for every reader, and
 * `{quote}` or `{noformat}` would end the block it sits in.
 */
import { splitProseAndLog } from './log-lines';

const SPECIAL = /[{}[\]!|*_+^~]/g;
const LINE_START_MARKER = /^(\s*)([*#-])/;
// Headings (h1.) and "bq." only act at a line start; an invisible character in front disarms them.
const LINE_START_WORD = /^(\s*)(h[1-6]\.|bq\.)/i;
const ZWSP = '\u200B';

/** Lone surrogates (left by a cut between the halves of an emoji) make encodeURIComponent throw. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * One line of text with every wiki-markup character escaped. A backslash becomes an entity:
 * `\\` is Jira's line break, and `\x` would hide the backslash of a Windows path.
 */
export function jiraEscapeLine(line: string): string {
  return line
    .replace(/\\/g, '&#92;')
    .replace(SPECIAL, (c) => '\\' + c)
    .replace(LINE_START_MARKER, (_, space: string, marker: string) => `${space}\\${marker}`)
    .replace(LINE_START_WORD, (_, space: string, word: string) => `${space}${ZWSP}${word}`);
}

/** Inside {noformat} nothing is markup except the closing tag itself. */
function noformatSafe(line: string): string {
  return line.replace(/\{(?=noformat\})/gi, '{' + ZWSP);
}

/**
 * Customer text as Jira wiki: prose in {quote} blocks, machine output in {noformat} blocks.
 * `cutBefore` marks the text as the end of something longer; the mark is added after the
 * lines are classified, so a cut log line still goes into {noformat}.
 */
export function jiraQuote(text: string, cutBefore = false): string {
  const out: string[] = [];
  for (const seg of splitProseAndLog(text.split('\n'))) {
    const first = out.length === 0 && cutBefore ? '…' : '';
    if (seg.kind === 'log') out.push('{noformat}', ...seg.lines.map((l, i) => (i ? '' : first) + noformatSafe(l)), '{noformat}');
    else out.push('{quote}', ...seg.lines.map((l, i) => (i ? '' : first) + jiraEscapeLine(l)), '{quote}');
  }
  return out.join('\n');
}
