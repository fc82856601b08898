import type { Reply } from '../settings/schema';
import { REPLY_VARIABLES, templateVariables } from './variables';

/**
 * How the options page edits the team's replies. The team's list (`settings.replies`) holds only what
 * differs from the built-in library: an edited or switched-off built-in reply is stored under its own
 * id, and a built-in reply edited back to its default leaves the list, so later improvements to the
 * default reach the team again.
 */

export type ReplyKind = 'built-in' | 'edited' | 'team';

export interface EditorRow {
  reply: Reply;
  kind: ReplyKind;
  /** The default this row overrides or is. */
  builtIn?: Reply;
}

const KNOWN = new Set<string>(REPLY_VARIABLES);

const clean = (s: string | undefined) => s ?? '';

/** True when two replies say the same to customers and the picker. */
export function sameReply(a: Reply, b: Reply): boolean {
  return (
    a.id === b.id &&
    clean(a.title.ru) === clean(b.title.ru) &&
    clean(a.title.en) === clean(b.title.en) &&
    clean(a.text.ru) === clean(b.text.ru) &&
    clean(a.text.en) === clean(b.text.en) &&
    a.keywords.length === b.keywords.length &&
    a.keywords.every((k, i) => k === b.keywords[i]) &&
    (a.enabled !== false) === (b.enabled !== false)
  );
}

/** Every reply the team has, built-in ones first in library order, with what each one is. */
export function editorRows(builtIn: readonly Reply[], team: readonly Reply[]): EditorRow[] {
  const teamById = new Map(team.map((r) => [r.id, r]));
  const builtInIds = new Set(builtIn.map((r) => r.id));
  const rows: EditorRow[] = builtIn.map((b) => {
    const own = teamById.get(b.id);
    return own ? { reply: own, kind: 'edited', builtIn: b } : { reply: b, kind: 'built-in', builtIn: b };
  });
  for (const r of team) if (!builtInIds.has(r.id)) rows.push({ reply: r, kind: 'team' });
  return rows;
}

/**
 * The team's list with `reply` saved in place of the entry `replacing` (its old id; the reply's own
 * id when absent), else appended. A built-in reply saved unchanged leaves the list.
 */
export function upsertReply(builtIn: readonly Reply[], team: readonly Reply[], reply: Reply, replacing: string = reply.id): Reply[] {
  const original = builtIn.find((b) => b.id === reply.id);
  const keep = !original || !sameReply(original, reply);
  const at = team.findIndex((r) => r.id === replacing);
  if (at < 0) return keep ? [...team, reply] : [...team];
  const next = [...team];
  if (keep) next[at] = reply;
  else next.splice(at, 1);
  return next;
}

/** The team's list with one reply switched on or off; a built-in one is copied in to be switched off. */
export function setReplyEnabled(builtIn: readonly Reply[], team: readonly Reply[], id: string, enabled: boolean): Reply[] {
  const current = team.find((r) => r.id === id) ?? builtIn.find((b) => b.id === id);
  if (!current) return [...team];
  return upsertReply(builtIn, team, { ...current, enabled });
}

/** The team's list without its override of a built-in reply (or without a team reply). */
export function removeReply(team: readonly Reply[], id: string): Reply[] {
  return team.filter((r) => r.id !== id);
}

/** Variables the reply uses that the sidebar cannot fill: the operator types them each time. */
export function unknownVariables(reply: Pick<Reply, 'text'>): string[] {
  const names = templateVariables(`${reply.text.ru ?? ''}\n${reply.text.en ?? ''}`);
  return names.filter((n) => !KNOWN.has(n));
}
