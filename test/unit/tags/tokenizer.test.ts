import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../../lib/tags/stem-english';
import { stemRussian } from '../../../lib/tags/stem-russian';
import { foldMixedScript } from '../../../lib/tags/mixed-script';
import { looksLikeLog, tokenize, tokenizeTexts } from '../../../lib/tags/tokenizer';

const terms = (text: string): string[] => tokenize(text).map((t) => t.term);

describe('English stemmer (Snowball English / Porter2)', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['ties', 'tie'],
    ['cats', 'cat'],
    ['running', 'run'],
    ['hopping', 'hop'],
    ['hoping', 'hope'],
    ['agreed', 'agre'],
    ['generously', 'generous'],
    ['generalization', 'general'],
    ['consignment', 'consign'],
    ['happiness', 'happi'],
    ['refunded', 'refund'],
    ['skies', 'sky'],
    ['dying', 'die'],
    ['news', 'news'],
    ['communication', 'communic'],
    ['succeeding', 'succeed'],
    ['by', 'by'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe('Russian stemmer (Snowball Russian)', () => {
  it.each([
    ['вагоне', 'вагон'],
    ['важнейшими', 'важн'],
    ['важности', 'важност'],
    ['авенантненькая', 'авенантненьк'],
    ['абонировался', 'абонирова'],
    ['аристократическою', 'аристократическ'],
    ['арестуйте', 'арест'],
    ['анализирующей', 'анализир'],
    ['авиация', 'авиац'],
    ['автомобили', 'автомоб'],
    ['сертификатов', 'сертификат'],
    // Snowball reads -ены as an ending here; the rules' prefix match covers such cases
    ['домены', 'дом'],
    ['сертификаты', 'сертификат'],
    ['в', 'в'],
  ])('%s → %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });
});

describe('tokenize', () => {
  it('lower-cases, folds ё to е and stems Russian', () => {
    expect(terms('Ёжик ЁЛКИ ёлка')).toEqual(['ежик', 'елк', 'елк']);
    expect(terms('Сертификаты не выпускаются')).toEqual(['сертификат', 'не', 'выпуска']);
  });

  it('stems English and spells out negations', () => {
    expect(terms("I didn't receive my refunds")).toEqual(['i', 'did', 'not', 'receiv', 'my', 'refund']);
    expect(terms('It doesnt work')).toEqual(['it', 'doe', 'not', 'work']);
  });

  it('folds Latin look-alikes inside a Cyrillic word and the other way round', () => {
    // "cервер" starts with a Latin c; "hеllo" has a Cyrillic е
    expect(terms('cервер')).toEqual(terms('сервер'));
    expect(terms('hеllo')).toEqual(['hello']);
    expect(foldMixedScript('рaбота')).toEqual({ word: 'работа', script: 'cyrillic' });
    // a letter with no look-alike means a real mixed word: leave it
    expect(foldMixedScript('iphoneы').word).toBe('iphoneы');
  });

  it('keeps the customer spelling as the surface', () => {
    const [t] = tokenize('Сертификаты');
    expect(t).toMatchObject({ term: 'сертификат', word: 'сертификаты', surface: 'Сертификаты' });
  });

  it('replaces URLs, e-mails, numbers and paths with placeholders, keeping the domain', () => {
    expect(terms('see https://app.example.com/path?x=1, mail ivan.petrov@mail.ru, 404 and 12.5')).toEqual([
      'see',
      '__url',
      '__host:example.com',
      'mail',
      '__email',
      '__num',
      'and',
      '__num',
    ]);
    expect(terms('open tracker.site.ru now')).toEqual(['open', '__url', '__host:site.ru', 'now']);
    expect(terms('file /var/www/html/index.php')).toEqual(['file', '__path']);
    // digits glued to letters are a word, not a number
    expect(terms('2fa ipv4')).toEqual(['2fa', 'ipv4']);
  });

  it('keeps only a few words of a pasted log', () => {
    const log = [
      'The tracker fails:',
      '2024-01-02 10:11:12 [error] 1234#0: *5 connect() failed (111: Connection refused) while connecting to upstream',
      '2024-01-02 10:11:13 [error] 1234#0: *6 upstream timed out (110: Connection timed out) /var/www/a.php',
      '{"status":"error","code":500,"trace":"0xdeadbeefcafebabe1234"}',
    ].join('\n');
    expect(looksLikeLog('2024-01-02 10:11:12 [error] 1234#0: *5 connect() failed')).toBe(true);
    expect(looksLikeLog('Hello, my tracker does not open since yesterday evening')).toBe(false);
    const t = terms(log);
    expect(t.slice(0, 3)).toEqual(['the', 'tracker', 'fail']);
    expect(t.length).toBeLessThanOrEqual(3 + 3 * 3);
    expect(t).not.toContain('__num');
  });

  it('gives no tokens for empty, emoji-only or punctuation-only text, and never throws', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('🙂🙂 👍🏽 ❤️')).toEqual([]);
    expect(tokenize('?!... --- ***')).toEqual([]);
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });

  it('handles a 1 MB message fast and still reads its start and end', () => {
    const middle = '2024-01-02 10:11:12 ERROR worker failed at /srv/app/worker.php:12 0xdeadbeef\n'.repeat(14_000);
    const text = `My postback is broken\n${middle}please help with the domain`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const t = terms(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(t.slice(0, 4)).toEqual(['my', 'postback', 'is', 'broken']);
    expect(t.slice(-4)).toEqual(['help', 'with', 'the', 'domain']);
    expect(t.length).toBeLessThan(100);
  });

  it('numbers lines across messages so bigrams never join two messages', () => {
    const tokens = tokenizeTexts(['first message', 'second\nthird']);
    expect(tokens.map((t) => t.line)).toEqual([0, 0, 1, 2]);
  });
});
