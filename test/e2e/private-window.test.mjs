// A private window in Firefox: the sidebar works there, nothing it sees is kept, and the popup says so.
// Every window of this run is private (the `browser.privatebrowsing.autostart` pref) and the add-on is allowed in
// private windows the way the add-ons manager allows it. Chromium lets only its own settings page allow an
// extension in incognito windows, so this file runs in Firefox only.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIALOGUE, FIXTURE_OPERATOR, IS_FIREFOX, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND } = DIALOGUE;
const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));

describe(
  'a private window',
  { skip: !IS_FIREFOX && 'Chromium: only its own settings page allows an extension in incognito windows' },
  () => {
    let env;
    before(async () => {
      env = await launch({ privateBrowsing: true });
      await setSettings(env.worker, { ...team, operator: FIXTURE_OPERATOR });
    });
    after(async () => {
      await env?.close();
    });

    it('the sidebar reads the dialogue and suggests its tag; nothing is written; the popup says nothing is kept', async () => {
      assert.equal(await env.worker.evaluate(() => globalThis.browser.extension.inIncognitoContext), true, 'the window is private');
      const { page, errors } = await openPanel(env.context, conv(REFUND));
      await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
      await byTestId(page, 'suggestion').and(page.locator('[data-tag="refund"]')).waitFor();
      // Kept in memory only: no write is tried, so none fails (the browser refuses them in private contexts).
      await page.waitForTimeout(1500);
      assert.equal(await byTestId(page, 'write-error').count(), 0);

      const popup = await env.context.newPage();
      await popup.goto(env.extensionUrl('popup.html'));
      await popup.locator('[data-testid="private-note"]').waitFor();
      await popup.locator('[data-testid="popup-private-numbers"]').waitFor();
      assert.equal(await popup.locator('[data-testid="popup-error"]').count(), 0);
      assert.deepEqual(errors, []);
    });
  },
);
