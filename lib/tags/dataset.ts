/**
 * Training and test files for the tag suggester: CSV (`text,category`, RFC 4180) and JSON Lines
 * (`{"text"|"messages", "tags"}`). Shared by the eval command and the options page's history import.
 * A file with any bad record is refused whole, with the file name and line number of the first one.
 */

export interface DialogueMessage {
  fromCustomer: boolean;
  text: string;
}

export interface DatasetItem {
  messages: DialogueMessage[];
  tags: string[];
  /** 1-based line where the record starts in its file. */
  line: number;
}

export type DatasetFormat = 'csv' | 'jsonl';

export type ParseResult = { ok: true; items: DatasetItem[] } | { ok: false; error: string };

export interface ParseOptions {
  /** When given, a record with a tag outside this list is refused (the import only takes the team's tags). */
  knownTags?: readonly string[];
}

const MAX_TAG_LENGTH = 100;

/** The format a file name implies, or null for anything else. */
export function formatOfFileName(fileName: string): DatasetFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return null;
}

export function parseDataset(text: string, format: DatasetFormat, fileName: string, options: ParseOptions = {}): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = format === 'csv' ? parseCsvItems(body) : parseJsonlItems(body);
  if (!parsed.ok) return { ok: false, error: `${fileName}: line ${parsed.line}: ${parsed.message}` };
  if (parsed.items.length === 0) return { ok: false, error: `${fileName}: no records` };
  if (options.knownTags) {
    const known = new Set(options.knownTags);
    for (const item of parsed.items) {
      const unknown = item.tags.find((t) => !known.has(t));
      if (unknown !== undefined) return { ok: false, error: `${fileName}: line ${item.line}: unknown tag "${unknown}"` };
    }
  }
  return { ok: true, items: parsed.items };
}

type Inner = { ok: true; items: DatasetItem[] } | { ok: false; line: number; message: string };

interface CsvRecord {
  fields: string[];
  line: number;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsvRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const n = text.length;
  const endRecord = (): void => {
    fields.push(field);
    // a blank line is not a record
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < n) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      if (!closed) return { ok: false, line: quoteLine, message: 'unterminated quoted field' };
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, line, message: 'unexpected character after a closing quote' };
      }
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"') return { ok: false, line, message: 'a quote inside an unquoted field (quote the whole field and double the quote)' };
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

function parseCsvItems(text: string): Inner {
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: true, items: [] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const textCol = names.indexOf('text');
  const tagCol = names.indexOf('category');
  if (textCol < 0 || tagCol < 0) return { ok: false, line: header.line, message: 'the header must name the columns "text" and "category"' };
  const items: DatasetItem[] = [];
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      return { ok: false, line: row.line, message: `expected ${names.length} fields, found ${row.fields.length}` };
    }
    const tag = row.fields[tagCol]!.trim();
    const tagError = checkTag(tag);
    if (tagError) return { ok: false, line: row.line, message: tagError };
    items.push({ messages: [{ fromCustomer: true, text: row.fields[textCol]! }], tags: [tag], line: row.line });
  }
  return { ok: true, items };
}

function checkTag(tag: string): string | null {
  if (!tag) return 'empty category';
  if (tag.length > MAX_TAG_LENGTH) return `a tag longer than ${MAX_TAG_LENGTH} characters`;
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJsonlItems(text: string): Inner {
  const items: DatasetItem[] = [];
  const lines = text.split('\n');
  for (let idx = 0; idx < lines.length; idx++) {
    const lineNo = idx + 1;
    const raw = lines[idx]!.trim();
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return { ok: false, line: lineNo, message: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    const item = jsonItem(value, lineNo);
    if ('message' in item) return { ok: false, line: lineNo, message: item.message };
    items.push(item);
  }
  return { ok: true, items };
}

function jsonItem(value: unknown, line: number): DatasetItem | { message: string } {
  if (!isRecord(value)) return { message: 'each line must be a JSON object' };
  let messages: DialogueMessage[];
  if (value.messages !== undefined) {
    if (!Array.isArray(value.messages) || value.messages.length === 0) return { message: '"messages" must be a non-empty array' };
    messages = [];
    for (let m = 0; m < value.messages.length; m++) {
      const msg: unknown = value.messages[m];
      if (!isRecord(msg) || typeof msg.text !== 'string') return { message: `messages[${m}] must be an object with a string "text"` };
      if (msg.from !== 'customer' && msg.from !== 'operator') return { message: `messages[${m}].from must be "customer" or "operator"` };
      messages.push({ fromCustomer: msg.from === 'customer', text: msg.text });
    }
  } else if (typeof value.text === 'string') {
    messages = [{ fromCustomer: true, text: value.text }];
  } else {
    return { message: 'needs a string "text" or an array "messages"' };
  }
  if (!Array.isArray(value.tags) || value.tags.length === 0) return { message: '"tags" must be a non-empty array of strings' };
  const tags: string[] = [];
  for (const t of value.tags) {
    if (typeof t !== 'string') return { message: '"tags" must be a non-empty array of strings' };
    const tag = t.trim();
    const err = checkTag(tag);
    if (err) return { message: err === 'empty category' ? 'empty tag' : err };
    if (!tags.includes(tag)) tags.push(tag);
  }
  return { messages, tags, line };
}
