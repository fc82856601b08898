import { createPageToolsApi } from '../components/teach/page-tools-api';
import { PAGE_TOOLS_GLOBAL } from '../components/teach/tools';

// Injected into a panel tab's extension world (the content script's) only when the operator teaches the
// page or saves a capture; the sidebar and the background find the tools under this global.
export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  world[PAGE_TOOLS_GLOBAL] ??= createPageToolsApi();
});
