import type { SidebarFeature } from '../sidebar/feature';
import { WaitingBadge } from './WaitingBadge';

/** How long the customer has waited since their last unanswered message. */
export const waitingFeature: SidebarFeature = {
  id: 'waiting',
  label: { en: 'Waiting time', ru: 'Время ожидания' },
  slot: 'top',
  Section: WaitingBadge,
};
