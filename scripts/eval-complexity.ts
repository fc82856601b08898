/**
 * Measures the complexity rating the extension runs: learns from --train with learnComplexity,
 * rates every --test item with rateComplexity, prints one JSON line of figures.
 *
 *   npm run --silent eval:complexity -- --train FILE --test FILE [--report]
 *   npm run --silent eval:complexity -- --train FILE --folds K [--report]
 *
 * --folds K scores K-fold cross-validation on --train alone (item i is held out in fold i mod K):
 * the way the learned part's weight was calibrated without touching a test file. --report adds,
 * after the JSON line, per-level recall and precision and the confusion matrix (rows: the label,
 * columns: the rating).
 *
 * Each file is JSON Lines: {"text": "..."} or {"messages": [{"from": "customer"|"operator", "text": "..."}]},
 * plus "complexity": "simple" | "complex" | "critical" | "proposal". A malformed line stops the run
 * (exit 1) before anything is learned or rated.
 */
import { readFileSync } from 'node:fs';
import type { DialogueMessage } from '../lib/carrotquest/snapshot';
import type { ComplexityLevel } from '../lib/db/schema';
import { customerText, learnComplexity, rateComplexity, type LearnedComplexity } from '../lib/triage/complexity';
import { LEVELS } from '../lib/triage/complexity-model';

interface Item {
  messages: DialogueMessage[];
  level: ComplexityLevel;
}

class InputError extends Error {}

function parseLine(line: string, where: string): Item {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    throw new InputError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError(`${where}: expected a JSON object`);
  const o = obj as Record<string, unknown>;
  if (typeof o.complexity !== 'string' || !(LEVELS as readonly string[]).includes(o.complexity)) {
    throw new InputError(`${where}: "complexity" must be one of ${LEVELS.join(', ')}`);
  }
  let messages: DialogueMessage[];
  if (o.messages !== undefined) {
    if (!Array.isArray(o.messages) || !o.messages.length) throw new InputError(`${where}: "messages" must be a non-empty array`);
    messages = o.messages.map((m, i) => {
      const msg = m as Record<string, unknown> | null;
      if (!msg || typeof msg !== 'object' || typeof msg.text !== 'string' || (msg.from !== 'customer' && msg.from !== 'operator')) {
        throw new InputError(`${where}: messages[${i}] must be {"from": "customer"|"operator", "text": string}`);
      }
      return { fromCustomer: msg.from === 'customer', text: msg.text };
    });
  } else if (typeof o.text === 'string') {
    messages = [{ fromCustomer: true, text: o.text }];
  } else {
    throw new InputError(`${where}: needs "text" (a string) or "messages" (an array)`);
  }
  return { messages, level: o.complexity as ComplexityLevel };
}

function load(file: string): Item[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as Error).message})`);
  }
  const items: Item[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim()) items.push(parseLine(line, `${file}:${i + 1}`));
  });
  return items;
}

interface Args {
  train: string;
  test?: string;
  folds?: number;
  report: boolean;
}

const USAGE = 'usage: eval-complexity --train FILE (--test FILE | --folds K) [--report]';

function args(argv: string[]): Args {
  const out: Record<string, string> = {};
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a === '--report') {
      report = true;
      continue;
    }
    const eq = /^--(train|test|folds)=(.+)$/.exec(a);
    if (eq) out[eq[1]!] = eq[2]!;
    else if ((a === '--train' || a === '--test' || a === '--folds') && argv[i + 1] !== undefined) out[a.slice(2)] = argv[++i]!;
    else throw new InputError(`unknown argument "${a}"; ${USAGE}`);
  }
  if (!out.train || (!out.test && !out.folds) || (out.test && out.folds)) throw new InputError(USAGE);
  const folds = out.folds === undefined ? undefined : Number(out.folds);
  if (folds !== undefined && (!Number.isInteger(folds) || folds < 2))
    throw new InputError(`--folds must be a whole number of at least 2, got "${out.folds}"`);
  return { train: out.train, test: out.test, folds, report };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

type Confusion = Record<ComplexityLevel, Record<ComplexityLevel, number>>;

function emptyConfusion(): Confusion {
  return Object.fromEntries(LEVELS.map((l) => [l, Object.fromEntries(LEVELS.map((m) => [m, 0]))])) as Confusion;
}

function learnAll(items: readonly Item[]): LearnedComplexity | undefined {
  let learned: LearnedComplexity | undefined;
  for (const item of items) learned = learnComplexity(learned, customerText(item.messages), item.level);
  return learned;
}

/** Rates `test` with what `train` taught and adds each (label, rating) pair to `confusion`. */
function score(train: readonly Item[], test: readonly Item[], confusion: Confusion): void {
  const learned = learnAll(train);
  for (const item of test) confusion[item.level][rateComplexity(item.messages, learned).level]++;
}

const column = (level: string, n: number) => level.padEnd(n);

function reportText(confusion: Confusion): string {
  const lines: string[] = [];
  const row = (cells: (string | number)[]) =>
    lines.push(cells.map((c, i) => (i === 0 ? column(String(c), 10) : String(c).padStart(11))).join(''));
  row(['level', 'n', 'recall', 'precision']);
  for (const l of LEVELS) {
    const n = LEVELS.reduce((a, m) => a + confusion[l][m], 0);
    const predicted = LEVELS.reduce((a, m) => a + confusion[m][l], 0);
    row([l, n, n ? round(confusion[l][l] / n).toFixed(4) : '-', predicted ? round(confusion[l][l] / predicted).toFixed(4) : '-']);
  }
  lines.push('');
  lines.push('confusion (rows: label, columns: rating)');
  row(['', ...LEVELS]);
  for (const l of LEVELS) row([l, ...LEVELS.map((m) => confusion[l][m])]);
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const { train: trainFile, test: testFile, folds, report } = args(process.argv.slice(2));
  // Both files are read and checked before anything is learned: a bad line leaves nothing half done.
  const train = load(trainFile);
  const test = testFile ? load(testFile) : [];

  const confusion = emptyConfusion();
  if (folds) {
    for (let k = 0; k < folds; k++) {
      score(
        train.filter((_, i) => i % folds !== k),
        train.filter((_, i) => i % folds === k),
        confusion,
      );
    }
  } else {
    score(train, test, confusion);
  }
  const total = LEVELS.reduce((a, l) => a + LEVELS.reduce((b, m) => b + confusion[l][m], 0), 0);
  const correct = LEVELS.reduce((a, l) => a + confusion[l][l], 0);
  const criticalTotal = LEVELS.reduce((a, m) => a + confusion.critical[m], 0);
  const criticalPredicted = LEVELS.reduce((a, m) => a + confusion[m].critical, 0);
  const criticalFound = confusion.critical.critical;
  const result = {
    n_train: folds ? train.length - Math.ceil(train.length / folds) : train.length,
    n_test: folds ? train.length : test.length,
    accuracy: total ? round(correct / total) : 0,
    critical_recall: criticalTotal ? round(criticalFound / criticalTotal) : 0,
    critical_precision: criticalPredicted ? round(criticalFound / criticalPredicted) : 0,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (report) process.stdout.write(`\n${reportText(confusion)}`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`eval-complexity: ${e instanceof InputError ? e.message : ((e as Error).stack ?? String(e))}\n`);
  process.exit(1);
}
