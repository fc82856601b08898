/**
 * Train-then-measure, shared by the eval command and the benchmark: the same code path the
 * extension runs (batch training, then the full ranking for each test dialogue).
 */
import type { TagDef } from '../settings/schema';
import { createModel, trainBatch, type ClassifierConfig, type TagModel } from './classifier';
import type { DatasetItem } from './dataset';
import { serializeModel } from './model-codec';
import { customerTexts, rankTags } from './suggester';

export interface EvalReport {
  n_train: number;
  n_test: number;
  top1: number;
  top3: number;
  train_ms: number;
  suggest_ms_p50: number;
  suggest_ms_p95: number;
  model_bytes: number;
}

export function trainOn(items: readonly DatasetItem[], config: Partial<ClassifierConfig> = {}): TagModel {
  return trainBatch(
    createModel(config),
    items.map((item) => ({ texts: customerTexts(item.messages), tags: item.tags })),
  );
}

/** Value at quantile q (0..1) of ascending `sorted`, nearest-rank. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * top1: the first suggestion is one of the item's tags. top3: the item's first tag is among the
 * first three. Every candidate is ranked (no confidence threshold), so an empty list is a miss.
 */
export interface Prediction {
  /** The item's first tag. */
  gold: string;
  /** The best-ranked tag, or null when nothing was ranked. */
  best: string | null;
  confidence: number;
}

export function measure(
  model: TagModel,
  vocabulary: readonly TagDef[],
  test: readonly DatasetItem[],
): { top1: number; top3: number; times: number[]; predictions: Prediction[] } {
  let top1 = 0;
  let top3 = 0;
  const times: number[] = [];
  const predictions: Prediction[] = [];
  for (const item of test) {
    const t0 = performance.now();
    const ranked = rankTags(model, vocabulary, item.messages);
    times.push(performance.now() - t0);
    if (ranked[0] && item.tags.includes(ranked[0].name)) top1++;
    if (ranked.slice(0, 3).some((s) => s.name === item.tags[0])) top3++;
    predictions.push({ gold: item.tags[0]!, best: ranked[0]?.name ?? null, confidence: ranked[0]?.confidence ?? 0 });
  }
  const n = Math.max(1, test.length);
  return { top1: top1 / n, top3: top3 / n, times, predictions };
}

/** Of the top suggestions at or above `threshold` (the ones the sidebar shows), the share shown and the share right. */
export function confidentFigures(predictions: readonly Prediction[], threshold: number): { shown: number; precision: number } {
  const shown = predictions.filter((p) => p.best !== null && p.confidence >= threshold);
  const right = shown.filter((p) => p.best === p.gold).length;
  return { shown: predictions.length ? shown.length / predictions.length : 0, precision: shown.length ? right / shown.length : 0 };
}

/** Per-tag recall and precision of the top suggestion, the confusion matrix, and the confident figures, as text. */
export function reportText(predictions: readonly Prediction[], threshold: number): string {
  const tags = [...new Set(predictions.flatMap((p) => (p.best ? [p.gold, p.best] : [p.gold])))].sort();
  const width = Math.max(8, ...tags.map((t) => t.length)) + 2;
  const lines: string[] = [];
  const f = (x: number) => x.toFixed(4);
  lines.push(`${'tag'.padEnd(width)}${'n'.padStart(6)}${'recall'.padStart(10)}${'precision'.padStart(11)}`);
  for (const tag of tags) {
    const n = predictions.filter((p) => p.gold === tag).length;
    const predicted = predictions.filter((p) => p.best === tag).length;
    const right = predictions.filter((p) => p.gold === tag && p.best === tag).length;
    lines.push(
      `${tag.padEnd(width)}${String(n).padStart(6)}${(n ? f(right / n) : '-').padStart(10)}${(predicted ? f(right / predicted) : '-').padStart(11)}`,
    );
  }
  const { shown, precision } = confidentFigures(predictions, threshold);
  lines.push('', `confident (top suggestion >= ${threshold}): shown ${f(shown)}, right ${f(precision)}`, '');
  // Columns are numbered in the rows' order so the matrix stays readable with long tag names.
  lines.push('confusion (rows: label, columns: top suggestion, numbered as the rows)');
  lines.push(`${''.padEnd(width + 4)}${tags.map((_, i) => String(i + 1).padStart(4)).join('')}`);
  tags.forEach((gold, i) => {
    const cells = tags.map((best) => String(predictions.filter((p) => p.gold === gold && p.best === best).length).padStart(4));
    lines.push(`${String(i + 1).padStart(3)} ${gold.padEnd(width)}${cells.join('')}`);
  });
  return `${lines.join('\n')}\n`;
}

export function modelBytes(model: TagModel): number {
  return new TextEncoder().encode(JSON.stringify(serializeModel(model))).length;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function evaluate(
  train: readonly DatasetItem[],
  test: readonly DatasetItem[],
  vocabulary: readonly TagDef[] = [],
): { report: EvalReport; model: TagModel; predictions: Prediction[] } {
  const started = performance.now();
  const model = trainOn(train);
  const trainMs = performance.now() - started;
  const { top1, top3, times, predictions } = measure(model, vocabulary, test);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    model,
    predictions,
    report: {
      n_train: train.length,
      n_test: test.length,
      top1: round(top1, 4),
      top3: round(top3, 4),
      train_ms: round(trainMs, 1),
      suggest_ms_p50: round(percentile(sorted, 0.5), 3),
      suggest_ms_p95: round(percentile(sorted, 0.95), 3),
      model_bytes: modelBytes(model),
    },
  };
}
