import { createPanelsApi, PANELS_GLOBAL } from '../components/escalation/panels-island';

// Imported into a panel tab's extension world (the content script's) the first time a dialogue needs the
// escalation's panels: when the operator escalates, or opens a dialogue escalated before.
export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  world[PANELS_GLOBAL] ??= createPanelsApi();
});
