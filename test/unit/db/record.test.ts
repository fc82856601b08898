import { describe, expect, it } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { openDb } from '../../../lib/db/database';
import { mergeSnapshot } from '../../../lib/db/dialogue-record';
import { recordSnapshot } from '../../../lib/db/dialogues';
import { redactSecrets } from '../../../lib/secrets/detect';

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

  it('does not count a teammate’s reply as mine', () => {
    const snap = { ...base, messages: [{ ...base.messages[1], author: 'Ivan' }], assignee: 'Ivan' };
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
    expect((await again.tagEvents.toArray()).map((e) => `${e.action}:${e.tag}@${e.at}`)).toEqual(['add:tracker-down@10', 'remove:tracker-down@20']);
    again.close();
  });
});
