import * as v from 'valibot';
import { SettingsSchema, type Settings } from './schema';
import { defaultSettings } from './defaults';

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string; field?: string };

const MAX_FILE_BYTES = 5 * 1024 * 1024;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Fills what a partial document leaves out from `base`, one level of objects deep; arrays replace. */
function mergeOver(base: Record<string, unknown>, doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, val] of Object.entries(doc)) {
    out[k] = isPlainObject(val) && isPlainObject(base[k]) && k !== 'selectors' ? { ...(base[k] as object), ...val } : val;
  }
  return out;
}

function firstIssue(issues: v.BaseIssue<unknown>[]): { field?: string; error: string } {
  const issue = issues[0];
  const field = v.getDotPath(issue) ?? undefined;
  // valibot words an unknown key as "Expected never"; the operator needs to hear what it is.
  const message = issue.type === 'strict_object' ? 'unknown key' : issue.message;
  return { field, error: field ? `${field}: ${message}` : message };
}

/**
 * Validates a whole settings document (already parsed). Keys it leaves out keep the values of `base`;
 * a key it should not have, or a bad value, rejects it whole with the first bad field named.
 */
export function validateSettings(doc: unknown, base: Settings = defaultSettings()): SettingsResult {
  if (!isPlainObject(doc)) return { ok: false, error: 'settings must be a JSON object' };
  if (!('version' in doc)) return { ok: false, field: 'version', error: 'version: missing' };
  const merged = mergeOver(base as unknown as Record<string, unknown>, doc);
  const parsed = v.safeParse(SettingsSchema, merged);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.issues) };
  const names = new Set<string>();
  for (const [i, t] of parsed.output.tags.entries()) {
    const key = t.name.toLowerCase();
    if (names.has(key)) return { ok: false, field: `tags.${i}.name`, error: `tags.${i}.name: duplicate tag "${t.name}"` };
    names.add(key);
  }
  const ids = new Set<string>();
  for (const [i, r] of parsed.output.replies.entries()) {
    if (ids.has(r.id)) return { ok: false, field: `replies.${i}.id`, error: `replies.${i}.id: duplicate reply id "${r.id}"` };
    ids.add(r.id);
  }
  return { ok: true, settings: parsed.output };
}

/** Parses and validates the text of a settings file. */
export function parseSettingsFile(text: string, base?: Settings): SettingsResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'the file is larger than 5 MB' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  return validateSettings(doc, base);
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}
