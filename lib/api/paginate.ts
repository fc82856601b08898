import type { ApiAnswer, ApiClient, Params } from './client';

/**
 * Cursor pagination over a list. The current API answers `meta.next_before_position` (or
 * `next_after_position`), a JSON array passed back as `paginate_position`; the legacy one answers
 * `meta.next_after`, passed back as `after`. A cursor is kept as an opaque string that says which of
 * the two it is, so a saved one resumes the same walk after a restart.
 */

/** `b:<json>` / `a:<json>`: current generation, before/after; `l:<text>`: legacy `after`. */
export type Cursor = string;

export function nextCursor(answer: Pick<ApiAnswer<unknown>, 'cursors'>): Cursor | null {
  const { next_before_position: before, next_after_position: after, next_after: legacy } = answer.cursors;
  if (before && before !== 'null') return `b:${before}`;
  if (after && after !== 'null') return `a:${after}`;
  if (legacy && legacy !== 'null') return `l:${/^".*"$/.test(legacy) ? (JSON.parse(legacy) as string) : legacy}`;
  return null;
}

export function cursorParams(cursor: Cursor | null): Params {
  if (!cursor) return {};
  const value = cursor.slice(2);
  switch (cursor[0]) {
    case 'b':
      return { paginate_position: value, paginate_direction: 'before' };
    case 'a':
      return { paginate_position: value, paginate_direction: 'after' };
    default:
      return { after: value };
  }
}

export interface Page<T> {
  items: T[];
  /** The cursor of the page after this one; null at the end. */
  next: Cursor | null;
  /** Why the walk ends here, when it does. */
  end?: 'last-page' | 'repeated-cursor' | 'empty-page';
}

/**
 * Walks a list page by page from `start` (null: the first page). Ends at a null cursor, at an empty page,
 * or at a cursor seen before (a server that repeats itself must not loop the client forever).
 */
export async function* pages<T>(
  client: ApiClient,
  path: string,
  params: Params,
  { start = null, count = 50, signal }: { start?: Cursor | null; count?: number; signal?: AbortSignal } = {},
): AsyncGenerator<Page<T>> {
  const seen = new Set<string>();
  let cursor = start;
  if (cursor) seen.add(cursor);
  for (;;) {
    const answer = await client.request<T[]>('GET', path, { ...params, paginate_count: count, count, ...cursorParams(cursor) }, { signal });
    const items = Array.isArray(answer.data) ? answer.data : [];
    let next = nextCursor(answer);
    let end: Page<T>['end'];
    if (!next) end = 'last-page';
    else if (seen.has(next)) end = 'repeated-cursor';
    else if (!items.length) end = 'empty-page';
    if (end) next = null;
    else seen.add(next!);
    yield { items, next, end };
    if (end) return;
    cursor = next;
  }
}
