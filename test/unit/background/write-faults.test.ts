// Fault injection on the database, through the real background service over fake IndexedDB: a write the
// browser refuses (the quota) is said to the caller and in storage.session for the popup, and loses nothing
// already stored; the write goes through once the fault is gone. Concurrent complexity corrections both count.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../../lib/background/service-impl';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { db } from '../../../lib/db/database';
import { readWriteError, WRITE_STATUS_KEY } from '../../../lib/db/write-error';
import { makeSnapshot } from '../make-snapshot';

/** Every way Dexie writes: put and add on a store, update and delete through a cursor. */
const WRITES = [
  [IDBObjectStore.prototype, 'put'],
  [IDBObjectStore.prototype, 'add'],
  [IDBObjectStore.prototype, 'delete'],
  [IDBCursor.prototype, 'update'],
  [IDBCursor.prototype, 'delete'],
] as const;
const originals = WRITES.map(([proto, name]) => [proto, name, (proto as unknown as Record<string, unknown>)[name]] as const);

/** From now on every write fails as a full disk makes it fail. */
function fillTheDisk() {
  for (const [proto, name] of WRITES) {
    (proto as unknown as Record<string, unknown>)[name] = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}
function freeTheDisk() {
  for (const [proto, name, fn] of originals) (proto as unknown as Record<string, unknown>)[name] = fn;
}
afterEach(freeTheDisk);

const snapshot = (over: Partial<DialogueSnapshot> = {}) =>
  makeSnapshot({
    messages: [
      { fromCustomer: true, text: 'The tracker is down, 502 on every page', time: '2026-11-26T06:00:00.000Z' },
      { fromCustomer: false, text: 'Looking', author: 'Anna', time: '2026-11-26T06:05:00.000Z' },
    ],
    readAt: Date.now(),
    ...over,
  });

/** Everything the database holds, table by table. */
async function everything() {
  const d = db();
  const out: Record<string, unknown[]> = {};
  for (const table of d.tables) out[table.name] = await table.toArray();
  return out;
}

const status = async () => (await fakeBrowser.storage.session.get(WRITE_STATUS_KEY))[WRITE_STATUS_KEY] as { kind: string } | undefined;

async function refusedAsQuota(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(readWriteError(error)).toMatchObject({ kind: 'quota' });
  expect(readWriteError(error)!.line).toMatch(/no room left/);
}

describe('a write the browser refuses', () => {
  it('is said for every kind of write, changes nothing stored, and goes through once there is room', async () => {
    const bg = createBackgroundService();
    const first = snapshot({ tags: ['refund'] });
    await bg.recordSnapshot(first);
    const escalation = await bg.recordEscalation({ dialogueId: first.id!, summary: 'Tracker down', customerMessageCount: 1 });
    const before = await everything();

    const changed = { ...first, tags: ['refund', 'tracker-down'], readAt: Date.now() + 1 };
    const other = snapshot();
    const writes: [string, () => Promise<unknown>][] = [
      ['a new dialogue', () => bg.recordSnapshot(other)],
      ['a tag added to a stored dialogue', () => bg.recordSnapshot(changed)],
      ['a complexity correction', () => bg.setComplexity({ dialogueId: first.id!, level: 'critical', text: 'down' })],
      ['an escalation', () => bg.recordEscalation({ dialogueId: first.id!, summary: 'Again', customerMessageCount: 1 })],
      ['an escalation reference', () => bg.updateEscalation({ id: escalation.id!, jiraKey: 'SUPPORT-1' })],
    ];
    fillTheDisk();
    for (const [what, write] of writes) {
      await refusedAsQuota(write()).catch((e: unknown) => {
        throw new Error(`${what}: ${String(e)}`);
      });
      expect(await status(), what).toMatchObject({ kind: 'quota' });
    }
    freeTheDisk();
    expect(await everything()).toEqual(before);

    // Room again: the same writes go through, and the popup's line goes away.
    for (const [, write] of writes) await write();
    expect(await status()).toBeUndefined();
    const after = await everything();
    expect((after.dialogues as { id: string }[]).map((d) => d.id).sort()).toEqual([first.id, other.id].sort());
    expect((after.dialogues as { id: string; tags: string[] }[]).find((d) => d.id === first.id)!.tags).toEqual(['refund', 'tracker-down']);
    expect(after.escalations).toHaveLength(2);
    expect(after.feedback).toHaveLength(1);
  });
});

describe('complexity corrections', () => {
  it('are written with the rating and the model in one transaction: a refused model write leaves no rating or feedback', async () => {
    const bg = createBackgroundService();
    const snap = snapshot();
    await bg.recordSnapshot(snap);
    const before = await everything();
    // Only the model's write fails: the rating and the feedback row written before it in the same
    // transaction must not stay.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'models') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await refusedAsQuota(bg.setComplexity({ dialogueId: snap.id!, level: 'critical', text: 'everything is down' }));
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await everything()).toEqual(before);
  });

  it('made at once both count, in the stored model and in the one the background rates with', async () => {
    const bg = createBackgroundService();
    const a = snapshot();
    const b = snapshot();
    await Promise.all([bg.recordSnapshot(a), bg.recordSnapshot(b)]);
    const docs = async () => ((await db().models.get('complexity'))?.data as { docs: Record<string, number> } | undefined)?.docs;
    const was = (await docs()) ?? { critical: 0, simple: 0 };
    const feedback = await db().feedback.count();
    await Promise.all([
      bg.setComplexity({ dialogueId: a.id!, level: 'critical', text: 'the tracker is down for every campaign' }),
      bg.setComplexity({ dialogueId: b.id!, level: 'simple', text: 'how do I rename a campaign' }),
    ]);
    const now = (await docs())!;
    expect(now.critical).toBe(was.critical! + 1);
    expect(now.simple).toBe(was.simple! + 1);
    const held = (await bg.getComplexityModel()) as unknown as { docs: Record<string, number> };
    expect(held.docs).toEqual(now);
    expect(await db().feedback.count()).toBe(feedback + 2);
    expect((await db().dialogues.get(a.id!))?.complexity?.level).toBe('critical');
    expect((await db().dialogues.get(b.id!))?.complexity?.level).toBe('simple');
  });
});
