import { describe, expect, it } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { openDb } from '../../../lib/db/database';
import { mergeSnapshot } from '../../../lib/db/dialogue-record';
import { recordSnapshot } from '../../../lib/db/dialogues';
import { redactSecrets } from '../../../lib/secrets/detect';
import { exportAll, validateBackup } from '../../../lib/db/backup';
import { defaultSettings } from '../../../lib/settings/defaults';

const base: DialogueSnapshot = {
  id: '100',
  link: 'https://app.carrotquest.io/project/1/conversations/100',
  url: 'https://app.carrotquest.io/project/1/conversations/100',
  customer: { name: 'Dmitry', email: 'd@example.com' },
  notes: [],
  messages: [
    { fromCustomer: true, text: 'My password: hunter2secret and the tracker is down', time: '2026-11-26T06:00:00.000Z' },
    { fromCustomer: false, text: 'Looking', author: 'Anna', time: '2026-11-26T06:05:00.000Z' },
  ],
  tags: [],
  operator: 'Anna',
  assignee: 'Anna',
  matched: ['messageAuthor'],
  missing: [],
  readAt: 0,
};
const ctx = (now: number) => ({ now, dayKey: (ms: number) => new Date(ms).toISOString().slice(0, 10), redact: redactSecrets });

describe('mergeSnapshot', () => {
  it('records my replies, assignee and the redacted customer text', () => {
    const r = mergeSnapshot(undefined, base, ctx(Date.parse('2026-11-26T07:00:00Z')))!;
    expect(r.record.repliedByMe).toBe(1);
    expect(r.record.myReplyAt).toEqual([Date.parse('2026-11-26T06:05:00.000Z')]);
    expect(r.record.replyDays).toEqual(['2026-11-26']);
    expect(r.record.assignedToMe).toBe(1);
    expect(r.record.customerText).toContain('tracker is down');
    expect(r.record.customerText).not.toContain('hunter2secret');
    expect(JSON.stringify(r.record)).not.toContain('Looking');
  });

  it('dates "mine since" from my first reply the page shows, and keeps it', () => {
    const firstSeen = Date.parse('2026-11-28T07:00:00Z');
    const r = mergeSnapshot(undefined, base, ctx(firstSeen))!;
    expect(r.record.assignedSince).toBe(Date.parse('2026-11-26T06:05:00.000Z'));
    expect(r.record.firstSeen).toBe(firstSeen);
    const later = mergeSnapshot(r.record, { ...base, messages: [] }, ctx(firstSeen + 3_600_000))!;
    expect(later.record.assignedSince).toBe(r.record.assignedSince);
    const notMine = mergeSnapshot(later.record, { ...base, assignee: 'Ivan' }, ctx(firstSeen + 7_200_000))!;
    expect(notMine.record.assignedSince).toBeUndefined();
  });

  it('does not count a teammate’s reply as mine', () => {
    const snap = { ...base, messages: [{ ...base.messages[1]!, author: 'Ivan' }], assignee: 'Ivan' };
    const r = mergeSnapshot(undefined, snap, ctx(1))!;
    expect(r.record.repliedByMe).toBe(0);
    expect(r.record.assignedToMe).toBe(0);
  });

  it('turns tag changes into events', () => {
    const first = mergeSnapshot(undefined, { ...base, tags: ['billing'] }, ctx(1))!;
    expect(first.events).toEqual([{ dialogueId: '100', tag: 'billing', action: 'add', at: 1 }]);
    const second = mergeSnapshot(first.record, { ...base, tags: ['refund'] }, ctx(2))!;
    expect(second.added).toEqual(['refund']);
    expect(second.removed).toEqual(['billing']);
    expect(second.record.firstSeen).toBe(1);
    expect(second.record.lastSeen).toBe(2);
  });

  it('ignores a page with no dialogue open', () => {
    expect(mergeSnapshot(undefined, { ...base, id: null }, ctx(1))).toBeNull();
  });
});

describe('recordSnapshot in IndexedDB', () => {
  it('stores the record and its tag events together and keeps them across a reopen', async () => {
    const db = openDb('test-record-' + Math.random());
    await recordSnapshot(db, { ...base, tags: ['tracker-down'] }, ctx(10));
    await recordSnapshot(db, { ...base, tags: [] }, ctx(20));
    db.close();
    const again = openDb(db.name);
    const rec = await again.dialogues.get('100');
    expect(rec?.tags).toEqual([]);
    expect((await again.tagEvents.toArray()).map((e) => `${e.action}:${e.tag}@${e.at}`)).toEqual([
      'add:tracker-down@10',
      'remove:tracker-down@20',
    ]);
    again.close();
  });
});

describe('snapshots out of order (two tabs on one dialogue)', () => {
  const at = (readAt: number, tags: string[], tagsSince = readAt, more: Partial<DialogueSnapshot> = {}): DialogueSnapshot => ({
    ...base,
    tags,
    readAt,
    tagsSince,
    ...more,
  });
  const events = async (db: ReturnType<typeof openDb>) => (await db.tagEvents.toArray()).map((e) => `${e.action}:${e.tag}`);

  it('ignores a snapshot read before the stored one, whenever it arrives', async () => {
    const db = openDb('test-order-' + Math.random());
    await recordSnapshot(db, at(100, ['refund']), ctx(110));
    // Read at 90 in another tab, delivered late: it would have removed the tag.
    expect(await recordSnapshot(db, at(90, []), ctx(120))).toBeNull();
    const rec = await db.dialogues.get('100');
    expect(rec?.tags).toEqual(['refund']);
    expect(rec?.seenAt).toBe(100);
    expect(rec?.lastSeen).toBe(110);
    expect(await events(db)).toEqual(['add:refund']);
    db.close();
  });

  it('keeps newer tags over a tab that still shows the old ones, and takes the rest of that tab’s snapshot', async () => {
    const db = openDb('test-stale-tab-' + Math.random());
    // Tab 1 opened the dialogue at 10 and tagged it at 50; tab 2 has shown it untagged since 20.
    await recordSnapshot(db, at(10, [], 10), ctx(10));
    await recordSnapshot(db, at(50, ['refund'], 50), ctx(50));
    const news = [...base.messages, { fromCustomer: true, text: 'Any news?', time: '2026-11-26T06:30:00.000Z' }];
    const merged = await recordSnapshot(db, at(60, [], 20, { messages: news }), ctx(60));
    expect(merged?.added).toEqual([]);
    expect(merged?.removed).toEqual([]);
    const rec = await db.dialogues.get('100');
    expect(rec?.tags).toEqual(['refund']);
    expect(rec?.tagsAt).toBe(50);
    expect(rec?.customerMessageCount).toBe(2);
    expect(rec?.customerText).toContain('Any news?');
    // When the operator really removes the tag in tab 2 (at 70), that is a change.
    await recordSnapshot(db, at(70, [], 70, { messages: news }), ctx(70));
    expect((await db.dialogues.get('100'))?.tags).toEqual([]);
    expect(await events(db)).toEqual(['add:refund', 'remove:refund']);
    db.close();
  });

  it('ends at the newest state with events that replay to it, whatever order concurrent writes land in', async () => {
    // One tab's history: tags change at 20, 40 and 60; a second tab shows the first tags all along.
    const history = [at(10, []), at(20, ['a']), at(30, ['a'], 20), at(40, ['a', 'b']), at(60, ['b'])];
    const stale = [at(35, [], 5), at(65, [], 5), at(70, ['a'], 25)];
    for (let round = 0; round < 20; round++) {
      const db = openDb(`test-shuffle-${round}-` + Math.random());
      const all = [...history, ...stale].sort(() => Math.random() - 0.5);
      await Promise.all(all.map((s, i) => recordSnapshot(db, s, ctx(100 + i))));
      const rec = await db.dialogues.get('100');
      expect(rec?.tags).toEqual(['b']);
      expect(rec?.seenAt).toBe(70);
      const replay = new Set<string>();
      for (const e of await db.tagEvents.orderBy('id').toArray()) {
        if (e.action === 'add') {
          expect(replay.has(e.tag)).toBe(false);
          replay.add(e.tag);
        } else {
          expect(replay.delete(e.tag)).toBe(true);
        }
      }
      expect([...replay]).toEqual(['b']);
      db.close();
    }
  });

  it('stores the view times in a form the backup restores', async () => {
    const db = openDb('test-order-backup-' + Math.random());
    await recordSnapshot(db, at(100, ['refund'], 80), ctx(110));
    const doc = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), 200)));
    expect(doc.dialogues[0]).toMatchObject({ seenAt: 100, tagsAt: 80 });
    expect(validateBackup(doc).ok).toBe(true);
    db.close();
  });

  it('keeps a page time within 1970 and now', () => {
    const future = mergeSnapshot(undefined, at(9e15, ['x'], 9e15), ctx(500))!;
    expect(future.record.seenAt).toBe(500);
    expect(future.record.tagsAt).toBe(500);
    const past = mergeSnapshot(undefined, at(-5, ['x'], Number.NaN), ctx(500))!;
    expect(past.record.seenAt).toBe(0);
    expect(past.record.tagsAt).toBe(0);
  });
});
