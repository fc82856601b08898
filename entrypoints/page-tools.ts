import { createPageTools, PAGE_TOOLS_GLOBAL } from '../lib/carrotquest/page-tools';

// Injected into a panel tab's extension world (the content script's) only when the operator teaches the
// page or saves a capture; the content script finds the tools under this global.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_TOOLS_GLOBAL] ??= createPageTools();
});
