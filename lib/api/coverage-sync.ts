import type { ApiClient } from './client';
import { conversationParts } from './endpoints';
import { ApiError } from './errors';
import { pages, type Cursor } from './paginate';
import { list, toConversation, type ApiConversation } from './types';

/**
 * The local copy of the app's recent conversations, kept by an incremental sync, that coverage from the
 * server (the popup) and the team view (options) are counted from, so neither waits for the network.
 *
 * The list comes newest first by `last_update`, so a sync reads only down to the newest conversation the
 * last complete sync had seen (the watermark), and reads a conversation's parts only when its
 * `last_update` moved, and then only the parts newer than the copy's. Each page's conversations and the
 * place reached are committed together (`SyncStore.commit`, one transaction), so a sync cut short (the
 * network gone) resumes at the next page, and nothing is counted twice: entries are keyed by id, a
 * conversation's replies are merged by time, and the watermark moves only when a sync reaches the end.
 */

export interface SyncedConversation {
  id: string;
  appId: string;
  /** Unix seconds, as the API gives them. */
  created: number;
  lastUpdate: number;
  closed: boolean;
  tags: string[];
  assigneeId: string | null;
  customerName?: string;
  /** Operator reply times (ms since epoch), by admin id, within the synced window; sorted, unique. */
  replies: Record<string, number[]>;
  /** The admins with a reply here (indexed: the team view and my coverage read by admin). */
  replyAdmins: string[];
}

export interface SyncState {
  appId: string;
  /** The newest `last_update` a complete sync saw: conversations at or below it are in the copy. */
  watermark: number | null;
  /** A sync cut short: the cursor of the next page and the newest `last_update` that sync saw. */
  pending: { cursor: Cursor; newest: number | null } | null;
  /** When the last complete sync ended (ms). */
  syncedAt: number | null;
  /** The untagged conversations of the last two days, as the `include_no_tags` filter listed them. */
  untagged: { ids: string[]; at: number; via: 'filter' | 'copy' } | null;
}

/** Where the copy lives (lib/db/api-copy.ts in the extension; a map in unit tests). */
export interface SyncStore {
  state(): Promise<SyncState | null>;
  /** The entries of these ids (undefined where there is none), in order. */
  get(ids: readonly string[]): Promise<(SyncedConversation | undefined)[]>;
  /** Writes the entries and the state together: both or neither. */
  commit(entries: readonly SyncedConversation[], state: SyncState): Promise<void>;
  /** Drops every entry of another app, and those that last changed before `before` (Unix seconds). */
  prune(appId: string, before: number): Promise<void>;
}

export const emptySyncState = (appId: string): SyncState => ({ appId, watermark: null, pending: null, syncedAt: null, untagged: null });

/** The window the copy keeps: the popup's and the team view's longest is 30 days, in any time zone. */
export const SYNC_DAYS = 31;
/** The parts scanned per changed conversation, newest first (a conversation of 10,000 parts stops here). */
export const SYNC_PARTS_SCANNED = 300;
/** How far back the untagged list is asked for: today and yesterday in any zone. */
const UNTAGGED_HOURS = 60;

export interface SyncResult {
  state: SyncState;
  /** Conversations whose parts were read. */
  changed: number;
  /** Conversations the list walked. */
  listed: number;
  requests: number;
}

function mergeTimes(a: readonly number[] = [], b: readonly number[] = [], fromMs: number): number[] {
  return [...new Set([...a, ...b])].filter((t) => t >= fromMs).sort((x, y) => x - y);
}

/** An entry for a listed conversation: the known one's replies plus the new parts' (`parts` only newer ones). */
export function entryFor(
  appId: string,
  c: ApiConversation,
  known: SyncedConversation | undefined,
  newReplies: Record<string, number[]>,
  sinceMs: number,
): SyncedConversation {
  const replies: Record<string, number[]> = {};
  for (const admin of new Set([...Object.keys(known?.replies ?? {}), ...Object.keys(newReplies)])) {
    const merged = mergeTimes(known?.replies[admin], newReplies[admin], sinceMs);
    if (merged.length) replies[admin] = merged;
  }
  return {
    id: c.id,
    appId,
    created: c.created,
    lastUpdate: c.lastUpdate,
    closed: c.closed,
    tags: c.tags,
    assigneeId: c.assignee?.id ?? null,
    customerName: c.userName,
    replies,
    replyAdmins: Object.keys(replies).sort(),
  };
}

async function repliesSince(client: ApiClient, id: string, newerThan: number, signal?: AbortSignal): Promise<Record<string, number[]>> {
  const parts = await conversationParts(client, id, {
    customerOnly: false,
    withSystem: true,
    maxCustomer: SYNC_PARTS_SCANNED,
    maxScanned: SYNC_PARTS_SCANNED,
    newerThan,
    signal,
  });
  const out: Record<string, number[]> = {};
  for (const p of parts) if (p.type === 'reply_admin' && p.authorId) (out[p.authorId] ??= []).push(Math.round(p.created * 1000));
  return out;
}

/**
 * Brings the copy up to date: from the saved place of a sync cut short, or from the newest conversation
 * down to the watermark. Throws what the client throws (the place reached so far stays committed).
 */
export async function syncConversations(
  client: ApiClient,
  store: SyncStore,
  { appId, now = Date.now(), days = SYNC_DAYS, signal }: { appId: string; now?: number; days?: number; signal?: AbortSignal },
): Promise<SyncResult> {
  const since = Math.floor(now / 1000) - days * 86400;
  const sinceMs = since * 1000;
  let state = await store.state();
  if (!state || state.appId !== appId) state = emptySyncState(appId);
  await store.prune(appId, since);
  const floor = Math.max(since, state.watermark ?? -Infinity);
  let newest = state.pending?.newest ?? null;
  let changed = 0;
  let listed = 0;
  let requests = 0;
  const walk = pages<unknown>(
    client,
    `/apps/${encodeURIComponent(appId)}/conversations`,
    {},
    { start: state.pending?.cursor ?? null, signal },
  );
  for await (const page of walk) {
    requests++;
    const items = list(page.items, toConversation);
    if (newest === null && items[0]) newest = items[0].lastUpdate;
    let reached = false;
    const inWindow: ApiConversation[] = [];
    for (const c of items) {
      // Ties with the watermark are looked at again: a known one with the same last_update costs no request.
      if (c.lastUpdate < floor) {
        reached = true;
        break;
      }
      inWindow.push(c);
    }
    listed += inWindow.length;
    const known = await store.get(inWindow.map((c) => c.id));
    // Side by side; the client keeps at most 2 requests in flight.
    const entries = await Promise.all(
      inWindow.map(async (c, i) => {
        const k = known[i];
        if (k && k.lastUpdate === c.lastUpdate) return entryFor(appId, c, k, {}, sinceMs);
        changed++;
        const replies = await repliesSince(client, c.id, Math.max(since, k?.lastUpdate ?? -Infinity), signal);
        return entryFor(appId, c, k, replies, sinceMs);
      }),
    );
    const done = reached || !page.next;
    state = done
      ? { ...state, watermark: newest ?? state.watermark, pending: null, syncedAt: now }
      : { ...state, pending: { cursor: page.next!, newest } };
    await store.commit(entries, state);
    if (done) break;
  }
  return { state, changed, listed, requests };
}

/**
 * The untagged conversations of the last days, as the server lists them with `include_no_tags` (and an
 * empty `tags`: "no tag of these, or none at all"). What comes back is checked here too, since whether the
 * server keeps the tags filter's rule is not confirmed; a server that refuses the filter leaves the copy's
 * own tags to decide (`via: 'copy'`).
 */
export async function syncUntagged(
  client: ApiClient,
  store: SyncStore,
  { appId, now = Date.now(), signal }: { appId: string; now?: number; signal?: AbortSignal },
): Promise<SyncState['untagged']> {
  const since = Math.floor(now / 1000) - UNTAGGED_HOURS * 3600;
  const ids: string[] = [];
  let via: 'filter' | 'copy' = 'filter';
  try {
    const walk = pages<unknown>(
      client,
      `/apps/${encodeURIComponent(appId)}/conversations`,
      { tags: [], include_no_tags: true },
      { signal },
    );
    outer: for await (const page of walk) {
      for (const c of list(page.items, toConversation)) {
        if (c.lastUpdate < since) break outer;
        if (c.tags.length === 0) ids.push(c.id);
      }
    }
  } catch (err) {
    if (!(err instanceof ApiError && err.kind === 'bad-request')) throw err;
    via = 'copy';
  }
  const state = (await store.state()) ?? emptySyncState(appId);
  const untagged = { ids, at: now, via };
  await store.commit([], { ...state, untagged });
  return untagged;
}
