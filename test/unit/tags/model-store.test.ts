import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/db/database';
import { parseDataset } from '../../../lib/tags/dataset';
import { trainOn } from '../../../lib/tags/evaluate';
import {
  deserializeModel,
  MODEL_LIMITS,
  serializeModel,
  STORED_MODEL_VERSION,
  toPortableForm,
  toStoredForm,
  toStoredModel,
} from '../../../lib/tags/model-codec';
import { rankTags } from '../../../lib/tags/suggester';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tags');
function fixtureModel() {
  const parsed = parseDataset(readFileSync(resolve(fixtures, 'train.csv'), 'utf8'), 'csv', 'train.csv');
  if (!parsed.ok) throw new Error(parsed.error);
  return trainOn(parsed.items);
}
const dialogue = [{ fromCustomer: true, text: 'The SSL certificate of my domain expired and the postback is lost' }];

describe('the tag model as stored: typed arrays, no text to parse', () => {
  it('holds its numbers in typed arrays, which IndexedDB copies as bytes', () => {
    const stored = toStoredModel(fixtureModel());
    expect(stored.version).toBe(STORED_MODEL_VERSION);
    expect(stored.keys).toBeInstanceOf(Uint32Array);
    expect(stored.df).toBeInstanceOf(Uint32Array);
    expect(stored.bias).toBeInstanceOf(Float32Array);
    expect(stored.weights.values).toBeInstanceOf(Uint16Array);
    expect(stored.mass.counts).toBeInstanceOf(Uint16Array);
    // Nothing large is text: the only strings are the header's tag names.
    const strings = JSON.stringify(stored, (_k, v: unknown) => (ArrayBuffer.isView(v) ? null : v));
    expect(strings.length).toBeLessThan(4000);
  });

  it('loads from the stored form (after a structured clone) to the same suggestions as the model saved', () => {
    const model = fixtureModel();
    const loaded = deserializeModel(structuredClone(toStoredModel(model)));
    expect(rankTags(loaded, [], dialogue)).toEqual(rankTags(model, [], dialogue));
    expect(toStoredModel(loaded)).toEqual(toStoredModel(model));
  });

  it('converts between the stored and the portable (JSON) form without loss', () => {
    const model = fixtureModel();
    const portable = JSON.parse(JSON.stringify(serializeModel(model)));
    expect(toStoredForm(portable)).toEqual(toStoredModel(model));
    expect(toPortableForm(toStoredModel(model))).toEqual(portable);
    expect(rankTags(deserializeModel(portable), [], dialogue)).toEqual(rankTags(model, [], dialogue));
  });

  it.each([
    [
      'a huge charMax',
      (p: Record<string, unknown>) => ({ ...p, config: { features: { charMin: 2, charMax: 1000, bigrams: true } } }),
      /charMax/,
    ],
    ['a zero nbAlpha', (p: Record<string, unknown>) => ({ ...p, config: { nbAlpha: 0 } }), /nbAlpha/],
    ['too many features', (p: Record<string, unknown>) => ({ ...p, rows: MODEL_LIMITS.rows + 1 }), /more than 4000000 features/],
    [
      'too many tags',
      (p: Record<string, unknown>) => ({ ...p, classes: Array.from({ length: MODEL_LIMITS.tags + 1 }, (_, i) => `t${i}`) }),
      /more than 2000 tags/,
    ],
  ])('refuses a model with %s before sizing anything by it', (_what, change, message) => {
    const portable = JSON.parse(JSON.stringify(serializeModel(fixtureModel()))) as Record<string, unknown>;
    expect(() => toStoredForm(change(portable))).toThrow(message);
  });

  it('a database of version 2 holding the model as JSON is converted when it opens', async () => {
    const name = `model-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      dialogues: 'id, lastSeen, firstSeen, lastMyReplyAt, *replyDays, assignedToMe',
      tagEvents: '++id, dialogueId, at, tag',
      escalations: '++id, dialogueId, at',
      feedback: '++id, dialogueId, kind, at',
      models: 'key',
    });
    old.version(2).stores({ daily: 'day' });
    const model = fixtureModel();
    await old.table('models').put({ key: 'tags', data: JSON.parse(JSON.stringify(serializeModel(model))), updatedAt: 5 });
    await old.table('models').put({ key: 'complexity', data: { version: 2 }, updatedAt: 5 });
    old.close();

    const db = openDb(name);
    const row = await db.models.get('tags');
    expect((row?.data as { version: number }).version).toBe(STORED_MODEL_VERSION);
    expect((row?.data as { keys: unknown }).keys).toBeInstanceOf(Uint32Array);
    expect(row?.updatedAt).toBe(5);
    expect(rankTags(deserializeModel(row?.data), [], dialogue)).toEqual(rankTags(model, [], dialogue));
    expect((await db.models.get('complexity'))?.data).toEqual({ version: 2 });
    db.close();
    await db.delete();
  });
});
