/**
 * The API's objects, as far as the extension reads them (CARROTQUEST-API.md §7), and the checks that
 * turn an answer's `data` into them. Ids are strings (`id_as_string=true`); an object without one is skipped.
 */
export interface ApiAdmin {
  id: string;
  name: string;
  type?: string;
}

export interface ApiConversation {
  id: string;
  created: number;
  lastUpdate: number;
  closed: boolean;
  tags: string[];
  assignee: ApiAdmin | null;
  partsCount: number;
  userName?: string;
  userEmail?: string;
}

export interface ApiPart {
  id: string;
  created: number;
  type: string;
  /** True for the visitor's own messages. */
  fromCustomer: boolean;
  text: string;
  author?: string;
  /** The operator's id, for operator parts. */
  authorId?: string;
  /** The part carries files or images (`attachments`). */
  attachment?: boolean;
}

export interface ApiChannel {
  id: string;
  name: string;
  operators: ApiAdmin[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const idOf = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{1,20}$/.test(v) ? v : typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : null;
const num = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() && Number.isFinite(Number(v)) ? Number(v) : 0;

export function toAdmin(v: unknown): ApiAdmin | null {
  if (!isObj(v)) return null;
  const id = idOf(v.id);
  if (!id) return null;
  return { id, name: typeof v.name === 'string' ? v.name : '', type: typeof v.type === 'string' ? v.type : undefined };
}

/** The longest part text kept: a 1 MB part is cut, not carried into the models whole. */
export const MAX_PART_CHARS = 4000;

/** Part bodies may hold HTML (`<p>…</p>`): the text is taken out, never rendered. */
export function partText(body: unknown): string {
  if (typeof body !== 'string') return '';
  const cut = body.length > MAX_PART_CHARS * 4 ? body.slice(0, MAX_PART_CHARS * 4) : body;
  return cut
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .trim()
    .slice(0, MAX_PART_CHARS);
}

export function toConversation(v: unknown): ApiConversation | null {
  if (!isObj(v)) return null;
  const id = idOf(v.id);
  if (!id) return null;
  const user = isObj(v.user) ? v.user : undefined;
  const props = user && isObj(user.props) ? user.props : undefined;
  return {
    id,
    created: num(v.created),
    lastUpdate: num(v.last_update) || num(v.created),
    closed: v.closed === true,
    tags: Array.isArray(v.tags) ? v.tags.filter((t): t is string => typeof t === 'string' && t.length > 0) : [],
    assignee: toAdmin(v.assignee),
    partsCount: num(v.parts_count),
    userName: typeof props?.$name === 'string' ? props.$name : undefined,
    userEmail: typeof props?.$email === 'string' ? props.$email : undefined,
  };
}

export function toPart(v: unknown): ApiPart | null {
  if (!isObj(v)) return null;
  const id = idOf(v.id);
  if (!id) return null;
  const type = typeof v.type === 'string' ? v.type : '';
  const from = isObj(v.from) ? toAdmin(v.from) : null;
  return {
    id,
    created: num(v.created),
    type,
    fromCustomer: type === 'reply_user' || (type === '' && v.direction === 'u2a'),
    text: partText(v.body),
    author: from?.name,
    authorId: from?.id,
    ...(Array.isArray(v.attachments) && v.attachments.length > 0 && { attachment: true }),
  };
}

export function toChannel(v: unknown): ApiChannel | null {
  if (!isObj(v)) return null;
  const id = idOf(v.id);
  if (!id) return null;
  const operators = Array.isArray(v.operators) ? v.operators.map(toAdmin).filter((a): a is ApiAdmin => !!a) : [];
  return { id, name: typeof v.name === 'string' ? v.name : '', operators };
}

export function list<T>(data: unknown, convert: (v: unknown) => T | null): T[] {
  return Array.isArray(data) ? data.map(convert).filter((x): x is T => x !== null) : [];
}
