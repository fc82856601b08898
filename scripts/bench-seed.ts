/**
 * Fills the extension's own database from inside an extension page, through its own code: Dexie for the
 * rows, and the summary rebuilt by lib/db/daily.ts, as after an import. Dexie tells the background of
 * the writes, as it would of any other page's, so everything derived from them follows.
 */
import { db } from '../lib/db/database';
import { rebuildDaily } from '../lib/db/daily';
import { makeRecords, makeTagEvents } from './seed-db';

export async function seedExtensionDb(records: number, events: number, timeZone: string) {
  const database = db();
  const rows = makeRecords(records, Date.now(), timeZone);
  const tagEvents = makeTagEvents(events, rows);
  await database.transaction('rw', database.dialogues, database.tagEvents, async () => {
    await database.dialogues.bulkPut(rows);
    await database.tagEvents.bulkAdd(tagEvents);
  });
  await rebuildDaily(database);
  return { records: await database.dialogues.count(), events: await database.tagEvents.count(), days: await database.daily.count() };
}
