import { browser } from 'wxt/browser';
import { PANELS_GLOBAL, type PanelsApi } from './panels-island';

/**
 * Imports the escalation panels, a web-accessible module under a per-session URL, into this content
 * script's world (as the page tools are: components/teach/tools.ts).
 */
export async function importPanels(): Promise<PanelsApi> {
  const world = globalThis as unknown as Record<string, PanelsApi | undefined>;
  if (!world[PANELS_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL('/escalation-panels.js'));
  const panels = world[PANELS_GLOBAL];
  if (!panels) throw new Error('the escalation panels did not load');
  return panels;
}
