// A team's own panel address: added on the options page (wildcards, paths and plain http refused with the
// reason), registered at run time as a content script for that one origin, and removable.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, TEAM_HOST, byTestId, launch, setSettings } from './harness.mjs';

const ID = '1204567890123456007';
const TEAM = `https://${TEAM_HOST}`;
const dialogue = `${TEAM}/panel/12345/conversations/${ID}`;
const registered = (worker) => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());

async function sidebarCount(context) {
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(dialogue);
  await page.waitForFunction(() => window.__panel?.current());
  await page.waitForTimeout(1500);
  return { page, count: await page.locator('cq-sidekick').count(), messages };
}

describe('a team panel address', () => {
  let env;
  before(async () => {
    // The browser's permission prompt cannot be answered by automation: the access is granted ahead (harness.mjs).
    env = await launch({ fixture: 'hashed', grantOrigins: [`${TEAM}/*`] });
    const profile = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/captures/hashed.profile.json'), 'utf8'));
    await setSettings(env.worker, profile);
  });
  after(async () => {
    await env?.close();
  });

  it('runs nowhere on the address until it is added', async () => {
    const { page, count } = await sidebarCount(env.context);
    assert.equal(count, 0);
    assert.deepEqual(await registered(env.worker), []);
    await page.close();
  });

  it('refuses a wildcard, a path and plain http, saying why, and adds the origin', async () => {
    const options = await env.context.newPage();
    await options.goto(env.extensionUrl('options.html#profile'));
    const input = options.locator('[data-testid="panel-host-input"]');
    for (const [text, reason] of [
      [`https://*.example.test`, /wildcard/],
      [`${TEAM}/panel`, /without a path/],
      [`http://${TEAM_HOST}`, /Plain http/],
    ]) {
      await input.fill(text);
      await options.locator('[data-testid="panel-host-add"]').click();
      await options.locator('[data-testid="panel-host-error"]').filter({ hasText: reason }).waitFor();
    }
    assert.equal(await options.locator('[data-testid="panel-host"]').count(), 0);
    await input.fill(TEAM);
    await options.locator('[data-testid="panel-host-add"]').click();
    await options.locator('[data-testid="panel-host-saved"]').waitFor();
    await options.locator(`[data-testid="panel-host"][data-origin="${TEAM}"][data-active="true"]`).waitFor();
    const scripts = await registered(env.worker);
    assert.equal(scripts.length, 1);
    assert.deepEqual(scripts[0].matches, [`${TEAM}/*`]);
    assert.equal(scripts[0].persistAcrossSessions, true);
    await options.close();
  });

  it('shows the sidebar on the added address, reading the dialogue, with no errors in the panel console', async () => {
    const { page, messages } = await sidebarCount(env.context);
    await byTestId(page, 'dialogue-id').filter({ hasText: ID }).waitFor();
    assert.equal((await byTestId(page, 'customer-name').textContent()).trim(), 'Артём Белов');
    assert.equal(await byTestId(page, 'dialogue-link').getAttribute('href'), dialogue);
    assert.deepEqual(
      messages.filter((m) => /^(error|warning)/.test(m)),
      [],
    );
    await page.close();
  });

  it('removes the address: nothing registered, no sidebar on the next load', async () => {
    const options = await env.context.newPage();
    await options.goto(env.extensionUrl('options.html#profile'));
    await options.locator(`[data-testid="panel-host"][data-origin="${TEAM}"] [data-testid="panel-host-remove"]`).click();
    await options
      .locator('[data-testid="panel-host-saved"]')
      .filter({ hasText: /Removed/ })
      .waitFor();
    assert.equal(await options.locator('[data-testid="panel-host"]').count(), 0);
    await options.close();
    assert.deepEqual(await registered(env.worker), []);
    const { page, count } = await sidebarCount(env.context);
    assert.equal(count, 0);
    await page.close();
  });
});
