import * as v from 'valibot';
import { SettingsSchema, type Settings } from './schema';
import { defaultSettings } from './defaults';
import { isPlainObject } from '../data/plain-object';
import { migrateSettings } from './migrate';

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string; field?: string };

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Fills what a partial document leaves out from `base`, one level of objects deep; arrays replace. */
function mergeOver(base: Record<string, unknown>, doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, val] of Object.entries(doc)) {
    out[k] = isPlainObject(val) && isPlainObject(base[k]) && k !== 'selectors' ? { ...(base[k] as object), ...val } : val;
  }
  return out;
}

function firstIssue(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): { field?: string; error: string } {
  const [issue] = issues;
  const field = v.getDotPath(issue) ?? undefined;
  // valibot words an unknown key as "Expected never"; the operator needs to hear what it is.
  const message = issue.type === 'strict_object' ? 'unknown key' : issue.message;
  return { field, error: field ? `${field}: ${message}` : message };
}

/**
 * Validates a whole settings document (already parsed). A document of an older version is migrated
 * first; one from a newer version is refused, naming both versions. Keys it leaves out keep the values
 * of `base`; a key it should not have, or a bad value, rejects it whole with the first bad field named.
 */
export function validateSettings(doc: unknown, base: Settings = defaultSettings()): SettingsResult {
  if (!isPlainObject(doc)) return { ok: false, error: 'settings must be a JSON object' };
  const migrated = migrateSettings(doc);
  if (!migrated.ok) return migrated;
  const merged = mergeOver(base as unknown as Record<string, unknown>, migrated.doc);
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

/**
 * Stored settings checked by rules newer than the ones they were saved under (a stricter SSH-key or
 * page-pattern check): each bad value is dropped back to its default and the rest is kept, instead
 * of the whole document falling back to the defaults.
 */
export function repairSettings(stored: unknown): { settings: Settings; dropped: string[] } {
  if (!isPlainObject(stored)) return { settings: defaultSettings(), dropped: [] };
  const doc = structuredClone(stored) as Record<string, unknown>;
  const dropped: string[] = [];
  for (let i = 0; i < 20; i++) {
    const result = validateSettings(doc);
    if (result.ok) return { settings: result.settings, dropped };
    if (!result.field || result.field === 'version') break;
    const path = result.field.split('.');
    let parent: unknown = doc;
    for (const key of path.slice(0, -1))
      parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[key] : undefined;
    const last = path.at(-1);
    if (last === undefined) break;
    // An array item (a tag, a reply) goes whole; a field of an object goes back to its default.
    const arrayAt = path.findIndex((_, k) =>
      Array.isArray(path.slice(0, k).reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], doc)),
    );
    if (arrayAt > 0) {
      const list = path.slice(0, arrayAt).reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], doc) as unknown[];
      list.splice(Number(path[arrayAt]), 1);
    } else if (isPlainObject(parent) && last in parent) delete parent[last];
    else break;
    dropped.push(result.field);
  }
  const last = validateSettings(doc);
  return last.ok ? { settings: last.settings, dropped } : { settings: defaultSettings(), dropped: ['*'] };
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

/**
 * The settings file the options page exports. Teams commit it as their team file, so the personal
 * webhook URL (a secret that posts into the workspace) is left out, as the backup leaves it out;
 * importing the file keeps the webhook already set.
 */
export function exportSettingsText(settings: Settings): string {
  const { webhookUrl: _personal, ...slack } = settings.slack;
  return JSON.stringify({ ...settings, slack }, null, 2) + '\n';
}
