import type { SidebarFeature } from '../sidebar/feature';
import { ComplexitySection } from './ComplexitySection';

/** The open dialogue's complexity by the team's scale, and its playbook. */
export const triageFeature: SidebarFeature = {
  id: 'triage',
  label: { en: 'Complexity', ru: 'Сложность' },
  Section: ComplexitySection,
};
