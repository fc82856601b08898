import type { ProfileKey } from './profile-keys';
import { matchesAny, queryAllFirst, queryFirst, type ResolvedProfile } from './profile';
import { distinguishingSelector, refusalFor, selectorFor, type PointRefusal } from './selector-gen';

/**
 * Teaching the profile by pointing: the key's scope (DESIGN.md, "The selector profile"), its expected
 * count, and the selector written for the element the operator chose.
 */

/** Keys that name a list: pointing at one item stands for all of them. */
export const LIST_KEYS = new Set<ProfileKey>(['message', 'tag', 'tagOption', 'customerNotes']);
/** Keys looked up inside one message. */
const IN_MESSAGE = new Set<ProfileKey>(['messageText', 'messageTime', 'messageAuthor']);
/** Keys that cannot be pointed at: the address is not an element. */
export const NOT_POINTABLE = new Set<ProfileKey>(['dialogueUrl']);

export type TeachRefusal =
  | PointRefusal
  | 'needs-root'
  | 'needs-message'
  | 'needs-tagList'
  | 'not-in-root'
  | 'not-in-message'
  | 'not-in-tagList'
  | 'no-selector'
  | 'same-message';

export type TeachResult = { ok: true; selector: string; count: number; expectOne: boolean } | { ok: false; reason: TeachRefusal };

/** The elements a key is looked up in: the document, the dialogue root, each message, or the tag list. */
export function scopesFor(doc: Document, key: ProfileKey, profile: ResolvedProfile): ParentNode[] | TeachRefusal {
  if (key === 'message' || key === 'messageFromCustomer' || key === 'dialogueId') {
    const root = queryFirst(doc, profile.root);
    return root ? [root] : 'needs-root';
  }
  if (IN_MESSAGE.has(key)) {
    const root = queryFirst(doc, profile.root);
    if (!root) return 'needs-root';
    const messages = queryAllFirst(root, profile.message);
    return messages.length ? messages : 'needs-message';
  }
  if (key === 'tag') {
    const list = queryFirst(doc, profile.tagList);
    return list ? [list] : 'needs-tagList';
  }
  return [doc];
}

/** How many elements `selector` matches for `key` now, summed over the key's scopes; -1 when it is not valid CSS. */
export function countFor(doc: Document, key: ProfileKey, selector: string, profile: ResolvedProfile): number {
  if (key === 'messageFromCustomer') {
    const root = queryFirst(doc, profile.root);
    if (!root) return 0;
    try {
      return queryAllFirst(root, profile.message).filter((m) => m.matches(selector)).length;
    } catch {
      return -1;
    }
  }
  const scopes = scopesFor(doc, key, profile);
  if (typeof scopes === 'string') return 0;
  let n = 0;
  for (const s of scopes) {
    try {
      // The dialogue's id may sit on the root itself.
      if (key === 'dialogueId' && (s as Element).matches(selector)) n++;
      n += IN_MESSAGE.has(key) ? (s.querySelector(selector) ? 1 : 0) : s.querySelectorAll(selector).length;
    } catch {
      return -1;
    }
  }
  return n;
}

function containing(el: Element, scopes: ParentNode[]): ParentNode | undefined {
  return scopes.find((s) => s === el || (s as Node).contains(el));
}

const notIn: Partial<Record<ProfileKey, TeachRefusal>> = {
  message: 'not-in-root',
  dialogueId: 'not-in-root',
  messageText: 'not-in-message',
  messageTime: 'not-in-message',
  messageAuthor: 'not-in-message',
  tag: 'not-in-tagList',
};

/** The selector for `key` from the element the operator chose. */
export function teachSelector(doc: Document, el: Element, key: ProfileKey, profile: ResolvedProfile, sidebarHost: string): TeachResult {
  const refused = refusalFor(el, sidebarHost);
  if (refused) return { ok: false, reason: refused };
  const scopes = scopesFor(doc, key, profile);
  if (typeof scopes === 'string') return { ok: false, reason: scopes };
  const scope = containing(el, scopes);
  if (!scope) return { ok: false, reason: notIn[key] ?? 'outside' };
  // Pointing at the scope element itself for a part inside it says nothing.
  if (scope === el && scope !== doc) return { ok: false, reason: notIn[key] ?? 'outside' };
  const many = LIST_KEYS.has(key);
  const found = selectorFor(el, scope, many ? 'many' : 'one', key === 'message');
  if (!found) return { ok: false, reason: 'no-selector' };
  return {
    ok: true,
    selector: found.selector,
    count: countFor(doc, key, found.selector, profile),
    expectOne: !many && !IN_MESSAGE.has(key),
  };
}

/** The message element a pointed element belongs to, under the current profile. */
export function messageOf(doc: Document, el: Element, profile: ResolvedProfile): Element | null {
  const root = queryFirst(doc, profile.root);
  if (!root) return null;
  return queryAllFirst(root, profile.message).find((m) => m === el || m.contains(el)) ?? null;
}

/** `messageFromCustomer` from one message of the customer's and one of a teammate's. */
export function teachFromCustomer(
  doc: Document,
  customerEl: Element,
  operatorEl: Element,
  profile: ResolvedProfile,
  sidebarHost: string,
): TeachResult {
  for (const el of [customerEl, operatorEl]) {
    const refused = refusalFor(el, sidebarHost);
    if (refused) return { ok: false, reason: refused };
  }
  const root = queryFirst(doc, profile.root);
  if (!root) return { ok: false, reason: 'needs-root' };
  const messages = queryAllFirst(root, profile.message);
  if (!messages.length) return { ok: false, reason: 'needs-message' };
  const c = messageOf(doc, customerEl, profile);
  const o = messageOf(doc, operatorEl, profile);
  if (!c || !o) return { ok: false, reason: 'not-in-message' };
  if (c === o) return { ok: false, reason: 'same-message' };
  const selector = distinguishingSelector(c, o, messages);
  if (!selector) return { ok: false, reason: 'no-selector' };
  return { ok: true, selector, count: messages.filter((m) => matchesAny(m, [selector])).length, expectOne: false };
}
