/**
 * A SUPPORT task in the team's format (CONTEXT.md, habit 13), opened through Jira's
 * "create issue" page with the fields prefilled:
 * `${baseUrl}/secure/CreateIssueDetails!init.jspa?pid=..&issuetype=..&summary=..&description=..`.
 * The assignee is never set: the guidelines leave it empty unless known, and the operator knows
 * better than a guess.
 *
 * URL length. Jira Server and Data Center run on Tomcat, whose default limit for the request
 * line plus headers is 8 KB, and the browser adds cookies to that; proxies in front of Jira
 * Cloud have similar limits. A URL of at most JIRA_URL_LIMIT (6,000) characters leaves room
 * for them. Russian text costs six URL characters a letter, so a long description does not
 * fit: then the URL carries only the summary (`descriptionInUrl: false`) and the caller puts
 * the description on the clipboard.
 */
import type { CustomerInfo, DialogueMessage } from '../carrotquest/snapshot';
import { findSecrets as detectSecrets } from '../secrets/detect';
import type { Language, Settings } from '../settings/schema';
import { accessesFor, problemTypeLabel, type ProblemType } from './access';
import {
  maskedSlice,
  normalizeNewlines,
  secretsInWindow,
  tailWindow,
  windowCutsText,
  type CustomerPiece,
  type FindSecrets,
  maskSecrets,
} from './customer-excerpt';
import { jiraEscapeLine, jiraQuote, wellFormed } from './jira-markup';

export const JIRA_URL_LIMIT = 6000;
export const SUMMARY_MAX_WORDS = 6;
/** Jira refuses a summary over 255 characters; six very long "words" could exceed it. */
const SUMMARY_MAX_CHARS = 255;
/** How much of the customer's text the description quotes (the latest part). */
export const JIRA_QUOTE_BUDGET = 8000;

export interface JiraBackground {
  specialSettings?: string;
  permissions?: string;
  browser?: string;
  trackerVersion?: string;
  installationType?: string;
}

export interface JiraTaskInput {
  jira: Settings['jira'];
  lang: Language;
  /** The operator's summary; cut to six words. Derived from the problem or tag when empty. */
  summary?: string;
  mainTag?: string | null;
  problemType: ProblemType;
  /** The operator's description of the problem (the Slack problem line). */
  problem?: string;
  /** Whose name and email must never reach the summary (a task title is seen far beyond the team). */
  customer?: CustomerInfo;
  dialogueLink: string | null;
  /** The dialogue's messages; only the customer's are quoted. Secrets are always hidden. */
  messages: readonly DialogueMessage[];
  background?: JiraBackground;
  steps?: readonly string[];
  actualResult?: string;
  expectedResult?: string;
  findSecrets?: FindSecrets;
}

export interface JiraTask {
  summary: string;
  description: string;
  /** Null when the Jira settings are incomplete (see `missing`). */
  url: string | null;
  descriptionInUrl: boolean;
  /** Settings paths to fill in before a link can be made. */
  missing: string[];
}

const TEXT = {
  en: {
    fill: '(fill in)',
    // No brackets: they would show up escaped in the wiki source.
    secret: '(secret hidden)',
    noMessage: '(the customer wrote no text in this dialogue)',
    noLink: '(paste the link to the dialogue)',
    shortened: (n: number) => `(shortened: the latest ${n} characters; all of it in the dialogue)`,
    customerProblem: 'Customer problem',
  },
  ru: {
    fill: '(заполнить)',
    secret: '(секрет скрыт)',
    noMessage: '(клиент не написал в диалоге текста)',
    noLink: '(вставьте ссылку на диалог)',
    shortened: (n: number) => `(сокращено: последние ${n} символов; целиком в диалоге)`,
    customerProblem: 'Проблема клиента',
  },
} as const;

/** Invisible characters the Slack side adds are noise in Jira. */
function plain(text: string): string {
  return text.replace(/[\u2060\u200B]/g, '');
}

/** At most six words, one line, within Jira's summary limit. */
export function sixWordSummary(text: string): string {
  const words = plain(text).split(/\s+/).filter(Boolean).slice(0, SUMMARY_MAX_WORDS);
  return wellFormed(words.join(' ').slice(0, SUMMARY_MAX_CHARS));
}

/** The operator's words, without the "[tag] Name (email): " older drafts started with. */
function problemWords(problem: string): string {
  return plain(problem)
    .replace(/^\s*\[[^\]\n]*\][^:\n]*:\s*/, '')
    .trim();
}

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Takes personal data out of a summary: any email address, and the customer's name (whole or any of its
 * words of three letters or more), with the punctuation left dangling around them.
 */
export function withoutPersonalData(text: string, customer: CustomerInfo = {}): string {
  let out = plain(text).replace(EMAIL, ' ');
  const name = customer.name?.trim();
  if (name) {
    const words = [name, ...name.split(/\s+/).filter((w) => w.length >= 3)];
    for (const w of words) out = out.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}(?=$|[^\\p{L}\\p{N}])`, 'giu'), '$1 ');
  }
  return out
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+([:,;.])/g, '$1')
    .replace(/^[\s:,;.\-–—]+|[\s:,;\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The summary when the operator wrote none: the tag, then the operator's problem words; never who the customer is. */
function defaultSummary(input: JiraTaskInput): string {
  const t = TEXT[input.lang];
  const tag = input.mainTag?.trim() ?? '';
  const words = input.problem ? withoutPersonalData(problemWords(input.problem), input.customer) : '';
  if (words) return tag && !words.toLowerCase().includes(tag.toLowerCase()) ? `${tag}: ${words}` : words;
  const label = problemTypeLabel(input.problemType, input.lang);
  const type = input.problemType === 'other' ? t.customerProblem : label.charAt(0).toUpperCase() + label.slice(1);
  return tag ? `${type}: ${tag}` : type;
}

function customerQuote(input: JiraTaskInput): string {
  const t = TEXT[input.lang];
  const pieces: CustomerPiece[] = [];
  input.messages.forEach((m, messageIndex) => {
    const text = normalizeNewlines(m.text);
    if (m.fromCustomer && text.trim()) pieces.push({ messageIndex, text });
  });
  if (!pieces.length) return t.noMessage;
  const shown = tailWindow(pieces, JIRA_QUOTE_BUDGET);
  // A task URL lands in browser history and server logs, so secrets are hidden with no opt-in.
  const secrets = secretsInWindow(shown, input.findSecrets ?? detectSecrets);
  const blocks = shown.map((part) => {
    const own = secrets.filter((s) => s.messageIndex === part.messageIndex);
    const body = maskedSlice(part.text, part.start, own, t.secret).replace(/^\n+|\n+$/g, '');
    return jiraQuote(body, part.start > 0);
  });
  const quote = blocks.join('\n');
  return windowCutsText(pieces, shown) ? `${t.shortened(JIRA_QUOTE_BUDGET)}\n${quote}` : quote;
}

function field(value: string | undefined, fill: string): string {
  const v = value?.trim();
  return v ? jiraEscapeLine(plain(v).replace(/\s+/g, ' ')) : fill;
}

/**
 * The operator's own fields with secrets hidden too: a problem line typed from a customer's
 * message can carry the customer's password, and the task URL lands in history and server logs.
 */
function withOperatorSecretsHidden(input: JiraTaskInput): JiraTaskInput {
  const find = input.findSecrets ?? detectSecrets;
  const mark = TEXT[input.lang].secret;
  const hide = (text: string | undefined) => (text ? maskSecrets(text, find, mark) : text);
  const bg = input.background ?? {};
  return {
    ...input,
    summary: hide(input.summary),
    problem: hide(input.problem),
    mainTag: input.mainTag ? hide(input.mainTag) : input.mainTag,
    background: Object.fromEntries(Object.entries(bg).map(([k, v]) => [k, hide(v)])) as JiraBackground,
    steps: input.steps?.map((step) => hide(step) ?? ''),
    actualResult: hide(input.actualResult),
    expectedResult: hide(input.expectedResult),
  };
}

export function jiraDescription(input: JiraTaskInput): string {
  return describe(withOperatorSecretsHidden(input));
}

function describe(input: JiraTaskInput): string {
  const t = TEXT[input.lang];
  const bg = input.background ?? {};
  const steps = (input.steps ?? []).map((s) => s.trim()).filter(Boolean);
  const problem = input.problem ? problemWords(input.problem) : '';
  const link = input.dialogueLink?.trim();
  const lines = [
    ...(problem ? [problem.split('\n').map(jiraEscapeLine).join('\n'), ''] : []),
    'h3. BACKGROUND',
    `* Special settings: ${field(bg.specialSettings, t.fill)}`,
    `* Permissions: ${field(bg.permissions, t.fill)}`,
    `* Browser: ${field(bg.browser, t.fill)}`,
    `* Tracker version: ${field(bg.trackerVersion, t.fill)}`,
    `* Installation type: ${field(bg.installationType, t.fill)}`,
    '',
    'h3. WAY TO REPRODUCE',
    ...(steps.length ? steps.map((s) => `# ${field(s, t.fill)}`) : [`# ${t.fill}`]),
    `*Actual result:* ${field(input.actualResult, t.fill)}`,
    `*Expected result:* ${field(input.expectedResult, t.fill)}`,
    '',
    'h3. ACCESSES',
    ...accessesFor(input.problemType, input.lang).map((a) => `* ☐ ${jiraEscapeLine(a)}`),
    '',
    'h3. CARROTQUEST',
    link && /^https?:\/\/\S+$/i.test(link) ? link : t.noLink,
    '',
    'h3. CUSTOMER',
    customerQuote(input),
  ];
  return wellFormed(lines.join('\n'));
}

/** The Jira settings the link needs that are not filled in, by settings path. */
export function missingJiraSettings(jira: Settings['jira']): string[] {
  const missing: string[] = [];
  if (!jira.baseUrl.trim()) missing.push('jira.baseUrl');
  if (!jira.projectId.trim()) missing.push('jira.projectId');
  if (!jira.issueTypeId.trim()) missing.push('jira.issueTypeId');
  return missing;
}

export function buildJiraTask(raw: JiraTaskInput): JiraTask {
  const input = withOperatorSecretsHidden(raw);
  const operatorSummary = input.summary?.trim() ? withoutPersonalData(input.summary, input.customer) : '';
  const summary = sixWordSummary(operatorSummary || defaultSummary(input));
  const description = describe(input);
  const missing = missingJiraSettings(input.jira);
  if (missing.length) return { summary, description, url: null, descriptionInUrl: false, missing };

  const base = `${input.jira.baseUrl.trim().replace(/\/+$/, '')}/secure/CreateIssueDetails!init.jspa`;
  const params =
    `pid=${encodeURIComponent(input.jira.projectId.trim())}` +
    `&issuetype=${encodeURIComponent(input.jira.issueTypeId.trim())}` +
    `&summary=${encodeURIComponent(summary)}`;
  const full = `${base}?${params}&description=${encodeURIComponent(description)}`;
  if (full.length <= JIRA_URL_LIMIT) return { summary, description, url: full, descriptionInUrl: true, missing };
  return { summary, description, url: `${base}?${params}`, descriptionInUrl: false, missing };
}
