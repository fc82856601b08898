// The popup with 100,000 dialogue records and 300,000 tag events in the extension's IndexedDB, in Chromium.
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT, launch } from '../test/e2e/harness.mjs';

const RECORDS = 100_000;
const EVENTS = 300_000;
const OPENINGS = 20;

/** The deterministic generator, bundled so it runs inside the extension page. */
async function seedSource() {
  const out = await build({
    entryPoints: [path.join(ROOT, 'scripts/seed-db.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'sidekickSeed',
    platform: 'browser',
  });
  return out.outputFiles[0].text + ';globalThis.sidekickSeed = sidekickSeed;';
}

export async function benchPopup(emit, quantile) {
  const env = await launch();
  try {
    const page = await env.context.newPage();
    const url = `chrome-extension://${env.extensionId}/popup.html`;
    await page.goto(url);
    await page.locator('[data-testid="popup-empty"], [data-testid="coverage-today"]').first().waitFor();
    // Runs through the debugger protocol, which extension pages' script policy does not restrict.
    await page.evaluate(await seedSource());
    const seeded = await page.evaluate(
      async ({ records, events }) => {
        const now = Date.now();
        const rows = window.sidekickSeed.makeRecords(records, now, 'Europe/Moscow');
        const tagEvents = window.sidekickSeed.makeTagEvents(events, rows);
        // The per-day summary the extension keeps beside the rows, written in the same transaction.
        const daily = window.sidekickSeed.dailyRowsOf(rows);
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('sidekick');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction(['dialogues', 'tagEvents', 'daily'], 'readwrite');
          const dialogues = tx.objectStore('dialogues');
          const store = tx.objectStore('tagEvents');
          const summary = tx.objectStore('daily');
          for (const r of rows) dialogues.put(r);
          for (const e of tagEvents) store.add(e);
          summary.clear();
          for (const d of daily) summary.put(d);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        return { records: rows.length, events: tagEvents.length, days: daily.length };
      },
      { records: RECORDS, events: EVENTS },
    );
    const ready = [];
    const coverage = [];
    await page.close();
    for (let i = 0; i < OPENINGS; i++) {
      // Each opening is a fresh document, as clicking the toolbar icon gives; the previous one is closed.
      const popup = await env.context.newPage();
      await popup.goto(url);
      await popup.locator('[data-testid="coverage-today"]').waitFor();
      const t = await popup.evaluate(async () => {
        for (let k = 0; k < 100 && !performance.getEntriesByName('sidekick:popup-ready').length; k++) await new Promise((r) => setTimeout(r, 10));
        return {
          ready: performance.getEntriesByName('sidekick:popup-ready')[0]?.startTime ?? NaN,
          coverage: performance.getEntriesByName('sidekick:coverage')[0]?.duration ?? NaN,
        };
      });
      await popup.locator('[data-testid="long-held-list"]').waitFor();
      await popup.close();
      await new Promise((r) => setTimeout(r, 300));
      ready.push(t.ready);
      coverage.push(t.coverage);
    }
    const extra = { records: seeded.records, tag_events: seeded.events, daily_rows: seeded.days, n: OPENINGS };
    emit('popup.open_to_numbers_ms.p50', quantile(ready, 0.5), 'ms', { ...extra, goal: 100 });
    emit('popup.open_to_numbers_ms.p95', quantile(ready, 0.95), 'ms', { ...extra, goal: 100 });
    emit('popup.coverage_compute_ms.p50', quantile(coverage, 0.5), 'ms', { ...extra, goal: 20 });
    emit('popup.coverage_compute_ms.p95', quantile(coverage, 0.95), 'ms', { ...extra, goal: 20 });
  } finally {
    await env.close();
  }
}
