/**
 * A `#tech-questions` post in the team's format (CONTEXT.md, habit 12): a main message that
 * states the problem and quotes the customer, and thread replies with the Jira link, the
 * dialogue link, the accesses to request and any new details.
 *
 * Length limits. Slack cuts a message at 40,000 characters, but a channel post longer than
 * a screen is not read, so the main message is kept to MAIN_LIMIT (3,500) characters: it quotes
 * the latest part of the customer's text and says so when it leaves anything out. The longer
 * text (a log, usually) then goes into a thread reply of at most THREAD_QUOTE_BUDGET
 * characters, well under Slack's limit; the dialogue itself always has all of it.
 * Only that much of a long text is ever processed, so a megabyte log is cheap.
 */
import type { DialogueMessage } from '../carrotquest/snapshot';
import { findSecrets as detectSecrets } from '../secrets/detect';
import type { Language } from '../settings/schema';
import { accessChecklist, type ProblemType } from './access';
import {
  maskSecrets,
  normalizeNewlines,
  secretsInWindow,
  tailWindow,
  windowCutsText,
  type CustomerPiece,
  type FindSecrets,
  type FoundSecret,
} from './customer-excerpt';
import { renderSlackQuote } from './slack-quote';
import { inertForPaste } from './slack-text';

export const MAIN_LIMIT = 3500;
export const THREAD_QUOTE_BUDGET = 30_000;
/** The operator's line is meant to be one or two lines; a pasted essay is cut. */
export const PROBLEM_LINE_MAX = 600;
/** The error written out from a screenshot: a message or a few lines of a trace, not a log. */
export const ERROR_TEXT_MAX = 1000;

export type SlackThreadKind = 'jira' | 'dialogue' | 'access' | 'log' | 'details';

export interface SlackThreadReply {
  kind: SlackThreadKind;
  text: string;
}

export interface SecretChoice {
  /** Index into the input list the secret was found in (`messages` or `newDetails`). */
  messageIndex: number;
  where: 'messages' | 'details';
  kind: string;
  included: boolean;
}

export interface SlackDraft {
  main: string;
  thread: SlackThreadReply[];
  /** Secrets found in what the draft shows; an index here is what `includedSecrets` refers to. */
  secrets: SecretChoice[];
  /** Some of the customer's text is not in the main message. */
  truncated: boolean;
}

export interface SlackDraftInput {
  /** The operator's own words (1–2 lines); used as written, mentions included. */
  problemLine: string;
  /** The dialogue's main tag, named while the problem line is still empty. */
  mainTag?: string | null;
  /** The dialogue's messages; only the customer's are quoted. */
  messages: readonly DialogueMessage[];
  dialogueLink: string | null;
  jiraUrl?: string | null;
  problemType: ProblemType;
  /** Indexes into the draft's `secrets` the operator chose to show; all others are hidden. */
  includedSecrets?: readonly number[];
  /** The error from the customer's screenshot or file, written out by the operator: screenshots cannot be searched. */
  errorText?: string;
  /** Customer messages that arrived after the escalation, for a "new details" reply. */
  newDetails?: readonly DialogueMessage[];
  lang: Language;
  findSecrets?: FindSecrets;
}

const TEXT = {
  en: {
    secret: '[secret hidden]',
    customer: 'Customer',
    noMessage: '_(the customer wrote no text in this dialogue; if they sent a screenshot, write the error out as text)_',
    shortened: (total: number) =>
      `_(shortened: only the latest part of the customer's text is quoted (${total} characters in all); more in the thread, all of it in the dialogue)_`,
    jira: 'Jira: ',
    jiraMissing: 'Jira: (create the task and paste its link here)',
    dialogue: 'CarrotQuest dialogue: ',
    dialogueMissing: 'CarrotQuest dialogue: (copy the link with the paper clip button above the dialogue and paste it here)',
    log: "The customer's text in full:",
    logShortened: (n: number) => `The customer's text (the latest ${n} characters; all of it in the dialogue):`,
    details: 'New details from the customer:',
    detailsShortened: (n: number) => `New details from the customer (the latest ${n} characters; all of it in the dialogue):`,
    reply: (n: number) => `--- thread reply ${n} ---`,
    problem: '(describe the problem)',
    errorText: 'The error as text (from the screenshot):',
  },
  ru: {
    secret: '[секрет скрыт]',
    customer: 'Клиент',
    noMessage: '_(клиент не написал в диалоге текста; если он прислал скриншот, перепишите ошибку текстом)_',
    shortened: (total: number) =>
      `_(сокращено: цитируется только последняя часть текста клиента (всего ${total} символов); больше в треде, целиком в диалоге)_`,
    jira: 'Jira: ',
    jiraMissing: 'Jira: (создайте задачу и вставьте сюда ссылку)',
    dialogue: 'Диалог в CarrotQuest: ',
    dialogueMissing: 'Диалог в CarrotQuest: (скопируйте ссылку кнопкой со скрепкой над диалогом и вставьте сюда)',
    log: 'Текст клиента целиком:',
    logShortened: (n: number) => `Текст клиента (последние ${n} символов; целиком в диалоге):`,
    details: 'Новые подробности от клиента:',
    detailsShortened: (n: number) => `Новые подробности от клиента (последние ${n} символов; целиком в диалоге):`,
    reply: (n: number) => `--- ответ в треде ${n} ---`,
    problem: '(опишите проблему)',
    errorText: 'Ошибка текстом (со скриншота):',
  },
} as const;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The problem line an escalation starts with: empty, for the operator's own words. It used to carry the
 * customer's name and email, which then travelled into Jira titles; the dialogue link already says who.
 */
export function defaultProblemLine(): string {
  return '';
}

/** Customer messages after the first `alreadyEscalated` ones: what a "new details" reply carries. */
export function newCustomerMessages(messages: readonly DialogueMessage[], alreadyEscalated: number): DialogueMessage[] {
  return messages.filter((m) => m.fromCustomer).slice(Math.max(0, alreadyEscalated));
}

function customerPieces(messages: readonly DialogueMessage[]): CustomerPiece[] {
  const pieces: CustomerPiece[] = [];
  messages.forEach((m, messageIndex) => {
    if (!m.fromCustomer) return;
    const text = normalizeNewlines(m.text);
    if (text.trim()) pieces.push({ messageIndex, text });
  });
  return pieces;
}

const totalLength = (pieces: readonly CustomerPiece[]) => pieces.reduce((n, p) => n + p.text.length, 0);

/** A URL is pasted as is (Slack links it); anything else is text from the page and made inert. */
export function linkText(link: string): string {
  return /^https?:\/\/[^\s<>@`]+$/i.test(link) ? link : inertForPaste(oneLine(link));
}

interface QuotedBlock {
  text: string;
  cut: boolean;
  found: FoundSecret[];
}

function quoteBlock(
  pieces: readonly CustomerPiece[],
  budget: number,
  findSecrets: FindSecrets,
  isIncluded: (i: number) => boolean,
  marker: string,
): QuotedBlock {
  const shown = tailWindow(pieces, budget);
  const found = secretsInWindow(shown, findSecrets);
  const hidden = found.filter((_, i) => !isIncluded(i));
  const r = renderSlackQuote(shown, hidden, marker, budget);
  return { text: r.text, cut: r.cut || windowCutsText(pieces, shown), found };
}

export interface DetailsReply {
  text: string;
  secrets: SecretChoice[];
  truncated: boolean;
}

export interface DetailsOptions {
  lang: Language;
  findSecrets?: FindSecrets;
  /** Indexes into the returned `secrets` to show; all others are hidden. */
  includedSecrets?: readonly number[];
  budget?: number;
}

/** A thread reply with customer messages that came after the escalation, quoted. */
export function newDetailsReply(messages: readonly DialogueMessage[], options: DetailsOptions): DetailsReply {
  const t = TEXT[options.lang];
  const budget = options.budget ?? THREAD_QUOTE_BUDGET;
  const included = new Set(options.includedSecrets ?? []);
  const block = quoteBlock(customerPieces(messages), budget, options.findSecrets ?? detectSecrets, (i) => included.has(i), t.secret);
  const head = block.cut ? t.detailsShortened(budget) : t.details;
  return {
    text: block.text ? `${head}\n${block.text}` : head,
    secrets: block.found.map((s, i) => ({ messageIndex: s.messageIndex, where: 'details', kind: s.kind, included: included.has(i) })),
    truncated: block.cut,
  };
}

/**
 * The operator's problem line, with every secret hidden whatever the secret choices: it is typed or pasted
 * by the operator, often from the customer's message, and the draft goes to a shared channel.
 */
function problemText(line: string, lang: Language, findSecrets: FindSecrets, mainTag?: string | null): string {
  const trimmed = maskSecrets(line, findSecrets, TEXT[lang].secret).trim();
  // Until the operator writes the problem, the message names the dialogue's tag (never the customer).
  if (!trimmed) return `${mainTag?.trim() ? `[${inertForPaste(oneLine(mainTag))}] ` : ''}${TEXT[lang].problem}`;
  return trimmed.length <= PROBLEM_LINE_MAX ? trimmed : trimmed.slice(0, PROBLEM_LINE_MAX - 1) + '…';
}

/**
 * The error the operator wrote out from the customer's screenshot, as a code block the channel can search:
 * made inert like customer text (it is the customer's), secrets hidden whatever the secret choices.
 */
function errorBlock(text: string | undefined, lang: Language, findSecrets: FindSecrets): string {
  const masked = maskSecrets(normalizeNewlines(text ?? ''), findSecrets, TEXT[lang].secret).trim();
  if (!masked) return '';
  const cut = masked.length <= ERROR_TEXT_MAX ? masked : masked.slice(0, ERROR_TEXT_MAX - 1) + '…';
  return `${TEXT[lang].errorText}\n\`\`\`\n${inertForPaste(cut)}\n\`\`\``;
}

export function buildSlackDraft(input: SlackDraftInput): SlackDraft {
  const t = TEXT[input.lang];
  const findSecrets = input.findSecrets ?? detectSecrets;
  const included = new Set(input.includedSecrets ?? []);
  const pieces = customerPieces(input.messages);
  const problem = problemText(input.problemLine, input.lang, findSecrets, input.mainTag);

  // Secrets are listed over the larger (thread) window, so an index means the same secret
  // in the main message and in the thread reply.
  const threadBlock = quoteBlock(pieces, THREAD_QUOTE_BUDGET, findSecrets, (i) => included.has(i), t.secret);
  const hiddenInThread = threadBlock.found.filter((_, i) => !included.has(i));

  const error = errorBlock(input.errorText, input.lang, findSecrets);
  const note = t.shortened(totalLength(pieces));
  const quoteBudget = MAIN_LIMIT - problem.length - note.length - error.length - 4;
  const mainShown = tailWindow(pieces, quoteBudget);
  const mainQuote = renderSlackQuote(mainShown, hiddenInThread, t.secret, quoteBudget);
  const truncated = pieces.length > 0 && (mainQuote.cut || windowCutsText(pieces, mainShown));

  let main: string;
  if (!pieces.length) main = `${problem}\n\n${t.noMessage}`;
  else main = truncated ? `${problem}\n${note}\n${mainQuote.text}` : `${problem}\n${mainQuote.text}`;
  if (error) main += `\n${error}`;

  // In the order they can be filled: the Jira link leads once the task exists, and waits at the end until then.
  const jira: SlackThreadReply = { kind: 'jira', text: input.jiraUrl ? t.jira + linkText(input.jiraUrl) : t.jiraMissing };
  const thread: SlackThreadReply[] = [
    ...(input.jiraUrl ? [jira] : []),
    { kind: 'dialogue', text: input.dialogueLink ? t.dialogue + linkText(input.dialogueLink) : t.dialogueMissing },
    { kind: 'access', text: accessChecklist(input.problemType, input.lang) },
  ];
  if (truncated) {
    const head = threadBlock.cut ? t.logShortened(THREAD_QUOTE_BUDGET) : t.log;
    thread.push({ kind: 'log', text: `${head}\n${threadBlock.text}` });
  }
  if (!input.jiraUrl) thread.push(jira);

  const secrets: SecretChoice[] = threadBlock.found.map((s, i) => ({
    messageIndex: s.messageIndex,
    where: 'messages',
    kind: s.kind,
    included: included.has(i),
  }));

  if (input.newDetails?.some((m) => m.fromCustomer && m.text.trim())) {
    const offset = secrets.length;
    const details = newDetailsReply(input.newDetails, {
      lang: input.lang,
      findSecrets,
      includedSecrets: [...included].filter((i) => i >= offset).map((i) => i - offset),
    });
    thread.push({ kind: 'details', text: details.text });
    secrets.push(...details.secrets);
  }

  return { main, thread, secrets, truncated };
}

/** The text to copy: the main message, then each thread reply under a clear marker. */
export function renderDraftText(draft: SlackDraft, lang: Language = 'en'): string {
  return [draft.main, ...draft.thread.map((r, i) => `${TEXT[lang].reply(i + 1)}\n${r.text}`)].join('\n\n');
}
