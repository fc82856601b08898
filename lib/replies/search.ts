import type { Language, Reply } from '../settings/schema';

/**
 * The reply picker's search: the operator types a few letters in either language and the fitting
 * reply comes first. Words match by prefix ("возв" finds «возврат»), ignoring case and ё/е; a word
 * the operator typed in full with a different ending («возврата») still finds its stem.
 */

const WORD = /[\p{L}\p{N}]+/gu;

export function searchWords(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? [];
}

/** How well a query word matches a text word: 1 exact, 0.8 prefix, 0.6 same stem, 0 none. */
function wordMatch(query: string, word: string): number {
  if (word === query) return 1;
  if (word.startsWith(query)) return 0.8;
  // Different endings of one word: long shared beginning, only the last few letters differ.
  if (query.length >= 5 && word.length >= 4) {
    let common = 0;
    while (common < query.length && common < word.length && query[common] === word[common]) common++;
    if (common >= 4 && common >= Math.max(query.length, word.length) - 3) return 0.6;
  }
  return 0;
}

interface Field {
  words: string[];
  weight: number;
}

function fields(reply: Reply, lang: Language): Field[] {
  const other: Language = lang === 'ru' ? 'en' : 'ru';
  // Titles say what a reply is for; keywords were chosen for search; the body matches by chance.
  return [
    { words: searchWords(reply.title[lang] ?? ''), weight: 3 },
    { words: searchWords(reply.title[other] ?? ''), weight: 2.7 },
    { words: searchWords([...reply.keywords, reply.id].join(' ')), weight: 2.5 },
    { words: searchWords(reply.text[lang] ?? ''), weight: 1 },
    { words: searchWords(reply.text[other] ?? ''), weight: 0.9 },
  ];
}

function scoreWord(query: string, replyFields: Field[]): number {
  let best = 0;
  for (const f of replyFields) {
    for (const w of f.words) {
      const m = wordMatch(query, w);
      if (m) best = Math.max(best, m * f.weight);
    }
  }
  return best;
}

/**
 * Replies matching the query, best first: a reply matching more of the query's words wins, then
 * the better matches, then library order. An empty query gives every reply in library order.
 */
export function searchReplies(replies: readonly Reply[], query: string, lang: Language): Reply[] {
  const words = searchWords(query);
  if (!words.length) return [...replies];
  const ranked = replies.map((reply, index) => {
    const f = fields(reply, lang);
    const scores = words.map((w) => scoreWord(w, f));
    return { reply, index, matched: scores.filter((s) => s > 0).length, score: scores.reduce((a, b) => a + b, 0) };
  });
  return ranked
    .filter((r) => r.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.index - b.index)
    .map((r) => r.reply);
}
