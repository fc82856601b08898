import { originPattern } from '../carrotquest/team-origin';

/**
 * The sidebar on a team's own panel addresses: one content script registered at run time for the origins
 * the operator added (settings `carrotquest.panelHosts`) and granted access to. Registered with
 * `persistAcrossSessions`, so it survives browser restarts; synced again whenever the worker starts, the
 * extension is updated, the settings change or a permission is granted or removed.
 */

/** The content script's id among the registered ones. */
export const TEAM_SCRIPT_ID = 'sidekick-team-panels';
/** The built content script (WXT output path), the same one the manifest registers for the public hosts. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/carrotquest.js';

/** The parts of the extension APIs the sync needs (Chromium's and Firefox's `scripting` alike). */
export interface TeamPanelApis {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(
      scripts: {
        id: string;
        matches: string[];
        js: string[];
        runAt: 'document_idle';
        persistAcrossSessions: boolean;
      }[],
    ): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

/** The patterns the registration should hold now: each added origin whose permission is granted. */
export async function grantedPatterns(apis: TeamPanelApis, origins: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const origin of origins) {
    let pattern: string;
    try {
      pattern = originPattern(origin);
    } catch {
      continue;
    }
    if (!out.includes(pattern) && (await apis.permissions.contains({ origins: [pattern] }))) out.push(pattern);
  }
  return out;
}

/** Makes the registration match `origins` (granted ones only); answers the patterns registered. */
export async function syncTeamPanels(apis: TeamPanelApis, origins: readonly string[]): Promise<string[]> {
  const patterns = await grantedPatterns(apis, origins);
  const [current] = await apis.scripting.getRegisteredContentScripts({ ids: [TEAM_SCRIPT_ID] });
  const same = current && [...(current.matches ?? [])].sort().join() === [...patterns].sort().join();
  if (same) return patterns;
  if (current) await apis.scripting.unregisterContentScripts({ ids: [TEAM_SCRIPT_ID] });
  if (patterns.length) {
    await apis.scripting.registerContentScripts([
      { id: TEAM_SCRIPT_ID, matches: patterns, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return patterns;
}

/**
 * Runs `sync` one call at a time. The worker syncs on several events that arrive together (the settings
 * change, the permission grant, the options page asking): two syncs interleaving would both find nothing
 * registered and the second registration would fail on the duplicate id.
 */
export function oneAtATime<T>(sync: () => Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(sync, sync);
    last = next.catch(() => undefined);
    return next;
  };
}
