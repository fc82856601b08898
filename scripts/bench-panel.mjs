// Figures of teaching the page and of page captures, on the third fixture (hashed classes) in Chromium:
//   pick.outline_ms      the page receives a pointer move -> the outline is drawn around the element under it (200 moves)
//   pick.input_to_outline_ms  the same from the input's own time stamp (includes the browser aligning input to frames)
//   capture.5000_ms      a sanitized capture of a dialogue of 5,000 messages, one of them 1 MB
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, byTestId, launch, setSettings } from '../test/e2e/harness.mjs';

const DIALOGUE = 'https://carrotquest.io/panel/12345/conversations/1204567890123456002';

export async function benchPanel(emit, quantile) {
  const env = await launch({ fixture: 'hashed' });
  try {
    const profile = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/captures/hashed.profile.json'), 'utf8'));
    // One part left untaught, so the health line offers "Show me" for it.
    await setSettings(env.worker, {
      version: 1,
      carrotquest: { selectors: { ...profile.carrotquest.selectors, customerName: '[data-qa="none"]' } },
    });
    const page = await env.context.newPage();
    await page.goto(DIALOGUE);
    await byTestId(page, 'health-fix').and(page.locator('[data-key="customerName"]')).click();
    await byTestId(page, 'picker-prompt').waitFor();

    // Watch from the page's own world: each pointer move's time, and when the outline's style next changes.
    await page.evaluate(() => {
      const outline = document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="picker-outline"]');
      window.__moves = [];
      let pending = null;
      // Registered before the overlay's own listener runs (window, capture phase): the move as the page receives it.
      window.addEventListener('pointermove', (e) => (pending ??= { at: performance.now(), stamp: e.timeStamp }), true);
      new MutationObserver(() => {
        const now = performance.now();
        if (pending !== null) window.__moves.push([now - pending.at, now - pending.stamp]);
        pending = null;
      }).observe(outline, { attributes: true, attributeFilter: ['style'] });
    });
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll('#pane *, #side *, #items *')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 4 && r.height > 4 && r.right < innerWidth - 340)
        .map((r) => [r.left + r.width / 2, r.top + r.height / 2]),
    );
    for (let i = 0; i < 200; i++) {
      const [x, y] = targets[(i * 7) % targets.length];
      await page.mouse.move(x + (i % 3), y);
    }
    await page.waitForTimeout(100);
    const pairs = await page.evaluate(() => window.__moves);
    await page.keyboard.press('Escape');
    const moves = pairs.map((p) => p[0]);
    const fromInput = pairs.map((p) => p[1]);
    emit('pick.outline_ms.p50', quantile(moves, 0.5), 'ms', { n: moves.length });
    emit('pick.outline_ms.p95', quantile(moves, 0.95), 'ms', { n: moves.length, goal: 16 });
    emit('pick.input_to_outline_ms.p50', quantile(fromInput, 0.5), 'ms', { n: fromInput.length });
    emit('pick.input_to_outline_ms.p95', quantile(fromInput, 0.95), 'ms', { n: fromInput.length });

    // The capture code as the page tools run it, timed in the page on 5,000 messages and a 1 MB message.
    const bundle = await build({
      stdin: {
        contents: `import { capturePage } from './lib/carrotquest/capture'; import { resolveProfile } from './lib/carrotquest/profile';
          globalThis.__benchCapture = (selectors) => { const p = resolveProfile(selectors); const t0 = performance.now();
            const c = capturePage(document, location.href, p, 'bench', { skip: (el) => el.localName === 'cq-sidekick' });
            const text = JSON.stringify(c); return { ms: performance.now() - t0, bytes: text.length, cut: c.stats.cut }; };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
    });
    await page.evaluate(() => {
      const id = window.__panel.current();
      window.__panel.addManyMessages(id, 4990);
      window.__panel.addMessage(id, 'x'.repeat(1024 * 1024));
    });
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await page.evaluate((s) => globalThis.__benchCapture(s), profile.carrotquest.selectors));
    const messages = await page.evaluate(() => window.__panel.messages().length);
    const ms = runs.map((r) => r.ms);
    emit('capture.5000_messages_ms.p50', quantile(ms, 0.5), 'ms', { n: ms.length, messages });
    emit('capture.5000_messages_ms.max', Math.max(...ms), 'ms', { n: ms.length, goal: 1000 });
    emit('capture.5000_messages_bytes', runs[0].bytes, 'bytes', { cut: runs[0].cut, goal: 5 * 1024 * 1024 });
    await page.close();
  } finally {
    await env.close();
  }
}
