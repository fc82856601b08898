// Replies and triage in Chromium: the fitting reply first, search and insert with the name filled in.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND, DOWN, WORDPRESS } = DIALOGUE;

describe('replies and triage on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, {
      version: 1,
      operator: { ...FIXTURE_OPERATOR, shifts: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }] },
    });
  });
  after(async () => {
    await env?.close();
  });

  it('puts the refund reply first for a customer asking for money back, and says why', async () => {
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    // Answered once, so the customer is not left waiting (a long wait puts the acknowledgement first: playbook.test.mjs).
    await page.evaluate((id) => window.__panel.addMessage(id, 'Здравствуйте! Смотрю ваш вопрос.', false), REFUND);
    const suggested = byTestId(page, 'reply-suggested');
    await suggested.waitFor();
    assert.equal(await suggested.getAttribute('data-reply-id'), 'refund');
    assert.match(await suggested.textContent(), /money back|refund/i);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('finds a reply by words and inserts it into the reply box with the customer name, without sending', async () => {
    const { page, errors } = await openPanel(env.context, conv(WORDPRESS));
    await byTestId(page, 'dialogue-id').filter({ hasText: WORDPRESS }).waitFor();
    const partsBefore = await page.evaluate((id) => window.__panel.messages(id).length, WORDPRESS);
    const search = byTestId(page, 'reply-search');
    await search.fill('request received');
    await byTestId(page, 'reply').first().waitFor();
    assert.equal(await byTestId(page, 'reply').first().getAttribute('data-reply-id'), 'ack');
    await search.press('Enter');
    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').includes('Lucas'));
    const text = await page.evaluate(() => window.__panel.composerValue());
    assert.match(text, /^Hi Lucas, thanks for writing!/);
    assert.doesNotMatch(text, /[{}]/);
    assert.equal(await page.evaluate((id) => window.__panel.messages(id).length, WORDPRESS), partsBefore);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('rates a blocking dialogue critical and shows its playbook', async () => {
    const { page } = await openPanel(env.context, conv(DOWN));
    const level = byTestId(page, 'complexity');
    await level.waitFor();
    await page.waitForFunction(
      () => document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="complexity"]')?.dataset.level === 'critical',
    );
    assert.ok((await byTestId(page, 'playbook-step').count()) >= 3);
    await page.close();
  });

  it('inserts into a contenteditable reply box too', async () => {
    const { page } = await openPanel(env.context, conv(WORDPRESS) + '?composer=contenteditable');
    await byTestId(page, 'dialogue-id').filter({ hasText: WORDPRESS }).waitFor();
    await byTestId(page, 'reply-search').fill('received');
    await byTestId(page, 'reply-search').press('Enter');
    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').includes('Lucas'));
    await page.close();
  });
});
