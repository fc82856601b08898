import { SETTINGS_VERSION } from './version';

/**
 * Settings documents of older versions brought up to this build's version, one step at a time. A step
 * takes a document as a file gives it, which may be partial (a team file names only what it shares):
 * it reshapes what is there and never invents a value for what is not, so the keys a file leaves out
 * keep the current settings when the result is merged over them. Pure functions, small enough for the
 * content script, which reads stored settings without the validator.
 */

type Doc = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into a version n + 1 one. */
const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {
  /**
   * 1 → 2: the panel's addresses are grouped under `carrotquest`, beside the selectors: `panelHosts`
   * (the team's own panel origins) is part of every version-2 document. Version-1 documents written
   * before the team addresses lack it, later ones may carry it (it was optional there) and keep it as
   * it is. Giving a document that lacks it an empty list would wipe the operator's own list whenever an
   * old team file shares its selectors; so the step adds nothing and the list comes from the current
   * settings (empty on a fresh install).
   */
  1: (doc) => ({ ...doc, version: 2 }),
};

export type MigrationResult = { ok: true; doc: Doc; from: number } | { ok: false; field: 'version'; error: string };

/** The version a document says it has, or the reason it has none that can be read. */
export function documentVersion(doc: Doc): { ok: true; version: number } | { ok: false; error: string } {
  if (!('version' in doc)) return { ok: false, error: 'version: missing' };
  const { version } = doc;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: must be a whole number from 1' };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error:
        `version: this file is from a newer version of Sidekick (settings version ${version}; ` +
        `this one reads up to ${SETTINGS_VERSION}): update Sidekick to use it`,
    };
  }
  return { ok: true, version };
}

/** Brings a document of any known version to SETTINGS_VERSION; a newer or unreadable version is refused. */
export function migrateSettings(doc: Doc): MigrationResult {
  const read = documentVersion(doc);
  if (!read.ok) return { ok: false, field: 'version', error: read.error };
  let out = doc;
  for (let version = read.version; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, field: 'version', error: `version: no way from settings version ${version} to ${version + 1}` };
    out = step(out);
  }
  return { ok: true, doc: out, from: read.version };
}
