import { describe, expect, it } from 'vitest';
import { createComplexityHolder } from '../../../lib/background/complexity-holder';
import { RETENTION_ALARM, runMaintenance } from '../../../lib/background/maintenance';
import { createTagModelHolder } from '../../../lib/background/tag-model-holder';
import { clearAll, exportAll, importAll } from '../../../lib/db/backup';
import { addFeedback } from '../../../lib/db/models';
import { defaultSettings } from '../../../lib/settings/defaults';
import { createModel, trainBatch } from '../../../lib/tags/classifier';
import { deserializeModel, serializeModel, toStoredModel } from '../../../lib/tags/model-codec';
import { parseLearned } from '../../../lib/triage/complexity-model';
import { makeRecord } from '../stats/make-record';
import { freshDbs } from '../fresh-db';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-29T10:00:00Z');
const fresh = freshDbs('model-life');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const customer = (text: string) => [{ fromCustomer: true, text }];

describe('the model save after "Clear all" or a restore', () => {
  it('a save pending when everything is cleared does not bring the model back', async () => {
    const db = fresh();
    const holder = createTagModelHolder(db);
    await holder.learn(customer('refund my licence please'), ['refund'], []);
    await clearAll(db);
    await sleep(1700);
    expect(await db.models.get('tags')).toBeUndefined();
    // The holder reads the cleared data again: it knows no tag.
    expect(await holder.knownTags()).toEqual([]);
  });

  it('a save pending when a backup is restored does not overwrite the restored model', async () => {
    const source = fresh();
    const backupModel = createModel();
    trainBatch(backupModel, [{ texts: ['the certificate expired'], tags: ['ssl'] }]);
    await source.models.put({ key: 'tags', data: toStoredModel(backupModel), updatedAt: 1 });
    const file = JSON.parse(JSON.stringify(await exportAll(source, defaultSettings(), NOW)));

    const db = fresh();
    const holder = createTagModelHolder(db);
    await holder.learn(customer('refund my licence please'), ['refund'], []);
    const restored = await importAll(db, file);
    expect(restored.ok).toBe(true);
    await sleep(1700);
    expect(deserializeModel((await db.models.get('tags'))?.data).classes).toEqual(['ssl']);
    expect(await holder.knownTags()).toEqual(['ssl']);
  });

  it('a correction learned across a clear is learned again on what is stored now', async () => {
    const db = fresh();
    const holder = createComplexityHolder(db);
    await holder.learn('everything is down', 'critical');
    await clearAll(db);
    await holder.learn('how do I add a domain', 'simple');
    const stored = parseLearned((await db.models.get('complexity'))?.data);
    expect(stored?.docs).toEqual({ simple: 1, complex: 0, critical: 0, proposal: 0 });
  });
});

describe('backups carry the tag model in the portable form', () => {
  it('exports base64 JSON and restores typed arrays', async () => {
    const db = fresh();
    const model = createModel();
    trainBatch(model, [{ texts: ['card payment failed'], tags: ['billing'] }]);
    await db.models.put({ key: 'tags', data: toStoredModel(model), updatedAt: 1 });
    const file = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    const row = file.models.find((m: { key: string }) => m.key === 'tags');
    expect(row.data).toEqual(JSON.parse(JSON.stringify(serializeModel(model))));
    expect(typeof row.data.keys).toBe('string');

    const target = fresh();
    await importAll(target, file);
    expect(((await target.models.get('tags'))?.data as { keys: unknown }).keys).toBeInstanceOf(Uint32Array);
  });

  it('leaves out a model whose settings or sizes cannot be trusted, naming it', async () => {
    const db = fresh();
    const file = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
    const model = JSON.parse(JSON.stringify(serializeModel(createModel())));
    file.models = [{ key: 'tags', data: { ...model, config: { features: { charMin: 2, charMax: 4000, bigrams: true } } }, updatedAt: 1 }];
    const result = await importAll(db, file);
    if (!result.ok) throw new Error(result.error);
    expect(result.skipped.map((s) => s.error)).toEqual([expect.stringMatching(/^models\[0\]\.data: tag model: config\.features\.charMax/)]);
    expect(await db.models.count()).toBe(0);
  });
});

describe('retention ages the models with the data', () => {
  it('learns the models again from what retention kept', async () => {
    const db = fresh();
    await db.dialogues.bulkAdd([
      makeRecord('old', {
        firstSeen: NOW - 400 * DAY,
        lastSeen: NOW - 400 * DAY,
        tags: ['legacy'],
        customerText: 'the old php five server',
      }),
      makeRecord('new', { firstSeen: NOW - DAY, lastSeen: NOW - DAY, tags: ['ssl'], customerText: 'the certificate expired' }),
    ]);
    await addFeedback(db, 'old', 'critical', 'everything is down', NOW - 400 * DAY);
    await addFeedback(db, 'new', 'simple', 'how do I add a domain', NOW - DAY);
    const tags = createTagModelHolder(db);
    await tags.importHistory([{ messages: customer('the old php five server'), tags: ['legacy'] }]);
    const complexity = createComplexityHolder(db);
    await complexity.learn('everything is down', 'critical');
    expect(await tags.knownTags()).toContain('legacy');

    let replaced = 0;
    const settings = defaultSettings();
    settings.operator.retentionDays = 365;
    await runMaintenance(RETENTION_ALARM, db, settings, NOW, () => replaced++);
    expect(replaced).toBe(1);
    expect(deserializeModel((await db.models.get('tags'))?.data).classes).toEqual(['ssl']);
    expect(parseLearned((await db.models.get('complexity'))?.data)?.docs).toEqual({ simple: 1, complex: 0, critical: 0, proposal: 0 });
    // A save the holders make from what they held before is dropped: the aged models stay.
    await tags.learn(customer('the old php five server again'), ['legacy'], []);
    await sleep(1700);
    expect(deserializeModel((await db.models.get('tags'))?.data).classes).toEqual(['ssl']);
  });

  it('leaves the models alone when retention deleted nothing', async () => {
    const db = fresh();
    await db.dialogues.add(makeRecord('new', { firstSeen: NOW - DAY, lastSeen: NOW - DAY, tags: ['ssl'] }));
    const tags = createTagModelHolder(db);
    await tags.importHistory([{ messages: customer('the old php five server'), tags: ['legacy'] }]);
    let replaced = 0;
    await runMaintenance(RETENTION_ALARM, db, defaultSettings(), NOW, () => replaced++);
    expect(replaced).toBe(0);
    expect(deserializeModel((await db.models.get('tags'))?.data).classes).toEqual(['legacy']);
  });
});
