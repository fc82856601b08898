// The selector profile: the second fixture (different markup) read through an imported override,
// the health line naming what is missing, and settings files that are refused changing nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, byTestId, launch, openPanel } from './harness.mjs';

const ID = '1204567890123456001';

async function importSettingsFile(context, origin, name, text) {
  const page = await context.newPage();
  await page.goto(`${origin}/options.html`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sk-settings-')), name);
  fs.writeFileSync(file, text);
  await page.locator('[data-testid="settings-import"]').setInputFiles(file);
  await page.locator('[data-testid="settings-saved"], [data-testid="settings-error"]').first().waitFor();
  const saved = await page.locator('[data-testid="settings-saved"]').count();
  const message = saved
    ? await page.locator('[data-testid="settings-saved"]').textContent()
    : await page.locator('[data-testid="settings-error"]').textContent();
  await page.close();
  return { saved: saved > 0, message };
}

const storedSettings = (worker) => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

describe('selector profile on the second fixture', () => {
  let env;
  before(async () => {
    env = await launch({ fixture: 'alt' });
  });
  after(async () => {
    await env?.close();
  });

  it('names every part it cannot find before the profile is fixed', async () => {
    const { page, errors } = await openPanel(env.context, `/#/dialog/${ID}`);
    const health = byTestId(page, 'health');
    await health.waitFor();
    const missing = (await health.getAttribute('data-missing')).split(' ');
    for (const key of ['dialogueUrl', 'root', 'customerName', 'composer', 'tagInput']) assert.ok(missing.includes(key), key);
    // One line says how many parts are missing; Fix opens which, and what that disables.
    assert.match(await health.textContent(), /\d+ parts missing/);
    await byTestId(page, 'health-details').click();
    assert.match(await byTestId(page, 'health-list').textContent(), /open dialogue — Affects: everything about the dialogue/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('refuses bad settings files and changes nothing', async () => {
    const before = await storedSettings(env.worker);
    const cases = [
      ['broken.json', '{"version": 1, "carrotquest": ', /not valid JSON/],
      ['unknown.json', '{"version": 1, "carrotquest": {"selectors": {"rooot": ".x"}}}', /carrotquest\.selectors\.rooot: unknown key/],
      [
        'selector.json',
        '{"version": 1, "carrotquest": {"selectors": {"root": "div[[["}}}',
        /carrotquest\.selectors\.root: invalid CSS selector/,
      ],
    ];
    for (const [name, text, message] of cases) {
      const r = await importSettingsFile(env.context, env.origin, name, text);
      assert.equal(r.saved, false, name);
      assert.match(r.message, message);
      assert.deepEqual(await storedSettings(env.worker), before);
    }
  });

  it('reads the dialogue through an imported profile; the health line names only what the page lacks', async () => {
    const profile = fs.readFileSync(path.join(FIXTURES.alt, 'profile.json'), 'utf8');
    const r = await importSettingsFile(env.context, env.origin, 'profile.json', profile);
    assert.equal(r.saved, true, r.message);
    const { page, errors } = await openPanel(env.context, `/#/dialog/${ID}`);
    await byTestId(page, 'dialogue-id').filter({ hasText: ID }).waitFor();
    assert.equal((await byTestId(page, 'customer-name').textContent()).trim(), 'Дмитрий Ковалёв');
    const missing = (await byTestId(page, 'health').getAttribute('data-missing')).split(' ').sort();
    assert.deepEqual(missing, ['copyLink', 'customerEmail', 'customerNotes']);
    // Switching through the hash route follows too.
    await page.evaluate(() => window.__panel.open('1204567890123456002'));
    await byTestId(page, 'dialogue-id').filter({ hasText: '1204567890123456002' }).waitFor();
    assert.equal((await byTestId(page, 'tags').textContent()).trim(), 'tracker-down');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
