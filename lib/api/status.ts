import type { ApiErrorData } from './errors';
import type { HistoryProgress } from './history-import';
import type { TeamRow } from '../stats/team';

/** What the options page shows of API mode. Never the key itself: only its mask. */
export interface ApiStatus {
  /** A key is stored and passed its last test. */
  connected: boolean;
  maskedKey: string;
  origin: string | null;
  appId: string | null;
  channels: number | null;
  operators: { id: string; name: string }[];
  adminId: string;
  adminName: string;
  /** The admin whose name is the panel's operator name, when exactly one is. */
  suggestedAdminId: string | null;
  error: ApiErrorData | null;
}

/** Where the copy of the server's conversations stands (lib/api/coverage-sync.ts). */
export interface SyncInfo {
  /** When the last complete sync ended (ms); null before the first. */
  syncedAt: number | null;
  /** A sync is running now. */
  running: boolean;
  /** Conversations of the last 31 days in the copy. */
  conversations: number;
  /** The last sync failed (the copy keeps what it had; the next one resumes where it stopped). */
  error: ApiErrorData | null;
}

/** The lead's team view (options → Team), counted from the copy. */
export interface TeamView extends SyncInfo {
  /** A key is connected and the panel's app is known. */
  connected: boolean;
  rows: TeamRow[];
}

export type { HistoryProgress };
