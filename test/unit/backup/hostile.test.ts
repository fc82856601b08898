import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { Snapshot } from '../../../lib/channel/schemas';
import { exportAll, importAll } from '../../../lib/db/backup';
import { addEscalation, recordSnapshot, updateEscalation } from '../../../lib/db/dialogues';
import { rowProblem, ROW_LIMITS, storable } from '../../../lib/db/rows';
import { redactSecrets } from '../../../lib/secrets/detect';
import { defaultSettings } from '../../../lib/settings/defaults';
import { freshDbs } from '../fresh-db';

const NOW = Date.parse('2026-11-29T10:00:00Z');
const ID = '7'.repeat(300);
const LINK = `https://carrotquest.io/panel/1/conversations/${ID}?conversationId=${ID}&${'filter=unanswered&'.repeat(120)}`;
const TAGS = [...Array.from({ length: 500 }, (_, i) => `tag-${i}`), 'long-'.repeat(60), ''];

const hostile: DialogueSnapshot = {
  id: ID,
  link: LINK,
  url: LINK,
  customer: { name: 'N'.repeat(700), email: 'e@example.com' },
  notes: [],
  messages: [
    { fromCustomer: true, text: 'It broke in 1960', time: '1960-05-01T00:00:00Z' },
    { fromCustomer: false, text: 'Looking', author: 'Anna', time: '1950-01-01T00:00:00Z' },
  ],
  tags: TAGS,
  operator: 'Anna',
  assignee: 'Anna',
  matched: ['messageAuthor'],
  missing: [],
  readAt: NOW - 1000,
};

const ctx = { now: NOW, dayKey: (ms: number) => new Date(ms).toISOString().slice(0, 10), redact: redactSecrets };

const fresh = freshDbs('hostile');

describe('what a hostile page makes the extension store, a backup restores', () => {
  it('the channel takes the snapshot (a 300-character id is within the stored row limit)', () => {
    expect(v.safeParse(Snapshot, hostile).success).toBe(true);
    expect(ID.length).toBeLessThanOrEqual(ROW_LIMITS.id);
    expect(LINK.length).toBeGreaterThan(2500);
  });

  it('record → export → import restores every row, none left out', async () => {
    const db = fresh();
    const merged = await recordSnapshot(db, hostile, ctx);
    expect(merged?.added).toHaveLength(501);
    const stored = (await db.dialogues.get(ID))!;
    expect(stored.link).toBe(LINK);
    expect(stored.myReplyAt).toEqual([0]);
    expect(stored.tags).toHaveLength(501);
    expect(stored.customerName).toHaveLength(ROW_LIMITS.person);

    const file = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    const target = fresh();
    const result = await importAll(target, file);
    if (!result.ok) throw new Error(result.error);
    expect(result.skipped).toEqual([]);
    expect(result.counts).toMatchObject({ dialogues: 1, tagEvents: 501 });
    const again = JSON.parse(JSON.stringify(await exportAll(target, defaultSettings(), NOW)));
    for (const table of ['dialogues', 'tagEvents', 'escalations', 'feedback', 'models'] as const) expect(again[table]).toEqual(file[table]);
  });

  it('a tag cut to fit does not look changed on the next read', async () => {
    const db = fresh();
    await recordSnapshot(db, hostile, ctx);
    const second = await recordSnapshot(db, { ...hostile, readAt: NOW - 500 }, { ...ctx, now: NOW + 1 });
    expect(second?.events).toEqual([]);
  });

  it('a link longer than a row holds keeps its address without the query', async () => {
    const db = fresh();
    const huge = `https://carrotquest.io/panel/1/conversations/42?q=${'x'.repeat(9000)}`;
    await recordSnapshot(db, { ...hostile, id: '42', link: huge }, ctx);
    expect((await db.dialogues.get('42'))!.link).toBe('https://carrotquest.io/panel/1/conversations/42');
  });

  it('escalation writes are fitted to the row and a row that cannot fit is never written', async () => {
    const db = fresh();
    const saved = await addEscalation(db, { dialogueId: ID, at: -5, summary: 's'.repeat(5000), customerMessageCount: 1 });
    expect(saved.summary).toHaveLength(ROW_LIMITS.summary);
    expect(saved.at).toBe(0);
    const updated = await updateEscalation(db, saved.id!, { jiraKey: 'K'.repeat(300), jiraUrl: undefined, slackRef: undefined });
    expect(updated?.jiraKey).toHaveLength(ROW_LIMITS.jiraKey);
    expect(rowProblem('escalations', (await db.escalations.toArray())[0])).toBeNull();
    expect(() => storable('dialogues', { id: 'x'.repeat(ROW_LIMITS.id + 1) })).toThrow(/^dialogues/);
  });
});
