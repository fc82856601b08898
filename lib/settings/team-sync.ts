import { browser } from 'wxt/browser';
import type { Settings } from './schema';
import { defaultSettings } from './defaults';
import { validateSettings } from './validate';
import { loadSettings, saveSettings } from './store';

/**
 * The team's shared settings, read from a URL the team controls (its own git repository), so a whole
 * team shares tags, replies, rules and the selector profile.
 *
 * Which parts the team file decides: everything it sets, except the operator's personal keys. Of the
 * `operator` block only the keys in TEAM_OPERATOR_KEYS come from the team file (the team's shared SSH
 * key is one); the operator's name, language, time zone, shifts, retention and the team URL itself stay
 * the operator's own, so a team file can neither rename everyone nor point the sync somewhere else.
 * Keys the team file leaves out keep their current values; arrays it sets (tags, replies) replace.
 */

export const TEAM_OPERATOR_KEYS = ['sshPublicKey'] as const satisfies readonly (keyof Settings['operator'])[];

export const TEAM_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const TEAM_FETCH_TIMEOUT_MS = 15_000;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type TeamSettingsResult = { ok: true; settings: Settings } | { ok: false; error: string };

export interface TeamFetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reads the body as text, giving up once it passes `maxBytes` (a server may not say how big it is). */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Fetches and validates the team file over `current`. Refuses anything but https, bodies over 5 MB, a
 * server slower than the timeout, and a document validateSettings rejects (the first bad field named).
 */
export async function fetchTeamSettings(
  url: string,
  fetchFn: FetchLike = (input, init) => fetch(input, init),
  current: Settings = defaultSettings(),
  options: TeamFetchOptions = {},
): Promise<TeamSettingsResult> {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return { ok: false, error: 'the team settings URL is not a URL' };
  }
  if (parsedUrl.protocol !== 'https:') return { ok: false, error: 'the team settings URL must start with https://' };

  const maxBytes = options.maxBytes ?? TEAM_FILE_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? TEAM_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race covers a server that answers quickly and then stalls the body, and a fetch that ignores the signal.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error('timeout'));
    }, timeoutMs);
  });
  const download = async (): Promise<TeamSettingsResult | string | null> => {
    const response = await fetchFn(parsedUrl.href, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
    if (response.url && !response.url.startsWith('https://')) return { ok: false, error: 'the team settings URL redirected away from https' };
    if (!response.ok) return { ok: false, error: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    return readCapped(response, maxBytes);
  };
  let body: string | null;
  try {
    const outcome = await Promise.race([download(), timeout]);
    if (outcome !== null && typeof outcome === 'object') return outcome;
    body = outcome;
  } catch (e) {
    if (controller.signal.aborted) return { ok: false, error: `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}` };
    return { ok: false, error: `could not fetch: ${(e as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
  if (body === null) return { ok: false, error: `the team file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };

  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: `the team file is not valid JSON: ${(e as Error).message}` };
  }
  const checked = validateSettings(doc, current);
  if (!checked.ok) return { ok: false, error: `the team file was refused: ${checked.error}` };

  const teamOperator = isPlainObject(doc) && isPlainObject(doc.operator) ? doc.operator : {};
  const operator = { ...current.operator };
  for (const key of TEAM_OPERATOR_KEYS) {
    if (key in teamOperator) operator[key] = checked.settings.operator[key];
  }
  const merged = validateSettings({ ...checked.settings, operator }, current);
  return merged.ok ? { ok: true, settings: merged.settings } : { ok: false, error: `the team file was refused: ${merged.error}` };
}

export interface TeamSyncStatus {
  lastSuccessAt: number | null;
  lastError: string | null;
  lastAttemptAt: number | null;
}

const STATUS_KEY = 'teamSync';

export async function getTeamSyncStatus(): Promise<TeamSyncStatus> {
  const stored = (await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as Partial<TeamSyncStatus> | undefined;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  return {
    lastSuccessAt: num(stored?.lastSuccessAt),
    lastError: typeof stored?.lastError === 'string' ? stored.lastError : null,
    lastAttemptAt: num(stored?.lastAttemptAt),
  };
}

export async function setTeamSyncStatus(status: TeamSyncStatus): Promise<void> {
  await browser.storage.local.set({ [STATUS_KEY]: status });
}

export type TeamSyncOutcome = { ran: false } | { ran: true; ok: true } | { ran: true; ok: false; error: string };

export interface TeamSyncOptions {
  /** The settings to merge over; loaded from storage when left out. */
  settings?: Settings;
  now?: number;
  fetchFn?: FetchLike;
}

/**
 * One sync, as the background's alarm or the options page's "sync now" runs it. With no team URL set it
 * does nothing. On success the merged settings are saved; on any failure the stored settings are left
 * as they are (the last good ones) and the error is kept in the status for the options page.
 */
export async function syncTeamSettings(options: TeamSyncOptions = {}): Promise<TeamSyncOutcome> {
  const current = options.settings ?? (await loadSettings());
  const url = current.operator.teamSettingsUrl;
  if (!url) return { ran: false };
  const previous = await getTeamSyncStatus();
  const attemptAt = options.now ?? Date.now();
  const result = await fetchTeamSettings(url, options.fetchFn, current);
  let error = result.ok ? null : result.error;
  if (result.ok) {
    const saved = await saveSettings(result.settings);
    if (!saved.ok) error = `the team file was refused: ${saved.error}`;
  }
  await setTeamSyncStatus({
    lastSuccessAt: error === null ? attemptAt : previous.lastSuccessAt,
    lastError: error,
    lastAttemptAt: attemptAt,
  });
  return error === null ? { ran: true, ok: true } : { ran: true, ok: false, error };
}
