import { browser } from 'wxt/browser';
import { isPlainObject } from '../data/plain-object';
import { defaultSettings } from './defaults';
import { migrateSettings } from './migrate';
import type { Settings } from './schema';

/**
 * Settings as stored, for the content script and the popup. Every write goes through validation
 * (store.ts), so the page side reads them as they are and does not carry the validator on every panel
 * page. A document of an older version is migrated in memory (the background writes it back at start);
 * one from a newer version (after a downgrade) is read key by key for the parts this version knows. Either
 * way the operator's settings are used, never silently replaced by the defaults.
 */
export const SETTINGS_KEY = 'settings';

function fromStorage(stored: unknown): Settings {
  const base = defaultSettings();
  if (!isPlainObject(stored)) return base;
  const migrated = migrateSettings(stored);
  const doc = migrated.ok ? migrated.doc : stored;
  const group = <K extends 'carrotquest' | 'slack' | 'jira' | 'targets' | 'operator' | 'api' | 'playbook' | 'help' | 'queueAlert'>(
    key: K,
  ): Settings[K] => (isPlainObject(doc[key]) ? { ...base[key], ...doc[key] } : base[key]);
  const list = <K extends 'tags' | 'replies'>(key: K): Settings[K] => (Array.isArray(doc[key]) ? (doc[key] as Settings[K]) : base[key]);
  return {
    version: base.version,
    carrotquest: group('carrotquest'),
    tags: list('tags'),
    replies: list('replies'),
    slack: group('slack'),
    jira: group('jira'),
    targets: group('targets'),
    operator: group('operator'),
    api: group('api'),
    playbook: group('playbook'),
    help: group('help'),
    queueAlert: group('queueAlert'),
  };
}

export async function readStoredSettings(): Promise<Settings> {
  return fromStorage((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** The settings and other `storage.local` values in one read (the popup's first paint needs both). */
export async function readStoredSettingsWith(keys: readonly string[]): Promise<{ settings: Settings; values: Record<string, unknown> }> {
  const values = await browser.storage.local.get([SETTINGS_KEY, ...keys]);
  return { settings: fromStorage(values[SETTINGS_KEY]), values };
}

export function onStoredSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(fromStorage(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/**
 * Team-file changes held until the operator confirms them (lib/settings/team-sync.ts). Here so the
 * sidebar can show a notice without loading the validator.
 */
export const TEAM_PENDING_KEY = 'teamSyncPending';
