import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatOfFileName, parseCsvRecords, parseDataset } from '../../../lib/tags/dataset';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tags');
const fixture = (name: string): string => readFileSync(resolve(fixtures, name), 'utf8');

describe('CSV (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes, quoted line breaks and CRLF', () => {
    const text = 'text,category\r\n"Hello, world",greeting\r\n"She said ""hi""\nand left",quote\r\nplain text,plain\r\n';
    const result = parseDataset(text, 'csv', 'a.csv');
    expect(result).toEqual({
      ok: true,
      items: [
        { messages: [{ fromCustomer: true, text: 'Hello, world' }], tags: ['greeting'], line: 2 },
        { messages: [{ fromCustomer: true, text: 'She said "hi"\nand left' }], tags: ['quote'], line: 3 },
        { messages: [{ fromCustomer: true, text: 'plain text' }], tags: ['plain'], line: 5 },
      ],
    });
  });

  it('accepts the columns in any order, ignores extra ones, a BOM and blank lines', () => {
    const result = parseDataset('\ufeffid,category,text\n1,refund,money back\n\n2,ssl,"cert"\n', 'csv', 'b.csv');
    expect(result.ok && result.items.map((i) => [i.messages[0]!.text, i.tags[0]])).toEqual([
      ['money back', 'refund'],
      ['cert', 'ssl'],
    ]);
  });

  it('refuses the whole file at the first bad line, naming file and line', () => {
    expect(parseDataset(fixture('broken.csv'), 'csv', 'broken.csv')).toEqual({
      ok: false,
      error: 'broken.csv: line 3: unexpected character after a closing quote',
    });
    expect(parseDataset('text,category\n"never closed,tag\nmore\n', 'csv', 'c.csv')).toEqual({
      ok: false,
      error: 'c.csv: line 2: unterminated quoted field',
    });
    const wrongCount = parseDataset('text,category\na,b\na,b,c\n', 'csv', 'd.csv');
    expect(wrongCount).toEqual({ ok: false, error: 'd.csv: line 3: expected 2 fields, found 3' });
    expect(parseDataset('text,label\na,b\n', 'csv', 'e.csv')).toMatchObject({
      ok: false,
      error: expect.stringContaining('e.csv: line 1:'),
    });
    expect(parseDataset('text,category\nsome text,\n', 'csv', 'f.csv')).toEqual({ ok: false, error: 'f.csv: line 2: empty category' });
  });

  it('counts line numbers past quoted line breaks', () => {
    const result = parseDataset('text,category\n"two\nlines",a\n"x" y,b\n', 'csv', 'g.csv');
    expect(result).toEqual({ ok: false, error: 'g.csv: line 4: unexpected character after a closing quote' });
  });

  it('parses records without a trailing newline', () => {
    const parsed = parseCsvRecords('a,b\n1,2');
    expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('JSON Lines', () => {
  it('reads both shapes, several tags, and ignores other fields', () => {
    const result = parseDataset(fixture('dialogues.jsonl'), 'jsonl', 'dialogues.jsonl');
    expect(result).toEqual({
      ok: true,
      items: [
        {
          messages: [
            { fromCustomer: true, text: 'Hello, my domain is not opening' },
            { fromCustomer: false, text: 'Please send us the access to the registrar' },
          ],
          tags: ['domains'],
          line: 1,
        },
        { messages: [{ fromCustomer: true, text: 'Сертификат не выпускается' }], tags: ['ssl', 'domains'], line: 2 },
        { messages: [{ fromCustomer: true, text: 'Refund please' }], tags: ['refund'], line: 4 },
      ],
    });
  });

  it('names the broken line', () => {
    const text = '{"text":"ok","tags":["a"]}\n{"text":"no tags"}\n';
    expect(parseDataset(text, 'jsonl', 'h.jsonl')).toEqual({
      ok: false,
      error: 'h.jsonl: line 2: "tags" must be a non-empty array of strings',
    });
    const bad = parseDataset('{"text":"ok","tags":["a"]}\n\n{not json}\n', 'jsonl', 'i.jsonl');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^i\.jsonl: line 3: invalid JSON/);
    const from = parseDataset('{"messages":[{"from":"bot","text":"x"}],"tags":["a"]}', 'jsonl', 'j.jsonl');
    expect(from).toEqual({ ok: false, error: 'j.jsonl: line 1: messages[0].from must be "customer" or "operator"' });
  });
});

describe('known tags (history import)', () => {
  it('refuses an item with a tag outside the list, naming its line', () => {
    const text = 'text,category\nmy domain,domains\nmoney back,refunds\n';
    expect(parseDataset(text, 'csv', 'k.csv', { knownTags: ['domains', 'refund'] })).toEqual({
      ok: false,
      error: 'k.csv: line 3: unknown tag "refunds"',
    });
    expect(parseDataset(text, 'csv', 'k.csv', { knownTags: ['domains', 'refunds'] }).ok).toBe(true);
  });
});

describe('formatOfFileName', () => {
  it('knows .csv and .jsonl', () => {
    expect(formatOfFileName('History.CSV')).toBe('csv');
    expect(formatOfFileName('export.jsonl')).toBe('jsonl');
    expect(formatOfFileName('notes.txt')).toBeNull();
  });
});
