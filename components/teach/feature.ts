import { onTabMessage } from '../../lib/channel/page-client';
import type { FeatureContext, SidebarFeature } from '../sidebar/feature';
import { TeachSection } from './TeachSection';
import { loadPageTools, withPageTools } from './tools';

/** The options page's "Show me" and "Save page capture" reach this tab through the background. */
function start({ service, signal }: FeatureContext) {
  const stopTeach = onTabMessage('teachPart', (data) => withPageTools(service, (tools) => tools.teach(data)));
  const stopCapture = onTabMessage('capturePage', async () => (await loadPageTools()).capture().catch(() => null));
  signal.addEventListener(
    'abort',
    () => {
      stopTeach();
      stopCapture();
    },
    { once: true },
  );
}

/**
 * Teaching the page by pointing, and page captures. The health line's "Show me" (and the options page's)
 * loads the page tools into this tab (components/teach/tools.ts); they draw the teaching into this
 * section's slot and save the selector into the user's profile override, after which the host reads the
 * page again. The content script carries only this section and the buttons.
 */
export const teachFeature: SidebarFeature = {
  id: 'teach',
  label: { en: 'Teaching', ru: 'Обучение' },
  slot: 'footer',
  Section: TeachSection,
  start,
};
