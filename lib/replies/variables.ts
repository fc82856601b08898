import type { Language } from '../settings/schema';
import { quoteEstimate } from './estimate';

/**
 * Reply templates: `{name}` and `{name|fallback}`. A variable with no value and no fallback, and
 * any variable this file does not know, is reported as missing so the UI can ask the operator for
 * it; only `fillReply` hands out text for the customer, and only when nothing is missing.
 */

export const REPLY_VARIABLES = [
  'customerFirstName',
  'operatorName',
  'dialogueLink',
  'nextWorkingDay',
  'estimate',
  'sshKey',
  'seniorName',
] as const;

export type ReplyVariable = (typeof REPLY_VARIABLES)[number];

/**
 * Raw values, as the sidebar knows them: `customerFirstName` may be the full name (its first word
 * is used), `estimate` is the operator's own guess (the customer reads three times it),
 * `nextWorkingDay` is already worded ("tomorrow", «в понедельник»). Other names are values the
 * operator typed for variables unknown to this file.
 */
export type ReplyValues = Partial<Record<ReplyVariable, string>> & Record<string, string | undefined>;

export interface RenderResult {
  text: string;
  /** Variables still to be filled, each once, in order of first appearance. */
  missing: string[];
}

export type FillResult = { ok: true; text: string } | { ok: false; missing: string[] };

const VARIABLE = /\{([A-Za-z][A-Za-z0-9_]*)(?:\|([^{}\n]*))?\}/g;

const KNOWN = new Set<string>(REPLY_VARIABLES);

/** Names the panel shows for customers it does not know; never greet someone as "Visitor". */
const NOT_A_NAME = new Set([
  'visitor',
  'user',
  'guest',
  'lead',
  'customer',
  'client',
  'unknown',
  'anonymous',
  'noname',
  'test',
  'посетитель',
  'пользователь',
  'гость',
  'лид',
  'клиент',
  'аноним',
  'неизвестный',
  'без',
]);

/** The first word of a customer's name, capitalised; undefined when the name is not a person's. */
export function firstName(name: string): string | undefined {
  if (name.includes('@')) return undefined;
  const word = /\p{L}[\p{L}\p{M}'’-]*/u.exec(name.trim())?.[0];
  if (!word || word.length < 2 || NOT_A_NAME.has(word.toLowerCase())) return undefined;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The template's own language, so a tripled estimate is worded like the text around it. */
function templateLanguage(template: string): Language {
  const outside = template.replace(VARIABLE, ' ');
  const cyrillic = (outside.match(/[А-Яа-яЁё]/g) ?? []).length;
  const latin = (outside.match(/[A-Za-z]/g) ?? []).length;
  return cyrillic > latin ? 'ru' : 'en';
}

/** A value never re-opens a variable: braces around a name would reach the customer literally. */
function inert(value: string): string {
  return value.replace(VARIABLE, (m) => m.slice(1, -1));
}

function resolve(name: string, raw: string | undefined, lang: Language): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  switch (name) {
    case 'customerFirstName':
      return firstName(value);
    case 'estimate':
      return quoteEstimate(value, lang);
    default:
      return inert(raw!);
  }
}

export function renderReply(template: string, values: ReplyValues): RenderResult {
  const missing: string[] = [];
  const lang = templateLanguage(template);
  const text = template.replace(VARIABLE, (whole, name: string, fallback: string | undefined) => {
    // Own properties only: `{constructor}` must not read Object.prototype and throw on `.trim()`.
    const own = Object.hasOwn(values, name) ? values[name] : undefined;
    const value = resolve(name, typeof own === 'string' ? own : undefined, lang);
    if (value !== undefined) return value;
    if (fallback !== undefined && KNOWN.has(name)) return fallback;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text, missing };
}

/**
 * The text to insert: `filled` holds what the operator typed for the missing variables (blank
 * entries do not count). Refuses while anything is still missing, so no `{name}` reaches the
 * customer.
 */
export function fillReply(template: string, values: ReplyValues, filled: Record<string, string | undefined>): FillResult {
  const merged: ReplyValues = { ...values };
  for (const [name, value] of Object.entries(filled)) if (typeof value === 'string' && value.trim()) merged[name] = value;
  const { text, missing } = renderReply(template, merged);
  return missing.length ? { ok: false, missing } : { ok: true, text };
}

/** The variable names a template uses, each once, known or not. */
export function templateVariables(template: string): string[] {
  const names: string[] = [];
  for (const [, name] of template.matchAll(VARIABLE)) if (name !== undefined && !names.includes(name)) names.push(name);
  return names;
}
