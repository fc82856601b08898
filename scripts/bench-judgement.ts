/**
 * Judgement figures on the blind sets (test/fixtures/blind): one JSON line per figure on stdout,
 * e.g. {"bench":"tags.blind.top1","value":0.8,"unit":"ratio"}. The sealed test parts are scored as
 * a whole only. Suggestion latency is measured on 20-message dialogues built from the tag set's
 * training and dev parts, after a warm-up; the cold first call is its own figure.
 *   npx tsx scripts/bench-judgement.ts     (also part of `npm run bench`, as "judgement")
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TagDef } from '../lib/settings/schema';
import { parseDataset, type DatasetItem } from '../lib/tags/dataset';
import { confidentFigures, evaluate, percentile } from '../lib/tags/evaluate';
import { CONFIDENCE_THRESHOLD, rankTags } from '../lib/tags/suggester';
import { longDialogues } from './bench-judgement-lib';
import { checkDraft } from '../lib/replies/draft-check';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const blind = join(root, 'test/fixtures/blind');

const emit = (bench: string, value: number, unit: string, extra: Record<string, unknown> = {}): void => {
  process.stdout.write(`${JSON.stringify({ bench, value: Number(value.toFixed(4)), unit, ...extra })}\n`);
};

function load(file: string): DatasetItem[] {
  const parsed = parseDataset(readFileSync(file, 'utf8'), 'jsonl', file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.items;
}

function complexity(): void {
  const dir = join(blind, 'complexity');
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'scripts/eval-complexity.ts'),
      '--train',
      join(dir, 'train.jsonl'),
      '--test',
      join(dir, 'test.jsonl'),
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`eval-complexity failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Record<string, number>;
  emit('complexity.blind.accuracy', out.accuracy!, 'ratio', { goal: 0.8 });
  emit('complexity.blind.critical_recall', out.critical_recall!, 'ratio', { goal: 0.9 });
  emit('complexity.blind.critical_precision', out.critical_precision!, 'ratio', { goal: 0.6 });
}

function tags(): void {
  const dir = join(blind, 'tags');
  const vocabulary = JSON.parse(readFileSync(join(dir, 'tags.json'), 'utf8')) as TagDef[];
  const train = load(join(dir, 'train.jsonl'));
  const { report, model, predictions } = evaluate(train, load(join(dir, 'test.jsonl')), vocabulary);
  emit('tags.blind.top1', report.top1, 'ratio', { goal: 0.7 });
  emit('tags.blind.top3', report.top3, 'ratio', { goal: 0.92 });
  const confident = confidentFigures(predictions, CONFIDENCE_THRESHOLD);
  emit('tags.blind.confident_precision', confident.precision, 'ratio', { goal: 0.9, threshold: CONFIDENCE_THRESHOLD });
  emit('tags.blind.confident_shown', confident.shown, 'ratio', { threshold: CONFIDENCE_THRESHOLD });

  const dialogues = longDialogues([...train, ...load(join(dir, 'dev.jsonl'))], 300, 20);
  const fresh = structuredClone(vocabulary);
  const t0 = performance.now();
  rankTags(model, fresh, dialogues[0]!);
  emit('tags.suggest20.first_call_ms', performance.now() - t0, 'ms');
  // Warm-up: the first calls compile the vocabulary and let the engine optimise the hot paths.
  for (const dialogue of dialogues.slice(1, 21)) rankTags(model, vocabulary, dialogue);
  const times: number[] = [];
  const cpu: number[] = [];
  for (const dialogue of dialogues.slice(21)) {
    const c = process.cpuUsage();
    const t = performance.now();
    rankTags(model, vocabulary, dialogue);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  emit('tags.suggest20.ms_p50', percentile(times, 0.5), 'ms');
  emit('tags.suggest20.ms_p95', percentile(times, 0.95), 'ms', { goal: 2 });
  // Processor time of the process during each call: what the call itself costs when other work shares the machine.
  emit('tags.suggest20.cpu_ms_p50', percentile(cpu, 0.5), 'ms');
  emit('tags.suggest20.cpu_ms_p95', percentile(cpu, 0.95), 'ms');
}

/** The check of the operator's draft (run in the background after a pause in typing), on drafts up to 20,000 characters. */
function draftCheck(): void {
  // Words that wake most checks (days, a number, a table) without breaking a rule: the slow path, not the quick one.
  const sentence =
    'Здравствуйте! Проверили логи за последние два дня: в таблице отчёта номер кампании другой, поправили конфиг. We checked the last two days. ';
  const drafts = Array.from({ length: 400 }, (_, i) => {
    const body = sentence.repeat(1 + (i % 40) * 6).slice(0, 500 + (i % 40) * 490);
    return i % 4 === 0 ? `${body} дадим скидку 20% на продление` : body;
  });
  for (const d of drafts.slice(0, 40)) checkDraft(d);
  const times = drafts.map((d) => {
    const t = performance.now();
    checkDraft(d, { caret: d.length });
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  emit('draft-check.ms_p50', percentile(times, 0.5), 'ms', { max_chars: 20_000 });
  emit('draft-check.ms_p95', percentile(times, 0.95), 'ms', { goal: 2, max_chars: 20_000 });
}

complexity();
tags();
draftCheck();
