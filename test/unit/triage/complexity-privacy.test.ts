import { describe, expect, it } from 'vitest';
import { emptyLearned, hashFeature, learn, parseLearned, predict } from '../../../lib/triage/complexity-model';
import { features } from '../../../lib/triage/tokens';

const TEXT = 'Zanzibarian tracker крашится после обновления, клики не пишутся';

describe('the learned complexity model keeps no customer words', () => {
  it('stores hashed features only', () => {
    const model = learn(undefined, TEXT, 'critical');
    const stored = JSON.stringify(model);
    for (const f of features(TEXT)) expect(stored).not.toContain(f.replace(/^!/, ''));
    expect(Object.keys(model.counts.critical)).toContain(hashFeature(features(TEXT)[0]!));
  });

  it('converts a version 1 model (plain features) without losing what it learned', () => {
    const v2 = learn(undefined, TEXT, 'critical');
    const v1 = { ...structuredClone(v2), version: 1, counts: { ...emptyLearned().counts, critical: {} as Record<string, number> } };
    for (const f of features(TEXT)) v1.counts.critical[f] = (v1.counts.critical[f] ?? 0) + 1;
    const parsed = parseLearned(v1)!;
    expect(parsed.version).toBe(2);
    expect(parsed.counts).toEqual(v2.counts);
    expect(predict(parsed, TEXT)).toEqual(predict(v2, TEXT));
  });
});

describe('parseLearned bounds what a backup can hand it', () => {
  it('refuses non-finite or oversized models', () => {
    const ok = learn(undefined, TEXT, 'simple');
    expect(parseLearned(ok)).toBeDefined();
    expect(parseLearned({ ...ok, docs: { ...ok.docs, simple: Infinity } })).toBeUndefined();
    expect(parseLearned({ ...ok, totals: { ...ok.totals, simple: -1 } })).toBeUndefined();
    expect(parseLearned({ ...ok, counts: { ...ok.counts, simple: { a: 1e300 } } })).toBeUndefined();
    const huge: Record<string, number> = {};
    for (let i = 0; i < 90_000; i++) huge[`f${i}`] = 1;
    expect(parseLearned({ ...ok, counts: { ...ok.counts, complex: huge } })).toBeUndefined();
    expect(parseLearned({ ...ok, memory: Array.from({ length: 600 }, () => ({ hash: 'a', level: 'simple' })) })).toBeUndefined();
  });
});
