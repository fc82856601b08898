import type { DraftWarning } from '../../lib/replies/draft-check';
import { sideStore } from '../shared/useStore';
import type { SidebarStore } from '../sidebar/store';

/** The warnings about the operator's draft now; empty while the draft breaks no rule. */
export interface DraftCheckState {
  warnings: DraftWarning[];
}

export const draftCheckStore = sideStore<DraftCheckState, SidebarStore>(() => ({ warnings: [] }));
