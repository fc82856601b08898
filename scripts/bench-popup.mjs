// The popup with 100,000 dialogue records and 300,000 tag events in the extension's IndexedDB, in Chromium.
// Pages are opened with nothing attached (bare-chromium.mjs), as a toolbar click opens the popup, and read
// only after they have loaded. "Opening → numbers" is the popup's mark set in the frame that paints the
// numbers, measured from the page's navigation start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { EXTENSION_DIR, ROOT } from '../test/e2e/harness.mjs';
import { launchBare } from './bare-chromium.mjs';

const RECORDS = 100_000;
const EVENTS = 300_000;
const OPENINGS = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The seeding code (bench-seed.ts), bundled so it runs inside an extension page. */
async function seedSource() {
  const out = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench-seed.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'sidekickSeed',
    platform: 'browser',
  });
  return out.outputFiles[0].text + ';globalThis.sidekickSeed = sidekickSeed;';
}

// The background keeps a session copy of the summary the popup paints from; wait until it holds the seed.
const MIRROR_READY = `(async () => {
  for (let k = 0; k < 200; k++) {
    const got = await chrome.storage.session.get('dailyRecent');
    if (got.dailyRecent?.any) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
})()`;

// Waits for the popup's marks; refuses a popup that did not show the seeded numbers.
const READ_MARKS = `(async () => {
  for (let k = 0; k < 500 && !performance.getEntriesByName('sidekick:popup-ready').length; k++) await new Promise((r) => setTimeout(r, 10));
  const tile = document.querySelector('[data-testid="coverage-today"]');
  if (!tile) throw new Error('the popup did not show the numbers: ' + document.body.innerText.slice(0, 300));
  return {
    ready: performance.getEntriesByName('sidekick:popup-ready')[0]?.startTime ?? NaN,
    coverage: performance.getEntriesByName('sidekick:coverage')[0]?.duration ?? NaN,
  };
})()`;

/**
 * The floor: a copy of the build with one blank extension page added (an HTML page whose only script
 * marks its first frame), opened the same way as the popup, in the same browser, between the popup's
 * openings. What the popup costs beyond it is its own.
 */
function buildWithBlankPage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-blank-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'bench-blank.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Sidekick</title><script src="bench-blank.js"></script></head><body></body></html>\n',
  );
  fs.writeFileSync(path.join(dir, 'bench-blank.js'), "requestAnimationFrame(() => performance.mark('sidekick:blank-ready'));\n");
  return dir;
}

const READ_BLANK = `(async () => {
  for (let k = 0; k < 500 && !performance.getEntriesByName('sidekick:blank-ready').length; k++) await new Promise((r) => setTimeout(r, 10));
  return performance.getEntriesByName('sidekick:blank-ready')[0]?.startTime ?? NaN;
})()`;

export async function benchPopup(emit, quantile) {
  const extensionDir = buildWithBlankPage();
  const bare = await launchBare({ extensionDir });
  try {
    const url = `chrome-extension://${bare.extensionId}/popup.html`;
    // An extension page to seed from: the database is the extension's own origin's.
    const seeder = await bare.open(url);
    await sleep(1000);
    await bare.evaluate(seeder, await seedSource());
    const seeded = await bare.evaluate(seeder, `sidekickSeed.seedExtensionDb(${RECORDS}, ${EVENTS}, 'Europe/Moscow')`);
    if (!(await bare.evaluate(seeder, MIRROR_READY))) throw new Error('the background did not copy the seeded summary to session storage');
    await bare.closePage(seeder);
    const extra = { records: seeded.records, tag_events: seeded.events, daily_rows: seeded.days };

    const openOnce = async (then) => {
      const page = await bare.open(url);
      // Looked at once it has had time to load, so nothing is attached while it does.
      await sleep(1000);
      const t = await bare.evaluate(page, READ_MARKS);
      if (then) await bare.evaluate(page, then);
      await bare.closePage(page);
      await sleep(300);
      return t;
    };

    // The first opening after 400,000 rows were written at once: reported on its own, not in the figures.
    const first = await openOnce();
    emit('popup.first_open_after_bulk_seed_ms', first.ready, 'ms', extra);

    const blankUrl = `chrome-extension://${bare.extensionId}/bench-blank.html`;
    const openBlank = async () => {
      const page = await bare.open(blankUrl);
      await sleep(1000);
      const t = await bare.evaluate(page, READ_BLANK);
      await bare.closePage(page);
      await sleep(300);
      return t;
    };
    await openBlank();

    const ready = [];
    const coverage = [];
    const blank = [];
    for (let i = 0; i < OPENINGS; i++) {
      const t = await openOnce();
      ready.push(t.ready);
      coverage.push(t.coverage);
      blank.push(await openBlank());
    }
    const figures = { ...extra, n: OPENINGS };
    emit('popup.open_to_numbers_ms.p50', quantile(ready, 0.5), 'ms', { ...figures, goal: 100 });
    emit('popup.open_to_numbers_ms.p95', quantile(ready, 0.95), 'ms', { ...figures, goal: 100 });
    emit('popup.blank_extension_page_ms.p50', quantile(blank, 0.5), 'ms', { n: OPENINGS });
    emit('popup.blank_extension_page_ms.p95', quantile(blank, 0.95), 'ms', { n: OPENINGS });
    emit('popup.open_to_numbers_vs_blank.ratio_p50', quantile(ready, 0.5) / quantile(blank, 0.5), 'ratio', figures);
    emit('popup.open_to_numbers_vs_blank.ratio_p95', quantile(ready, 0.95) / quantile(blank, 0.95), 'ratio', figures);
    emit('popup.coverage_compute_ms.p50', quantile(coverage, 0.5), 'ms', { ...figures, goal: 20 });
    emit('popup.coverage_compute_ms.p95', quantile(coverage, 0.95), 'ms', { ...figures, goal: 20 });

    // Without the session copy (the browser has just started and the background has not run yet), the
    // popup opens IndexedDB itself. Each opening removes the copy for the next; nothing writes it again.
    const drop = `chrome.storage.session.remove('dailyRecent')`;
    await openOnce(drop);
    const fromDb = [];
    for (let i = 0; i < OPENINGS; i++) fromDb.push((await openOnce(drop)).ready);
    emit('popup.open_to_numbers_without_session_copy_ms.p50', quantile(fromDb, 0.5), 'ms', figures);
    emit('popup.open_to_numbers_without_session_copy_ms.p95', quantile(fromDb, 0.95), 'ms', figures);
    emit('popup.open_to_numbers_without_session_copy_vs_blank.ratio_p50', quantile(fromDb, 0.5) / quantile(blank, 0.5), 'ratio', figures);
  } finally {
    await bare.close();
    fs.rmSync(extensionDir, { recursive: true, force: true });
  }
}
