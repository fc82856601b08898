import { browser } from 'wxt/browser';
import { tabMessenger } from '../channel/client';
import { bringToFront, lastPanelTab } from './page-teaching';

export type OpenDialogueAnswer = 'focused' | 'created';

/**
 * The popup's list link: the dialogue opens in the panel tab the operator used last (its sidebar shows it
 * without a reload) and that tab comes forward. Without host permission for the panel the background
 * cannot look tabs up by address, so "the panel tab" is the one whose sidebar spoke last; only when there
 * is none, or its page is another panel's, does the link open in a new tab.
 */
export async function openDialogueInPanel(link: string): Promise<OpenDialogueAnswer> {
  const tab = await lastPanelTab();
  const inPlace =
    tab !== null &&
    (await tabMessenger.sendMessage('openDialogue', link, tab.id).then(
      (answer) => answer === true,
      () => false,
    ));
  if (tab && inPlace) {
    await bringToFront(tab);
    return 'focused';
  }
  await browser.tabs.create({ url: link });
  return 'created';
}
