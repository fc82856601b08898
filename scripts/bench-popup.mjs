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
/** Openings per side for the API on / off comparison: a p95 of 20 is nearly the slowest one. */
const API_PAIRS = 60;
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
      const after = then ? await bare.evaluate(page, then) : undefined;
      await bare.closePage(page);
      await sleep(300);
      return { ...t, after };
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

    // API mode on: the numbers come from the coverage the background counted from its copy of the server's
    // conversations (one more small value read beside the settings). Openings alternate with and without it,
    // so both halves see the same load on the machine.
    const day = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const server = {
      version: 1,
      appId: '12345',
      adminId: '301',
      adminName: 'Анна Смирнова',
      tz: 'Europe/Moscow',
      syncedAt: Date.now(),
      countedAt: Date.now(),
      any: true,
      rows: Array.from({ length: 31 }, (_, i) => ({ day: day(31 - i), replied: 12, tagged: 9, latest: 10, latestTagged: 8 })),
      untagged: Array.from({ length: 20 }, (_, i) => ({
        id: String(1160406004324630000n + BigInt(i)),
        link: `https://carrotquest.io/panel/12345/conversations/${1160406004324630000n + BigInt(i)}`,
        customerName: `Customer ${i}`,
        replyDays: [day(0)],
        lastMyReplyAt: Date.now() - i * 60_000,
      })),
      untaggedVia: 'filter',
    };
    const apiOn = `chrome.storage.local.set({ 'api.coverage': ${JSON.stringify(server)} })`;
    const apiOff = `chrome.storage.local.remove('api.coverage')`;
    const READ_SOURCE = `document.querySelector('[data-testid="coverage-source"]')?.dataset.source ?? 'none'`;
    await openOnce(apiOn);
    const withApi = [];
    const withoutApi = [];
    for (let i = 0; i < API_PAIRS; i++) {
      const on = await openOnce(`(async () => { const s = ${READ_SOURCE}; await ${apiOff}; return s; })()`);
      if (on.after !== 'api') throw new Error(`the popup did not count from the server (source: ${on.after})`);
      withApi.push(on.ready);
      withoutApi.push((await openOnce(apiOn)).ready);
    }
    await openOnce(apiOff);
    const paired = { ...figures, n: API_PAIRS };
    emit('popup.open_to_numbers_api_on_ms.p50', quantile(withApi, 0.5), 'ms', { ...paired, goal: 'no slower than api off' });
    emit('popup.open_to_numbers_api_on_ms.p95', quantile(withApi, 0.95), 'ms', paired);
    emit('popup.open_to_numbers_api_off_ms.p50', quantile(withoutApi, 0.5), 'ms', paired);
    emit('popup.open_to_numbers_api_off_ms.p95', quantile(withoutApi, 0.95), 'ms', paired);
    // Each opening with the API beside the one without it that follows: the median difference, with a
    // 95% bootstrap interval, says whether the API makes the popup slower beyond the machine's noise.
    const diffs = withApi.map((on, i) => on - withoutApi[i]);
    const medians = [];
    for (let b = 0; b < 2000; b++)
      medians.push(
        quantile(
          diffs.map(() => diffs[Math.floor(Math.random() * diffs.length)]),
          0.5,
        ),
      );
    emit('popup.open_to_numbers_api_on_minus_off_ms.p50', quantile(diffs, 0.5), 'ms', {
      ...paired,
      ci95: [quantile(medians, 0.025), quantile(medians, 0.975)],
      goal: '<= 0 within the interval',
    });

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
