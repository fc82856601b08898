import { browser } from 'wxt/browser';
import { defaultSettings } from './defaults';
import type { Settings } from './schema';

/**
 * Settings as stored, for the content script. Every write goes through validation (store.ts), so the
 * page side reads them as they are and does not carry the validator on every panel page; a document
 * of another version or shape falls back to the defaults key by key.
 */
export const SETTINGS_KEY = 'settings';

function fromStorage(stored: unknown): Settings {
  const base = defaultSettings();
  if (!stored || typeof stored !== 'object' || (stored as Settings).version !== base.version) return base;
  const doc = stored as Partial<Settings>;
  return {
    ...base,
    ...doc,
    carrotquest: { ...base.carrotquest, ...doc.carrotquest },
    slack: { ...base.slack, ...doc.slack },
    jira: { ...base.jira, ...doc.jira },
    targets: { ...base.targets, ...doc.targets },
    operator: { ...base.operator, ...doc.operator },
    api: { ...base.api, ...doc.api },
  };
}

export async function readStoredSettings(): Promise<Settings> {
  return fromStorage((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export function onStoredSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(fromStorage(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/**
 * Team-file changes held until the operator confirms them (lib/settings/team-sync.ts). Here so the
 * sidebar can show a notice without loading the validator.
 */
export const TEAM_PENDING_KEY = 'teamSyncPending';
