/** The sidebar's shadow host element (a contract: DESIGN.md, "Test handles"). */
export const SIDEBAR_HOST = 'cq-sidekick';

/**
 * An extension update leaves the old content script's sidebar in the page while the new one starts.
 * Removing every earlier host before mounting keeps exactly one sidebar.
 */
export function removeStaleHosts(hostName: string, doc: Document = document): number {
  const stale = doc.querySelectorAll(hostName);
  stale.forEach((el) => el.remove());
  doc.querySelectorAll('style[data-sidekick]').forEach((el) => el.remove());
  return stale.length;
}
