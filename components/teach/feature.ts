import type { SidebarFeature } from '../sidebar/feature';
import { TeachSection } from './TeachSection';

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
};
