import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const TRAIN = 'test/fixtures/complexity/train.jsonl';
const TEST = 'test/fixtures/complexity/test.jsonl';

const lineCount = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim()).length;

function run(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/eval-complexity.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
}

describe('eval-complexity', () => {
  it('prints one JSON line of figures on the fixture files', () => {
    const r = run('--train', TRAIN, '--test', TEST);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual(['n_train', 'n_test', 'accuracy', 'critical_recall', 'critical_precision']);
    expect(out.n_train).toBeGreaterThanOrEqual(160);
    expect(out.n_test).toBeGreaterThanOrEqual(80);
    for (const k of ['accuracy', 'critical_recall', 'critical_precision']) {
      expect(out[k]).toBeGreaterThanOrEqual(0);
      expect(out[k]).toBeLessThanOrEqual(1);
    }
    expect(out.critical_recall).toBeGreaterThanOrEqual(0.9);
  }, 60000);

  it('computes the figures it reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-cx-'));
    const train = join(dir, 'train.jsonl');
    const test = join(dir, 'test.jsonl');
    writeFileSync(train, `${JSON.stringify({ text: 'Трекер не открывается', complexity: 'critical' })}\n`);
    writeFileSync(
      test,
      [
        { text: 'Tracker is down, 502 everywhere', complexity: 'critical' },
        {
          messages: [
            { from: 'operator', text: 'Hi' },
            { from: 'customer', text: 'How do I add a traffic source?' },
          ],
          complexity: 'simple',
        },
        { text: 'How do I add a traffic source?', complexity: 'critical', note: 'mislabelled on purpose' },
        { text: 'Would be great to add dark mode', complexity: 'proposal' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n') + '\n',
    );
    const r = run('--train', train, '--test', test);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ n_train: 1, n_test: 4, accuracy: 0.75, critical_recall: 0.5, critical_precision: 1 });
  }, 60000);

  it('--report adds per-level recall and precision and the confusion matrix after the JSON line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-cx-'));
    const train = join(dir, 'train.jsonl');
    const test = join(dir, 'test.jsonl');
    writeFileSync(train, `${JSON.stringify({ text: 'Трекер не открывается', complexity: 'critical' })}\n`);
    writeFileSync(
      test,
      [
        { text: 'Tracker is down, 502 everywhere', complexity: 'critical' },
        { text: 'How do I add a traffic source?', complexity: 'critical' },
        { text: 'Would be great to add dark mode', complexity: 'proposal' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n') + '\n',
    );
    const r = run('--train', train, '--test', test, '--report');
    expect(r.status, r.stderr).toBe(0);
    const [json, ...rest] = r.stdout.split('\n');
    expect(JSON.parse(json!).accuracy).toBeCloseTo(2 / 3, 3);
    const text = rest.join('\n');
    expect(text).toMatch(/^critical\s+2\s+0\.5000\s+1\.0000$/m);
    expect(text).toMatch(/^proposal\s+1\s+1\.0000\s+1\.0000$/m);
    expect(text).toMatch(/^simple\s+0\s+-\s+0\.0000$/m);
    // the critical row: one rated simple, one rated critical
    expect(text).toMatch(/^critical\s+1\s+0\s+1\s+0$/m);
  }, 60000);

  it('--folds scores cross-validation on the training file alone', () => {
    const r = run('--train', TRAIN, '--folds', '4');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const lines = lineCount(TRAIN);
    expect(out.n_test).toBe(lines);
    expect(out.n_train).toBe(lines - Math.ceil(lines / 4));
    expect(run('--train', TRAIN, '--folds', '1').stderr).toMatch(/--folds/);
    expect(run('--train', TRAIN, '--folds', '4', '--test', TEST).stderr).toMatch(/usage/);
  }, 60000);

  it('rejects a malformed line naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-cx-'));
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ text: 'ok', complexity: 'simple' })}\n{"text": "no level"}\n`);
    const r = run('--train', bad, '--test', TEST);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:2`);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"text": "x", "complexity": "simple"}\n{not json\n');
    const r2 = run('--train', TRAIN, '--test', broken);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain(`${broken}:2`);
  }, 60000);

  it('insists on both files', () => {
    const r = run('--train', TRAIN);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/usage/);
  }, 60000);
});
