import { PANEL_HOSTS } from './panel-address';

/**
 * A team's own panel address (a white-label domain, a new host), as the operator types it on the options
 * page. Only a whole HTTPS origin is accepted: it becomes one optional host permission and one content
 * script registration, so a wildcard would ask for more than the panel, a path could not be a permission
 * of its own, and plain http would put the sidebar on a page anyone on the network can rewrite.
 */
export type TeamOriginResult = { ok: true; origin: string; pattern: string } | { ok: false; reason: TeamOriginRefusal };

export type TeamOriginRefusal = 'empty' | 'wildcard' | 'http' | 'path' | 'invalid' | 'builtin';

export function parseTeamOrigin(input: string): TeamOriginResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.includes('*')) return { ok: false, reason: 'wildcard' };
  if (/^http:\/\//i.test(text)) return { ok: false, reason: 'http' };
  // A bare host is read as https; any other scheme is not a panel address.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: url.protocol === 'http:' ? 'http' : 'invalid' };
  if (url.username || url.password || !url.hostname || (!url.hostname.includes('.') && url.hostname !== 'localhost'))
    return { ok: false, reason: 'invalid' };
  const rest = withScheme.replace(/^https:\/\/[^/?#]*/i, '');
  if (rest !== '' && rest !== '/') return { ok: false, reason: 'path' };
  if ((PANEL_HOSTS as readonly string[]).includes(url.hostname) && !url.port) return { ok: false, reason: 'builtin' };
  // Match patterns take no port: the permission covers the host on every port, the origin kept says which.
  return { ok: true, origin: url.origin, pattern: `https://${url.hostname}/*` };
}

/** The match pattern of a stored origin (already checked when it was added). */
export function originPattern(origin: string): string {
  return `https://${new URL(origin).hostname}/*`;
}
