import { parsePanelAddress } from '../carrotquest/panel-address';

/**
 * Which API a panel talks to. The API hosts are CarrotQuest's own, listed in the manifest beside the
 * panel hosts (wxt.config.ts), so nothing is asked at run time.
 */
export const API_ORIGINS = {
  carrotquest: 'https://api.carrotquest.io',
  dashly: 'https://api.dashly.app',
} as const;

export const API_HOST_PERMISSIONS = [`${API_ORIGINS.carrotquest}/*`, `${API_ORIGINS.dashly}/*`];

/** The API origin for a panel address: Dashly's panel (any `dashly.*` host) uses Dashly's API, everything else CarrotQuest's. */
export function apiOriginFor(panelUrl: string): string {
  let host = '';
  try {
    host = new URL(panelUrl).hostname;
  } catch {
    /* not a URL: CarrotQuest */
  }
  return /(^|\.)dashly\.(io|app)$/.test(host) ? API_ORIGINS.dashly : API_ORIGINS.carrotquest;
}

/** The app (project) id in a panel address (lib/carrotquest/panel-address reads every known shape). */
export function appIdFromPanelUrl(panelUrl: string): string | null {
  return parsePanelAddress(panelUrl).appId;
}
