import { browser } from 'wxt/browser';
import type { Settings } from './schema';
import { defaultSettings } from './defaults';
import { validateSettings } from './validate';
import { loadSettings, saveSettings } from './store';
import { TEAM_PENDING_KEY } from './stored';
import { isPlainObject } from '../data/plain-object';

/**
 * The team's shared settings, read from a URL the team controls (its own git repository), so a whole
 * team shares tags, replies, rules and the selector profile.
 *
 * Which parts the team file decides: everything it sets, except the operator's personal keys. Of the
 * `operator` block only the keys in TEAM_OPERATOR_KEYS come from the team file (the team's shared SSH
 * key is one); the operator's name, language, time zone, shifts, retention and the team URL itself stay
 * the operator's own, so a team file can neither rename everyone nor point the sync somewhere else.
 * Keys the team file leaves out keep their current values; arrays it sets (tags, replies) replace.
 *
 * Whoever can edit the team file must not be able to send customer data or a customer's trust
 * elsewhere: the Slack webhook (URL and switch) is never taken from it, and a change of the Jira host
 * (prefilled task links carry customer text), of the shared SSH key (customers add it to their
 * servers) or of the page profile is held until the operator confirms the difference shown
 * (`HeldTeamChanges`).
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
    if (response.url && !response.url.startsWith('https://'))
      return { ok: false, error: 'the team settings URL redirected away from https' };
    if (!response.ok)
      return { ok: false, error: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    return readCapped(response, maxBytes);
  };
  let body: string | null;
  try {
    const outcome = await Promise.race([download(), timeout]);
    if (outcome !== null && typeof outcome === 'object') return outcome;
    body = outcome;
  } catch (e) {
    if (controller.signal.aborted)
      return { ok: false, error: `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}` };
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
  // The webhook posts outside the browser: it stays the operator's own, whatever the file says.
  const slack = { ...checked.settings.slack, webhookUrl: current.slack.webhookUrl, webhookEnabled: current.slack.webhookEnabled };
  const merged = validateSettings({ ...checked.settings, operator, slack }, current);
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

/** A held field: what the operator has, and what the team file wants instead. */
export interface HeldValue<T> {
  current: T;
  team: T;
}

export interface HeldTeamChanges {
  at: number;
  jiraBaseUrl?: HeldValue<string>;
  sshPublicKey?: HeldValue<string>;
  selectors?: HeldValue<Settings['carrotquest']['selectors']>;
}

export type HeldField = Exclude<keyof HeldTeamChanges, 'at'>;
export const HELD_FIELDS: readonly HeldField[] = ['jiraBaseUrl', 'sshPublicKey', 'selectors'];

const PENDING_KEY = TEAM_PENDING_KEY;
/** Team values the operator said no to: not asked about again until the team file changes them. */
const DECLINED_KEY = 'teamSyncDeclined';

const hostOf = (url: string): string => {
  try {
    return url ? new URL(url).host.toLowerCase() : '';
  } catch {
    return url;
  }
};

/** Stable JSON: key order does not make two equal profiles differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function read(settings: Settings, field: HeldField): unknown {
  if (field === 'jiraBaseUrl') return settings.jira.baseUrl;
  if (field === 'sshPublicKey') return settings.operator.sshPublicKey;
  return settings.carrotquest.selectors;
}

function write(settings: Settings, field: HeldField, value: unknown): Settings {
  if (field === 'jiraBaseUrl') return { ...settings, jira: { ...settings.jira, baseUrl: value as string } };
  if (field === 'sshPublicKey') return { ...settings, operator: { ...settings.operator, sshPublicKey: value as string } };
  return { ...settings, carrotquest: { ...settings.carrotquest, selectors: value as Settings['carrotquest']['selectors'] } };
}

function differs(field: HeldField, a: unknown, b: unknown): boolean {
  // A new path on the same Jira host sends nothing anywhere new.
  if (field === 'jiraBaseUrl') return hostOf(a as string) !== hostOf(b as string);
  return canonical(a) !== canonical(b);
}

/**
 * Splits what the team file wants into what applies now and what waits for the operator: the held
 * fields keep the operator's current values in `apply`. Values the operator declined before are
 * kept without asking again.
 */
export function holdTeamChanges(
  current: Settings,
  team: Settings,
  declined: Partial<Record<HeldField, string>> = {},
  now = Date.now(),
): { apply: Settings; held: HeldTeamChanges | null } {
  let apply = team;
  const held: HeldTeamChanges = { at: now };
  for (const field of HELD_FIELDS) {
    const mine = read(current, field);
    const theirs = read(team, field);
    if (!differs(field, mine, theirs)) continue;
    apply = write(apply, field, mine);
    if (declined[field] === canonical(theirs)) continue;
    (held as unknown as Record<HeldField, HeldValue<unknown>>)[field] = { current: mine, team: theirs };
  }
  return { apply, held: HELD_FIELDS.some((f) => held[f]) ? held : null };
}

export async function getHeldTeamChanges(): Promise<HeldTeamChanges | null> {
  const stored = (await browser.storage.local.get(PENDING_KEY))[PENDING_KEY];
  return isPlainObject(stored) && typeof stored.at === 'number' ? (stored as unknown as HeldTeamChanges) : null;
}

async function getDeclined(): Promise<Partial<Record<HeldField, string>>> {
  const stored = (await browser.storage.local.get(DECLINED_KEY))[DECLINED_KEY];
  return isPlainObject(stored) ? (stored as Partial<Record<HeldField, string>>) : {};
}

/** Applies the held team values the operator confirmed (all of them when `fields` is left out). */
export async function confirmTeamChanges(fields: readonly HeldField[] = HELD_FIELDS): Promise<{ ok: true } | { ok: false; error: string }> {
  const held = await getHeldTeamChanges();
  if (!held) return { ok: true };
  let next = await loadSettings();
  for (const field of fields) if (held[field]) next = write(next, field, held[field]!.team);
  const saved = await saveSettings(next);
  if (!saved.ok) return { ok: false, error: saved.error };
  await settle(held, fields);
  return { ok: true };
}

/** Keeps the operator's values; the same team values are not asked about again. */
export async function declineTeamChanges(fields: readonly HeldField[] = HELD_FIELDS): Promise<void> {
  const held = await getHeldTeamChanges();
  if (!held) return;
  const declined = await getDeclined();
  for (const field of fields) if (held[field]) declined[field] = canonical(held[field]!.team);
  await browser.storage.local.set({ [DECLINED_KEY]: declined });
  await settle(held, fields);
}

async function settle(held: HeldTeamChanges, fields: readonly HeldField[]): Promise<void> {
  const left: HeldTeamChanges = { ...held };
  for (const field of fields) delete left[field];
  if (HELD_FIELDS.some((f) => left[f])) await browser.storage.local.set({ [PENDING_KEY]: left });
  else await browser.storage.local.remove(PENDING_KEY);
}

export type TeamSyncOutcome = { ran: false } | { ran: true; ok: true; held?: HeldField[] } | { ran: true; ok: false; error: string };

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
  let held: HeldTeamChanges | null = null;
  if (result.ok) {
    const split = holdTeamChanges(current, result.settings, await getDeclined(), attemptAt);
    held = split.held;
    const saved = await saveSettings(split.apply);
    if (!saved.ok) error = `the team file was refused: ${saved.error}`;
    else if (held) await browser.storage.local.set({ [PENDING_KEY]: held });
    else await browser.storage.local.remove(PENDING_KEY);
  }
  await setTeamSyncStatus({
    lastSuccessAt: error === null ? attemptAt : previous.lastSuccessAt,
    lastError: error,
    lastAttemptAt: attemptAt,
  });
  if (error !== null) return { ran: true, ok: false, error };
  return held ? { ran: true, ok: true, held: HELD_FIELDS.filter((f) => held![f]) } : { ran: true, ok: true };
}
