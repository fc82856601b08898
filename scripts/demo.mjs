// Opens Chromium with the built extension on the bundled panel fixture, served as https://app.carrotquest.io.
//   npm run demo                                  a window you can use (needs a display)
//   npm run demo -- --headless --screenshot FILE  writes a PNG of what an operator sees
//   npm run demo -- --fixture alt                 the second fixture (different markup)
//   npm run demo -- --fixture hashed              the third (hashed classes), at https://carrotquest.io/panel/...
//   npm run demo -- --bare                        without the sample team vocabulary (as a fresh install)
import fs from 'node:fs';
import path from 'node:path';
import { launch, PANEL, ROOT, setSettings } from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const screenshot = value('--screenshot');
const headless = flag('--headless') || Boolean(screenshot && !process.env.DISPLAY);
const fixture = value('--fixture') ?? 'panel';

if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run: npm run demo -- --headless --screenshot sidekick.png');
  process.exit(2);
}

const env = await launch({ fixture, headless, viewport: { width: 1680, height: 960 } });
if (!flag('--bare')) {
  // A fresh install knows no tags until the team's settings arrive; the demo brings a sample vocabulary.
  const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));
  await setSettings(env.worker, { version: team.version, tags: team.tags });
  console.log(`Sample team vocabulary: ${team.tags.length} tags from test/fixtures/team-settings.json (--bare to start without)`);
}
const page = env.context.pages()[0] ?? (await env.context.newPage());
const [origin, first] =
  fixture === 'panel'
    ? [PANEL, '/project/12345/conversations/1204567890123456001']
    : fixture === 'hashed'
      ? ['https://carrotquest.io', '/panel/12345/conversations/1204567890123456001']
      : [PANEL, '/'];
await page.goto(origin + first);
console.log(`Panel fixture: ${origin}${first} (served locally on port ${env.server.port})`);
console.log(`Extension id: ${env.extensionId}; options: chrome-extension://${env.extensionId}/options.html`);

if (screenshot) {
  await page.locator('cq-sidekick [data-testid="sidebar"]').waitFor({ timeout: 15000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot written to ${screenshot}`);
  await env.close();
} else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await env.close();
    process.exit(0);
  };
  env.context.on('close', stop);
  process.on('SIGINT', stop);
}
