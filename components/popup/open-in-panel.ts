import { browser } from 'wxt/browser';
import { tabMessenger } from '../../lib/channel/client';

/**
 * Opens a dialogue from the popup in the panel tab the operator already has (the active one first),
 * bringing that tab and its window forward; only when no panel tab is open does it open a new one.
 * The panel's own page is asked to show the dialogue without a reload; when it cannot, the tab loads the link.
 */
export async function openInPanel(link: string): Promise<'focused' | 'loaded' | 'created'> {
  const origin = new URL(link).origin;
  const tabs = await browser.tabs.query({ url: `${origin}/*` }).catch(() => []);
  const tab = tabs.find((t) => t.active && t.id !== undefined) ?? tabs.find((t) => t.id !== undefined);
  if (!tab?.id) {
    await browser.tabs.create({ url: link });
    return 'created';
  }
  // A tab whose page has no sidebar (or an old one) does not answer: it loads the link instead.
  const inPlace = await tabMessenger.sendMessage('openDialogue', link, tab.id).then(
    (answer) => answer === true,
    () => false,
  );
  await browser.tabs.update(tab.id, inPlace ? { active: true } : { url: link, active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
  return inPlace ? 'focused' : 'loaded';
}

/** A list link's click: the panel tab instead of a new one. Modified clicks keep the browser's own meaning. */
export function onPanelLinkClick(e: MouseEvent, link: string) {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  void openInPanel(link)
    .then(() => window.close())
    .catch(() => void browser.tabs.create({ url: link }));
}
