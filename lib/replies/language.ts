import type { DialogueMessage } from '../carrotquest/snapshot';
import type { Language, Reply } from '../settings/schema';

/**
 * Which language to answer in, from the customer's own messages. Pasted logs, URLs and code are
 * English whoever pastes them, so they are left out; Russian speakers also write English product
 * words (tracker, postback, landing) while English speakers never write Cyrillic, so a Latin letter
 * counts for less than a Cyrillic one.
 */

const LATIN_WEIGHT = 0.5;
/** Each older customer message counts this much less than the one after it. */
const RECENCY_DECAY = 0.6;
/** Below this many letters a message ("ok", "?") barely says anything about the language. */
const SHORT_MESSAGE_LETTERS = 12;

// Lines of a pasted log or stack trace (PHP, nginx, ClickHouse), not words the customer wrote.
const LOG_LINE =
  /^\s*(?:\[[^\]\n]*\]\s*|\d{4}[-/]\d\d[-/]\d\d[ T][\d:.]+\s*)?(?:PHP\s+)?(?:Fatal error|Parse error|Warning:|Notice:|Deprecated:|Uncaught|Stack trace|Code: \d+|DB::Exception|#\d+\s|at\s+\S+\(|\w+(?:Exception|Error):|\[(?:error|crit|warn)\]).*$|^.*\bon line \d+.*$/gim;

function prose(text: string): string {
  return text
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/(?:^|\s)[/~][\w./-]+/g, ' ')
    .replace(LOG_LINE, (line) => (/[А-Яа-яЁё]/.test(line) ? line : ' '));
}

/** Share of Russian in one text, 0..1, and how many letters it was measured on. */
function russianShare(text: string): { share: number; letters: number } {
  const clean = prose(text);
  const cyrillic = (clean.match(/[А-Яа-яЁё]/g) ?? []).length;
  const latin = (clean.match(/[A-Za-z]/g) ?? []).length;
  const letters = cyrillic + latin;
  if (!letters) return { share: 0.5, letters: 0 };
  return { share: cyrillic / (cyrillic + latin * LATIN_WEIGHT), letters };
}

export function dialogueLanguage(messages: readonly DialogueMessage[], fallback: Language): Language {
  const customer = messages.filter((m) => m.fromCustomer && m.text.trim());
  let weighted = 0;
  let total = 0;
  let weight = 1;
  for (const { text } of customer.toReversed()) {
    const { share, letters } = russianShare(text);
    if (letters) {
      const w = weight * Math.min(1, letters / SHORT_MESSAGE_LETTERS);
      weighted += w * share;
      total += w;
    }
    weight *= RECENCY_DECAY;
  }
  if (!total) return fallback;
  const ru = weighted / total;
  if (Math.abs(ru - 0.5) < 1e-9) return fallback;
  return ru > 0.5 ? 'ru' : 'en';
}

function present(s: string | undefined): s is string {
  return !!s && s.trim() !== '';
}

/** The reply's text in `lang`, else in the other language, else ''. */
export function pickText(reply: Pick<Reply, 'text'>, lang: Language): string {
  const other: Language = lang === 'ru' ? 'en' : 'ru';
  return present(reply.text[lang]) ? reply.text[lang]! : present(reply.text[other]) ? reply.text[other]! : '';
}

/** The reply's title in `lang`, else in the other language, else its id. */
export function pickTitle(reply: Pick<Reply, 'title' | 'id'>, lang: Language): string {
  const other: Language = lang === 'ru' ? 'en' : 'ru';
  return present(reply.title[lang]) ? reply.title[lang]! : present(reply.title[other]) ? reply.title[other]! : reply.id;
}
