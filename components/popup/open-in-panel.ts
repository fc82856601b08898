import { browser } from 'wxt/browser';
import { service } from '../../lib/channel/client';

/**
 * Opens a dialogue from the popup in the panel tab the operator already has, bringing it forward
 * (the background finds it: `lib/background/open-dialogue.ts`); only when none can show it does a new tab open.
 */
export async function openInPanel(link: string): Promise<'focused' | 'created'> {
  return service.call('openDialogueInPanel', { link });
}

/** A list link's click: the panel tab instead of a new one. Modified clicks keep the browser's own meaning. */
export function onPanelLinkClick(e: MouseEvent, link: string) {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  void openInPanel(link)
    .then(() => window.close())
    .catch(() => void browser.tabs.create({ url: link }));
}
