import { render } from 'preact';
import { StoreContext, type SidebarStore } from '../sidebar/store';
import { EscalationPanels, type PanelsPart, type PanelsProps } from './EscalationPanels';

/** The escalation panels as the section draws them into its slots (see `panels-loader.ts`). */
export interface PanelsApi {
  /** Draws (or updates) `part` into `slot` with the sidebar's store. */
  render(slot: HTMLElement, store: SidebarStore, part: PanelsPart, props: PanelsProps): void;
  /** Takes what `render` drew out of `slot`. */
  unmount(slot: HTMLElement): void;
}

export const PANELS_GLOBAL = '__sidekickEscalationPanels';

/**
 * The panels with their own Preact: when they load as a module of their own (entrypoints/escalation-panels.ts)
 * they render their own tree into the section's slot, under the same store.
 */
export function createPanelsApi(): PanelsApi {
  return {
    render(slot, store, part, props) {
      render(
        <StoreContext.Provider value={store}>
          <EscalationPanels part={part} {...props} />
        </StoreContext.Provider>,
        slot,
      );
    },
    unmount(slot) {
      render(null, slot);
    },
  };
}
