import { describe, expect, it } from 'vitest';
import { createModel, passesFor, scoreVector, tagNameText, textFeatures, trainBatch, vectorize } from '../../../lib/tags/classifier';
import { fromHalfBits, roundHalf, toHalfBits } from '../../../lib/tags/half-float';
import { KeyIndex } from '../../../lib/tags/key-index';
import { serializeModel } from '../../../lib/tags/model-codec';

describe('half precision', () => {
  it('encodes known values exactly', () => {
    expect(toHalfBits(1)).toBe(0x3c00);
    expect(toHalfBits(0.5)).toBe(0x3800);
    expect(toHalfBits(-2)).toBe(0xc000);
    expect(toHalfBits(65504)).toBe(0x7bff);
    expect(toHalfBits(2 ** -24)).toBe(0x0001);
    expect(fromHalfBits(0x3555)).toBeCloseTo(0.33325, 5);
  });

  it('rounds to the nearest half value and is stable once rounded', () => {
    for (const v of [0.1, -0.3333, 1e-5, 3.14159, 1234.5678, -7e-3]) {
      const r = roundHalf(v);
      expect(Math.abs(r - v)).toBeLessThanOrEqual(Math.abs(v) * 2 ** -11 + 2 ** -25);
      expect(roundHalf(r)).toBe(r);
    }
    expect(roundHalf(1e9)).toBe(65504);
    expect(roundHalf(0)).toBe(0);
  });
});

describe('KeyIndex', () => {
  it('finds every key after growing, and misses unknown ones', () => {
    const index = new KeyIndex(4);
    for (let i = 0; i < 5000; i++) index.add((i * 2654435761) >>> 0, i);
    expect(index.size).toBe(5000);
    for (let i = 0; i < 5000; i += 7) expect(index.get((i * 2654435761) >>> 0)).toBe(i);
    expect(index.get(12345)).toBe(-1);
  });
});

describe('serialised model', () => {
  it('is plain JSON data and grows with what was learned', () => {
    const model = trainBatch(createModel(), [
      { texts: ['domain does not open'], tags: ['domains'] },
      { texts: ['refund please'], tags: ['refund'] },
    ]);
    const saved = serializeModel(model);
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
    expect(saved.classes).toEqual(['domains', 'refund']);
    expect(saved.rows).toBe(model.rowCount);
    expect(saved.rows).toBeGreaterThan(20);
  });
});

describe('batch training extras', () => {
  it('reads a tag name as words', () => {
    expect(tagNameText('card_not_working')).toBe('card not working');
    expect(tagNameText('refund-request/urgent')).toBe('refund request urgent');
    expect(tagNameText('lostCard')).toBe('lost Card');
    expect(tagNameText('возврат_денег')).toBe('возврат денег');
  });

  it('learns a new tag from its name without counting the name as an example', () => {
    const model = trainBatch(createModel(), [
      { texts: ['the page does not load'], tags: ['site_down'] },
      { texts: ['please give the money back'], tags: ['refund'] },
    ]);
    expect(model.positives).toEqual([1, 1]);
    const s = scoreVector(model, vectorize(model, textFeatures(model, ['refund']).raw));
    expect(s[model.classIndex.get('refund')!]!).toBeGreaterThan(s[model.classIndex.get('site_down')!]!);
    const plain = trainBatch(createModel({ nameExamples: 0 }), [{ texts: ['the page does not load'], tags: ['site_down'] }]);
    expect(plain.docs).toBe(1);
  });

  it('gives a small training set more passes, a large one the configured number', () => {
    expect(passesFor(6, 10_000)).toBe(6);
    expect(passesFor(6, 770)).toBe(20);
    expect(passesFor(6, 2000)).toBe(8);
    expect(passesFor(6, 0)).toBe(6);
  });
});
