// Writes a sanitized page capture of a panel fixture into test/fixtures/captures/, the same format the
// extension's "Save page capture" downloads (lib/carrotquest/capture.ts), so the capture tests and the
// selector tests have the fixtures' structure without their words.
//   node scripts/capture-fixture.mjs panel|alt|hashed [NAME]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { FIXTURES, MAPPED_HOSTS, ROOT, chromiumPath } from '../test/e2e/harness.mjs';
import { startFixtureServer } from '../test/e2e/fixture-server.mjs';

const PAGES = {
  panel: 'https://app.carrotquest.io/project/12345/conversations/1204567890123456007',
  alt: 'https://app.carrotquest.io/#/dialog/1204567890123456007',
  hashed: 'https://carrotquest.io/panel/12345/conversations/1204567890123456007',
};

const [fixture, name = fixture] = process.argv.slice(2);
if (!PAGES[fixture]) {
  console.error('usage: node scripts/capture-fixture.mjs panel|alt|hashed [NAME]');
  process.exit(2);
}

const bundle = await build({
  stdin: {
    contents: `import { capturePage } from './lib/carrotquest/capture'; import { resolveProfile } from './lib/carrotquest/profile';
      globalThis.__capture = (version) => capturePage(document, location.href, resolveProfile(), version);`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
});
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const server = await startFixtureServer({ dir: FIXTURES[fixture] });
const args = [
  `--host-resolver-rules=${MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(',')}`,
  '--ignore-certificate-errors',
];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args });
try {
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  await page.goto(PAGES[fixture]);
  await page.waitForFunction(() => window.__panel?.current());
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const capture = await page.evaluate((v) => globalThis.__capture(v), version);
  const file = path.join(ROOT, 'test/fixtures/captures', `${name}.capture.json`);
  fs.writeFileSync(file, JSON.stringify(capture, null, 1) + '\n');
  console.log(`${path.relative(ROOT, file)}: ${capture.stats.elements} elements, ${fs.statSync(file).size} bytes`);
} finally {
  await browser.close();
  await server.close();
}
