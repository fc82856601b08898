import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { SidekickDb } from './database';
import { DAILY_MIRROR_KEY, DAILY_MIRROR_VERSION, type DailyMirror } from './daily-read';
import { readRecentDaily } from './stats-queries';
import { recentDailyStart } from '../stats/daily-summary';

/**
 * The copy of the recent `daily` rows that the popup paints its numbers from (daily-read.ts), kept in
 * session storage: in memory, counts only, gone when the browser closes.
 * - The background watches the query (mirrorRecentDaily), so its own writes, and those other extension
 *   pages make through Dexie while it is awake, keep the copy current; it writes it again on each start.
 * - Writes made elsewhere (the options page's import, retention and clear) may happen while the
 *   background sleeps, so they refresh the copy themselves (refreshDailyMirror, called in backup.ts).
 */
async function readMirror(db: SidekickDb, at: number): Promise<DailyMirror> {
  return { version: DAILY_MIRROR_VERSION, from: recentDailyStart(at), ...(await readRecentDaily(db, at)) };
}

/** Keeps the copy current from the background. Returns the unsubscribe. */
export function mirrorRecentDaily(db: SidekickDb, now: () => number = Date.now): () => void {
  const session = browser.storage.session;
  if (!session) return () => {};
  const subscription = liveQuery(() => readMirror(db, now())).subscribe({
    next: (mirror) => void session.set({ [DAILY_MIRROR_KEY]: mirror }).catch(() => {}),
    // A copy that can no longer be kept current must not be read: the popup then reads the database.
    error: () => void session.remove(DAILY_MIRROR_KEY).catch(() => {}),
  });
  return () => subscription.unsubscribe();
}

/** Writes the copy once, after a write made outside the background; drops it when that fails. */
export async function refreshDailyMirror(db: SidekickDb, now = Date.now()): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  try {
    await session.set({ [DAILY_MIRROR_KEY]: await readMirror(db, now) });
  } catch {
    await session.remove(DAILY_MIRROR_KEY).catch(() => {});
  }
}
