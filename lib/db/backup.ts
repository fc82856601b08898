import type { SidekickDb } from './database';
import { rebuildDaily } from './daily';
import { refreshDailyMirror } from './daily-mirror';
import { browser } from 'wxt/browser';
import { SERVER_COVERAGE_KEY } from '../api/server-coverage';
import { rowProblem } from './rows';
import type { DialogueRecord, EscalationRecord, FeedbackRecord, ModelRecord, TagEvent } from './schema';
import type { Settings } from '../settings/schema';
import { defaultSettings } from '../settings/defaults';
import { validateSettings } from '../settings/validate';
import { dayKey as dayKeyOf } from '../stats/day';
import { isPlainObject } from '../data/plain-object';
import { DAY_MS } from '../time/units';
import { toPortableForm, toStoredForm } from '../tags/model-codec';
import { bumpDataEpoch, COMPLEXITY_MODEL_KEY, TAG_MODEL_KEY } from './models';
import { parseLearned } from '../triage/complexity-model';

/**
 * One JSON document holding everything Sidekick keeps: settings and every table. Import checks the
 * whole document before it touches the database, then swaps the data in one transaction, so a refused
 * or failed import leaves everything as it was; rows that do not fit are named and left out.
 */

export const BACKUP_FORMAT = 'sidekick-backup';
/**
 * The backup document's version this build writes. Each step up has a migration below and an example
 * file of the version it leaves in test/fixtures/backups/. The settings inside carry their own version
 * and are migrated by lib/settings.
 */
export const BACKUP_VERSION = 1;

type RawBackup = Record<string, unknown>;

/** BACKUP_MIGRATIONS[n] turns a version-n backup document into a version n + 1 one. */
const BACKUP_MIGRATIONS: Record<number, (doc: RawBackup) => RawBackup> = {};

/** Brings a backup of a known older version to BACKUP_VERSION, one step at a time. */
function migrateBackup(doc: RawBackup, from: number): { ok: true; doc: RawBackup } | { ok: false; error: string } {
  let out = doc;
  for (let version = from; version < BACKUP_VERSION; version++) {
    const step = BACKUP_MIGRATIONS[version];
    if (!step) return { ok: false, error: `version: no way from backup version ${version} to ${version + 1}` };
    out = step(out);
  }
  return { ok: true, doc: out };
}

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** The settings, without the Slack webhook URL (a credential: whoever holds it can post). */
  settings: unknown;
  dialogues: DialogueRecord[];
  tagEvents: TagEvent[];
  escalations: EscalationRecord[];
  feedback: FeedbackRecord[];
  models: ModelRecord[];
}

// Type aliases rather than interfaces, so the counts fill UI phrase placeholders as they are.
export type BackupCounts = {
  dialogues: number;
  tagEvents: number;
  escalations: number;
  feedback: number;
  models: number;
};

const TABLES = ['dialogues', 'tagEvents', 'escalations', 'feedback', 'models'] as const;
type TableName = (typeof TABLES)[number];

const PRIMARY_KEY: Record<TableName, string> = { dialogues: 'id', tagEvents: 'id', escalations: 'id', feedback: 'id', models: 'key' };

/**
 * The tag model as a file carries it (JSON-able, base64 arrays) and as the database keeps it (typed
 * arrays). A stored model neither form reads is passed through as it is: the background starts a new
 * one when it cannot load it. On import the model was checked first (modelProblem).
 */
function modelInForm(row: ModelRecord, form: (data: unknown) => unknown): ModelRecord {
  if (row.key !== TAG_MODEL_KEY) return row;
  try {
    return { ...row, data: form(row.data) };
  } catch {
    return row;
  }
}

/** Why a model row of a file cannot be used, or null: its sizes and settings are checked before anything trusts them. */
function modelProblem(row: ModelRecord): string | null {
  try {
    if (row.key === TAG_MODEL_KEY) toStoredForm(row.data);
    else if (row.key === COMPLEXITY_MODEL_KEY && parseLearned(row.data) === undefined)
      return '.data: not a complexity model this version reads';
    else if (row.key !== COMPLEXITY_MODEL_KEY) return '.key: not a model this version knows';
    return null;
  } catch (e) {
    return `.data: ${(e as Error).message}`;
  }
}

function withoutSecrets(settings: Settings): unknown {
  const { webhookUrl: _webhook, ...slack } = settings.slack;
  return { ...settings, slack };
}

/** Everything in one document, ready for JSON.stringify. */
export async function exportAll(db: SidekickDb, settings: Settings, now = Date.now()): Promise<BackupDocument> {
  const [dialogues, tagEvents, escalations, feedback, models] = await db.transaction(
    'r',
    [db.dialogues, db.tagEvents, db.escalations, db.feedback, db.models],
    () =>
      Promise.all([db.dialogues.toArray(), db.tagEvents.toArray(), db.escalations.toArray(), db.feedback.toArray(), db.models.toArray()]),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: withoutSecrets(settings),
    dialogues,
    tagEvents,
    escalations,
    feedback,
    models: models.map((row) => modelInForm(row, toPortableForm)),
  };
}

/** A row the import leaves out, and why: "dialogues[17].link: longer than 8000 characters". */
export interface SkippedRow {
  table: TableName;
  index: number;
  error: string;
}

export interface ValidBackup {
  ok: true;
  settings: Settings;
  data: Pick<BackupDocument, TableName>;
  /** What will be restored. */
  counts: BackupCounts;
  /** Rows that do not fit the row shape (or repeat a key), each named; the rest is restored. */
  skipped: SkippedRow[];
}

export type BackupCheck = ValidBackup | { ok: false; error: string };

/**
 * Checks a parsed backup document. The document itself (format, version, settings, a list per table)
 * must be right or it is refused whole, with the problem named. Each row is checked against the same
 * row shape the writers use (rows.ts): a row that does not fit, or repeats a key, is named in `skipped`
 * ("dialogues[17].tags[0]: empty") and the rest is restored. Settings are validated over `base` (the
 * current settings), so the webhook URL a backup leaves out stays as it is.
 */
export function validateBackup(file: unknown, base: Settings = defaultSettings()): BackupCheck {
  if (!isPlainObject(file)) return { ok: false, error: 'a backup must be a JSON object' };
  if (file.format !== BACKUP_FORMAT) return { ok: false, error: `format: not a Sidekick backup (expected "${BACKUP_FORMAT}")` };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, error: 'version: must be a whole number from 1' };
  }
  if (file.version > BACKUP_VERSION) {
    return {
      ok: false,
      error:
        `version: this backup is from a newer version of Sidekick (backup version ${file.version}; ` +
        `this one reads up to ${BACKUP_VERSION}): update Sidekick to restore it`,
    };
  }
  const migrated = migrateBackup(file, file.version);
  if (!migrated.ok) return migrated;
  const doc = migrated.doc;
  const known = new Set<string>(['format', 'version', 'exportedAt', 'settings', ...TABLES]);
  for (const key of Object.keys(doc)) if (!known.has(key)) return { ok: false, error: `${key}: unknown field` };
  if (typeof doc.exportedAt !== 'string') return { ok: false, error: 'exportedAt: must be a date text' };

  const settings = validateSettings(doc.settings, base);
  if (!settings.ok) return { ok: false, error: `settings.${settings.error}` };

  const data = {} as Record<TableName, unknown[]>;
  const skipped: SkippedRow[] = [];
  for (const table of TABLES) {
    const rows = doc[table];
    if (!Array.isArray(rows)) return { ok: false, error: `${table}: must be a list` };
    const out: unknown[] = [];
    const keys = new Set<unknown>();
    for (const [index, row] of rows.entries()) {
      const problem = rowProblem(table, row) ?? (table === 'models' ? modelProblem(row as ModelRecord) : null);
      if (problem) {
        skipped.push({ table, index, error: `${table}[${index}]${problem}` });
        continue;
      }
      const key = (row as Record<string, unknown>)[PRIMARY_KEY[table]];
      if (key !== undefined) {
        if (keys.has(key)) {
          skipped.push({ table, index, error: `${table}[${index}].${PRIMARY_KEY[table]}: duplicate ${JSON.stringify(key)}` });
          continue;
        }
        keys.add(key);
      }
      out.push(row);
    }
    data[table] = out;
  }
  const typed = data as unknown as ValidBackup['data'];
  return {
    ok: true,
    settings: settings.settings,
    data: typed,
    counts: {
      dialogues: typed.dialogues.length,
      tagEvents: typed.tagEvents.length,
      escalations: typed.escalations.length,
      feedback: typed.feedback.length,
      models: typed.models.length,
    },
    skipped,
  };
}

/**
 * A dialogue as it is stored from a backup row. A row with replies but no reply days (a file written by
 * hand or before days were kept) gets its days from the reply times in the backup's zone, so the
 * `daily` summary the coverage is counted from holds it like every recorded dialogue.
 */
function storedDialogue(row: DialogueRecord, timeZone: string): DialogueRecord {
  const replyDays =
    row.replyDays.length === 0 && row.myReplyAt.length > 0 ? [...new Set(row.myReplyAt.map((t) => dayKeyOf(t, timeZone)))] : row.replyDays;
  return replyDays === row.replyDays ? row : { ...row, replyDays };
}

export type ImportResult = { ok: true; counts: BackupCounts; skipped: SkippedRow[]; settings: Settings } | { ok: false; error: string };

/**
 * Replaces all data with the backup's rows that fit (the others are reported in `skipped`). Nothing is
 * written unless the document itself is valid, and the swap is one transaction: a failure part way
 * leaves the old data. The `daily` summary is derived, so
 * it is not in the file: it is rebuilt from the imported dialogues in the same transaction. The
 * backup's settings are returned (not saved) for the caller to pass to saveSettings.
 */
export async function importAll(db: SidekickDb, doc: unknown, base?: Settings): Promise<ImportResult> {
  const checked = validateBackup(doc, base);
  if (!checked.ok) return checked;
  const { data } = checked;
  try {
    await db.transaction(
      'rw',
      [db.dialogues, db.tagEvents, db.escalations, db.feedback, db.models, db.daily, db.meta, db.pendingLearning],
      async () => {
        await Promise.all([db.dialogues.clear(), db.tagEvents.clear(), db.escalations.clear(), db.feedback.clear(), db.models.clear()]);
        // A model the background learned before the restore is not saved over the restored one.
        await bumpDataEpoch(db);
        await db.dialogues.bulkAdd(data.dialogues.map((row) => storedDialogue(row, checked.settings.operator.timeZone)));
        await db.tagEvents.bulkAdd(data.tagEvents);
        await db.escalations.bulkAdd(data.escalations);
        await db.feedback.bulkAdd(data.feedback);
        await db.models.bulkAdd(data.models.map((row) => modelInForm(row, toStoredForm)));
        await rebuildDaily(db);
      },
    );
  } catch (e) {
    return { ok: false, error: `the database refused the data, nothing was changed: ${(e as Error).message}` };
  }
  await refreshDailyMirror(db);
  return { ok: true, counts: checked.counts, skipped: checked.skipped, settings: checked.settings };
}

export type RetentionCounts = {
  dialogues: number;
  tagEvents: number;
  escalations: number;
  feedback: number;
};

/**
 * Deletes dialogues not seen for `days` days, with their tag events, escalations and feedback, and any
 * such row older than that whose dialogue is already gone. A dialogue still being seen keeps its
 * history, so its trends stay right. 0 days keeps everything. The `daily` summary is rebuilt from the
 * dialogues left, in the same transaction.
 */
export async function applyRetention(db: SidekickDb, days: number, now: number): Promise<RetentionCounts> {
  const counts: RetentionCounts = { dialogues: 0, tagEvents: 0, escalations: 0, feedback: 0 };
  if (!(days > 0)) return counts;
  const cutoff = now - days * DAY_MS;
  await db.transaction('rw', [db.dialogues, db.tagEvents, db.escalations, db.feedback, db.daily], async () => {
    const oldIds = await db.dialogues.where('lastSeen').below(cutoff).primaryKeys();
    await db.dialogues.bulkDelete(oldIds);
    counts.dialogues = oldIds.length;
    for (const name of ['tagEvents', 'escalations', 'feedback'] as const) {
      const table = db[name];
      let deleted = oldIds.length === 0 ? 0 : await table.where('dialogueId').anyOf(oldIds).delete();
      const old = await table.where('at').below(cutoff).toArray();
      const owners = [...new Set(old.map((row) => row.dialogueId))];
      const alive = new Set((await db.dialogues.bulkGet(owners)).filter((d) => d !== undefined).map((d) => d.id));
      const orphans = old.filter((row) => !alive.has(row.dialogueId)).map((row) => row.id as number);
      await table.bulkDelete(orphans);
      deleted += orphans.length;
      counts[name] = deleted;
    }
    if (oldIds.length > 0) await rebuildDaily(db);
  });
  if (counts.dialogues > 0) await refreshDailyMirror(db, now);
  return counts;
}

/** Empties every table (settings live elsewhere and stay). */
export async function clearAll(db: SidekickDb): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.dialogues,
      db.tagEvents,
      db.escalations,
      db.feedback,
      db.models,
      db.daily,
      db.apiConversations,
      db.apiSync,
      db.meta,
      db.pendingLearning,
    ],
    () =>
      Promise.all([
        db.dialogues.clear(),
        db.tagEvents.clear(),
        db.escalations.clear(),
        db.feedback.clear(),
        db.models.clear(),
        db.daily.clear(),
        db.apiConversations.clear(),
        db.apiSync.clear(),
        // A model the background learned before the clear is not saved back after it.
        bumpDataEpoch(db),
      ]),
  );
  // The coverage counted from the API's copy goes with the copy.
  await browser.storage.local.remove(SERVER_COVERAGE_KEY).catch(() => {});
  await refreshDailyMirror(db);
}
