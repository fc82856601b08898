import type { SidebarFeature } from '../sidebar/feature';
import { HealthLine } from './HealthLine';

/** The line that says which parts of the page were not found, and which features stopped. */
export const healthFeature: SidebarFeature = {
  id: 'health',
  label: { en: 'Page check', ru: 'Проверка страницы' },
  slot: 'footer',
  Section: HealthLine,
};
