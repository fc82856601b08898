// The team's playbook in Chromium: the operator's own reply checked as it is typed, and a customer who
// wants to move to a messenger offered the reply that keeps the dialogue in CarrotQuest.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { WORDPRESS, SSL, REFUND } = DIALOGUE;
const ALL_WEEK = [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }];

describe('the playbook on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, { version: 1, operator: { ...FIXTURE_OPERATOR } });
  });
  after(async () => {
    await env?.close();
  });

  it('warns quietly about a promised discount, says nothing about a refusal, and never edits the reply', async () => {
    const { page, errors } = await openPanel(env.context, conv(WORDPRESS));
    await byTestId(page, 'dialogue-id').filter({ hasText: WORDPRESS }).waitFor();
    const box = page.locator('.conversation-reply textarea');
    await box.click();
    await box.pressSequentially('дадим скидку 20% на продление', { delay: 5 });
    const warning = byTestId(page, 'reply-warning');
    await warning.waitFor();
    assert.equal(await warning.getAttribute('data-rule'), 'compensation-promise');
    assert.match(await warning.textContent(), /discount|compensation/i);
    assert.equal(await box.inputValue(), 'дадим скидку 20% на продление');

    await box.fill('');
    await box.pressSequentially('скидок не даём, но поможем с настройкой', { delay: 5 });
    // The check runs after a pause in typing; give it time to answer, then nothing may show.
    await page.waitForTimeout(1200);
    assert.equal(await byTestId(page, 'reply-warning').count(), 0);
    assert.equal(await box.inputValue(), 'скидок не даём, но поможем с настройкой');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('puts the reply that keeps the dialogue in CarrotQuest first when the customer asks for Telegram', async () => {
    const { page, errors } = await openPanel(env.context, conv(SSL));
    await byTestId(page, 'dialogue-id').filter({ hasText: SSL }).waitFor();
    await page.evaluate((id) => window.__panel.addMessage(id, 'Давайте лучше в телеграм перейдём, там удобнее скрины кидать'), SSL);
    const suggested = byTestId(page, 'reply-suggested');
    await page.waitForFunction(
      () =>
        document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="reply-suggested"]')?.dataset.replyId ===
        'stay-in-carrotquest',
    );
    assert.match(await suggested.textContent(), /телеграм/i);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('counts the wait from the customer’s last unanswered message, amber past the threshold with the acknowledgement first', async () => {
    await setSettings(env.worker, { version: 1, operator: { ...FIXTURE_OPERATOR, shifts: ALL_WEEK } });
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    // The fixture's customer wrote at 09:12 and 09:13 on 26 November and nobody answered: the wait starts at 09:12.
    const expected = Math.floor((Date.now() - Date.parse('2026-11-26T09:12:00+03:00')) / 60_000);
    const badge = byTestId(page, 'waiting');
    await badge.waitFor();
    assert.equal(await badge.getAttribute('data-long'), 'true');
    const days = Math.floor(expected / 1440);
    assert.match(await badge.textContent(), expected >= 2880 ? new RegExp(`waiting ${days} d`) : /waiting \d+ (?:h|min)/);
    await page.waitForFunction(
      () => document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="reply-suggested"]')?.dataset.replyId === 'ack',
    );
    // An answer ends the wait; a new question starts it again, from its own time.
    await page.evaluate((id) => window.__panel.addMessage(id, 'Здравствуйте! Смотрю.', false), REFUND);
    await badge.waitFor({ state: 'detached' });
    await page.evaluate((id) => window.__panel.addMessage(id, 'А сколько ждать возврата?'), REFUND);
    await badge.waitFor();
    assert.equal((await badge.textContent()).trim(), 'waiting 0 min');
    assert.equal(await badge.getAttribute('data-long'), 'false');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
