import * as v from 'valibot';
import {
  CUSTOMER_TEXT_CAP,
  MY_REPLIES_CAP,
  type DialogueRecord,
  type EscalationRecord,
  type FeedbackRecord,
  type ModelRecord,
  type TagEvent,
} from './schema';

/**
 * The one shape of every stored row, used both when a row is written (`storable`) and when a backup is
 * restored (lib/db/backup.ts): what the database accepts, a backup of it restores. The writers fit what
 * the page gives into these limits first (`fitDialogue`, ...), so a hostile page (a 2,500-character
 * link, times before 1970, hundreds of tags) is stored in a form the import takes back.
 */
export const ROW_LIMITS = {
  /** A dialogue id (the panel's are 19 digits); a longer one is refused at the channel, never cut. */
  id: 500,
  /** A dialogue link; a longer one loses its query, then is dropped (a cut link would point elsewhere). */
  link: 8000,
  /** Names, emails, customer ids, the assignee. */
  person: 500,
  tag: 200,
  tags: 1000,
  summary: 2000,
  ref: 2000,
  jiraKey: 100,
  value: 200,
  modelKey: 200,
} as const;

/** The latest time a row may hold (the largest a Date can show). */
const TIME_MAX = 8.64e15;

const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(TIME_MAX));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const rowId = v.pipe(v.number(), v.integer(), v.minValue(1));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(max, `longer than ${max} characters`));
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const dayKey = v.pipe(v.string(), v.regex(DAY_KEY, 'must be a day YYYY-MM-DD'));

export const DialogueRowSchema = v.strictObject({
  id: nonEmpty(ROW_LIMITS.id),
  link: text(ROW_LIMITS.link),
  customerName: v.optional(text(ROW_LIMITS.person)),
  customerEmail: v.optional(text(ROW_LIMITS.person)),
  customerId: v.optional(text(ROW_LIMITS.person)),
  firstSeen: time,
  lastSeen: time,
  seenAt: v.optional(time),
  tags: v.pipe(v.array(nonEmpty(ROW_LIMITS.tag)), v.maxLength(ROW_LIMITS.tags, `more than ${ROW_LIMITS.tags} tags`)),
  tagsAt: v.optional(time),
  repliedByMe: v.picklist([0, 1]),
  myReplyAt: v.pipe(v.array(time), v.maxLength(MY_REPLIES_CAP, `more than ${MY_REPLIES_CAP} replies`)),
  myReplyCount: count,
  lastMyReplyAt: v.optional(time),
  replyDays: v.pipe(v.array(dayKey), v.maxLength(MY_REPLIES_CAP, `more than ${MY_REPLIES_CAP} days`)),
  assignee: v.optional(text(ROW_LIMITS.person)),
  assignedToMe: v.picklist([0, 1]),
  assignedSince: v.optional(time),
  customerText: text(CUSTOMER_TEXT_CAP),
  lastCustomerMessageAt: v.optional(time),
  customerMessageCount: count,
  complexity: v.optional(
    v.strictObject({
      level: v.picklist(['simple', 'complex', 'critical', 'proposal']),
      source: v.picklist(['auto', 'operator']),
      at: time,
    }),
  ),
});

export const TagEventRowSchema = v.strictObject({
  id: v.optional(rowId),
  dialogueId: nonEmpty(ROW_LIMITS.id),
  tag: nonEmpty(ROW_LIMITS.tag),
  action: v.picklist(['add', 'remove']),
  at: time,
});

export const EscalationRowSchema = v.strictObject({
  id: v.optional(rowId),
  dialogueId: nonEmpty(ROW_LIMITS.id),
  at: time,
  slackRef: v.optional(text(ROW_LIMITS.ref)),
  jiraKey: v.optional(text(ROW_LIMITS.jiraKey)),
  jiraUrl: v.optional(text(ROW_LIMITS.link)),
  summary: text(ROW_LIMITS.summary),
  customerMessageCount: count,
});

export const FeedbackRowSchema = v.strictObject({
  id: v.optional(rowId),
  dialogueId: nonEmpty(ROW_LIMITS.id),
  kind: v.picklist(['complexity']),
  value: text(ROW_LIMITS.value),
  text: text(CUSTOMER_TEXT_CAP),
  at: time,
});

export const ModelRowSchema = v.strictObject({
  key: nonEmpty(ROW_LIMITS.modelKey),
  data: v.unknown(),
  updatedAt: time,
});

// These fail to compile when a record type in schema.ts changes and its schema here does not,
// so a new field cannot be silently dropped from (or refused by) backups.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
export type RowSchemasMatchRecords = Check<
  Same<v.InferOutput<typeof DialogueRowSchema>, DialogueRecord> &
    Same<v.InferOutput<typeof TagEventRowSchema>, TagEvent> &
    Same<v.InferOutput<typeof EscalationRowSchema>, EscalationRecord> &
    Same<v.InferOutput<typeof FeedbackRowSchema>, FeedbackRecord> &
    Same<v.InferOutput<typeof ModelRowSchema>, ModelRecord>
>;

export const ROW_SCHEMAS = {
  dialogues: DialogueRowSchema,
  tagEvents: TagEventRowSchema,
  escalations: EscalationRowSchema,
  feedback: FeedbackRowSchema,
  models: ModelRowSchema,
} as const;
export type RowTable = keyof typeof ROW_SCHEMAS;

/** '[3].tags[0]' style place of a valibot issue inside a row. */
export function issuePlace(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
}

/** The problem of a valibot issue in the operator's words ("Expected never" is an unknown field). */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  return issue.type === 'strict_object' ? 'unknown field' : issue.message;
}

/** The first reason `row` does not fit `table`'s shape, e.g. ".tags[0]: empty"; null when it fits. */
export function rowProblem(table: RowTable, row: unknown): string | null {
  const parsed = v.safeParse(ROW_SCHEMAS[table] as v.GenericSchema, row);
  if (parsed.success) return null;
  const [issue] = parsed.issues;
  return `${issuePlace(issue)}: ${issueMessage(issue)}`;
}

/**
 * The check every writer makes before a row reaches the database: a row the backup import would refuse
 * is never written (the write fails with the field named, and the caller reports it).
 */
export function storable<T>(table: RowTable, row: T): T {
  const problem = rowProblem(table, row);
  if (problem) throw new Error(`${table}${problem}: not stored`);
  return row;
}

/** A time within what a row may hold: not before 1970, not after the end of Date; not a number → 0. */
export const fitTime = (ms: number): number => (Number.isFinite(ms) ? Math.min(Math.max(ms, 0), TIME_MAX) : 0);
const fitOptionalTime = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : fitTime(ms));
const cut = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);
const cutOptional = (s: string | undefined, max: number): string | undefined => (s === undefined ? undefined : cut(s, max));

/** A tag name as stored: at most 200 characters (the panel's are short; a longer one is page noise). */
export const fitTag = (tag: string): string => cut(tag, ROW_LIMITS.tag);

/** The dialogue's tags as stored: no empty names, each cut to the limit, no repeats, at most 1,000. */
export function fitTags(tags: readonly string[]): string[] {
  return [...new Set(tags.filter((t) => t.length > 0).map(fitTag))].slice(0, ROW_LIMITS.tags);
}

/** A link over the limit keeps its address without the query and fragment, or is dropped. */
export function fitLink(link: string): string {
  if (link.length <= ROW_LIMITS.link) return link;
  const bare = link.replace(/[?#][^]*$/, '');
  return bare.length <= ROW_LIMITS.link ? bare : '';
}

/** A dialogue record brought within the row limits; its id is left as it is (see ROW_LIMITS.id). */
export function fitDialogue(r: DialogueRecord): DialogueRecord {
  const myReplyAt = r.myReplyAt.map(fitTime).slice(-MY_REPLIES_CAP);
  const out: DialogueRecord = {
    ...r,
    link: fitLink(r.link),
    customerName: cutOptional(r.customerName, ROW_LIMITS.person),
    customerEmail: cutOptional(r.customerEmail, ROW_LIMITS.person),
    customerId: cutOptional(r.customerId, ROW_LIMITS.person),
    firstSeen: fitTime(r.firstSeen),
    lastSeen: fitTime(r.lastSeen),
    seenAt: fitOptionalTime(r.seenAt),
    tags: fitTags(r.tags),
    tagsAt: fitOptionalTime(r.tagsAt),
    myReplyAt,
    lastMyReplyAt: myReplyAt.at(-1),
    replyDays: r.replyDays.filter((d) => DAY_KEY.test(d)).slice(-MY_REPLIES_CAP),
    assignee: cutOptional(r.assignee, ROW_LIMITS.person),
    customerText: r.customerText.length > CUSTOMER_TEXT_CAP ? r.customerText.slice(-CUSTOMER_TEXT_CAP) : r.customerText,
    lastCustomerMessageAt: fitOptionalTime(r.lastCustomerMessageAt),
    complexity: r.complexity && { ...r.complexity, at: fitTime(r.complexity.at) },
  };
  // Keys whose value is undefined are left out, as the record was written before.
  for (const key of Object.keys(out) as (keyof DialogueRecord)[]) if (out[key] === undefined) delete out[key];
  return out;
}

export function fitTagEvent(e: TagEvent): TagEvent {
  return { ...e, tag: fitTag(e.tag), at: fitTime(e.at) };
}

/** Fits the fields an escalation write may carry (a whole record or a patch). */
export function fitEscalationFields<T extends Partial<EscalationRecord>>(e: T): T {
  const out: T = { ...e };
  if (out.at !== undefined) out.at = fitTime(out.at);
  if (out.slackRef !== undefined) out.slackRef = cut(out.slackRef, ROW_LIMITS.ref);
  if (out.jiraKey !== undefined) out.jiraKey = cut(out.jiraKey, ROW_LIMITS.jiraKey);
  if (out.jiraUrl !== undefined) out.jiraUrl = fitLink(out.jiraUrl);
  if (out.summary !== undefined) out.summary = cut(out.summary, ROW_LIMITS.summary);
  return out;
}

export function fitFeedback(f: FeedbackRecord): FeedbackRecord {
  return { ...f, value: cut(f.value, ROW_LIMITS.value), text: f.text.slice(-CUSTOMER_TEXT_CAP), at: fitTime(f.at) };
}
