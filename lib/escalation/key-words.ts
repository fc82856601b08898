/**
 * The words to search Slack and the knowledge base for before asking anyone: the error the customer
 * quoted when there is one (an exception name, or a line that reads as an error), otherwise the
 * customer's own distinctive words, newest messages first, without the words every message has.
 */
import type { DialogueMessage } from '../carrotquest/snapshot';

/** Enough words for a search box; more only narrows a search to nothing. */
export const KEY_WORDS_MAX = 6;
/** An error line longer than this is cut at a word: search boxes match its start anyway. */
const ERROR_MAX = 100;
/** The customer messages looked at, newest first. */
const MESSAGES_LOOKED_AT = 5;

// prettier-ignore
const STOP_WORDS = new Set([
  // ru
  'и', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'за', 'из', 'у', 'о', 'об', 'от', 'до', 'для', 'а', 'но', 'или',
  'что', 'чтобы', 'это', 'этот', 'эта', 'эти', 'как', 'так', 'то', 'же', 'ли', 'бы', 'мы', 'вы', 'я', 'он', 'она',
  'они', 'нас', 'вас', 'мне', 'меня', 'нам', 'вам', 'наш', 'ваш', 'мой', 'моя', 'мои', 'наши', 'ваши', 'его', 'ее',
  'её', 'их', 'уже', 'еще', 'ещё', 'там', 'тут', 'вот', 'не', 'нет', 'да', 'при', 'если', 'когда', 'где', 'почему',
  'все', 'всё', 'всех', 'только', 'очень', 'можно', 'нужно', 'надо', 'есть', 'был', 'была', 'было', 'были', 'будет',
  'может', 'могу', 'можете', 'сейчас', 'снова', 'опять', 'который', 'которые', 'также', 'тоже', 'какой', 'какая',
  'здравствуйте', 'привет', 'добрый', 'доброе', 'день', 'вечер', 'утро', 'пожалуйста', 'подскажите', 'спасибо',
  'помогите', 'помочь', 'вопрос', 'проблема', 'ну', 'вообще', 'просто', 'хочу', 'хотим', 'сделать',
  // en
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'is', 'are', 'was',
  'were', 'be', 'been', 'it', 'its', "it's", 'this', 'that', 'these', 'those', 'we', 'i', "i'm", 'you', 'our', 'my',
  'your', 'me', 'us', 'they', 'them', 'there', 'here', 'so', 'just', 'hi', 'hello', 'hey', 'please', 'have', 'has',
  'had', 'do', 'does', 'did', "don't", "doesn't", "can't", 'not', 'no', 'yes', 'can', 'could', 'would', 'should',
  'will', 'when', 'what', 'why', 'how', 'where', 'which', 'who', 'if', 'then', 'than', 'also', 'again', 'still',
  'all', 'any', 'some', 'get', 'got', 'after', 'before', 'now', 'thanks', 'thank', 'help', 'need', 'issue',
  'problem', 'question', 'very', 'too', 'into', 'about', 'up', 'out', 'want',
]);

/** A word a search should keep: letters (any script) or digits, with inner dots, dashes or underscores. */
const WORD = /[\p{L}\p{N}]+(?:[._'’-][\p{L}\p{N}]+)*/gu;
/** An exception or error class name: `PDOException`, `TypeError`, `ERR_CONNECTION_REFUSED`. */
const ERROR_NAME = /\b(?:[A-Z][A-Za-z]*(?:Exception|Error)|ERR_[A-Z_]{3,}|SQLSTATE\[[0-9A-Z]+\])/;
/** An HTTP error as the customer saw it: `502 Bad Gateway`, `HTTP 404 Not Found`. */
const HTTP_ERROR = /\b(?:HTTP\/?[\d.]* )?[45]\d\d(?: (?:[A-Z][a-z]+|of|to)){1,4}\b/;
/** Addresses, emails and IPs name this customer's setup, not the problem: no search finds them elsewhere. */
const OWN_DETAILS = /\bhttps?:\/\/\S+|[^\s@]+@[^\s@]+|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g;
/** A line that reads as an error message, in either language. */
const ERROR_LINE = /\b(?:error|exception|fatal|failed|warning|denied|refused|timed? ?out)\b|ошибк|не удалось|отказано/i;

function customerTexts(messages: readonly DialogueMessage[]): string[] {
  return messages
    .filter((m) => m.fromCustomer && m.text.trim())
    .slice(-MESSAGES_LOOKED_AT)
    .map((m) => m.text)
    .reverse();
}

function cutAtWord(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * A quoted or pasted error, when the customer gave one: the line carrying an exception name, else an HTTP
 * error, else a quoted error-like line.
 */
export function errorText(messages: readonly DialogueMessage[]): string | null {
  const lines = customerTexts(messages).flatMap((t) => t.split('\n').map((l) => l.trim()));
  const byName = lines.find((l) => ERROR_NAME.test(l));
  if (byName) {
    // The exception's own line from its name onwards: the words before it are usually the customer's ("I see").
    const at = byName.search(ERROR_NAME);
    return cutAtWord(stripQuotes(byName.slice(at)), ERROR_MAX);
  }
  for (const l of lines) {
    const http = HTTP_ERROR.exec(l)?.[0];
    if (http) return http;
  }
  // A quoted error ("…" or `…`) says exactly what to look for.
  for (const l of lines) {
    const quoted = /["«“`']([^"»”`']{6,})["»”`']/.exec(l)?.[1];
    if (quoted && ERROR_LINE.test(quoted)) return cutAtWord(quoted.trim(), ERROR_MAX);
  }
  return null;
}

function stripQuotes(s: string): string {
  return s.replace(/^[\s"«“`']+|[\s"»”`'.,;:]+$/g, '');
}

/** The customer's distinctive words, newest first, each once. */
export function distinctiveWords(messages: readonly DialogueMessage[], max = KEY_WORDS_MAX): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of customerTexts(messages)) {
    for (const m of text.replace(OWN_DETAILS, ' ').matchAll(WORD)) {
      const word = m[0];
      const key = word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");
      // Single letters and bare short numbers say nothing; a long number (an error code, a port) does.
      if (key.length < 3 && !/^\d{3,}$/.test(key)) continue;
      if (STOP_WORDS.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push(word);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** What to type into a search box for this dialogue; empty when the customer wrote nothing to search for. */
export function keyWords(messages: readonly DialogueMessage[]): string {
  return errorText(messages) ?? distinctiveWords(messages).join(' ');
}
