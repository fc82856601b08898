import type { ProfileKey } from './profile-keys';
import type { DialogueMessage, DialogueSnapshot } from './snapshot';
import { dialogueIdFromUrl, matchesAny, queryAllFirst, queryFirst, type ResolvedProfile } from './profile';
import { dialogueLink } from './panel-address';

/** Only the newest messages are read in full: enough for suggestions and triage, cheap on a 5,000-message dialogue. */
export const MESSAGES_READ = 300;
/** A pasted 1 MB log is cut: the sidebar and the model need its start, not all of it. */
export const MESSAGE_TEXT_CAP = 20_000;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function textOf(el: Element | null, cap = 2000): string | undefined {
  if (!el) return undefined;
  const raw = el.textContent ?? '';
  const t = clean(raw.length > cap * 2 ? raw.slice(0, cap * 2) : raw).slice(0, cap);
  return t || undefined;
}

/**
 * The start of a long message, cut at the last line or word break before `cap`: a cut inside a
 * token would leave a piece too short for the secret rules to know, stored as it is.
 */
export function cutMessageText(raw: string, cap = MESSAGE_TEXT_CAP): string {
  if (raw.length <= cap) return raw;
  const head = raw.slice(0, cap + 1);
  const brk = /\s(?=\S*$)/.exec(head);
  return brk ? head.slice(0, brk.index) : raw.slice(0, cap);
}

/** Message text keeps its line breaks: quoting and log detection need them. */
function messageText(el: Element | null): string {
  if (!el) return '';
  const raw = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return cutMessageText(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

function timeOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('title');
  if (attr && !Number.isNaN(Date.parse(attr))) return new Date(attr).toISOString();
  return textOf(el, 100);
}

const ID_TOKEN_SPLIT = /[^\p{L}\p{N}_-]+/u;

/**
 * Whether an element names the dialogue `id`: as one word of one of its attributes (class and style aside),
 * or, for an element without child elements (a label such as "#1204…"), of its text. Which attribute the
 * panel uses is unknown, so every one is looked at; the text of a container is not (a message may quote ids).
 */
export function carriesId(el: Element, id: string): boolean {
  for (const attr of Array.from(el.attributes)) {
    if (attr.name === 'class' || attr.name === 'style') continue;
    if (attr.value.split(ID_TOKEN_SPLIT).includes(id)) return true;
  }
  return el.childElementCount === 0 && (el.textContent ?? '').slice(0, 500).split(ID_TOKEN_SPLIT).includes(id);
}

/**
 * The number a counter shows ("Неотвеченные 25", "99+", "1 204"): its one run of digits, spaces inside a
 * number aside; null when the text holds no number or more than one.
 */
export function counterValue(text: string | null | undefined): number | null {
  const runs = (text ?? '').replace(/(\d)[\s\u00a0]+(?=\d)/g, '$1').match(/\d+/g);
  return runs?.length === 1 ? Number(runs[0]) : null;
}

/**
 * Turns the page into a snapshot of the open dialogue and says which profile keys matched.
 * Never throws: a broken selector or an odd page yields fewer fields and a longer "missing" list.
 */
/**
 * Whether the block a list selector looks inside is on the page: "A B" looks for B inside A, so A
 * found with no B in it is an empty list, not a broken selector. Single-part selectors say nothing.
 */
export function containerFound(doc: Document, selectors: readonly string[]): boolean {
  return selectors.some((sel) => {
    const outer = sel.trim().replace(/\s*[>+~]?\s*[^\s>+~]+$/, '');
    if (!outer || outer === sel.trim()) return false;
    try {
      return doc.querySelector(outer) !== null;
    } catch {
      return false;
    }
  });
}

export function readDialogue(doc: Document, href: string, profile: ResolvedProfile, now = Date.now()): DialogueSnapshot {
  const matched = new Set<ProfileKey>();
  const hit = <T>(key: ProfileKey, value: T): T => {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) matched.add(key);
    return value;
  };

  const id = hit('dialogueUrl', dialogueIdFromUrl(href, profile.dialogueUrl));
  const root = hit('root', queryFirst(doc, profile.root));

  // The id the dialogue's own markup carries, when the profile knows where: it tells whether the content
  // already belongs to the address (a router changes the address first and the content later).
  const idEl = root ? (matchesAny(root, profile.dialogueId) ? root : queryFirst(root, profile.dialogueId)) : null;
  if (idEl) matched.add('dialogueId');
  const pageIdAgrees = idEl && id ? carriesId(idEl, id) : undefined;

  const messages: DialogueMessage[] = [];
  if (root) {
    const all = hit('message', queryAllFirst(root, profile.message));
    for (const el of all.slice(-MESSAGES_READ)) {
      const fromCustomer = matchesAny(el, profile.messageFromCustomer);
      if (fromCustomer) matched.add('messageFromCustomer');
      const textEl = queryFirst(el, profile.messageText);
      if (textEl) matched.add('messageText');
      const timeEl = queryFirst(el, profile.messageTime);
      if (timeEl) matched.add('messageTime');
      const authorEl = queryFirst(el, profile.messageAuthor);
      if (authorEl) matched.add('messageAuthor');
      const attachment = !!queryFirst(el, profile.messageAttachment);
      if (attachment) matched.add('messageAttachment');
      messages.push({
        fromCustomer,
        text: messageText(textEl ?? el),
        time: timeOf(timeEl),
        author: textOf(authorEl, 200),
        ...(attachment && { attachment }),
      });
    }
  }

  const tagList = hit('tagList', queryFirst(doc, profile.tagList));
  const tagEls = tagList ? hit('tag', queryAllFirst(tagList, profile.tag)) : [];
  const tags = [...new Set(tagEls.map((el) => textOf(el, 100)).filter((t): t is string => !!t))];
  hit('tagInput', queryFirst(doc, profile.tagInput));
  // The drop-down exists only while the operator types; its key is judged when a tag is applied.
  if (queryFirst(doc, profile.tagOption)) matched.add('tagOption');
  hit('composer', queryFirst(doc, profile.composer));

  const customer = {
    name: hit('customerName', textOf(queryFirst(doc, profile.customerName), 200)),
    email: hit('customerEmail', textOf(queryFirst(doc, profile.customerEmail), 200)),
    id: hit('customerId', textOf(queryFirst(doc, profile.customerId), 100)),
  };
  const notes = hit('customerNotes', queryAllFirst(doc, profile.customerNotes))
    .map((el) => messageText(el).slice(0, 4000))
    .filter(Boolean);
  const operator = hit('operatorName', textOf(queryFirst(doc, profile.operatorName), 200));
  const assignee = hit('assignee', textOf(queryFirst(doc, profile.assignee), 200));
  hit('copyLink', queryFirst(doc, profile.copyLink));
  // A panel may show no unanswered counter (nothing is missing then); one whose text is not a number is ignored
  // and stays missing, so the health line names it.
  const counterEl = queryFirst(doc, profile.queueCount);
  const queueCount = hit('queueCount', counterValue(counterEl?.textContent?.slice(0, 100)) ?? undefined);
  hit('assignControl', queryFirst(doc, profile.assignControl));

  // Keys whose absence is normal right now are not reported: the drop-down exists only while typing,
  // a dialogue may have no tags yet, and message parts cannot match when there are no messages.
  // The page may not show its dialogue id at all: that only leaves the check to the customer and the messages.
  // Most messages carry no image or file.
  // The assign control is judged when a dialogue is handed over (it says so then).
  const emptyIsNormal = new Set<ProfileKey>(['tagOption', 'dialogueId', 'messageAttachment', 'assignControl']);
  if (!counterEl) emptyIsNormal.add('queueCount');
  // Notes found empty are not missing: the notes' own block is on the page, it just holds none.
  if (!notes.length && containerFound(doc, profile.customerNotes)) emptyIsNormal.add('customerNotes');
  if (tagList) emptyIsNormal.add('tag');
  if (!messages.length)
    ['messageFromCustomer', 'messageText', 'messageTime', 'messageAuthor'].forEach((k) => emptyIsNormal.add(k as ProfileKey));
  const missing = (Object.keys(profile) as ProfileKey[]).filter((k) => !matched.has(k) && !emptyIsNormal.has(k) && profile[k].length > 0);
  return {
    id,
    link: id ? dialogueLink(href, id) : null,
    url: href,
    customer,
    notes,
    messages,
    tags,
    ...(pageIdAgrees === undefined ? {} : { pageIdAgrees }),
    operator,
    assignee,
    ...(queueCount === undefined ? {} : { queueCount }),
    matched: [...matched],
    missing,
    readAt: now,
  };
}
