import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { ComplexityLevel } from '../db/schema';
import { SECRET_KIND_LABELS, type SecretKind } from '../secrets/detect';
import type { Language, Reply, Settings } from '../settings/schema';
import { dialogueLanguage, pickTitle } from './language';
import { BUILT_IN_REPLIES, mergeReplies } from './library';
import { pickerEntries } from './picker-order';
import { prepareReply, type PreparedReply } from './prepare';
import { replyTriggers, secretWarnings, type Reason } from './triggers';
import { replyValuesFor } from './values';
import type { ReplyValues } from './variables';
import { formatEstimate, parseEstimate, tripleEstimate } from './estimate';

/**
 * Everything the sidebar shows about replies, computed from plain data in one go. It runs in the
 * background, so the reply library, the triggers and the secret patterns never load into the panel's
 * page; what crosses messaging is plain JSON and only as much text as the sidebar shows.
 */

/** The part of a snapshot replies are rendered from. */
export type ReplySnapshot = Pick<DialogueSnapshot, 'id' | 'link' | 'customer' | 'operator' | 'messages'>;

export type ReplySettings = Pick<Settings, 'operator' | 'replies'> & Partial<Pick<Settings, 'playbook'>>;

export interface ReplyContextInput {
  snapshot: ReplySnapshot;
  settings: ReplySettings;
  /** The sidebar's language: titles are given in it, and it decides when the customer's words do not. */
  uiLang: Language;
  /** The reply language the operator chose for this dialogue; null to take it from the customer's words. */
  replyLang: Language | null;
  /** The time, ms since epoch: which replies fit depends on the clock (shift end, Friday afternoon). */
  now: number;
}

export interface RepliesViewInput extends ReplyContextInput {
  /** The dialogue's complexity as the sidebar shows it, when known. */
  level: ComplexityLevel | null;
  query: string;
  /** What the operator typed into each reply's form: by reply id, then by variable. */
  typed: Record<string, Record<string, string>>;
}

/** A reply's form as the operator sees it before inserting. */
export interface ReplyFormState {
  /** No text in either language: nothing can be inserted. */
  empty: boolean;
  /** Variables the operator has to type, in order of appearance. */
  ask: string[];
  /** Asked variables whose typed value does not resolve yet. */
  unresolved: string[];
  /** The start of the text as the customer will read it; unresolved placeholders stay visible. */
  preview: string;
  /** The whole preview's length, so the sidebar can say how much it does not show. */
  previewLength: number;
  /** True when the reply can be inserted as it is. */
  ready: boolean;
  /** The operator's estimate as typed and as the customer will read it (three times it), once understood. */
  estimate?: { guess: string; quoted: string };
}

export interface ReplyEntry {
  id: string;
  /** In the sidebar's language, else the other, else the id. */
  title: string;
  /** Why the reply fits the dialogue now, when it does. */
  reason?: Reason;
  form: ReplyFormState;
}

export interface SuggestedReply extends ReplyEntry {
  reason: Reason;
}

export interface SecretWarningView {
  kind: SecretKind;
  label: Reason;
  /** Index into the dialogue's messages. */
  messageIndex: number;
}

export interface RepliesView {
  /** The language the customer writes in, as detected; the reply language unless the operator chose. */
  dialogueLang: Language;
  /** The language replies are written in for this dialogue. */
  replyLang: Language;
  /** Replies that fit the dialogue now, best first. */
  suggested: SuggestedReply[];
  /** The picker's list: the fitting replies first with no query, else in search order. */
  entries: ReplyEntry[];
  secretWarnings: SecretWarningView[];
}

export interface PrepareInsertInput extends ReplyContextInput {
  replyId: string;
  /** What the operator typed into this reply's form, by variable. */
  typed: Record<string, string>;
}

export type PreparedInsert =
  | { found: false }
  | {
      found: true;
      replyLang: Language;
      form: ReplyFormState;
      /** The whole text for the customer; null while anything is unresolved or the reply is empty. */
      text: string | null;
    };

/** Long replies are inserted whole; the preview only needs enough to recognise them. */
export const PREVIEW_MAX = 1200;

interface Context {
  replies: Reply[];
  dialogueLang: Language;
  replyLang: Language;
  values: ReplyValues;
}

function context(input: ReplyContextInput): Context {
  const { snapshot, settings, uiLang, now } = input;
  const replies = mergeReplies(BUILT_IN_REPLIES, settings.replies);
  const dialogueLang = dialogueLanguage(snapshot.messages, uiLang);
  const replyLang = input.replyLang ?? dialogueLang;
  const values = replyValuesFor({ snapshot, settings, now: new Date(now), lang: replyLang });
  return { replies, dialogueLang, replyLang, values };
}

function formState(p: PreparedReply, typed: Record<string, string> | undefined, lang: Language): ReplyFormState {
  const parsed = p.ask.includes('estimate') && typed?.estimate ? parseEstimate(typed.estimate) : undefined;
  return {
    ...(parsed ? { estimate: { guess: formatEstimate(parsed, lang), quoted: formatEstimate(tripleEstimate(parsed), lang) } } : {}),
    empty: p.empty,
    ask: p.ask,
    unresolved: p.unresolved,
    preview: p.preview.slice(0, PREVIEW_MAX),
    previewLength: p.preview.length,
    ready: p.text !== null,
  };
}

/** How many replies in the picker may say they fit now. */
export const FITS_NOW_MAX = 2;

export function repliesView(input: RepliesViewInput): RepliesView {
  const { snapshot, settings, uiLang, level, query, typed } = input;
  const ctx = context(input);
  const present = new Set(ctx.replies.map((r) => r.id));
  const triggers = replyTriggers({ messages: snapshot.messages, complexity: level, now: new Date(input.now), settings }).filter((tr) =>
    present.has(tr.replyId),
  );
  const entry = (reply: Reply, reason?: Reason): ReplyEntry => ({
    id: reply.id,
    title: pickTitle(reply, uiLang),
    ...(reason ? { reason } : {}),
    form: formState(prepareReply(reply, ctx.replyLang, ctx.values, typed[reply.id]), typed[reply.id], uiLang),
  });
  const byId = new Map(ctx.replies.map((r) => [r.id, r]));
  const fitting = new Set(triggers.slice(0, FITS_NOW_MAX).map((tr) => tr.replyId));
  return {
    dialogueLang: ctx.dialogueLang,
    replyLang: ctx.replyLang,
    suggested: triggers.map((tr) => entry(byId.get(tr.replyId)!, tr.reason) as SuggestedReply),
    // "Fits now" marks only the best few: a badge on most of the list tells the operator nothing.
    entries: pickerEntries(ctx.replies, triggers, query, uiLang).map((e) =>
      entry(e.reply, e.trigger && fitting.has(e.trigger.replyId) ? e.trigger.reason : undefined),
    ),
    secretWarnings: secretWarnings(snapshot.messages).map((w) => ({ ...w, label: SECRET_KIND_LABELS[w.kind] })),
  };
}

/** One reply rendered for the dialogue with what the operator typed: the text to insert, or why not yet. */
export function prepareInsert(input: PrepareInsertInput): PreparedInsert {
  const ctx = context(input);
  const reply = ctx.replies.find((r) => r.id === input.replyId);
  if (!reply) return { found: false };
  const p = prepareReply(reply, ctx.replyLang, ctx.values, input.typed);
  return { found: true, replyLang: ctx.replyLang, form: formState(p, input.typed, input.uiLang), text: p.text };
}
