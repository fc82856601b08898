import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string): string => `test/fixtures/tags/${name}`;

function evalTags(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/eval-tags.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('eval-tags command', () => {
  it('prints exactly one JSON line with the contract keys and sane numbers', () => {
    const run = evalTags(['--train', fixture('train.csv'), '--test', fixture('test.csv'), '--tags', fixture('tags.json')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(Object.keys(report)).toEqual([
      'n_train',
      'n_test',
      'top1',
      'top3',
      'train_ms',
      'suggest_ms_p50',
      'suggest_ms_p95',
      'model_bytes',
    ]);
    expect(report.n_train).toBe(30);
    expect(report.n_test).toBe(10);
    expect(report.top1).toBeGreaterThanOrEqual(0.8);
    expect(report.top1).toBeLessThanOrEqual(1);
    expect(report.top3).toBeGreaterThanOrEqual(report.top1);
    expect(report.top3).toBeLessThanOrEqual(1);
    expect(report.train_ms).toBeGreaterThan(0);
    expect(report.suggest_ms_p50).toBeGreaterThan(0);
    expect(report.suggest_ms_p95).toBeGreaterThanOrEqual(report.suggest_ms_p50);
    expect(Number.isInteger(report.model_bytes) && report.model_bytes > 0).toBe(true);
  });

  it('--report adds per-tag recall and precision, the confident share and the confusion matrix after the JSON line', () => {
    const run = evalTags(['--train', fixture('train.csv'), '--test', fixture('test.csv'), '--tags', fixture('tags.json'), '--report']);
    expect(run.status).toBe(0);
    const [json, ...rest] = run.stdout.split('\n');
    const report = JSON.parse(json!);
    const text = rest.join('\n');
    const rows = [...text.matchAll(/^(\S+)\s+(\d+)\s+([\d.]+|-)\s+([\d.]+|-)$/gm)].filter((m) => m[1] !== 'tag');
    expect(rows.reduce((n, m) => n + Number(m[2]), 0)).toBe(report.n_test);
    // recall weighted by each tag's count is top-1
    const right = rows.reduce((n, m) => n + (m[3] === '-' ? 0 : Number(m[3]) * Number(m[2])), 0);
    expect(right / report.n_test).toBeCloseTo(report.top1, 3);
    expect(text).toMatch(/^confident \(top suggestion >= 0\.\d+\): shown [\d.]+, right [\d.]+$/m);
    expect(text).toMatch(/^confusion/m);
  });

  it('reads JSON Lines dialogues too', () => {
    const run = evalTags(['--train', fixture('dialogues.jsonl'), '--test', fixture('dialogues.jsonl')]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ n_train: 3, n_test: 3 });
  });

  it('fails with exit code 1 and a message naming the file and line', () => {
    const run = evalTags(['--train', fixture('broken.csv'), '--test', fixture('test.csv')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken.csv: line 3:');
    const badTags = evalTags(['--train', fixture('train.csv'), '--test', fixture('test.csv'), '--tags', fixture('bad-tags.json')]);
    expect(badTags.status).toBe(1);
    expect(badTags.stderr).toMatch(/bad-tags\.json: line 3: .*keywords/);
    const missing = evalTags(['--train', fixture('train.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/usage/);
  });
});
