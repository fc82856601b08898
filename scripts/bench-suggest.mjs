// Dialogue switch → the suggested tags on screen, with the tag model trained on BANKING77 in the
// extension's database: warm (the background worker running, the model in memory) and cold (the worker
// stopped through the DevTools protocol, as Chrome stops it after 30 s idle; the switch wakes it, and it
// reads the model from IndexedDB before it answers). Each switch is timed in the panel page, from the
// panel's navigation call to the frame where the sidebar shows the suggestions section of the new dialogue
// (suggested tags, or "not sure"); the panel's own render of the same switch is the floor beside it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { PANEL, ROOT, launch } from '../test/e2e/harness.mjs';

const WARM = 40;
const COLD = 12;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Trains the model in Node (scripts/bench-model.ts); null when the dataset is not there. */
function trainedModel() {
  const data = process.env.SIDEKICK_BANKING77_DIR || path.resolve(ROOT, '../shared/datasets/banking77');
  if (!fs.existsSync(path.join(data, 'train.csv'))) return null;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-model-')), 'banking77.json');
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/bench-model.ts'), out],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error('bench-model.ts failed');
  const text = fs.readFileSync(out, 'utf8');
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { text, info: JSON.parse(r.stdout) };
}

async function seederSource() {
  const out = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench-model-seed.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'sidekickModelSeed',
    platform: 'browser',
  });
  return out.outputFiles[0].text + ';globalThis.sidekickModelSeed = sidekickModelSeed;';
}

/**
 * Stops the extension's service worker over the DevTools protocol (from one of the extension's own pages,
 * whose storage partition the worker belongs to) and waits until it reports itself stopped.
 */
async function workerControl(context, extensionPage, extensionId) {
  const cdp = await context.newCDPSession(extensionPage);
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const running = () => [...status.values()].some((s) => s !== 'stopped');
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (const deadline = Date.now() + 10_000; running() && Date.now() < deadline;) await sleep(20);
      if (running()) throw new Error('the service worker did not stop');
    },
    running,
  };
}

/** In the panel page: opens dialogue `id` and times the panel's render and the suggestions on screen. */
const SWITCH = `async (id) => {
  const root = document.querySelector('cq-sidekick').shadowRoot;
  const shown = () =>
    root.querySelector('[data-testid="dialogue-id"]')?.textContent === id &&
    !!root.querySelector('[data-testid="suggestions-unsure"], [data-testid="suggestion"]');
  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no suggestions for ' + id + ' within 10 s')), 10_000);
    const mo = new MutationObserver(() => {
      if (!shown()) return;
      mo.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const called = performance.now();
  window.__panel.open(id);
  const rendered = performance.now();
  const t = await done;
  return { suggestions: t - called, panel: rendered - called };
}`;

export async function benchSuggest(emit, quantile) {
  const model = trainedModel();
  if (!model) {
    emit('suggest.skipped', 1, 'flag', { reason: 'BANKING77 not found beside the repository (set SIDEKICK_BANKING77_DIR)' });
    return;
  }
  const env = await launch();
  try {
    const { context, extensionId } = env;
    // An extension page: the database is the extension origin's, and the worker's partition is this page's.
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const worker = await workerControl(context, ext, extensionId);

    const page = await context.newPage();
    await page.goto(`${PANEL}/project/12345/conversations/1204567890123456001`);
    await page.locator('cq-sidekick [data-testid="dialogue-id"]').waitFor();
    const ids = await page.evaluate(() => window.__panel.ids());
    let k = 0;
    const next = () => ids[++k % ids.length];
    const switchOnce = async () => page.evaluate(`(${SWITCH})(${JSON.stringify(next())})`);
    const series = async (n, cold) => {
      const out = [];
      if (!cold) for (let i = 0; i < 3; i++) await switchOnce();
      for (let i = 0; i < n; i++) {
        await sleep(300);
        if (cold) await worker.stop();
        out.push(await switchOnce());
      }
      return out;
    };

    // The floors, in the same run: the same switches while the database holds no model yet.
    const warmEmpty = await series(WARM / 2, false);
    const coldEmpty = await series(COLD, true);

    await ext.evaluate(await seederSource());
    const seeded = await ext.evaluate((text) => globalThis.sidekickModelSeed.seedTagModel(text), model.text);
    const extra = { model_tags: seeded.tags, model_rows: seeded.rows, model_json_bytes: model.text.length, train_rows: model.info.rows };
    // The worker holds the empty model it started with: stopped, it reads the seeded one on its next wake.
    await worker.stop();
    // Warm: the worker is running and holds the model. Cold: each switch after the worker was stopped;
    // it wakes, reads the model and answers.
    const warm = await series(WARM, false);
    const cold = await series(COLD, true);
    const floors = { warm: warmEmpty.map((x) => x.suggestions), cold: coldEmpty.map((x) => x.suggestions) };
    for (const [name, xs, goal] of [
      ['warm', warm, 100],
      ['cold', cold, 300],
    ]) {
      const s = xs.map((x) => x.suggestions);
      const p = xs.map((x) => x.panel);
      const floor = floors[name];
      const figures = { ...extra, n: xs.length };
      emit(`suggest.switch_to_suggestions_${name}_ms.p50`, quantile(s, 0.5), 'ms', figures);
      emit(`suggest.switch_to_suggestions_${name}_ms.p95`, quantile(s, 0.95), 'ms', { ...figures, goal });
      // Floor 1: the same switches before any model was stored (the worker's wake and the sidebar alone).
      emit(`suggest.switch_to_suggestions_${name}_without_model_ms.p50`, quantile(floor, 0.5), 'ms', { n: floor.length });
      emit(`suggest.switch_to_suggestions_${name}_without_model_ms.p95`, quantile(floor, 0.95), 'ms', { n: floor.length });
      emit(`suggest.switch_to_suggestions_${name}_vs_without_model.ratio_p50`, quantile(s, 0.5) / quantile(floor, 0.5), 'ratio', figures);
      // Floor 2: the panel's own render of the same switches.
      emit(`suggest.panel_render_${name}_ms.p50`, quantile(p, 0.5), 'ms', figures);
      emit(
        `suggest.switch_to_suggestions_${name}_vs_panel_render.ratio_p50`,
        quantile(s, 0.5) / Math.max(quantile(p, 0.5), 0.1),
        'ratio',
        figures,
      );
    }
    await page.close();
    await ext.close();
  } finally {
    await env.close();
  }
}
