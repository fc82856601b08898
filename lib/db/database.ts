import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DialogueRecord, EscalationRecord, FeedbackRecord, ModelRecord, PendingLearning, TagEvent } from './schema';
import type { SyncedConversation, SyncState } from '../api/coverage-sync';
import { summarize, type DailyRow } from '../stats/daily-summary';
import { toStoredForm } from '../tags/model-codec';
import { TAG_MODEL_KEY } from './models';

import { DB_NAME } from './name';

export { DB_NAME };

export type SidekickDb = Dexie & {
  dialogues: EntityTable<DialogueRecord, 'id'>;
  tagEvents: EntityTable<TagEvent, 'id'>;
  escalations: EntityTable<EscalationRecord, 'id'>;
  feedback: EntityTable<FeedbackRecord, 'id'>;
  models: EntityTable<ModelRecord, 'key'>;
  /** Derived from `dialogues` (lib/stats/daily-summary.ts); kept in step by lib/db/daily.ts. */
  daily: EntityTable<DailyRow, 'day'>;
  /** API mode: the local copy of the app's recent conversations (lib/api/coverage-sync.ts, lib/db/api-copy.ts). */
  apiConversations: EntityTable<SyncedConversation, 'id'>;
  /** API mode: where the copy's sync stands, one row (`key: 'state'`). */
  apiSync: EntityTable<SyncState & { key: string }, 'key'>;
  /** Small facts about the data itself (the generation models are saved for: models.ts). Not in backups. */
  meta: EntityTable<MetaRow, 'key'>;
  /** Tag changes learned but not yet in the saved model (learning-journal.ts). Not in backups. */
  pendingLearning: EntityTable<PendingLearning, 'id'>;
};

export interface MetaRow {
  key: string;
  value: number;
}

/**
 * Replaces the `daily` summary with one computed from every dialogue. Runs inside the caller's
 * transaction, which must hold both tables (the upgrade passes its own tables).
 */
export async function rebuildDailyTables(
  dialogues: Pick<Table<DialogueRecord>, 'each'>,
  daily: Pick<Table<DailyRow>, 'clear' | 'bulkPut'>,
): Promise<void> {
  const records: Pick<DialogueRecord, 'tags' | 'replyDays'>[] = [];
  await dialogues.each((r) => {
    if ((r.replyDays ?? []).length > 0) records.push({ tags: r.tags ?? [], replyDays: r.replyDays });
  });
  await daily.clear();
  await daily.bulkPut(summarize(records));
}

/**
 * Opens the database. Every schema change adds a version here with its upgrade; never edit a released one.
 * Only the extension's own origin opens it (background, popup, options), never the content script.
 * Dexie opens IndexedDB at version × 10 (version 2 is IndexedDB version 20).
 */
export function openDb(name = DB_NAME): SidekickDb {
  const db = new Dexie(name) as SidekickDb;
  db.version(1).stores({
    dialogues: 'id, lastSeen, firstSeen, lastMyReplyAt, *replyDays, assignedToMe',
    tagEvents: '++id, dialogueId, at, tag',
    escalations: '++id, dialogueId, at',
    feedback: '++id, dialogueId, kind, at',
    models: 'key',
  });
  // 2: a per-day summary of the dialogues, so the popup counts coverage from about 31 small rows.
  db.version(2)
    .stores({ daily: 'day' })
    .upgrade((tx) => rebuildDailyTables(tx.table('dialogues'), tx.table('daily')));
  // 3: API mode's copy of the server's recent conversations (a cache: never in a backup).
  db.version(3).stores({ apiConversations: 'id, appId, lastUpdate, *replyAdmins', apiSync: 'key' });
  // 4: the tag model is kept as typed arrays, which load without parsing text (lib/tags/model-codec.ts);
  // `meta` holds the data's generation (models.ts).
  db.version(4)
    .stores({ meta: 'key' })
    .upgrade(async (tx) => {
      const models = tx.table<ModelRecord, string>('models');
      const row = await models.get(TAG_MODEL_KEY);
      if (!row) return;
      let data: unknown;
      try {
        data = toStoredForm(row.data);
      } catch {
        return; // unreadable either way: the background starts a new model, as it would have
      }
      await models.put({ ...row, data });
    });
  // 5: the tag changes the model has not saved yet, so a worker stopped before its save loses no learning.
  db.version(5).stores({ pendingLearning: '++id' });
  return db;
}

let shared: SidekickDb | undefined;
export function db(): SidekickDb {
  // A database that failed to open (a VersionError, the disk) stays failed in Dexie: the next call tries a
  // new connection, so the background writes again once the cause is gone, without a restart.
  if (shared?.hasFailed()) shared = undefined;
  return (shared ??= openDb());
}
