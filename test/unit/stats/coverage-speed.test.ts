import { describe, expect, it } from 'vitest';
import { coverageSummary } from '../../../lib/stats/coverage';
import { lastNDays, startOfDay } from '../../../lib/stats/day';
import { makeRecords } from '../../../scripts/seed-db';

const TZ = 'Europe/Moscow';
const NOW = Date.parse('2025-03-17T09:00:00Z');

/** Fastest of `runs` timings: slower runs measure JIT warm-up and other processes, not this code. */
function fastest(runs: number, f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('coverage speed', () => {
  // Structured-cloned as IndexedDB hands records back: compact objects and flat strings. The generator's
  // own objects are scattered over the heap and measure the allocator rather than this code.
  const records = structuredClone(makeRecords(100_000, NOW, TZ));

  it('computes the three windows and the 14-day series from 100,000 records within 20 ms', () => {
    const summary = coverageSummary(records, NOW, TZ);
    expect(summary.d30.total).toBeGreaterThan(5000);
    expect(summary.daily).toHaveLength(14);
    const ms = fastest(15, () => coverageSummary(records, NOW, TZ));
    console.info(`coverage over all 100,000 records: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThanOrEqual(20);
  });

  it('computes the same figures within budget from what the lastMyReplyAt index range returns', () => {
    const from = startOfDay(lastNDays(NOW, TZ, 30)[0], TZ);
    const inWindow = records.filter((r) => r.lastMyReplyAt !== undefined && r.lastMyReplyAt >= from);
    // The index range leaves nothing out: the same figures as over every record.
    const full = coverageSummary(records, NOW, TZ);
    expect(coverageSummary(inWindow, NOW, TZ)).toEqual(full);
    const ms = fastest(15, () => coverageSummary(inWindow, NOW, TZ));
    console.info(`coverage over the ${inWindow.length} records of the 30-day window: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThanOrEqual(20);
  });
});
