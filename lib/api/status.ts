import type { ApiErrorData } from './errors';
import type { HistoryProgress } from './history-import';

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

export type { HistoryProgress };
