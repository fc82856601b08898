// Host access to the panel, in either browser: granted with the install, the popup says nothing; in Firefox, where
// the operator can refuse or take it back, the sidebar stays off there, the popup names the site and asks again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, IS_FIREFOX, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND } = DIALOGUE;

async function openPopup(env) {
  const popup = await env.context.newPage();
  await popup.goto(env.extensionUrl('popup.html'));
  await popup.locator('[data-testid="popup-empty"], [data-testid="coverage-today"]').first().waitFor();
  return popup;
}

describe('host access to the panel', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, { version: 1, operator: FIXTURE_OPERATOR });
  });
  after(async () => {
    await env?.close();
  });

  it('says nothing in the popup while the access is there', async () => {
    const popup = await openPopup(env);
    // The access check runs after the numbers: give it time to answer.
    await popup.waitForTimeout(800);
    assert.equal(await popup.locator('[data-testid="access-missing"]').count(), 0);
    await popup.close();
  });

  it('taken back in Firefox: no sidebar, the popup names the site and asks again', { skip: !IS_FIREFOX && 'Firefox only' }, async () => {
    await env.worker.evaluate(() => chrome.permissions.remove({ origins: ['https://app.carrotquest.io/*'] }));
    const { page } = await openPanel(env.context, conv(REFUND));
    await page.waitForFunction(() => window.__panel?.current());
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('cq-sidekick').count(), 0);

    const popup = await openPopup(env);
    const notice = popup.locator('[data-testid="access-missing"]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-missing'), 'https://app.carrotquest.io/*');
    assert.match(await notice.textContent(), /does not let Sidekick run on app\.carrotquest\.io/);
    await popup.locator('[data-testid="access-request"]').click();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await env.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://app.carrotquest.io/*'] })), true);
    await popup.close();

    await page.reload();
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    await page.close();
  });
});
