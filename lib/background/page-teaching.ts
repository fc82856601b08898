import { browser } from 'wxt/browser';
import type { PageCapture } from '../carrotquest/capture';
import { matchesPattern, PANEL_MATCHES } from '../carrotquest/panel-address';
import type { ProfileKey } from '../carrotquest/profile-keys';
import { originPattern } from '../carrotquest/team-origin';
import { loadSettings, saveSettings } from '../settings/store';
import { syncTeamPanels } from './team-panels';

/**
 * The background's part in teaching the page: injecting the page tools into the asking tab, saving a taught
 * selector into the user's profile override (validated like every settings write), and carrying the options
 * page's "Show me" and "Save page capture" to an open panel tab.
 */

/** The page tools' built file (entrypoints/page-tools.ts). */
export const PAGE_TOOLS_FILE = '/page-tools.js';

export type SaveSelectorAnswer = { ok: true } | { ok: false; error: string };
export type TabAnswer = { ok: true } | { ok: false; error: string };
export type CaptureAnswer = { ok: true; capture: PageCapture } | { ok: false; error: string };

/** Into the sender's own frame and world (the content script's): the tools share its globals. */
export async function injectPageTools(sender: { tab?: { id?: number }; frameId?: number }): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('injectPageTools: no tab');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_TOOLS_FILE as never] });
}

/** The options page's "Show me": the tools in the panel tab start teaching `key` there. */
export async function teachInTab(key: ProfileKey): Promise<TabAnswer> {
  const tab = await lastPanelTab();
  if (!tab) return { ok: false, error: 'no-panel-tab' };
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [PAGE_TOOLS_FILE as never] });
  await browser.scripting.executeScript({
    target: { tabId: tab.id },
    args: [key],
    // Runs in the tab: starts the teaching without waiting for the operator to finish it.
    func: (k: string) => void (globalThis as unknown as Record<string, { teach(k: string): Promise<void> }>).__sidekickPageTools?.teach(k).catch(() => {}),
  });
  await bringToFront(tab);
  return { ok: true };
}

/** The options page's "Save page capture": a capture of the panel tab used last. */
export async function captureInTab(): Promise<CaptureAnswer> {
  const tab = await lastPanelTab();
  if (!tab) return { ok: false, error: 'no-panel-tab' };
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [PAGE_TOOLS_FILE as never] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => (globalThis as unknown as Record<string, { capture(): Promise<unknown> }>).__sidekickPageTools?.capture() ?? null,
  });
  const capture = result?.result as PageCapture | null | undefined;
  return capture ? { ok: true, capture } : { ok: false, error: 'the panel tab has no sidebar' };
}

/** The key's selector in the override becomes `selector`; the last save wins, and every panel tab re-reads. */
export async function saveSelector(key: ProfileKey, selector: string): Promise<SaveSelectorAnswer> {
  const settings = await loadSettings();
  const doc = { ...settings, carrotquest: { ...settings.carrotquest, selectors: { ...settings.carrotquest.selectors, [key]: selector } } };
  const result = await saveSettings(doc);
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

/** The panel tab the operator used last, on a built-in or a team address; null when none is open. */
export async function lastPanelTab(): Promise<{ id: number; windowId?: number } | null> {
  const settings = await loadSettings();
  const patterns = [...PANEL_MATCHES, ...(settings.carrotquest.panelHosts ?? []).map(originPattern)];
  const tabs = await browser.tabs.query({});
  const panel = tabs
    .filter((tab) => tab.id !== undefined && tab.url && patterns.some((p) => matchesPattern(p, tab.url!)))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return panel ? { id: panel.id!, windowId: panel.windowId } : null;
}

export async function bringToFront(tab: { id: number; windowId?: number }) {
  await browser.tabs.update(tab.id, { active: true }).catch(() => {});
  if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true }).catch(() => {});
}

/** Registers the sidebar on the team's granted addresses; answers the patterns registered. */
export async function syncTeamPanelsFromSettings(): Promise<string[]> {
  const settings = await loadSettings();
  return syncTeamPanels(browser as never, settings.carrotquest.panelHosts ?? []);
}
