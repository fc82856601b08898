// The popup in Chromium: after replying in three fixture dialogues and tagging two, today's coverage is 67%.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { HTML, SSL, WORDPRESS } = DIALOGUE;

async function reply(page, id, text) {
  await page.evaluate((d) => window.__panel.open(d), id);
  await byTestId(page, 'dialogue-id').filter({ hasText: id }).waitFor();
  await page.locator('.conversation-reply textarea').fill(text);
  await page.locator('.conversation-reply__send').click();
  await byTestId(page, 'untagged-flag')
    .filter({ hasText: /replied/ })
    .waitFor();
}

async function tagInPanel(page, name) {
  await page.locator('.conversation-tags input').fill(name);
  await page.locator('.conversation-tags__dropdown .dropdown-item', { hasText: name }).first().click();
  await byTestId(page, 'tags').filter({ hasText: name }).waitFor();
}

describe('popup coverage', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, {
      version: 1,
      operator: FIXTURE_OPERATOR,
    });
  });
  after(async () => {
    await env?.close();
  });

  it('explains itself on an empty database', async () => {
    const popup = await env.context.newPage();
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await popup.locator('[data-testid="popup-empty"]').waitFor();
    await popup.close();
  });

  it('shows 67% after replying in three dialogues and tagging two, and lists the untagged one', async () => {
    const { page, errors } = await openPanel(env.context, conv(HTML));
    await reply(page, HTML, 'Thanks, looking into it.');
    await tagInPanel(page, 'api');
    await reply(page, SSL, 'Спасибо, передам идею команде.');
    await tagInPanel(page, 'feature-request');
    await reply(page, WORDPRESS, 'Hi Lucas! There is a plugin.');
    // Let the last record reach the background.
    await page.waitForTimeout(1500);

    const popup = await env.context.newPage();
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    const today = popup.locator('[data-testid="coverage-today"]');
    await today.waitFor();
    assert.match(await today.textContent(), /67%/);
    assert.equal(await today.getAttribute('data-tagged'), '2');
    assert.equal(await today.getAttribute('data-total'), '3');
    // The lists arrive after the numbers.
    const untagged = popup.locator('[data-testid="untagged-list"] a');
    await untagged.first().waitFor();
    assert.equal(await untagged.count(), 1);
    const href = await untagged.first().getAttribute('href');
    assert.ok(href.endsWith(`/conversations/${WORDPRESS}`), href);

    // The panel tab already open shows the dialogue, in place: no new tab.
    await page.evaluate((id) => window.__panel.open(id), HTML);
    await page.locator('cq-sidekick [data-testid="dialogue-id"]').filter({ hasText: HTML }).waitFor();
    const pagesBefore = env.context.pages().length;
    await untagged.first().click();
    await page.locator('cq-sidekick [data-testid="dialogue-id"]').filter({ hasText: WORDPRESS }).waitFor();
    assert.equal(await page.evaluate(() => window.__panel.current()), WORDPRESS);
    assert.ok(env.context.pages().length <= pagesBefore, 'no new tab');
    assert.deepEqual(errors, []);
    if (!popup.isClosed()) await popup.close();
    const opened = page;

    // Tagged from there, the next opening counts it: the session copy the numbers are painted from follows the database.
    await tagInPanel(opened, 'wordpress');
    await opened.waitForTimeout(1500);
    const again = await env.context.newPage();
    await again.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await again.locator('[data-testid="coverage-today"][data-tagged="3"]').waitFor();
    assert.match(await again.locator('[data-testid="coverage-today"]').textContent(), /100%/);
    const copy = await env.worker.evaluate(async () => (await chrome.storage.session.get('dailyRecent')).dailyRecent);
    assert.equal(copy?.any, true);
    await Promise.all([again.close(), page.close()]);
  });
  it('fits 600 px tall, its lists scrolling inside', async () => {
    const popup = await env.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await popup.locator('[data-testid="untagged-list"]').waitFor();
    await popup.waitForTimeout(500);
    // Chrome caps a popup at 600 px: the popup keeps to that and scrolls inside rather than being cut.
    const box = await popup.evaluate(() => ({
      height: Math.ceil(document.body.getBoundingClientRect().height),
      scrolls: getComputedStyle(document.body).overflowY,
    }));
    assert.ok(box.height <= 600, `the popup is ${box.height} px tall`);
    assert.equal(box.scrolls, 'auto');
    await popup.close();
  });
});
