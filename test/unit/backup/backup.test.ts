import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { applyRetention, BACKUP_VERSION, clearAll, exportAll, importAll, validateBackup } from '../../../lib/db/backup';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import { at, makeRecord } from '../stats/make-record';
import { createModel, trainBatch } from '../../../lib/tags/classifier';
import { toStoredModel } from '../../../lib/tags/model-codec';

/** A small real tag model in the form the database keeps. */
function storedTagModel() {
  const model = createModel();
  trainBatch(model, [
    { texts: ['card payment failed'], tags: ['billing'] },
    { texts: ['the certificate expired'], tags: ['ssl'] },
  ]);
  return toStoredModel(model);
}

const NOW = at('2025-03-19T09:00:00Z');
const DAY = 86_400_000;
let db: SidekickDb;
let n = 0;

function settings(): Settings {
  const s = defaultSettings();
  s.tags = [{ name: 'billing', description: 'payments', keywords: ['card'] }];
  s.slack.webhookUrl = 'https://hooks.slack.com/services/T000/B000/SECRET';
  s.operator.name = 'Anna';
  return s;
}

async function seed(): Promise<SidekickDb> {
  db = openDb(`backup-${n++}`);
  await db.dialogues.bulkAdd([
    makeRecord('1', {
      myReplyAt: [NOW - DAY],
      tags: ['billing'],
      customerName: 'Ann',
      complexity: { level: 'complex', source: 'operator', at: NOW },
    }),
    makeRecord('2', { myReplyAt: [NOW - 2 * DAY], assignedToMe: 1, assignee: 'Me', lastCustomerMessageAt: NOW - DAY }),
    makeRecord('3', { firstSeen: NOW - 500 * DAY, lastSeen: NOW - 400 * DAY, tags: ['update'] }),
  ]);
  await db.tagEvents.bulkAdd([
    { dialogueId: '1', tag: 'billing', action: 'add', at: NOW - DAY },
    { dialogueId: '3', tag: 'update', action: 'add', at: NOW - 450 * DAY },
    { dialogueId: '3', tag: 'x', action: 'remove', at: NOW - 401 * DAY },
  ]);
  await db.escalations.add({ dialogueId: '2', at: NOW - DAY, summary: 'Postbacks lost', customerMessageCount: 3, jiraKey: 'SUPPORT-1' });
  await db.feedback.add({ dialogueId: '1', kind: 'complexity', value: 'complex', text: 'ClickHouse fails', at: NOW - DAY });
  await db.models.put({ key: 'tags', data: storedTagModel(), updatedAt: NOW });
  return db;
}

/** As a file would carry it, without the moment of export. */
async function snapshot(database: SidekickDb, s: Settings) {
  const doc = JSON.parse(JSON.stringify(await exportAll(database, s, NOW)));
  delete doc.exportedAt;
  return doc;
}

const tableCounts = async (database: SidekickDb) => ({
  dialogues: await database.dialogues.count(),
  tagEvents: await database.tagEvents.count(),
  escalations: await database.escalations.count(),
  feedback: await database.feedback.count(),
  models: await database.models.count(),
});

afterEach(async () => {
  vi.restoreAllMocks();
  db?.close();
  if (db) await db.delete();
});

describe('export and import', () => {
  it('export, clear, import, export again gives the same data', async () => {
    await seed();
    const s = settings();
    const file = JSON.stringify(await exportAll(db, s, NOW));
    const before = await snapshot(db, s);
    expect(before.dialogues).toHaveLength(3);
    expect(before.format).toBe('sidekick-backup');
    expect(before.version).toBe(BACKUP_VERSION);

    await clearAll(db);
    expect(await tableCounts(db)).toEqual({ dialogues: 0, tagEvents: 0, escalations: 0, feedback: 0, models: 0 });

    const result = await importAll(db, JSON.parse(file), s);
    expect(result).toMatchObject({ ok: true, counts: { dialogues: 3, tagEvents: 3, escalations: 1, feedback: 1, models: 1 } });
    if (!result.ok) throw new Error(result.error);
    expect(result.settings).toEqual(s);
    expect(await snapshot(db, result.settings)).toEqual(before);
  });

  it('never writes the Slack webhook URL, and keeps the current one on import', async () => {
    await seed();
    const file = JSON.stringify(await exportAll(db, settings(), NOW));
    expect(file).not.toContain('SECRET');
    const doc = JSON.parse(file);
    expect(doc.settings.slack).not.toHaveProperty('webhookUrl');
    const current = defaultSettings();
    current.slack.webhookUrl = 'https://hooks.slack.com/services/T1/B1/MINE';
    const result = await importAll(db, doc, current);
    expect(result.ok && result.settings.slack.webhookUrl).toBe('https://hooks.slack.com/services/T1/B1/MINE');
    expect(result.ok && result.settings.operator.name).toBe('Anna');
  });

  it('refuses a file from a newer version and changes nothing', async () => {
    await seed();
    const before = await snapshot(db, settings());
    const doc = { ...(await exportAll(db, settings(), NOW)), version: BACKUP_VERSION + 1, dialogues: [] };
    const result = await importAll(db, doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^version: .*newer version/);
    expect(await snapshot(db, settings())).toEqual(before);
  });

  it('leaves a broken record out, naming it, and restores the rest', async () => {
    await seed();
    const doc = JSON.parse(JSON.stringify(await exportAll(db, settings(), NOW)));
    doc.dialogues = Array.from({ length: 20 }, (_, i) => makeRecord(`n${i}`));
    doc.dialogues[17].tags = ['ok', 5];
    const result = await importAll(db, doc);
    if (!result.ok) throw new Error(result.error);
    expect(result.skipped).toEqual([
      { table: 'dialogues', index: 17, error: 'dialogues[17].tags[1]: Invalid type: Expected string but received 5' },
    ]);
    expect(result.counts.dialogues).toBe(19);
    const stored = (await db.dialogues.toCollection().primaryKeys()).sort();
    expect(stored).toEqual(
      doc.dialogues
        .map((d: { id: string }) => d.id)
        .filter((id: string) => id !== 'n17')
        .sort(),
    );
    expect(await db.tagEvents.count()).toBe(doc.tagEvents.length);
  });

  it('names every row it leaves out: unknown fields (no raw text can ride along), bad values, repeated keys', async () => {
    const doc = JSON.parse(JSON.stringify(await exportAll(await seed(), settings(), NOW)));
    const variants: [unknown, RegExp][] = [
      [{ ...doc, dialogues: [{ ...doc.dialogues[0], transcript: 'full text' }] }, /^dialogues\[0\]\.transcript: unknown field$/],
      [{ ...doc, tagEvents: [{ ...doc.tagEvents[0], action: 'toggle' }] }, /^tagEvents\[0\]\.action: /],
      [{ ...doc, escalations: [doc.escalations[0], doc.escalations[0]] }, /^escalations\[1\]\.id: duplicate/],
      [{ ...doc, dialogues: [{ ...doc.dialogues[0], link: 'x'.repeat(8001) }] }, /^dialogues\[0\]\.link: longer than 8000 characters$/],
      [{ ...doc, dialogues: [{ ...doc.dialogues[0], myReplyAt: [-1] }] }, /^dialogues\[0\]\.myReplyAt\[0\]: /],
    ];
    for (const [bad, message] of variants) {
      const r = validateBackup(bad);
      if (!r.ok) throw new Error(r.error);
      expect(r.skipped).toHaveLength(1);
      expect(r.skipped[0]!.error).toMatch(message);
    }
  });

  it('refuses a document that is not right as a whole (settings, a table that is not a list, not a backup) and changes nothing', async () => {
    await seed();
    const before = await snapshot(db, settings());
    const doc = JSON.parse(JSON.stringify(await exportAll(db, settings(), NOW)));
    const variants: [unknown, RegExp][] = [
      [
        { ...doc, settings: { ...doc.settings, targets: { floor: 0.9, goal: 0.8, longHeldHours: 24 } } },
        /^settings\.targets: floor must not be above goal/,
      ],
      [{ ...doc, feedback: 'none' }, /^feedback: must be a list$/],
      [{ ...doc, format: 'other' }, /^format: /],
      [{ ...doc, extra: 1 }, /^extra: unknown field$/],
      [[], /JSON object/],
    ];
    for (const [bad, message] of variants) {
      const r = await importAll(db, bad);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(message);
    }
    expect(await snapshot(db, settings())).toEqual(before);
  });

  it('leaves the old data when the database fails part way through the swap', async () => {
    await seed();
    const before = await snapshot(db, settings());
    const doc = JSON.parse(JSON.stringify(await exportAll(db, settings(), NOW)));
    doc.dialogues = [makeRecord('new')];
    vi.spyOn(db.feedback, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    const result = await importAll(db, doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('disk full');
    expect(await snapshot(db, settings())).toEqual(before);
  });
});

describe('applyRetention', () => {
  it('deletes dialogues not seen for N days with their rows, and keeps the rest', async () => {
    await seed();
    await db.tagEvents.add({ dialogueId: 'deleted-long-ago', tag: 'y', action: 'add', at: NOW - 500 * DAY });
    await db.feedback.add({
      dialogueId: '1',
      kind: 'complexity',
      value: 'simple',
      text: 'old but its dialogue lives',
      at: NOW - 500 * DAY,
    });
    const counts = await applyRetention(db, 365, NOW);
    expect(counts).toEqual({ dialogues: 1, tagEvents: 3, escalations: 0, feedback: 0 });
    expect((await db.dialogues.toCollection().primaryKeys()).sort()).toEqual(['1', '2']);
    expect((await db.tagEvents.toArray()).map((e) => e.dialogueId)).toEqual(['1']);
    expect(await db.feedback.count()).toBe(2);
    expect(await db.escalations.count()).toBe(1);
  });

  it('keeps everything for 0 days', async () => {
    await seed();
    expect(await applyRetention(db, 0, NOW)).toEqual({ dialogues: 0, tagEvents: 0, escalations: 0, feedback: 0 });
    expect(await tableCounts(db)).toEqual({ dialogues: 3, tagEvents: 3, escalations: 1, feedback: 1, models: 1 });
  });
});
