// Visual snapshots: a picture of a part of the page compared with the one kept under test/e2e/snapshots/,
// with a tolerance for anti-aliasing, so a moved or resized control fails while a repaint does not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const SNAPSHOT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snapshots');
/** UPDATE_SNAPSHOTS=1 writes the pictures taken as the new snapshots instead of comparing. */
export const UPDATING = process.env.UPDATE_SNAPSHOTS === '1';
/** How far a pixel's colour may move before it counts as changed (pixelmatch's YIQ threshold, 0..1). */
const COLOUR_THRESHOLD = 0.1;
/** How many changed pixels are tolerated, as a share of the picture (font hinting, sub-pixel edges). */
export const MAX_CHANGED_SHARE = 0.001;

/**
 * Compares a PNG with the kept snapshot `name`. Answers { ok, changed, share, reason }; on a difference the
 * picture taken and the difference are written next to each other in the temporary directory (`files`).
 */
export function compareWithSnapshot(name, png) {
  const file = path.join(SNAPSHOT_DIR, `${name}.png`);
  if (UPDATING) {
    fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
    fs.writeFileSync(file, png);
    return { ok: true, updated: file, changed: 0, share: 0 };
  }
  if (!fs.existsSync(file)) return { ok: false, reason: `no snapshot ${file}: run the test with UPDATE_SNAPSHOTS=1 to make it` };
  return comparePngs(PNG.sync.read(fs.readFileSync(file)), PNG.sync.read(png), name);
}

/** Compares two decoded pictures; on a difference writes both and the difference to the temporary directory. */
export function comparePngs(expected, actual, name = 'snapshot') {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    const files = keep(name, actual);
    return {
      ok: false,
      reason: `size ${actual.width}×${actual.height}, the snapshot is ${expected.width}×${expected.height}`,
      files,
    };
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: COLOUR_THRESHOLD });
  const share = changed / (width * height);
  if (share <= MAX_CHANGED_SHARE) return { ok: true, changed, share };
  const files = keep(name, actual, diff);
  return { ok: false, changed, share, reason: `${changed} pixels changed (${(share * 100).toFixed(2)}%)`, files };
}

function keep(name, actual, diff) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `snapshot-${name}-`));
  const files = [path.join(dir, 'actual.png')];
  fs.writeFileSync(files[0], PNG.sync.write(actual));
  if (diff) {
    files.push(path.join(dir, 'diff.png'));
    fs.writeFileSync(files[1], PNG.sync.write(diff));
  }
  return files;
}

/**
 * Makes the sidebar still for a picture: no animation, transition or caret, the pointer away from it.
 * The sidebar lives in a shadow root, which the page's own styles never reach.
 */
export async function stillSidebar(page) {
  await page.evaluate(() => {
    const root = document.querySelector('cq-sidekick')?.shadowRoot;
    if (!root || root.querySelector('style[data-still]')) return;
    const style = document.createElement('style');
    style.dataset.still = '';
    style.textContent =
      '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }';
    root.append(style);
    /** @type {HTMLElement | null} */ (document.activeElement)?.blur?.();
  });
  // The pointer rests over the panel's own middle, where no sidebar control is hovered.
  await page.mouse.move(Math.round(page.viewportSize().width * 0.6), 300);
}
