// A team panel address whose access is not granted: nothing is added or registered, and an address the
// settings carry without access is named as such and gets no sidebar.
//
// The browser's permission prompt cannot be answered by automation: headless Chromium shows it and the
// request never settles (no flag answers it; `--apps-gallery-install-auto-confirm-for-tests` does not reach
// it), and a permission granted ahead through the manifest (team-address.test.mjs) is a required one, which
// `permissions.remove` refuses. So the refusal's message ("Access to … was not granted: nothing was added")
// is tested on the component (test/unit/options/panel-hosts.test.tsx); here, the real browser checks that an
// unanswered and then dismissed prompt adds and registers nothing, and that an address without access is
// said to have none and gets no sidebar.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEAM_HOST, launch } from './harness.mjs';

// The settings document's version (lib/settings/version.ts).
const SETTINGS_VERSION = 2;

const TEAM = `https://${TEAM_HOST}`;
const dialogue = `${TEAM}/panel/12345/conversations/1204567890123456007`;
const registered = (worker) => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
const storedHosts = (worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.carrotquest?.panelHosts ?? []);

async function sidebarOnTeamAddress(context) {
  const page = await context.newPage();
  await page.goto(dialogue);
  await page.waitForFunction(() => window.__panel?.current());
  await page.waitForTimeout(1500);
  const count = await page.locator('cq-sidekick').count();
  await page.close();
  return count;
}

describe('a team panel address without access', () => {
  let env;
  before(async () => {
    env = await launch({ fixture: 'hashed' });
  });
  after(async () => {
    await env?.close();
  });

  it('adds and registers nothing while the prompt is unanswered, nor after it is dismissed', async () => {
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    await options.locator('[data-testid="panel-host-input"]').fill(TEAM);
    await options.locator('[data-testid="panel-host-add"]').click();
    // The prompt is open: the click asked for access and waits for the answer.
    await options.waitForTimeout(2000);
    assert.equal(await options.locator('[data-testid="panel-host-saved"]').count(), 0);
    assert.equal(await options.locator('[data-testid="panel-host"]').count(), 0);
    assert.deepEqual(await storedHosts(env.worker), []);
    assert.deepEqual(await registered(env.worker), []);
    assert.equal(await env.worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), TEAM), false);
    // Closing the page dismisses the prompt.
    await options.close();
    assert.deepEqual(await storedHosts(env.worker), []);
    assert.deepEqual(await registered(env.worker), []);
    assert.equal(await sidebarOnTeamAddress(env.context), 0);
  });

  it('names an address the settings carry without access, registers nothing and shows no sidebar there', async () => {
    // As a settings file brings it: the address, but not the browser's access.
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sk-settings-')), 'team.json');
    fs.writeFileSync(file, JSON.stringify({ version: SETTINGS_VERSION, carrotquest: { panelHosts: [TEAM] } }));
    await options.locator('[data-testid="settings-import"]').setInputFiles(file);
    await options.locator('[data-testid="settings-saved"]').waitFor();
    assert.deepEqual(await storedHosts(env.worker), [TEAM]);
    await options.close();
    const profileTab = await env.context.newPage();
    await profileTab.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    const row = profileTab.locator(`[data-testid="panel-host"][data-origin="${TEAM}"]`);
    await row.waitFor();
    await profileTab.waitForFunction(
      (o) => document.querySelector(`[data-testid="panel-host"][data-origin="${o}"]`)?.textContent?.includes('no access'),
      TEAM,
    );
    assert.equal(await row.getAttribute('data-active'), 'false');
    assert.match(await row.textContent(), /no access: the sidebar does not run here/);
    assert.deepEqual(await registered(env.worker), []);
    await profileTab.close();
    assert.equal(await sidebarOnTeamAddress(env.context), 0);
  });
});
