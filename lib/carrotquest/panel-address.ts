/**
 * Where the operator panel is served, and what its addresses say.
 *
 * Public evidence puts the panel at `https://carrotquest.io/panel/{app_id}/...` and Dashly's twin at
 * `https://dashly.io/panel/...`; `app.carrotquest.io` also appears, with other path shapes. A team may serve
 * it at an address of its own (lib/carrotquest/team-origin.ts). This file is pure: strings in, data out.
 */

/** The content script's static match patterns: the panel paths of the public hosts, never the marketing site. */
export const PANEL_MATCHES = [
  'https://carrotquest.io/panel/*',
  'https://www.carrotquest.io/panel/*',
  'https://dashly.io/panel/*',
  'https://www.dashly.io/panel/*',
  'https://app.carrotquest.io/*',
  'https://app.dashly.io/*',
] as const;

/** The hosts above; a team address equal to one of them is already covered. */
export const PANEL_HOSTS = [
  'carrotquest.io',
  'www.carrotquest.io',
  'dashly.io',
  'www.dashly.io',
  'app.carrotquest.io',
  'app.dashly.io',
] as const;

export interface PanelAddress {
  /** The project (app) id, kept for links and the API mode; null when the address has none. */
  appId: string | null;
  /** The open dialogue's id, or null. */
  dialogueId: string | null;
}

// `/panel/{app}/conversations/{id}` (the vendor's own shape), `/project/{app}/conversations/{id}` and
// `/apps/{app}/conversations/{id}`; anything may follow the id (a sub-page, a query, a hash).
const APP_PATH = /^\/(?:panel|project|apps)\/(\d{1,20})(?:\/|$)/;
const DIALOGUE_PATH = /\/(?:conversations|dialogs|dialogues)\/(\d{3,20})(?:[/?#]|$)/;
const DIALOGUE_HASH = /[#/](?:conversations|dialogs|dialogues|dialog)\/(\d{3,20})(?:[/?#]|$)/;

/**
 * The app id and dialogue id an address carries. Never throws. The sidebar's snapshot keeps the address
 * (`url`); whoever needs the app id (the API mode, links) reads it from there with this, outside the page.
 */
export function parsePanelAddress(href: string): PanelAddress {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { appId: null, dialogueId: null };
  }
  const appId = APP_PATH.exec(url.pathname)?.[1] ?? null;
  const dialogueId = DIALOGUE_PATH.exec(url.pathname)?.[1] ?? DIALOGUE_HASH.exec(url.hash)?.[1] ?? null;
  return { appId, dialogueId };
}

/**
 * The link a teammate can open for dialogue `id`. On `/panel/{app}/...` addresses that is the panel's own
 * canonical shape, `{origin}/panel/{app}/conversations/{id}`. Elsewhere the address up to the id, without the
 * operator's filters and scroll state. The panel's "copy link" writes to the clipboard, which a content
 * script should not read.
 */
export function dialogueLink(href: string, id: string): string {
  try {
    const url = new URL(href);
    const app = /^\/panel\/(\d+)/.exec(url.pathname)?.[1];
    // The vendor's two public hosts answer with and without `www.`; links name the bare host, as the vendor's own do.
    if (app) return `${url.protocol}//${url.host.replace(/^www\.(?=(?:carrotquest|dashly)\.io$)/, '')}/panel/${app}/conversations/${id}`;
    const path = url.pathname;
    const at = path.indexOf(id);
    if (at >= 0) return url.origin + path.slice(0, at + id.length);
    if (url.hash.includes(id)) return url.origin + url.pathname + url.hash.slice(0, url.hash.indexOf(id) + id.length);
    url.hash = '';
    return url.toString();
  } catch {
    return href;
  }
}

/** Whether `href` is matched by a match pattern of the kind above (`https://host/path*`). */
export function matchesPattern(pattern: string, href: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m || m[3] === undefined) return false;
  try {
    const url = new URL(href);
    const path = new RegExp(
      '^' +
        m[3]
          .split('*')
          .map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
    return url.protocol === `${m[1]}:` && url.hostname === m[2] && path.test(url.pathname + url.search);
  } catch {
    return false;
  }
}
