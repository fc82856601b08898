import { browser } from 'wxt/browser';
import { defaultSettings } from './defaults';
import { validateSettings, type SettingsResult } from './validate';
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
  const result = validateSettings(stored);
  // A stored document that no longer validates (hand-edited storage) falls back rather than breaking the panel.
  return result.ok ? result.settings : defaultSettings();
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
    const result = validateSettings(changes[KEY].newValue ?? {version: 1});
    listener(result.ok ? result.settings : defaultSettings());
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
