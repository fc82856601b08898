/**
 * Text → tokens for the tag suggester, Russian and English.
 * Every token keeps the span of the customer's text it came from, so a suggestion can say why.
 */
import { foldMixedScript } from './mixed-script';
import { stemEnglish } from './stem-english';
import { stemRussian } from './stem-russian';

export interface Token {
  /** What word features are built from: a stem, or a placeholder such as `__url`. */
  term: string;
  /** The lower-case, script-folded word before stemming; empty for placeholders (no char n-grams). */
  word: string;
  /** The customer's own spelling, for explanations. */
  surface: string;
  /** Which line of the text the token came from; bigrams do not cross lines. */
  line: number;
}

/**
 * A pasted 1 MB log must not stall the service worker. The question is nearly always at the start,
 * and a closing line ("...and then it fails") at the end, so the middle is what gets cut.
 */
export const MAX_HEAD_CHARS = 12_000;
export const MAX_TAIL_CHARS = 3_000;
/** Lines that look like logs, stack traces or code keep only a few words each, and only this many overall. */
const LOG_WORDS_PER_LINE = 3;
const LOG_WORDS_TOTAL = 24;
/** Very long lines without breaks (minified JSON, base64) are judged on their start. */
const LINE_SAMPLE = 400;

export function capLength(text: string): string {
  if (text.length <= MAX_HEAD_CHARS + MAX_TAIL_CHARS) return text;
  return `${text.slice(0, MAX_HEAD_CHARS)}\n${text.slice(text.length - MAX_TAIL_CHARS)}`;
}

/** Lower case, NFKC, ё → е: the form two spellings of one word share. */
export function normalizeWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

const TLDS =
  'com|net|org|info|biz|io|co|me|app|dev|xyz|top|pro|site|online|club|store|shop|tech|cloud|space|live|link|click|us|uk|de|fr|nl|es|it|pl|cz|ua|kz|by|uz|ru|su|рф|eu|in|br|tr|vn|id|cn|jp|tv|cc|ws|ly|gg|ai';
/**
 * One pass over a line; at each position the first alternative that matches wins:
 * e-mail, URL with a scheme or www, bare host name, file path, number (possibly glued to letters), word.
 * File paths ("/var/www/html/index.php", "C:\tracker\logs") say little beyond being paths.
 */
const TOKEN = new RegExp(
  [
    String.raw`([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
    String.raw`((?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'` + '`' + String.raw`«»()[\]{}]+)`,
    String.raw`((?:[\p{L}\p{N}-]+\.)+(?:${TLDS})(?![\p{L}\p{N}])(?::\d+)?(?:\/[^\s<>"'` + '`' + String.raw`«»()]*)?)`,
    String.raw`((?:[a-z]:)?(?:[\\\/][\p{L}\p{N}._~-]+){2,}[\\\/]?)`,
    String.raw`(\p{N}+\p{L}[\p{L}\p{M}\p{N}_]*)`,
    String.raw`(\p{N}+(?:[.,:\/-]\p{N}+)*)`,
    String.raw`(\p{L}[\p{L}\p{M}\p{N}_]*(?:['’]\p{L}+)?)`,
  ].join('|'),
  'giu',
);

/** English contractions spelled out, so "didn't", "didnt" and "did not" meet; negation matters for intent. */
const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  cant: ['can', 'not'],
  "won't": ['will', 'not'],
  wont: ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "i'm": ['i', 'am'],
  im: ['i', 'am'],
};
const NT_WORDS = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'could',
  'would',
  'should',
  'must',
  'need',
  'might',
]);
const CLITICS: Record<string, string | null> = { "'s": null, "'ve": 'have', "'re": 'are', "'ll": 'will', "'d": 'would' };

function expandEnglish(word: string): string[] {
  const fixed = CONTRACTIONS[word];
  if (fixed) return fixed;
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  // "didnt", "doesnt": common without the apostrophe
  if (word.endsWith('nt') && NT_WORDS.has(word.slice(0, -2))) return [word.slice(0, -2), 'not'];
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) {
    const clitic = CLITICS[word.slice(apostrophe)];
    const head = word.slice(0, apostrophe);
    if (clitic === undefined) return [word.replace(/'/g, '')];
    return clitic ? [head, clitic] : [head];
  }
  return [word];
}

/** The stem of one normalised word in its own language; other scripts and words with digits stay whole. */
export function stem(word: string): string {
  if (/^[а-я]+$/.test(word)) return stemRussian(word);
  if (/^[a-z']+$/.test(word)) return stemEnglish(word);
  return word;
}

function registrableDomain(hostish: string): string {
  const host = hostish
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[/:?#].*$/, '')
    .toLowerCase()
    .replace(/^www\./, '');
  const labels = host.split('.').filter(Boolean);
  return labels.slice(-2).join('.');
}

/** Characters that machine text is full of and prose rarely has; a line without them is prose. */
const MACHINE_CHARS = /[\d/\\{}[\]=;<>$#|_]/;

/** Signals of machine text in one line: timestamps, paths, hex, JSON/code punctuation. */
export function looksLikeLog(line: string): boolean {
  const s = line.length > LINE_SAMPLE ? line.slice(0, LINE_SAMPLE) : line;
  const trimmed = s.trim();
  if (trimmed.length < 20 || !MACHINE_CHARS.test(trimmed)) return false;
  if (
    /^(?:at\s+[\w.$<>]+\s*\(|#\d+\s+[/\\\w{]|File\s+"|Traceback\b|Stack trace:|\[\d{4}-\d\d-\d\d|\d{4}-\d\d-\d\d[ T]\d\d:\d\d)/.test(
      trimmed,
    )
  ) {
    return true;
  }
  let signals = 0;
  if (/\d{4}-\d\d-\d\d[ T]\d\d:\d\d|\d\d:\d\d:\d\d/.test(s)) signals++;
  if (/(?:\/[\w.-]+){3,}|(?:\\[\w.-]+){3,}/.test(s)) signals++;
  if (/\b[0-9a-f]{12,}\b/i.test(s)) signals++;
  if (/[{[]\s*"[^"]+"\s*:/.test(s)) signals++;
  if (/(?:=>|::|->|\$\w+|;\s*$|\w\(\)|<\/?\w+[^>]*>)/.test(s)) signals++;
  const letters = trimmed.replace(/[^\p{L}]+/gu, '').length;
  const symbols = trimmed.replace(/[\p{L}\s]+/gu, '').length;
  const symbolShare = symbols / Math.max(1, letters + symbols);
  if (symbolShare > 0.35) signals++;
  if (symbolShare > 0.5) signals++;
  return signals >= 2;
}

/**
 * Splits text into tokens. Never throws; empty, emoji-only or punctuation-only text gives [].
 */
export function tokenize(input: string): Token[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const text = capLength(input).normalize('NFKC');
  const tokens: Token[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let logWords = 0;
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo]!;
    if (!line) continue;
    const isLog = looksLikeLog(line);
    if (isLog && logWords >= LOG_WORDS_TOTAL) continue;
    const out: Token[] = [];
    scanLine(line, lineNo, out);
    if (isLog) {
      // Keep the few plain words of a log line ("fatal", "error", "timeout"), not its ids and paths.
      const words = out.filter((t) => t.word.length >= 3 && /^\p{L}+$/u.test(t.word)).slice(0, LOG_WORDS_PER_LINE);
      const kept = words.slice(0, LOG_WORDS_TOTAL - logWords);
      logWords += kept.length;
      tokens.push(...kept);
    } else {
      tokens.push(...out);
    }
  }
  return tokens;
}

function scanLine(line: string, lineNo: number, out: Token[]): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    // groups, in TOKEN's order: 1 e-mail, 2 url, 3 host, 4 path, 5 glued, 6 number, 7 word
    if (m[7] !== undefined || m[5] !== undefined) {
      // a number glued to letters ("2fa") is a word, not a quantity
      pushWord(m[0], lineNo, out);
    } else if (m[6] !== undefined) {
      out.push({ term: '__num', word: '', surface: m[0], line: lineNo });
    } else if (m[1] !== undefined) {
      out.push({ term: '__email', word: '', surface: m[0], line: lineNo });
    } else if (m[4] !== undefined) {
      out.push({ term: '__path', word: '', surface: m[0], line: lineNo });
    } else {
      const clean = m[0].replace(/[.,;:!?]+$/, '');
      TOKEN.lastIndex = m.index + Math.max(1, clean.length);
      out.push({ term: '__url', word: '', surface: clean, line: lineNo });
      const domain = registrableDomain(clean);
      if (domain) out.push({ term: `__host:${domain}`, word: '', surface: clean, line: lineNo });
    }
  }
}

/** Word analysis is the costly part and customers reuse words; a bounded cache keeps training fast. */
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, { term: string; word: string }[]>();

function analyseWord(surface: string): { term: string; word: string }[] {
  const cached = wordCache.get(surface);
  if (cached) return cached;
  const normal = normalizeWord(surface).replace(/’/g, "'");
  const { word, script } = foldMixedScript(normal);
  const parts = script === 'latin' ? expandEnglish(word) : [word.replace(/'/g, '')];
  const analysed = parts.filter(Boolean).map((part) => ({ term: stem(part), word: part }));
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(surface, analysed);
  return analysed;
}

function pushWord(surface: string, lineNo: number, out: Token[]): void {
  for (const { term, word } of analyseWord(surface)) out.push({ term, word, surface, line: lineNo });
}

/** Tokens of several texts (one dialogue's messages) in one sequence; bigrams never join two messages. */
export function tokenizeTexts(texts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let lineBase = 0;
  for (const text of texts) {
    let maxLine = 0;
    for (const t of tokenize(text)) {
      if (t.line > maxLine) maxLine = t.line;
      t.line += lineBase;
      tokens.push(t);
    }
    lineBase += maxLine + 1;
  }
  return tokens;
}
