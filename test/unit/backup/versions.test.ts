import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, exportAll, importAll } from '../../../lib/db/backup';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../../lib/settings/version';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/backups');
const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((file) => ({ file, version: Number(file.slice(1, -5)), doc: JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as Backup }));

interface Backup {
  version: number;
  settings: Record<string, unknown>;
  dialogues: unknown[];
  tagEvents: unknown[];
  escalations: unknown[];
  feedback: unknown[];
  models: { key: string; data: unknown; updatedAt: number }[];
}

let db: SidekickDb | undefined;
let n = 0;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
  db = undefined;
});

/** Every leaf of `old` at the same place in `now` (the version aside). */
function expectKept(now: unknown, old: unknown, path = ''): void {
  if (Array.isArray(old)) {
    expect((now as unknown[]).length, path).toBe(old.length);
    old.forEach((x, i) => expectKept((now as unknown[])[i], x, `${path}[${i}]`));
  } else if (typeof old === 'object' && old !== null) {
    for (const [k, x] of Object.entries(old)) if (k !== 'version') expectKept((now as Record<string, unknown>)[k], x, `${path}.${k}`);
  } else {
    expect(now, path).toEqual(old);
  }
}

describe('backup versions', () => {
  it('has an example file of every version up to this one', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('restores $file without loss, settings and every table', async ({ doc }) => {
    db = openDb(`backup-versions-${n++}`);
    const result = await importAll(db, structuredClone(doc));
    if (!result.ok) throw new Error(result.error);
    expect(result.counts).toEqual({
      dialogues: doc.dialogues.length,
      tagEvents: doc.tagEvents.length,
      escalations: doc.escalations.length,
      feedback: doc.feedback.length,
      models: doc.models.length,
    });
    expect(result.settings.version).toBe(SETTINGS_VERSION);
    expectKept(result.settings, doc.settings);

    const again = JSON.parse(JSON.stringify(await exportAll(db, result.settings)));
    expect(again.version).toBe(BACKUP_VERSION);
    for (const table of ['dialogues', 'tagEvents', 'escalations', 'feedback'] as const) expect(again[table]).toEqual(doc[table]);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...again.models].sort(byKey)).toEqual([...doc.models].sort(byKey));
  });

  it('refuses a backup from a newer version, naming both versions', async () => {
    db = openDb(`backup-versions-${n++}`);
    const newest = fixtures.at(-1)!.doc;
    await importAll(db, structuredClone(newest));
    const before = JSON.stringify(await exportAll(db, defaultSettings(), 0));
    const result = await importAll(db, { ...newest, version: BACKUP_VERSION + 1 }, defaultSettings());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(new RegExp(`backup version ${BACKUP_VERSION + 1}.*reads up to ${BACKUP_VERSION}`));
    expect(JSON.stringify(await exportAll(db, defaultSettings(), 0))).toBe(before);
  });
});
