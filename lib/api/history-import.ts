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

/** Runs (or resumes) the import from `progress` until done, cancelled or stopped; answers the last progress. */
export async function runHistoryImport(start: HistoryProgress, deps: HistoryDeps): Promise<HistoryProgress> {
  const now = deps.now ?? Date.now;
  let p: HistoryProgress = { ...start, status: 'running', error: undefined, tagCounts: { ...start.tagCounts } };
  const publish = async () => {
    await deps.save(p);
    deps.onProgress?.(p);
  };
  await publish();
  for (;;) {
    const began = now();
    try {
      const page = await conversationsPage(deps.client, p.appId, {}, p.cursor, deps.signal);
      const inRange = page.items.filter((c) => c.lastUpdate >= p.since);
      const pastRange = inRange.length < page.items.length;
      // One page's parts are read side by side; the client keeps at most 2 requests in flight.
      const inner = new AbortController();
      const onAbort = () => inner.abort();
      deps.signal?.addEventListener('abort', onAbort, { once: true });
      let items: LearnItem[];
      try {
        items = await Promise.all(
          inRange.map(async (c: ApiConversation) => ({
            conversationId: c.id,
            tags: c.tags,
            parts: c.tags.length ? await conversationParts(deps.client, c.id, { signal: inner.signal }) : [],
          })),
        );
      } catch (err) {
        inner.abort();
        throw err;
      } finally {
        deps.signal?.removeEventListener('abort', onAbort);
      }
      const learnable = items.filter((i) => i.tags.length && i.parts.length);
      if (learnable.length) await deps.learn(learnable);
      const tagCounts = { ...p.tagCounts };
      for (const c of inRange) for (const t of c.tags) tagCounts[t] = (tagCounts[t] ?? 0) + 1;
      const last = page.items[page.items.length - 1];
      const finished = pastRange || !page.next;
      p = {
        ...p,
        cursor: finished ? null : page.next,
        read: p.read + inRange.length,
        tagged: p.tagged + inRange.filter((c) => c.tags.length).length,
        learned: p.learned + learnable.length,
        tagCounts,
        reachedUpdate: last ? Math.max(p.since, last.lastUpdate) : p.reachedUpdate,
        elapsedMs: p.elapsedMs + (now() - began),
        status: finished ? 'done' : 'running',
      };
      await publish();
      if (finished) return p;
    } catch (err) {
      const data = toErrorData(err);
      p = {
        ...p,
        elapsedMs: p.elapsedMs + (now() - began),
        status: err instanceof ApiError && err.kind === 'cancelled' ? 'cancelled' : 'stopped',
        error: err instanceof ApiError && err.kind === 'cancelled' ? undefined : data,
      };
      await publish();
      return p;
    }
  }
}
