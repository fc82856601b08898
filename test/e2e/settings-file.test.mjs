// The settings file round trip on the options page, in either browser: export arrives as an ordinary download
// (without the webhook URL), and importing it back restores what was changed meanwhile.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { FIXTURE_OPERATOR, launch, setSettings } from './harness.mjs';

const storedSettings = (worker) => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

describe('settings file on the options page', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, {
      version: 1,
      operator: { ...FIXTURE_OPERATOR, name: 'Export Check' },
      slack: {
        teamId: 'T0123ABC',
        channelId: 'C0456DEF',
        webhookUrl: 'https://hooks.slack.com/services/T0/B0/secret',
        webhookEnabled: false,
      },
    });
  });
  after(async () => {
    await env?.close();
  });

  it('exports the settings as a download without the webhook URL, and imports them back', async () => {
    const page = await env.context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(env.extensionUrl('options.html'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="settings-export"]').click()]);
    assert.equal(download.suggestedFilename(), 'sidekick-settings.json');
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.operator.name, 'Export Check');
    assert.equal(exported.slack.channelId, 'C0456DEF');
    assert.equal(exported.slack.webhookUrl, undefined);

    await env.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, operator: { ...settings.operator, name: 'Changed Meanwhile' } } });
    });
    await page.reload();
    await page.locator('[data-testid="settings-import"]').setInputFiles(file);
    await page.locator('[data-testid="settings-saved"]').waitFor();
    const stored = await storedSettings(env.worker);
    assert.equal(stored.operator.name, 'Export Check');
    // The webhook the file leaves out stays as it was.
    assert.equal(stored.slack.webhookUrl, 'https://hooks.slack.com/services/T0/B0/secret');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
