import type { ApiClient } from './client';
import { ApiError } from './errors';
import { pages, type Cursor } from './paginate';
import { list, toChannel, toConversation, toPart, type ApiAdmin, type ApiChannel, type ApiConversation, type ApiPart } from './types';

/** The calls the extension makes, each a thin typed wrapper over the client. */

const enc = encodeURIComponent;

export interface AppInfo {
  appId: string;
  channels: ApiChannel[];
  /** Every operator any channel lists, once each (there is no public "list admins" call). */
  operators: ApiAdmin[];
}

export async function appInfo(client: ApiClient, appId: string, signal?: AbortSignal): Promise<AppInfo> {
  const answer = await client.request<unknown>('GET', `/apps/${enc(appId)}/channels`, {}, { signal });
  const channels = list(answer.data, toChannel);
  const operators = new Map<string, ApiAdmin>();
  for (const c of channels) for (const o of c.operators) if (o.type !== 'bot' && !operators.has(o.id)) operators.set(o.id, o);
  return { appId, channels, operators: [...operators.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function conversation(client: ApiClient, id: string, signal?: AbortSignal): Promise<ApiConversation> {
  const answer = await client.request<unknown>('GET', `/conversations/${enc(id)}`, {}, { signal });
  const c = toConversation(answer.data);
  if (!c) throw new ApiError('bad-envelope', 'the conversation in the answer has no id');
  return c;
}

/** At most this many customer parts are read per conversation, newest first. */
export const MAX_CUSTOMER_PARTS = 300;
/** And at most this many parts in all, so a conversation of 10,000 system parts ends early. */
export const MAX_PARTS_SCANNED = 1000;

/** The conversation's newest customer parts (up to `maxCustomer`), oldest first; all parts when `customerOnly` is false. */
export async function conversationParts(
  client: ApiClient,
  id: string,
  {
    maxCustomer = MAX_CUSTOMER_PARTS,
    maxScanned = MAX_PARTS_SCANNED,
    customerOnly = true,
    withSystem = false,
    newerThan,
    signal,
  }: {
    maxCustomer?: number;
    maxScanned?: number;
    customerOnly?: boolean;
    withSystem?: boolean;
    /** Stop at the first part created at or before this time (Unix seconds): those were read before. */
    newerThan?: number;
    signal?: AbortSignal;
  } = {},
): Promise<ApiPart[]> {
  const out: ApiPart[] = [];
  let scanned = 0;
  let customer = 0;
  let reachedKnown = false;
  for await (const page of pages<unknown>(client, `/conversations/${enc(id)}/parts`, {}, { signal })) {
    for (const raw of page.items) {
      scanned++;
      const p = toPart(raw);
      if (!p) continue;
      if (newerThan !== undefined && p.created <= newerThan) {
        reachedKnown = true;
        break;
      }
      if (p.fromCustomer) customer++;
      if ((p.fromCustomer || !customerOnly) && (p.text || p.attachment || withSystem)) out.push(p);
      if (customer >= maxCustomer) break;
    }
    if (reachedKnown || customer >= maxCustomer || scanned >= maxScanned) break;
  }
  return out.reverse();
}

export async function conversationsPage(
  client: ApiClient,
  appId: string,
  filters: Record<string, string | number | boolean | undefined>,
  cursor: Cursor | null,
  signal?: AbortSignal,
): Promise<{ items: ApiConversation[]; next: Cursor | null; end?: string }> {
  const walk = pages<unknown>(client, `/apps/${enc(appId)}/conversations`, filters, { start: cursor, signal });
  const first = await walk.next();
  await walk.return(undefined);
  if (first.done) return { items: [], next: null, end: 'last-page' };
  return { items: list(first.value.items, toConversation), next: first.value.next, end: first.value.end };
}

/**
 * Assigns the conversation to an operator (`admin`, their id); assigning to the current assignee is a no-op the API
 * answers with success.
 */
export async function assignConversation(client: ApiClient, id: string, adminId: string, fromAdmin?: string): Promise<void> {
  await client.request('POST', `/conversations/${enc(id)}/assign`, { admin: adminId, from_admin: fromAdmin || undefined });
}

/** Adds a tag; one already there is success, not an error (`ConversationTagAlreadyAssigned`). */
export async function addTag(client: ApiClient, id: string, tag: string, fromAdmin?: string): Promise<'added' | 'already'> {
  try {
    await client.request('POST', `/conversations/${enc(id)}/tag`, { tag, from_admin: fromAdmin || undefined });
    return 'added';
  } catch (err) {
    if (err instanceof ApiError && err.detail.error === 'ConversationTagAlreadyAssigned') return 'already';
    throw err;
  }
}

/** Removes a tag; one that is not there is success too (`ConversationTagIsNotAssigned`). */
export async function removeTag(client: ApiClient, id: string, tag: string, fromAdmin?: string): Promise<'removed' | 'absent'> {
  try {
    await client.request('DELETE', `/conversations/${enc(id)}/tag`, { tag, from_admin: fromAdmin || undefined });
    return 'removed';
  } catch (err) {
    if (err instanceof ApiError && err.detail.error === 'ConversationTagIsNotAssigned') return 'absent';
    // The legacy form: POST with action=delete.
    if (err instanceof ApiError && (err.detail.status === 405 || err.detail.error === 'MethodNotAllowed')) {
      await client.request('POST', `/conversations/${enc(id)}/tag`, { tag, action: 'delete', from_admin: fromAdmin || undefined });
      return 'removed';
    }
    throw err;
  }
}
