/**
 * Tag-suggester benchmark on BANKING77: one JSON line per figure on stdout, e.g.
 *   {"bench":"tags.banking77.top1","value":0.92,"unit":"ratio"}
 * Data: ../../shared/datasets/banking77 from this file (the shared folder beside the repository),
 * or the folder in SIDEKICK_BANKING77_DIR.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, type DatasetItem } from '../lib/tags/dataset';
import { evaluate, measure, percentile, trainOn } from '../lib/tags/evaluate';
import { learnFromDialogue } from '../lib/tags/suggester';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.SIDEKICK_BANKING77_DIR || resolve(here, '../../shared/datasets/banking77');

function load(name: string): DatasetItem[] {
  const file = join(dataDir, name);
  const parsed = parseDataset(readFileSync(file, 'utf8'), 'csv', file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.items;
}

/** The first `n` rows of each tag, in file order: a fixed few-shot training set. */
export function firstPerTag(items: readonly DatasetItem[], n: number): DatasetItem[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const tag = item.tags[0]!;
    const count = seen.get(tag) ?? 0;
    seen.set(tag, count + 1);
    return count < n;
  });
}

const emit = (bench: string, value: number, unit: string): void => {
  process.stdout.write(`${JSON.stringify({ bench: `tags.banking77.${bench}`, value, unit })}\n`);
};

function main(): void {
  const train = load('train.csv');
  const test = load('test.csv');

  const { report, model } = evaluate(train, test);
  emit('top1', report.top1, 'ratio');
  emit('top3', report.top3, 'ratio');
  emit('train_ms', report.train_ms, 'ms');
  emit('suggest_ms_p50', report.suggest_ms_p50, 'ms');
  emit('suggest_ms_p95', report.suggest_ms_p95, 'ms');
  emit('model_bytes', report.model_bytes, 'bytes');

  const fewShot = trainOn(firstPerTag(train, 10));
  emit('top1_10_per_intent', Number(measure(fewShot, [], test).top1.toFixed(4)), 'ratio');

  // Incremental learning on the trained model, from training rows only (never test.csv).
  const times: number[] = [];
  const sample = train.slice(-200);
  for (const item of sample) {
    const t0 = performance.now();
    learnFromDialogue(model, item.messages, item.tags);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  emit('learn_one_ms_p95', Number(percentile(times, 0.95).toFixed(3)), 'ms');
}

main();
