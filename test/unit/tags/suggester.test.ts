import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TagDef } from '../../../lib/settings/schema';
import { createModel } from '../../../lib/tags/classifier';
import { parseDataset } from '../../../lib/tags/dataset';
import { trainOn } from '../../../lib/tags/evaluate';
import { deserializeModel, serializeModel } from '../../../lib/tags/model-codec';
import { CONFIDENCE_THRESHOLD, learnFromDialogue, rankTags, suggestTags } from '../../../lib/tags/suggester';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tags');
const read = (name: string): string => readFileSync(resolve(fixtures, name), 'utf8');
const vocabulary: TagDef[] = JSON.parse(read('tags.json'));

function fixtureModel() {
  const parsed = parseDataset(read('train.csv'), 'csv', 'train.csv');
  if (!parsed.ok) throw new Error(parsed.error);
  return trainOn(parsed.items);
}

const customer = (...texts: string[]) => texts.map((text) => ({ fromCustomer: true, text }));
const confidenceOf = (ranked: { name: string; confidence: number }[], name: string) => ranked.find((s) => s.name === name)?.confidence ?? 0;

describe('learning from dialogues', () => {
  it('suggests the right tag after a few examples, starting from nothing', () => {
    const model = createModel();
    const examples: [string, string][] = [
      ['My domain does not open', 'domains'],
      ['Домен не открывается после смены DNS', 'domains'],
      ['The domain DNS records are wrong', 'domains'],
      ['I want a refund for the licence', 'refund'],
      ['Верните деньги за лицензию', 'refund'],
      ['Please refund my payment', 'refund'],
      ['Postbacks do not arrive from the network', 'postback'],
      ['Постбэк не доходит, конверсий нет', 'postback'],
      ['The postback URL is not called', 'postback'],
    ];
    for (const [text, tag] of examples) learnFromDialogue(model, customer(text), [tag]);
    expect(rankTags(model, [], customer('Can I get a refund?'))[0]!.name).toBe('refund');
    expect(rankTags(model, [], customer('домен не работает'))[0]!.name).toBe('domains');
    expect(rankTags(model, [], customer('postback conversions are lost'))[0]!.name).toBe('postback');
    // words the model has seen: confident, and the why names the customer's word
    const result = suggestTags(model, [], customer('The postback does not arrive'));
    expect(result.confident).toBe(true);
    expect(result.suggestions[0]).toMatchObject({ name: 'postback' });
    expect(result.suggestions[0]!.why).toContain('postback');
  });

  it('treats a removed tag as a negative example', () => {
    const model = fixtureModel();
    const dialogue = customer('The certificate of my domain is broken');
    const before = confidenceOf(rankTags(model, [], dialogue), 'domains');
    learnFromDialogue(model, dialogue, ['ssl'], ['domains']);
    const after = rankTags(model, [], dialogue);
    expect(confidenceOf(after, 'domains')).toBeLessThan(before);
    expect(after[0]!.name).toBe('ssl');
  });

  it('takes new tags at any time, and dialogues with several tags', () => {
    const model = fixtureModel();
    for (let i = 0; i < 3; i++) {
      learnFromDialogue(model, customer(`Where is the invoice for order ${i}? I need the invoice for accounting`), ['invoice', 'billing']);
    }
    const ranked = rankTags(model, [], customer('Please send the invoice'));
    expect(
      ranked
        .slice(0, 2)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['billing', 'invoice']);
  });

  it('learns one dialogue well within 50 ms', () => {
    const model = fixtureModel();
    const long = customer('The tracker is slow and the reports time out. '.repeat(40));
    const started = performance.now();
    learnFromDialogue(model, long, ['performance']);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('only counts customer messages', () => {
    const model = fixtureModel();
    const operatorOnly = [{ fromCustomer: false, text: 'Your refund request about the SSL certificate of the domain' }];
    expect(suggestTags(model, vocabulary, operatorOnly)).toEqual({ suggestions: [], confident: false });
    const mixed = [
      { fromCustomer: true, text: 'Postbacks do not arrive' },
      { fromCustomer: false, text: 'We do not give refunds, see the licence agreement' },
    ];
    expect(rankTags(model, vocabulary, mixed)[0]!.name).toBe('postback');
    expect(confidenceOf(rankTags(model, vocabulary, mixed), 'refund')).toBeLessThan(0.05);
  });
});

describe('confidence threshold', () => {
  it('says "not sure" for text unrelated to any tag', () => {
    const model = fixtureModel();
    for (const text of ["What's the weather like in Paris tomorrow?", 'Какая завтра погода в Париже?', 'Thanks!', '🙂']) {
      expect(suggestTags(model, vocabulary, customer(text))).toEqual({ suggestions: [], confident: false });
    }
  });

  it('gives at most three suggestions, best first, only when the best is confident', () => {
    const model = fixtureModel();
    const result = suggestTags(model, vocabulary, customer('SSL сертификат истёк, домен не открывается'));
    expect(result.confident).toBe(true);
    expect(result.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    expect(result.suggestions[0]!.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    const confidences = result.suggestions.map((s) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(new Set(result.suggestions.map((s) => s.name))).toEqual(new Set(['ssl', 'domains']));
    // the threshold is an option
    expect(suggestTags(model, vocabulary, customer('SSL сертификат истёк'), { threshold: 1.01 })).toEqual({
      suggestions: [],
      confident: false,
    });
  });
});

describe('vocabulary rules on day one', () => {
  it('matches Russian and English keywords through stems', () => {
    const ru = suggestTags(null, vocabulary, customer('Постбэки перестали приходить'));
    expect(ru.confident).toBe(true);
    expect(ru.suggestions[0]).toMatchObject({ name: 'postback', why: ['Постбэки'] });
    const en = suggestTags(null, vocabulary, customer('The certificates are broken again'));
    expect(en.suggestions[0]).toMatchObject({ name: 'ssl', why: ['certificates'] });
    const phrase = suggestTags(null, vocabulary, customer('Please give me my money back'));
    expect(phrase.suggestions[0]).toMatchObject({ name: 'refund', why: ['money back'] });
    const inflected = suggestTags(null, vocabulary, customer('Хочу вернуть деньги'));
    expect(inflected.suggestions[0]?.name).toBe('refund');
    expect(suggestTags(null, vocabulary, customer('Погода сегодня хорошая')).confident).toBe(false);
  });

  it('lets learned evidence dominate once a tag has ten examples', () => {
    const vocab: TagDef[] = [
      { name: 'domains', description: '', keywords: ['domain'] },
      { name: 'ssl', description: '', keywords: ['certificate'] },
    ];
    const model = createModel();
    for (let i = 0; i < 10; i++) {
      learnFromDialogue(model, customer(`The domain ${i} shows a warning in the browser`), ['ssl']);
      learnFromDialogue(model, customer(`The certificate renewal page ${i} has a typo`), ['domains']);
    }
    expect(rankTags(null, vocab, customer('the domain shows a warning'))[0]!.name).toBe('domains');
    expect(rankTags(model, vocab, customer('the domain shows a warning'))[0]!.name).toBe('ssl');
  });
});

describe('saving the model', () => {
  it('loads back to identical suggestions, also after incremental learning', () => {
    const model = fixtureModel();
    learnFromDialogue(model, customer('Трекер падает с ошибкой 500 на странице кампаний'), ['performance', 'errors']);
    const saved = JSON.parse(JSON.stringify(serializeModel(model)));
    const loaded = deserializeModel(saved);
    const probes = ['SSL сертификат истёк', 'I want my money back', 'Постбэки не приходят', 'Reports load slowly', 'ошибка 500', 'weather'];
    for (const text of probes) {
      expect(rankTags(loaded, vocabulary, customer(text))).toEqual(rankTags(model, vocabulary, customer(text)));
    }
    expect(JSON.stringify(serializeModel(loaded))).toBe(JSON.stringify(saved));
    // a loaded model keeps learning
    learnFromDialogue(loaded, customer('invoice needed'), ['billing']);
    expect(rankTags(loaded, [], customer('invoice needed'))[0]!.name).toBe('billing');
  });

  it('refuses a broken saved model with a clear error', () => {
    const saved = serializeModel(fixtureModel());
    expect(() => deserializeModel(null)).toThrow(/not an object/);
    expect(() => deserializeModel({ ...saved, format: 'other' })).toThrow(/unknown format/);
    expect(() => deserializeModel({ ...saved, keys: 'AAAA' })).toThrow(/keys has the wrong length/);
    expect(() => deserializeModel({ ...saved, bias: [] })).toThrow(/per-tag arrays/);
  });
});
