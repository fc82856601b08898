/**
 * Trains the tag suggester on one file and measures it on another, with the same lib/tags code
 * the extension runs. Prints exactly one JSON line on stdout:
 *   {"n_train","n_test","top1","top3","train_ms","suggest_ms_p50","suggest_ms_p95","model_bytes"}
 * Usage: npm run --silent eval:tags -- --train FILE --test FILE [--tags FILE] [--report]
 * --report adds, after the JSON line, per-tag recall and precision of the top suggestion, the
 * share of top suggestions confident enough to show and how many of those were right, and the
 * confusion matrix.
 * On bad input: a message naming the file and line on stderr, exit code 1.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { TagDefSchema, type TagDef } from '../lib/settings/schema';
import { formatOfFileName, parseDataset, type DatasetItem } from '../lib/tags/dataset';
import { evaluate, reportText } from '../lib/tags/evaluate';
import { CONFIDENCE_THRESHOLD } from '../lib/tags/suggester';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { train: string; test: string; tags?: string; report: boolean } {
  const out: Record<string, string> = {};
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--report') {
      report = true;
      continue;
    }
    if (flag !== '--train' && flag !== '--test' && flag !== '--tags') throw new UsageError(`unknown argument "${flag}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a file`);
    out[flag.slice(2)] = value;
    i++;
  }
  if (!out.train || !out.test) throw new UsageError('usage: eval-tags --train FILE --test FILE [--tags FILE] [--report]');
  return { train: out.train, test: out.test, tags: out.tags, report };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
}

function loadItems(file: string): DatasetItem[] {
  const text = readText(file);
  const format = formatOfFileName(file) ?? (text.trimStart().startsWith('{') ? 'jsonl' : 'csv');
  const parsed = parseDataset(text, format, file);
  if (!parsed.ok) throw new UsageError(parsed.error);
  return parsed.items;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function loadVocabulary(file: string): TagDef[] {
  const text = readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : /end of JSON/i.test(message) ? lineAt(text, text.length) : 1;
    throw new UsageError(`${file}: line ${line}: invalid JSON (${message})`);
  }
  const result = v.safeParse(v.array(TagDefSchema), data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    const index = issue?.path?.[0]?.key;
    const name = typeof index === 'number' ? (data as { name?: unknown }[])[index]?.name : undefined;
    const line = typeof name === 'string' ? lineAt(text, text.indexOf(JSON.stringify(name))) : 1;
    throw new UsageError(`${file}: line ${line}: ${path ? `${path}: ` : ''}${issue?.message ?? 'not an array of tags'}`);
  }
  return result.output;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const train = loadItems(args.train);
  const test = loadItems(args.test);
  const vocabulary = args.tags ? loadVocabulary(args.tags) : [];

  const { report, predictions } = evaluate(train, test, vocabulary);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (args.report) process.stdout.write(`\n${reportText(predictions, CONFIDENCE_THRESHOLD)}`);
}

try {
  main();
} catch (e) {
  const message = e instanceof UsageError ? e.message : `eval-tags: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
