/**
 * The knowledge base's search address: a template with `{query}` where the words go, checked when the
 * settings are saved (lib/settings/schema.ts) and again before a link is made from it.
 */
/** Where the query goes in a knowledge-base search template. */
export const KB_QUERY = '{query}';

/**
 * Why a knowledge-base template cannot be saved, or null when it can (empty means "no knowledge base").
 * Only http(s) addresses: the link is opened from the panel's page, so `javascript:` and `data:` never are.
 */
export function kbTemplateError(template: string): string | null {
  const t = template.trim();
  if (!t) return null;
  if (!/^https?:\/\//i.test(t)) return 'must start with https:// or http:// (a javascript: or other address is never opened)';
  if (!t.includes(KB_QUERY)) return `must contain ${KB_QUERY} where the search words go, e.g. https://kb.example.com/search?q=${KB_QUERY}`;
  try {
    new URL(t.split(KB_QUERY).join('x'));
  } catch {
    return 'is not a valid address';
  }
  return null;
}

/** The knowledge-base search for `query`; null without a valid template or without words. */
export function kbSearchUrl(template: string, query: string): string | null {
  if (!query.trim() || kbTemplateError(template) !== null || !template.trim()) return null;
  return template.trim().split(KB_QUERY).join(encodeURIComponent(query.trim()));
}
