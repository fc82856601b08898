import type { SidebarFeature } from '../sidebar/feature';
import { EscalateSection } from './EscalateSection';

/** The critical-issue routine: acknowledgement, the #tech-questions draft, the Jira task, the record. */
export const escalationFeature: SidebarFeature = {
  id: 'escalation',
  label: { en: 'Escalation', ru: 'Эскалация' },
  Section: EscalateSection,
};
