import { browser } from 'wxt/browser';
import { defaultSettings } from './defaults';
import { repairSettings, validateSettings, type SettingsResult } from './validate';
import type { Settings } from './schema';
import { SETTINGS_KEY } from './stored';

/**
 * Settings live in extension storage (not IndexedDB) so every context, the content script included,
 * reads them directly and hears changes.
 */
const KEY = SETTINGS_KEY;

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return defaultSettings();
  // A stored value that no longer validates (hand-edited storage, a stricter rule) falls back to its
  // default alone rather than breaking the panel or losing the rest.
  return repairSettings(stored).settings;
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
    listener(repairSettings(changes[KEY].newValue ?? { version: 1 }).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
