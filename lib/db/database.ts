import Dexie, { type EntityTable } from 'dexie';
import type { DialogueRecord, EscalationRecord, FeedbackRecord, ModelRecord, TagEvent } from './schema';

export const DB_NAME = 'sidekick';

export type SidekickDb = Dexie & {
  dialogues: EntityTable<DialogueRecord, 'id'>;
  tagEvents: EntityTable<TagEvent, 'id'>;
  escalations: EntityTable<EscalationRecord, 'id'>;
  feedback: EntityTable<FeedbackRecord, 'id'>;
  models: EntityTable<ModelRecord, 'key'>;
};

/**
 * Opens the database. Every schema change adds a version here with its upgrade; never edit a released one.
 * Only the extension's own origin opens it (background, popup, options), never the content script.
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
  return db;
}

let shared: SidekickDb | undefined;
export function db(): SidekickDb {
  return (shared ??= openDb());
}
