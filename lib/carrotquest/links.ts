/**
 * A link a teammate can open. The panel's own "copy link" writes to the clipboard, which a content
 * script should not read; the page URL up to the dialogue id is the same address without the
 * operator's filters and scroll state.
 */
export function dialogueLink(href: string, id: string): string {
  try {
    const url = new URL(href);
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
