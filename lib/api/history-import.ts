import type { ApiClient } from './client';
import { conversationParts, conversationsPage } from './endpoints';
import { ApiError, toErrorData, type ApiErrorData } from './errors';
import type { Cursor } from './paginate';
import type { ApiConversation, ApiPart } from './types';

/**
 * "Learn from CarrotQuest history": reads the app's conversations of the last N days, newest first,
 * page by page, with their customer parts, and hands each page to `learn`. After each page the cursor
 * and the counts are saved together, so a restart resumes at the next page and counts nothing twice.
 * A rejected key (or any error that a retry cannot fix) stops the import and keeps what was learned.
 */

export interface HistoryProgress {
  status: 'running' | 'done' | 'cancelled' | 'stopped';
  appId: string;
  /** Oldest `last_update` to read (Unix seconds). */
  since: number;
  startedAt: number;
  /** Milliseconds spent reading so far, over all runs (for the time left). */
  elapsedMs: number;
  cursor: Cursor | null;
  /** Conversations read, those with tags, and those handed to the models. */
  read: number;
  tagged: number;
  learned: number;
  tagCounts: Record<string, number>;
  /** The `last_update` of the last conversation read: how far back the walk has come. */
  reachedUpdate: number | null;
  error?: ApiErrorData;
}

export interface LearnItem {
  conversationId: string;
  tags: string[];
  parts: ApiPart[];
}

export interface HistoryDeps {
  client: ApiClient;
  /** Trains the models on one page's conversations (redaction happens there, before anything is kept). */
  learn(items: LearnItem[]): Promise<void>;
  /** Saves what `learn` taught so far; called right before each `save`, so the two always agree. */
  checkpoint?(): Promise<void>;
  /** Saves the progress a restart resumes from (at each checkpoint and at the end). */
  save(progress: HistoryProgress): Promise<void>;
  onProgress?(progress: HistoryProgress): void;
  now?: () => number;
  signal?: AbortSignal;
}

export function newProgress(appId: string, days: number, now: number): HistoryProgress {
  return {
    status: 'running',
    appId,
    since: Math.floor(now / 1000) - days * 86400,
    startedAt: now,
    elapsedMs: 0,
    cursor: null,
    read: 0,
    tagged: 0,
    learned: 0,
    tagCounts: {},
    reachedUpdate: null,
  };
}

/** The share of the time span covered (conversations come newest first), and the time left at this pace. */
export function estimate(p: HistoryProgress, now: number): { fraction: number; leftMs: number | null } {
  if (p.status === 'done') return { fraction: 1, leftMs: 0 };
  if (p.reachedUpdate === null) return { fraction: 0, leftMs: null };
  const span = p.startedAt / 1000 - p.since;
  const fraction = span > 0 ? Math.min(1, Math.max(0, (p.startedAt / 1000 - p.reachedUpdate) / span)) : 0;
  void now;
  return { fraction, leftMs: fraction > 0.01 ? Math.round((p.elapsedMs * (1 - fraction)) / fraction) : null };
}

export function topTags(counts: Record<string, number>, n = 5): { tag: string; count: number }[] {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([tag, count]) => ({ tag, count }));
}

/** How often the model and the place reached are saved together while an import runs. */
export const CHECKPOINT_MS = 15_000;

interface ListedPage {
  items: ApiConversation[];
  next: Cursor | null;
  inRange: ApiConversation[];
  /** The last page to read: the list ends, or it reached conversations older than the range. */
  finished: boolean;
}

/**
 * Runs (or resumes) the import from `progress` until done, cancelled or stopped; answers the last progress.
 *
 * The requests are kept flowing (at most 2 in flight, the client's limiter): the next list page is asked
 * for before this page's parts, and the next page's parts while this page is learned, so neither the
 * list's round trip nor the training leaves the connection idle. Pages are still learned in order, one at a
 * time. The model and the progress are saved together (`checkpoint`, then `save`) every CHECKPOINT_MS and
 * at the end, so a restart resumes from a cursor whose pages the saved model holds, and learns nothing twice;
 * `onProgress` hears of every page.
 */
export async function runHistoryImport(start: HistoryProgress, deps: HistoryDeps): Promise<HistoryProgress> {
  const now = deps.now ?? Date.now;
  let p: HistoryProgress = { ...start, status: 'running', error: undefined, tagCounts: { ...start.tagCounts } };
  const save = async () => {
    await deps.checkpoint?.();
    await deps.save(p);
  };
  await save();
  deps.onProgress?.(p);
  // Ends every request still queued or in flight once the import stops, whatever stopped it.
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  const quiet = <T>(promise: Promise<T>) => {
    // Awaited later; until then a failure must not count as unhandled.
    promise.catch(() => {});
    return promise;
  };
  const list = (cursor: Cursor | null) =>
    quiet(
      conversationsPage(deps.client, p.appId, {}, cursor, inner.signal).then((page): ListedPage => {
        const inRange = page.items.filter((c) => c.lastUpdate >= p.since);
        return { items: page.items, next: page.next, inRange, finished: inRange.length < page.items.length || !page.next };
      }),
    );
  const parts = (page: ListedPage) =>
    quiet(
      Promise.all(
        page.inRange.map(async (c): Promise<LearnItem> => ({
          conversationId: c.id,
          tags: c.tags,
          parts: c.tags.length ? await conversationParts(deps.client, c.id, { signal: inner.signal }) : [],
        })),
      ),
    );

  let began = now();
  let lastCheckpoint = began;
  try {
    let page = await list(p.cursor);
    let nextList = page.finished ? null : list(page.next);
    let pageParts = parts(page);
    for (;;) {
      const items = await pageParts;
      if (deps.signal?.aborted) throw new ApiError('cancelled', 'cancelled');
      // The next page's parts are read while this one is learned.
      let next: ListedPage | null = null;
      if (nextList) {
        next = await nextList;
        nextList = next.finished ? null : list(next.next);
        pageParts = parts(next);
      }
      const learnable = items.filter((i) => i.tags.length && i.parts.length);
      if (learnable.length) await deps.learn(learnable);
      const tagCounts = { ...p.tagCounts };
      for (const c of page.inRange) for (const t of c.tags) tagCounts[t] = (tagCounts[t] ?? 0) + 1;
      const last = page.items[page.items.length - 1];
      const t = now();
      p = {
        ...p,
        cursor: page.finished ? null : page.next,
        read: p.read + page.inRange.length,
        tagged: p.tagged + page.inRange.filter((c) => c.tags.length).length,
        learned: p.learned + learnable.length,
        tagCounts,
        reachedUpdate: last ? Math.max(p.since, last.lastUpdate) : p.reachedUpdate,
        elapsedMs: p.elapsedMs + (t - began),
        status: page.finished ? 'done' : 'running',
      };
      began = t;
      if (page.finished || t - lastCheckpoint >= CHECKPOINT_MS) {
        await save();
        lastCheckpoint = now();
      }
      deps.onProgress?.(p);
      if (page.finished || !next) return p;
      page = next;
    }
  } catch (err) {
    inner.abort();
    const cancelled = (err instanceof ApiError && err.kind === 'cancelled') || !!deps.signal?.aborted;
    p = {
      ...p,
      elapsedMs: p.elapsedMs + (now() - began),
      status: cancelled ? 'cancelled' : 'stopped',
      error: cancelled ? undefined : toErrorData(err),
    };
    await save();
    deps.onProgress?.(p);
    return p;
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
  }
}
