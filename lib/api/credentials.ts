import { browser } from 'wxt/browser';

/**
 * The operator's API key and who they are in CarrotQuest, kept in `storage.local` under a key of its
 * own: never part of the settings document, so never in its export, the team file or a backup.
 */
export const CREDENTIALS_KEY = 'api.credentials';
/** The panel the operator last worked in: where the API is and which app. Not secret. */
export const PANEL_KEY = 'api.panel';

export interface ApiCredentials {
  key: string;
  /** The admin the operator picked from the channels' operators, and their name. */
  adminId: string;
  adminName: string;
  /** Set when "Test connection" passed with this key. */
  connectedAt: number | null;
}

export interface PanelContext {
  origin: string;
  appId: string;
  /** The operator's name as the panel shows it, for matching an admin. */
  operatorName: string;
  /** The panel's address, for links to conversations the API lists (the dialogue's own path when it has no `/panel/`). */
  panelUrl?: string;
  seenAt: number;
}

export async function readCredentials(): Promise<ApiCredentials | null> {
  const v = (await browser.storage.local.get(CREDENTIALS_KEY))[CREDENTIALS_KEY] as ApiCredentials | undefined;
  return v && typeof v.key === 'string' && v.key ? v : null;
}

export async function writeCredentials(c: ApiCredentials | null): Promise<void> {
  if (c) await browser.storage.local.set({ [CREDENTIALS_KEY]: c });
  else await browser.storage.local.remove(CREDENTIALS_KEY);
}

export async function readPanel(): Promise<PanelContext | null> {
  return ((await browser.storage.local.get(PANEL_KEY))[PANEL_KEY] as PanelContext | undefined) ?? null;
}

export async function writePanel(p: PanelContext): Promise<void> {
  await browser.storage.local.set({ [PANEL_KEY]: p });
}

/** What the UI may show of a key: its last four characters. */
export function maskKey(key: string): string {
  return key ? `${'•'.repeat(8)}${key.length > 12 ? key.slice(-4) : ''}` : '';
}

/** An admin whose name is the panel's operator name (case, spaces and ё folded), if exactly one. */
export function matchAdmin<T extends { id: string; name: string }>(admins: T[], operatorName: string): T | null {
  const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  const want = fold(operatorName);
  if (!want) return null;
  const same = admins.filter((a) => fold(a.name) === want);
  return same.length === 1 ? (same[0] ?? null) : null;
}
