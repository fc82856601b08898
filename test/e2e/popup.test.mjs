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
    await popup.goto(env.extensionUrl('popup.html'));
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
    await popup.goto(env.extensionUrl('popup.html'));
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
    await again.goto(env.extensionUrl('popup.html'));
    await again.locator('[data-testid="coverage-today"][data-tagged="3"]').waitFor();
    assert.match(await again.locator('[data-testid="coverage-today"]').textContent(), /100%/);
    const copy = await env.worker.evaluate(async () => (await chrome.storage.session.get('dailyRecent')).dailyRecent);
    assert.equal(copy?.any, true);
    await Promise.all([again.close(), page.close()]);
  });
  it('fits 600 px tall, its lists scrolling inside', async () => {
    const popup = await env.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(env.extensionUrl('popup.html'));
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

  it('fits 600 px with many rows: each list scrolls inside, the popup never grows past it', async () => {
    // Forty dialogues restored from a backup: thirty replied in today and left untagged, ten assigned to me three days ago.
    const settings = await env.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    const now = Date.now();
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: FIXTURE_OPERATOR.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
    const dialogues = Array.from({ length: 40 }, (_, i) => {
      const id = `12045678901234570${String(i).padStart(2, '0')}`;
      const held = i >= 30;
      return {
        id,
        link: `https://app.carrotquest.io/project/12345/conversations/${id}`,
        customerName: `Константин Константинопольский-Щедрин ${i + 1}`,
        firstSeen: now - 3 * 24 * 3600_000,
        lastSeen: now - 3600_000,
        tags: held ? ['refund'] : [],
        repliedByMe: 1,
        myReplyAt: [now - 3600_000 - i * 60_000],
        myReplyCount: 1,
        lastMyReplyAt: now - 3600_000 - i * 60_000,
        replyDays: [today],
        ...(held ? { assignee: FIXTURE_OPERATOR.name } : {}),
        assignedToMe: held ? 1 : 0,
        ...(held ? { assignedSince: now - 3 * 24 * 3600_000 } : {}),
        customerText: 'Верните деньги за лицензию, пожалуйста, мы передумали переходить на тариф Business',
        customerMessageCount: 1,
      };
    });
    const doc = {
      format: 'sidekick-backup',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      settings,
      dialogues,
      tagEvents: [],
      escalations: [],
      feedback: [],
      models: [],
    };
    const options = await env.context.newPage();
    await options.goto(env.extensionUrl('options.html#data'));
    await options.locator('[data-testid="backup-import"]').setInputFiles({
      name: 'many.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    const refused = options.locator('[data-testid="backup-error"]');
    await options.locator('[data-testid="backup-import-confirm"]').or(refused).waitFor();
    assert.equal(await refused.count(), 0, await refused.textContent().catch(() => ''));
    await options.locator('[data-testid="backup-import-confirm"]').click();
    await options.locator('[data-testid="backup-saved"]').waitFor();
    await options.close();

    const popup = await env.context.newPage();
    // A window shorter than the content, so the document's height is the content's own.
    await popup.setViewportSize({ width: 380, height: 400 });
    await popup.goto(env.extensionUrl('popup.html'));
    const untagged = popup.locator('[data-testid="untagged-list"] a');
    await untagged.nth(4).waitFor({ state: 'attached' });
    assert.match(await popup.locator('[data-testid="untagged-list"] .pp-count').first().textContent(), /30/);
    await popup.locator('[data-testid="long-held-list"]').waitFor();
    await popup.waitForTimeout(300);
    const seen = await popup.evaluate(() => ({
      // What the browser sizes the popup's window by: the document's full height, overflow included.
      page: document.documentElement.scrollHeight,
      body: Math.ceil(document.body.getBoundingClientRect().height),
      width: Math.ceil(document.body.getBoundingClientRect().width),
      lists: [...document.querySelectorAll('.pp-list')].map((l) => ({ client: l.clientHeight, scroll: l.scrollHeight })),
    }));
    // Chrome caps a popup at 600 px tall: at its own width, neither the document nor the body is taller.
    assert.ok(seen.width <= 400, JSON.stringify(seen));
    assert.ok(seen.page <= 600 && seen.body <= 600, JSON.stringify(seen));
    // The long lists scroll inside themselves rather than stretching the popup.
    assert.ok(
      seen.lists.some((l) => l.scroll > l.client + 20),
      JSON.stringify(seen.lists),
    );
    for (const l of seen.lists) assert.ok(l.client <= 200, JSON.stringify(seen.lists));
    await popup.close();
  });
});
