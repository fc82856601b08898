/**
 * Whether the browser lets the content script run on the panel. Chromium grants the content script's
 * addresses with the install; Firefox treats them as host access the operator may refuse after install or
 * take back in about:addons, and then the sidebar never appears there. Pure: the browser's check is passed in.
 */
import { PANEL_MATCHES } from './panel-address';
import { originPattern } from './team-origin';

/** `permissions.contains` for one set of origins. */
export type ContainsOrigins = (origins: string[]) => Promise<boolean>;

/**
 * The panel's match patterns (the built-in ones, then the team's own origins) whose host access is missing,
 * in that order. A check that fails counts as granted: the notice is for access the browser says is not there.
 */
export async function missingPanelAccess(contains: ContainsOrigins, teamOrigins: readonly string[] = []): Promise<string[]> {
  const patterns = [...new Set([...PANEL_MATCHES, ...teamOrigins.flatMap(teamPattern)])];
  const granted = await Promise.all(
    patterns.map((p) =>
      Promise.resolve()
        .then(() => contains([p]))
        .catch(() => true),
    ),
  );
  return patterns.filter((_, i) => !granted[i]);
}

function teamPattern(origin: string): string[] {
  try {
    return [originPattern(origin)];
  } catch {
    return [];
  }
}

/** The host a match pattern names, as the operator reads it (`https://carrotquest.io/panel/*` → `carrotquest.io`). */
export function patternHost(pattern: string): string {
  return /^[a-z]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern;
}
