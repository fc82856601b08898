import type { Language, Reply } from '../settings/schema';
import { pickText } from './language';
import { fillReply, renderReply, type ReplyValues } from './variables';

/**
 * A reply as the operator is about to insert it. The variables to ask for are decided from what
 * the sidebar knows, not from what was typed, so the form does not lose an input while the operator
 * types into it; the customer's text exists only once every asked variable resolves.
 */
export interface PreparedReply {
  /** The template in the chosen language (or the other one when the chosen is empty). */
  template: string;
  /** True when the reply has no text in either language: nothing can be inserted. */
  empty: boolean;
  /** Variables the operator has to type, each once, in order of appearance. */
  ask: string[];
  /** Asked variables whose typed value does not resolve yet (blank, or an estimate not understood). */
  unresolved: string[];
  /** What the operator sees before inserting: unresolved placeholders are left visible. */
  preview: string;
  /** The text for the customer, or null while anything is unresolved. */
  text: string | null;
}

export function prepareReply(
  reply: Pick<Reply, 'text'>,
  lang: Language,
  values: ReplyValues,
  typed: Record<string, string | undefined> = {},
): PreparedReply {
  const template = pickText(reply, lang);
  if (!template.trim()) return { template, empty: true, ask: [], unresolved: [], preview: '', text: null };
  const ask = renderReply(template, values).missing;
  // Only asked variables take typed values: a stale entry must not override what the page shows.
  const relevant: Record<string, string | undefined> = {};
  for (const name of ask) relevant[name] = Object.hasOwn(typed, name) ? typed[name] : undefined;
  const filled = fillReply(template, values, relevant);
  if (filled.ok) return { template, empty: false, ask, unresolved: [], preview: filled.text, text: filled.text };
  const merged: ReplyValues = { ...values };
  for (const [name, value] of Object.entries(relevant)) if (typeof value === 'string' && value.trim()) merged[name] = value;
  return { template, empty: false, ask, unresolved: filled.missing, preview: renderReply(template, merged).text, text: null };
}
