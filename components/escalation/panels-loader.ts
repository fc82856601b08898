import type { PanelsApi } from './panels-island';
import { importPanels } from './panels-source';

let loaded: PanelsApi | null = null;
let loading: Promise<PanelsApi> | null = null;

/** The panels if they have loaded already (then the section draws them in the same render). */
export const panelsNow = (): PanelsApi | null => loaded;

/** Loads the panels once per page; a failed load may be tried again. */
export function loadPanels(): Promise<PanelsApi> {
  loading ??= importPanels().then(
    (api) => (loaded = api),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
