/**
 * Measures the complexity rating the extension runs: learns from --train with learnComplexity,
 * rates every --test item with rateComplexity, prints one JSON line of figures.
 *
 *   npm run --silent eval:complexity -- --train FILE --test FILE
 *
 * Each file is JSON Lines: {"text": "..."} or {"messages": [{"from": "customer"|"operator", "text": "..."}]},
 * plus "complexity": "simple" | "complex" | "critical" | "proposal". A malformed line stops the run
 * (exit 1) before anything is learned or rated.
 */
import { readFileSync } from 'node:fs';
import type { DialogueMessage } from '../lib/carrotquest/snapshot';
import type { ComplexityLevel } from '../lib/db/schema';
import { customerText, learnComplexity, rateComplexity, type LearnedComplexity } from '../lib/triage/complexity';

const LEVELS: readonly string[] = ['simple', 'complex', 'critical', 'proposal'];

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
  if (typeof o.complexity !== 'string' || !LEVELS.includes(o.complexity)) {
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

function args(argv: string[]): { train: string; test: string } {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    const eq = /^--(train|test)=(.+)$/.exec(a);
    if (eq) out[eq[1]] = eq[2];
    else if ((a === '--train' || a === '--test') && argv[i + 1] !== undefined) out[a.slice(2)] = argv[++i];
    else throw new InputError(`unknown argument "${a}"; usage: eval-complexity --train FILE --test FILE`);
  }
  if (!out.train || !out.test) throw new InputError('usage: eval-complexity --train FILE --test FILE');
  return { train: out.train, test: out.test };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function main(): void {
  const { train: trainFile, test: testFile } = args(process.argv.slice(2));
  // Both files are read and checked before anything is learned: a bad line leaves nothing half done.
  const train = load(trainFile);
  const test = load(testFile);

  let learned: LearnedComplexity | undefined;
  for (const item of train) learned = learnComplexity(learned, customerText(item.messages), item.level);

  let correct = 0;
  let criticalTotal = 0;
  let criticalFound = 0;
  let criticalPredicted = 0;
  for (const item of test) {
    const { level } = rateComplexity(item.messages, learned);
    if (level === item.level) correct++;
    if (item.level === 'critical') criticalTotal++;
    if (level === 'critical') criticalPredicted++;
    if (level === 'critical' && item.level === 'critical') criticalFound++;
  }
  const result = {
    n_train: train.length,
    n_test: test.length,
    accuracy: test.length ? round(correct / test.length) : 0,
    critical_recall: criticalTotal ? round(criticalFound / criticalTotal) : 0,
    critical_precision: criticalPredicted ? round(criticalFound / criticalPredicted) : 0,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`eval-complexity: ${e instanceof InputError ? e.message : (e as Error).stack ?? String(e)}\n`);
  process.exit(1);
}
