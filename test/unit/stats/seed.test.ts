import { describe, expect, it } from 'vitest';
import { makeRecords, makeTagEvents } from '../../../scripts/seed-db';
import { coverageSummary } from './coverage-oracle';
import { coverageFromDaily, summarize } from '../../../lib/stats/daily-summary';
import { lastNDays } from '../../../lib/stats/day';

const NOW = Date.parse('2025-03-17T09:00:00Z');

describe('seed data', () => {
  const records = makeRecords(20_000, NOW, 'Europe/Moscow');

  it('gives the daily summary the coverage of the records comes out of', () => {
    const rows = summarize(records);
    expect(rows.length).toBeGreaterThan(30);
    expect(coverageFromDaily(rows, lastNDays(NOW, 'Europe/Moscow', 30), 14)).toEqual(coverageSummary(records, NOW, 'Europe/Moscow', 14));
  });

  it('makes exactly as many tag events as asked, consistent with the tags dialogues carry', () => {
    for (const n of [0, 1, 7, 10_001, 60_000]) expect(makeTagEvents(n, records)).toHaveLength(n);
    const events = makeTagEvents(60_000, records);
    // Replaying each dialogue's events in time order ends at the tags it carries.
    const byId = new Map(records.map((r) => [r.id, new Set<string>()]));
    for (const e of [...events].sort((a, b) => a.at - b.at)) {
      const tags = byId.get(e.dialogueId)!;
      if (e.action === 'add') tags.add(e.tag);
      else tags.delete(e.tag);
    }
    for (const r of records) expect([...byId.get(r.id)!].sort()).toEqual([...r.tags].sort());
  });
});
