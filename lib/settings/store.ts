import { browser } from 'wxt/browser';
import { defaultSettings } from './defaults';
import { documentVersion } from './migrate';
import { repairSettings, validateSettings, type SettingsResult } from './validate';
import type { Settings } from './schema';
import { SETTINGS_KEY } from './stored';
import { SETTINGS_VERSION } from './version';

/**
 * Settings live in extension storage (not IndexedDB) so every context, the content script included,
 * reads them directly and hears changes.
 */
const KEY = SETTINGS_KEY;

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return defaultSettings();
  // An older document is migrated in memory here (validation migrates first) and written back by
  // migrateStoredSettings when the background starts.
  // A stored value that no longer validates (hand-edited storage, a stricter rule) falls back to its
  // default alone rather than breaking the panel or losing the rest.
  return repairSettings(stored).settings;
}

export type StoredMigration =
  { status: 'none' | 'current' } | { status: 'migrated'; from: number; to: number } | { status: 'kept'; error: string };

/**
 * Run when the background starts: stored settings of an older version are migrated and written back,
 * so every context reads this version's shape. A document that cannot be migrated (a newer version, or
 * one that no longer validates) is kept untouched, never replaced by the defaults.
 */
export async function migrateStoredSettings(): Promise<StoredMigration> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return { status: 'none' };
  const version = typeof stored === 'object' && stored !== null ? documentVersion(stored as Record<string, unknown>) : null;
  if (version?.ok && version.version === SETTINGS_VERSION) return { status: 'current' };
  const result = validateSettings(stored);
  if (!result.ok || !version?.ok) return { status: 'kept', error: result.ok ? 'settings: no readable version' : result.error };
  await browser.storage.local.set({ [KEY]: result.settings });
  return { status: 'migrated', from: version.version, to: SETTINGS_VERSION };
}

/** Validates, then saves; an invalid document is refused and the stored settings stay as they were. */
export async function saveSettings(doc: unknown): Promise<SettingsResult> {
  const result = validateSettings(doc);
  if (result.ok) await browser.storage.local.set({ [KEY]: result.settings });
  return result;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    listener(repairSettings(changes[KEY]?.newValue ?? { version: SETTINGS_VERSION }).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
