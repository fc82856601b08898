import type { Language } from '../settings/schema';

/** The kinds of technical problem the team asks different accesses for (CONTEXT.md, habit 5). */
export const PROBLEM_TYPES = ['tracker', 'domains', 'affiliate', 'wordpress', 'other'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export type AccessKind = 'tracker' | 'server' | 'registrar' | 'network' | 'wpAdmin';

/**
 * "Ask for access, not for help". `other` still asks for tracker and server: escalations are
 * technical, and those two are what the team asks for any technical problem.
 */
export const ACCESS_BY_PROBLEM: Record<ProblemType, readonly AccessKind[]> = {
  tracker: ['tracker', 'server'],
  domains: ['tracker', 'server', 'registrar'],
  affiliate: ['network', 'tracker'],
  wordpress: ['tracker', 'wpAdmin'],
  other: ['tracker', 'server'],
};

const ACCESS_LABELS: Record<Language, Record<AccessKind, string>> = {
  en: {
    tracker: 'Tracker admin panel: URL, login, password',
    // Habit 6: a personal key locks every other teammate out of the server.
    server: "Server: SSH host, port, user (the team's shared public key, never a personal one)",
    registrar: 'Domain registrar (or DNS provider) account: URL, login, password',
    network: 'Affiliate network account: URL, login, password',
    wpAdmin: 'WordPress admin: URL, login, password',
  },
  ru: {
    tracker: 'Админка трекера: URL, логин, пароль',
    server: 'Сервер: SSH-хост, порт, пользователь (общий публичный ключ команды, не личный)',
    registrar: 'Аккаунт регистратора домена (или DNS-провайдера): URL, логин, пароль',
    network: 'Аккаунт в партнёрской сети: URL, логин, пароль',
    wpAdmin: 'Админка WordPress: URL, логин, пароль',
  },
};

const PROBLEM_LABELS: Record<Language, Record<ProblemType, string>> = {
  en: {
    tracker: 'tracker problem',
    domains: 'domains',
    affiliate: 'affiliate network',
    wordpress: 'WordPress',
    other: 'other',
  },
  ru: {
    tracker: 'проблема с трекером',
    domains: 'домены',
    affiliate: 'партнёрская сеть',
    wordpress: 'WordPress',
    other: 'другое',
  },
};

export function problemTypeLabel(type: ProblemType, lang: Language): string {
  return PROBLEM_LABELS[lang][type];
}

/** The accesses to request for a problem type, as labels in the order they are asked for. */
export function accessesFor(type: ProblemType, lang: Language): string[] {
  return ACCESS_BY_PROBLEM[type].map((k) => ACCESS_LABELS[lang][k]);
}

/** A checklist to paste into a Slack thread: each access unticked, so a teammate sees what is still missing. */
export function accessChecklist(type: ProblemType, lang: Language): string {
  const title = lang === 'ru' ? `Доступы (${PROBLEM_LABELS.ru[type]}):` : `Accesses (${PROBLEM_LABELS.en[type]}):`;
  return [title, ...accessesFor(type, lang).map((a) => `☐ ${a}`)].join('\n');
}

// Letter boundaries that also work for Cyrillic, where \b does not.
const word = (body: string) => new RegExp(`(?<!\\p{L})(?:${body})`, 'giu');

/** Keywords per type, ru + en; the more specific types first so they win ties. */
const KEYWORDS: readonly [ProblemType, RegExp][] = [
  ['wordpress', word('wordpress|word press|wp-admin|wp-content|wp-login|wp(?!\\p{L})|вордпресс|вордпрес|плагин|plugin')],
  ['affiliate', word('affiliate|партн[её]рк|партн[её]рск|cpa(?!\\p{L})|postback|постб[еэ]к|s2s(?!\\p{L})|offer|оффер')],
  [
    'domains',
    word(
      'domain|домен|ssl|certificate|сертификат|dns(?!\\p{L})|nameserver|cloudflare|parked|парков|registrar|регистратор|a-record|a-запис',
    ),
  ],
  [
    'tracker',
    word(
      'tracker|трекер|campaign|кампани|click|клик|report|отч[её]т|stats|статистик|clickhouse|redis|mysql|cron|крон|update|обнов|install|установ|server|сервер|landing|ленд|redirect|редирект',
    ),
  ],
];

/** How much of a (possibly huge) text to scan: problems are named at the start and the end. */
const SCAN_EDGE = 20_000;

function scanned(text: string): string {
  return text.length <= 2 * SCAN_EDGE ? text : text.slice(0, SCAN_EDGE) + '\n' + text.slice(-SCAN_EDGE);
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * A first guess of the problem type for the accesses checklist; the operator can change it.
 * Tags are the team's own classification, so a tag that names a type decides before the text.
 */
export function guessProblemType(tags: readonly string[], customerText: string): ProblemType {
  const tagText = tags.join(' ').replace(/[-_]/g, ' ');
  for (const [type, re] of KEYWORDS) if (countMatches(re, tagText) > 0) return type;
  let best: ProblemType = 'other';
  let bestCount = 0;
  const text = scanned(customerText);
  for (const [type, re] of KEYWORDS) {
    const n = countMatches(re, text);
    if (n > bestCount) {
      best = type;
      bestCount = n;
    }
  }
  return best;
}
