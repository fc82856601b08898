/**
 * The team's order when an operator needs help: search Slack and the knowledge base first, then ask
 * in `#team-cs`, and only then a thread in `#tech-questions`. This builds what the first two steps
 * need for the open dialogue: the key words, the knowledge-base search address, the Slack workspace
 * to search in, and the short `#team-cs` question with the customer quoted (inert, secrets hidden).
 */
import type { DialogueMessage } from '../carrotquest/snapshot';
import { findSecrets as detectSecrets } from '../secrets/detect';
import type { Language, Settings } from '../settings/schema';
import { maskSecrets, normalizeNewlines, type FindSecrets } from './customer-excerpt';
import { kbSearchUrl } from './kb-template';
import { keyWords } from './key-words';
import { slackQuoteLines, fitTail } from './slack-quote';
import { linkText } from './slack-draft';
import { slackChannelLinks, type SlackChannelLinks } from './slack-links';

/** A question in `#team-cs` is read in passing: the quote is the customer's latest words, not the log. */
const TEAM_QUOTE_BUDGET = 600;
const TEAM_QUOTE_MESSAGES = 3;

/**
 * The team's Slack workspace in the browser. Slack documents no address that opens a search, so the
 * sidebar copies the words and opens the workspace, where the operator pastes them into the search.
 */
export function slackWorkspaceUrl(teamId: string): string | null {
  const team = teamId.trim();
  return /^T[A-Z0-9]{2,}$/.test(team) ? `https://app.slack.com/client/${encodeURIComponent(team)}` : null;
}

const TEXT = {
  en: {
    question: '(your question: what you tried and what you need)',
    customer: 'The customer wrote:',
    dialogue: 'Dialogue: ',
    noLink: '(copy the dialogue link and paste it here)',
    secret: '[secret hidden]',
  },
  ru: {
    question: '(ваш вопрос: что уже пробовали и что нужно)',
    customer: 'Клиент пишет:',
    dialogue: 'Диалог: ',
    noLink: '(скопируйте ссылку на диалог и вставьте сюда)',
    secret: '[секрет скрыт]',
  },
} as const;

export interface TeamQuestionInput {
  messages: readonly DialogueMessage[];
  link: string | null;
  lang: Language;
  findSecrets?: FindSecrets;
}

/**
 * The `#team-cs` question: a line for the operator's own question, the customer's latest words quoted
 * with `> ` (made inert for Slack as in the escalation draft; secrets always hidden), the dialogue link.
 */
export function teamQuestion(input: TeamQuestionInput): string {
  const t = TEXT[input.lang];
  const find = input.findSecrets ?? detectSecrets;
  const texts = input.messages
    .filter((m) => m.fromCustomer && m.text.trim())
    .slice(-TEAM_QUOTE_MESSAGES)
    .map((m) => maskSecrets(normalizeNewlines(m.text), find, t.secret));
  const quote = fitTail(texts.flatMap(slackQuoteLines), TEAM_QUOTE_BUDGET).lines;
  const link = t.dialogue + (input.link ? linkText(input.link) : t.noLink);
  return [t.question, ...(quote.length ? [t.customer, ...quote] : []), link].join('\n');
}

export interface SearchHelpInput {
  messages: readonly DialogueMessage[];
  link: string | null;
  settings: { slack: Pick<Settings['slack'], 'teamId'>; help: Pick<Settings['help'], 'kbSearchUrl' | 'teamChannelId'> };
  lang: Language;
}

export interface SearchHelp {
  /** What to search for; empty when the customer wrote nothing searchable. */
  query: string;
  /** Null without a team id (`slack.teamId`). */
  slackUrl: string | null;
  /** Null without a knowledge-base template (`help.kbSearchUrl`) or without a query. */
  kbUrl: string | null;
  /** The `#team-cs` question to paste. */
  question: string;
  /** `#team-cs` itself; null without its id (`help.teamChannelId`), then the workspace opens. */
  teamChannel: SlackChannelLinks | null;
}

export function searchHelp(input: SearchHelpInput): SearchHelp {
  // Key words are copied to the clipboard and put in addresses: a pasted token must never be among them.
  const masked = input.messages.map((m) => (m.fromCustomer ? { ...m, text: maskSecrets(m.text, detectSecrets, ' ') } : m));
  const query = keyWords(masked);
  const { teamId } = input.settings.slack;
  const { kbSearchUrl: template, teamChannelId } = input.settings.help;
  return {
    query,
    slackUrl: slackWorkspaceUrl(teamId),
    kbUrl: kbSearchUrl(template, query),
    question: teamQuestion({ messages: input.messages, link: input.link, lang: input.lang }),
    teamChannel: slackChannelLinks({ teamId, channelId: teamChannelId }),
  };
}
