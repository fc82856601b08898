import { dialogueLink, parsePanelAddress } from '../carrotquest/panel-address';
import { recentDailyStart, summarize, type DailyRow } from '../stats/daily-summary';
import { addDays, dayKey, type DayKey } from '../stats/day';
import type { SyncedConversation, SyncState } from './coverage-sync';

/**
 * My coverage counted from the API's copy (lib/api/coverage-sync.ts): the dialogues in which I (the
 * admin I picked) wrote a reply, tagged or not, as the same per-day rows the popup counts the browser's
 * own coverage from. The background writes it to `storage.local` after each sync, so the popup reads one
 * small value beside the settings and never waits for the network.
 */
export const SERVER_COVERAGE_KEY = 'api.coverage';
/** The operator's choice in the popup: numbers from CarrotQuest (`api`) or from this browser (`page`). */
export const COVERAGE_SOURCE_KEY = 'api.coverageSource';
export const SERVER_COVERAGE_VERSION = 1;

export interface ServerUntagged {
  id: string;
  link: string;
  customerName?: string;
  /** My reply days there, in `tz`. */
  replyDays: DayKey[];
  lastMyReplyAt: number;
}

export interface ServerCoverage {
  version: number;
  appId: string;
  adminId: string;
  adminName: string;
  /** The zone the days are in (the operator's, when counted). */
  tz: string;
  /** When the copy was last brought up to date (ms). */
  syncedAt: number;
  /** The rows from 31 days before `countedAt` (UTC) on, and whether I replied anywhere in the copy. */
  rows: DailyRow[];
  any: boolean;
  countedAt: number;
  /** Untagged dialogues I replied in today or yesterday, as the `include_no_tags` filter listed them. */
  untagged: ServerUntagged[];
  untaggedVia: 'filter' | 'copy';
}

/** The panel link of conversation `id`, from the address of the panel the operator last worked in. */
export function conversationLink(panelUrl: string, id: string): string {
  const old = parsePanelAddress(panelUrl).dialogueId;
  if (/\/panel\/\d+/.test(panelUrl) || !old) return dialogueLink(panelUrl, id);
  return dialogueLink(panelUrl.replace(old, id), id);
}

export function serverCoverage(
  mine: readonly SyncedConversation[],
  {
    appId,
    adminId,
    adminName,
    tz,
    now,
    state,
    panelUrl,
  }: { appId: string; adminId: string; adminName: string; tz: string; now: number; state: SyncState; panelUrl: string },
): ServerCoverage {
  const withDays = mine
    .filter((c) => c.appId === appId && (c.replies[adminId]?.length ?? 0) > 0)
    .map((c) => {
      const times = c.replies[adminId]!;
      return { c, tags: c.tags, replyDays: [...new Set(times.map((t) => dayKey(t, tz)))], last: times[times.length - 1]! };
    });
  const from = recentDailyStart(now);
  const rows = summarize(withDays).filter((r) => r.day >= from);
  const today = dayKey(now, tz);
  const yesterday = addDays(today, -1);
  const listed = state.untagged?.via === 'filter' ? new Set(state.untagged.ids) : null;
  const untagged = withDays
    .filter(({ c }) => (listed ? listed.has(c.id) && c.tags.length === 0 : c.tags.length === 0))
    .filter(({ replyDays }) => replyDays.includes(today) || replyDays.includes(yesterday))
    .sort((a, b) => b.last - a.last)
    .map(({ c, replyDays, last }) => ({
      id: c.id,
      link: conversationLink(panelUrl, c.id),
      customerName: c.customerName,
      replyDays,
      lastMyReplyAt: last,
    }));
  return {
    version: SERVER_COVERAGE_VERSION,
    appId,
    adminId,
    adminName,
    tz,
    syncedAt: state.syncedAt ?? now,
    rows,
    any: withDays.length > 0,
    countedAt: now,
    untagged,
    untaggedVia: state.untagged?.via ?? 'copy',
  };
}

/** The stored value, when it is one this build wrote; anything else is ignored (the browser's numbers show). */
export function readServerCoverage(v: unknown): ServerCoverage | null {
  if (!v || typeof v !== 'object') return null;
  const c = v as Partial<ServerCoverage>;
  if (c.version !== SERVER_COVERAGE_VERSION || !Array.isArray(c.rows) || !Array.isArray(c.untagged) || typeof c.tz !== 'string')
    return null;
  return c as ServerCoverage;
}
