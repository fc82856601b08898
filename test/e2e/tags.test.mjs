// Tag suggestions, one-click apply through the panel's own field, and the untagged reminder, in Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIALOGUE, FIXTURE_OPERATOR, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND, SSL, WORDPRESS } = DIALOGUE;

const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));
const settings = (extra = {}) => ({
  ...team,
  operator: FIXTURE_OPERATOR,
  ...extra,
});

describe('tag suggestions on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, settings());
  });
  after(async () => {
    await env?.close();
  });

  it('suggests tags from the vocabulary and applies one in one click through the panel field', async () => {
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    const refund = byTestId(page, 'suggestion').and(page.locator('[data-tag="refund"]'));
    await refund.waitFor();
    assert.match(await refund.getAttribute('title'), /Верните деньги/);
    await refund.click();
    await page.waitForFunction((id) => window.__panel.getTags(id).includes('refund'), REFUND);
    // The dialogue's tag, not the customer's (who already had a "refund" customer tag).
    assert.deepEqual(await page.evaluate((id) => window.__panel.getCustomerTags(id), REFUND), ['pro-licence', 'refund']);
    await byTestId(page, 'tags').filter({ hasText: 'refund' }).waitFor();
    assert.equal(await byTestId(page, 'untagged-flag').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('refuses a tag the panel does not offer and says so', async () => {
    const { page } = await openPanel(env.context, conv(REFUND));
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    // The vocabulary has "chargeback", which this panel does not have.
    const tagsBefore = await page.evaluate((id) => window.__panel.getTags(id), REFUND);
    await page.evaluate(() => window.__panel.addMessage(window.__panel.current(), 'Хочу оформить возврат через chargeback в банке', true));
    const chargeback = byTestId(page, 'suggestion').and(page.locator('[data-tag="chargeback"]'));
    await chargeback.waitFor();
    await chargeback.click();
    await byTestId(page, 'toast')
      .filter({ hasText: /does not offer the tag "chargeback"/ })
      .waitFor();
    assert.deepEqual(await page.evaluate((id) => window.__panel.getTags(id), REFUND), tagsBefore);
    await page.close();
  });

  it('reminds me about a dialogue I replied in and left untagged, and tags it from the reminder', async () => {
    const { page, errors } = await openPanel(env.context, conv(WORDPRESS));
    await byTestId(page, 'dialogue-id').filter({ hasText: WORDPRESS }).waitFor();
    await page.locator('.conversation-reply textarea').fill('Hi Lucas! Yes, there is a plugin: Settings → Integrations → WordPress.');
    await page.locator('.conversation-reply__footer button', { hasText: 'Отправить' }).click();
    await byTestId(page, 'untagged-flag')
      .filter({ hasText: /replied/ })
      .waitFor();
    await page.evaluate((id) => window.__panel.open(id), SSL);
    const reminder = byTestId(page, 'untagged-reminder');
    await reminder.waitFor();
    const apply = byTestId(page, 'reminder-apply');
    assert.equal(await apply.getAttribute('data-tag'), 'wordpress');
    await apply.click();
    await page.waitForFunction((id) => window.__panel.getTags(id).includes('wordpress'), WORDPRESS);
    // Back where the operator was.
    await page.waitForFunction((id) => window.__panel.current() === id, SSL);
    assert.equal(await reminder.count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('after two switches, tags the dialogue the reminder names, shows it on the collapsed strip, and returns', async () => {
    const { page, errors } = await openPanel(env.context, conv(WORDPRESS));
    await byTestId(page, 'dialogue-id').filter({ hasText: WORDPRESS }).waitFor();
    const before = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.__panel.getTags(id)])), [SSL, REFUND]);
    await page.locator('.conversation-reply textarea').fill('Hi Lucas! Yes, there is a plugin: Settings → Integrations → WordPress.');
    await page.locator('.conversation-reply__footer button', { hasText: 'Отправить' }).click();
    await byTestId(page, 'untagged-flag')
      .filter({ hasText: /replied/ })
      .waitFor();
    // Two switches: to another dialogue, then to a third; history now leads back through the second.
    await page.evaluate((id) => window.__panel.open(id), SSL);
    await byTestId(page, 'dialogue-id').filter({ hasText: SSL }).waitFor();
    await page.evaluate((id) => window.__panel.open(id), REFUND);
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    const reminder = byTestId(page, 'untagged-reminder');
    await reminder.waitFor();
    // Collapsed, the strip still says a reminder waits.
    await byTestId(page, 'sidebar-collapse').click();
    await byTestId(page, 'strip-reminder').waitFor();
    await page.locator('cq-sidekick .sk-strip').click();
    const apply = byTestId(page, 'reminder-apply');
    assert.equal(await apply.getAttribute('data-tag'), 'wordpress');
    await apply.click();
    await page.waitForFunction((id) => window.__panel.getTags(id).includes('wordpress'), WORDPRESS);
    // Back in the dialogue the operator was in, the others untouched.
    await page.waitForFunction((id) => window.__panel.current() === id, REFUND);
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    assert.deepEqual(
      await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.__panel.getTags(id)])), [SSL, REFUND]),
      before,
    );
    assert.equal(await reminder.count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
