// The tag model is saved a moment after it learns. A worker stopped in that moment (the browser unloads
// idle workers) must not lose what it learned: the next worker learns it from the journal.
import { describe, expect, it } from 'vitest';
import { createTagModelHolder } from '../../../lib/background/tag-model-holder';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { clearAll } from '../../../lib/db/backup';
import { type SidekickDb } from '../../../lib/db/database';
import { recordSnapshot } from '../../../lib/db/dialogues';
import { replaceModels } from '../../../lib/db/models';
import { redactSecrets } from '../../../lib/secrets/detect';
import { deserializeModel } from '../../../lib/tags/model-codec';
import { freshDbs } from '../fresh-db';
import { makeSnapshot } from '../make-snapshot';

const fresh = freshDbs('journal');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ctx = {
  now: Date.parse('2026-11-29T10:00:00Z'),
  dayKey: (ms: number) => new Date(ms).toISOString().slice(0, 10),
  redact: redactSecrets,
};

const snap = (id: string, text: string, tags: string[]) =>
  makeSnapshot({ id, messages: [{ fromCustomer: true, text, time: '2026-11-29T09:00:00.000Z' }], tags, readAt: ctx.now });

/** What the background does on a tag change: store it, then learn it (service-impl.ts). */
async function tagChange(db: SidekickDb, holder: ReturnType<typeof createTagModelHolder>, s: DialogueSnapshot) {
  const merged = await recordSnapshot(db, s, ctx);
  if (merged && (merged.added.length || merged.removed.length)) {
    await holder.learn(s.messages, merged.added, merged.removed, merged.journalId);
  }
  return merged;
}

const storedDocs = async (db: SidekickDb) => {
  const data = (await db.models.get('tags'))?.data;
  return data ? deserializeModel(data).docs : 0;
};

describe('a worker stopped between a commit and the model save', () => {
  it('the next worker learns the stored change, and saves it', async () => {
    const db = fresh();
    const first = createTagModelHolder(db);
    await tagChange(db, first, snap('1', 'I want a refund for the licence', []));
    await tagChange(db, first, snap('1', 'I want a refund for the licence', ['refund']));
    // The worker stops here: its save (1.5 s later) never runs.
    first.reload();
    expect(await db.models.get('tags')).toBeUndefined();
    expect(await db.pendingLearning.count()).toBe(1);

    const next = createTagModelHolder(db);
    expect(await next.knownTags()).toEqual(['refund']);
    await sleep(1700);
    expect(await storedDocs(db)).toBe(1);
    expect(await db.pendingLearning.count()).toBe(0);
    // A third worker reads it from the saved model and learns nothing twice.
    const third = createTagModelHolder(db);
    expect(await third.knownTags()).toEqual(['refund']);
    expect((await third.get()).docs).toBe(1);
  });

  it('a removal (a correction) survives the stop too: the model is the one a worker that never stopped has', async () => {
    const changes = [snap('2', 'the card payment failed', ['billing', 'ssl']), snap('2', 'the card payment failed', ['billing'])];
    const steady = fresh();
    const live = createTagModelHolder(steady);
    for (const c of changes) await tagChange(steady, live, c);
    await live.flush();

    const db = fresh();
    const first = createTagModelHolder(db);
    await tagChange(db, first, changes[0]!);
    await first.flush();
    await tagChange(db, first, changes[1]!);
    first.reload(); // stopped before the removal was saved
    const next = createTagModelHolder(db);
    await next.flush();
    expect((await db.models.get('tags'))?.data).toEqual((await steady.models.get('tags'))?.data);
  });

  it('a change the load already learned from the journal is not learned again by the live call', async () => {
    const db = fresh();
    const holder = createTagModelHolder(db);
    // The change commits before the worker's first load: the load learns it from the journal ...
    const merged = await recordSnapshot(db, snap('3', 'the domain does not resolve', ['dns']), ctx);
    expect(await holder.knownTags()).toEqual(['dns']);
    // ... and the live call that follows the commit counts it once.
    await holder.learn(snap('3', 'the domain does not resolve', []).messages, merged!.added, merged!.removed, merged!.journalId);
    expect((await holder.get()).docs).toBe(1);
    await holder.flush();
    expect(await storedDocs(db)).toBe(1);
    expect(await db.pendingLearning.count()).toBe(0);
  });

  it('"Clear all" and a rebuild of the models take the journal with the data', async () => {
    const db = fresh();
    const holder = createTagModelHolder(db);
    await tagChange(db, holder, snap('4', 'refund please', ['refund']));
    await clearAll(db);
    expect(await db.pendingLearning.count()).toBe(0);
    expect(await createTagModelHolder(db).knownTags()).toEqual([]);

    await tagChange(db, createTagModelHolder(db), snap('5', 'refund please', ['refund']));
    await replaceModels(db, { tags: undefined });
    expect(await db.pendingLearning.count()).toBe(0);
  });

  it('the journal holds no text: the change is learned again from the stored, redacted text', async () => {
    const text = 'my password: hunter2secret, the tracker is down';
    const steady = fresh();
    const live = createTagModelHolder(steady);
    await tagChange(steady, live, snap('6', text, ['tracker']));
    await live.flush();

    const db = fresh();
    const first = createTagModelHolder(db);
    await tagChange(db, first, snap('6', text, ['tracker']));
    first.reload();
    const rows = await db.pendingLearning.toArray();
    expect(rows).toEqual([{ id: rows[0]!.id, dialogueId: '6', added: ['tracker'], removed: [] }]);
    const next = createTagModelHolder(db);
    await next.flush();
    expect((await db.models.get('tags'))?.data).toEqual((await steady.models.get('tags'))?.data);
  });
});

describe('a database that cannot be read', () => {
  it('suggestions still work from an empty model, nothing is saved over the stored one, and the next call reads again', async () => {
    const db = fresh();
    const seeded = createTagModelHolder(db);
    await tagChange(db, seeded, snap('7', 'refund please', ['refund']));
    await seeded.flush();
    const stored = (await db.models.get('tags'))?.data;

    const holder = createTagModelHolder(db);
    const open = db.transaction.bind(db);
    let refuse = true;
    (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
      if (refuse)
        return Promise.reject(
          new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        );
      return (open as (...a: unknown[]) => unknown)(...args);
    };
    expect(await holder.knownTags()).toEqual([]);
    await holder.learn(snap('8', 'the ssl certificate expired', []).messages, ['ssl'], []);
    refuse = false;
    await sleep(1700);
    expect((await db.models.get('tags'))?.data).toEqual(stored);
    expect(await holder.knownTags()).toEqual(['refund']);
  });
});
