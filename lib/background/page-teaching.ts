import { browser } from 'wxt/browser';
import { tabMessenger } from '../channel/client';
import type { PageCapture } from '../carrotquest/capture';
import type { ProfileKey } from '../carrotquest/profile-keys';
import { loadSettings, saveSettings } from '../settings/store';
import { oneAtATime, syncTeamPanels } from './team-panels';

/**
 * The background's part in teaching the page: saving a taught
 * selector into the user's profile override (validated like every settings write), and carrying the options
 * page's "Show me" and "Save page capture" to an open panel tab.
 */

export type SaveSelectorAnswer = { ok: true } | { ok: false; error: string };
export type TabAnswer = { ok: true } | { ok: false; error: string };
export type CaptureAnswer = { ok: true; capture: PageCapture } | { ok: false; error: string };

/** The options page's "Show me": the tools in the panel tab start teaching `key` there. */
export async function teachInTab(key: ProfileKey): Promise<TabAnswer> {
  const tab = await lastPanelTab();
  if (!tab) return { ok: false, error: 'no-panel-tab' };
  // The tab's content script loads its page tools itself: the panel's host grants this extension no host
  // permission, so the background cannot inject into it.
  const reached = await tabMessenger.sendMessage('teachPart', key, tab.id).then(
    () => true,
    () => false,
  );
  if (!reached) return { ok: false, error: 'the panel tab has no sidebar' };
  await bringToFront(tab);
  return { ok: true };
}

/** The options page's "Save page capture": a capture of the panel tab used last. */
export async function captureInTab(): Promise<CaptureAnswer> {
  const tab = await lastPanelTab();
  if (!tab) return { ok: false, error: 'no-panel-tab' };
  const capture = await tabMessenger.sendMessage('capturePage', undefined, tab.id).catch(() => null);
  return capture ? { ok: true, capture } : { ok: false, error: 'the panel tab has no sidebar' };
}

/** The key's selector in the override becomes `selector`; the last save wins, and every panel tab re-reads. */
export async function saveSelector(key: ProfileKey, selector: string): Promise<SaveSelectorAnswer> {
  const settings = await loadSettings();
  const doc = { ...settings, carrotquest: { ...settings.carrotquest, selectors: { ...settings.carrotquest.selectors, [key]: selector } } };
  const result = await saveSettings(doc);
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

const LAST_PANEL_TAB = 'lastPanelTab';

/**
 * Remembers the tab whose sidebar spoke last. Without host permission for the panel the background cannot
 * read tab addresses, so the sidebar's own messages say where the panel is.
 */
export async function notePanelTab(sender: { tab?: { id?: number; windowId?: number } }): Promise<void> {
  const id = sender.tab?.id;
  if (id === undefined) return;
  await browser.storage.session.set({ [LAST_PANEL_TAB]: { id, windowId: sender.tab?.windowId } });
}

/** The panel tab the operator used last (its sidebar spoke last), if it is still open; null otherwise. */
export async function lastPanelTab(): Promise<{ id: number; windowId?: number } | null> {
  const stored = (await browser.storage.session.get(LAST_PANEL_TAB))[LAST_PANEL_TAB] as { id?: unknown; windowId?: unknown } | undefined;
  if (!stored || typeof stored.id !== 'number') return null;
  const tab = await browser.tabs.get(stored.id).catch(() => null);
  return tab?.id !== undefined ? { id: tab.id, windowId: tab.windowId } : null;
}

export async function bringToFront(tab: { id: number; windowId?: number }) {
  await browser.tabs.update(tab.id, { active: true }).catch(() => {});
  if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true }).catch(() => {});
}

/** Registers the sidebar on the team's granted addresses; answers the patterns registered. */
export const syncTeamPanelsFromSettings: () => Promise<string[]> = oneAtATime(async () => {
  const settings = await loadSettings();
  return syncTeamPanels(browser as never, settings.carrotquest.panelHosts ?? []);
});
