/**
 * The stored link as an href only when it is http(s): links come from the panel page, and a
 * `javascript:` one would run in the extension's own page.
 */
export function safeLink(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
