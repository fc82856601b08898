import type { SyncedConversation, SyncState, SyncStore } from '../api/coverage-sync';
import type { SidekickDb } from './database';

/**
 * The API mode's copy of the server's recent conversations in IndexedDB. A cache of what CarrotQuest
 * holds: left out of backups, cleared with everything else, and rebuilt by the next sync.
 */
const STATE_KEY = 'state';

export function apiCopyStore(db: SidekickDb): SyncStore {
  return {
    async state() {
      const row = await db.apiSync.get(STATE_KEY);
      if (!row) return null;
      const { key: _key, ...state } = row;
      return state;
    },
    get: (ids) => db.apiConversations.bulkGet([...ids]),
    commit: (entries, state: SyncState) =>
      db.transaction('rw', db.apiConversations, db.apiSync, async () => {
        if (entries.length) await db.apiConversations.bulkPut([...entries]);
        await db.apiSync.put({ ...state, key: STATE_KEY });
      }),
    prune: (appId, before) =>
      db.transaction('rw', db.apiConversations, async () => {
        await db.apiConversations.where('lastUpdate').below(before).delete();
        await db.apiConversations.where('appId').notEqual(appId).delete();
      }),
  };
}

/** Every conversation of the copy for `appId` (the team view; about a month of the app's dialogues). */
export function copiedConversations(db: SidekickDb, appId: string): Promise<SyncedConversation[]> {
  return db.apiConversations.where('appId').equals(appId).toArray();
}

/** The conversations of the copy that `adminId` replied in (my coverage). */
export function copiedRepliedBy(db: SidekickDb, appId: string, adminId: string): Promise<SyncedConversation[]> {
  return db.apiConversations
    .where('replyAdmins')
    .equals(adminId)
    .filter((c) => c.appId === appId)
    .toArray();
}

/** Forgets the copy (a key disconnected, or everything cleared). */
export function clearApiCopy(db: SidekickDb): Promise<void> {
  return db.transaction('rw', db.apiConversations, db.apiSync, async () => {
    await db.apiConversations.clear();
    await db.apiSync.clear();
  });
}
