// The foundation in real Chromium: the built extension on the panel fixture served as app.carrotquest.io.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIALOGUE, EXTENSION_DIR, IS_FIREFOX, byTestId, conv, launch, openPanel } from './harness.mjs';

const { REFUND, DOWN, SSH, HTML } = DIALOGUE;
const text = async (locator) => ((await locator.textContent()) ?? '').trim();

describe('sidebar on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
  });
  after(async () => {
    await env?.close();
  });

  it("starts the background with the extension's own handlers answering", async () => {
    // A raw message in the channel's wire format, from an extension page: only the extension's handler rates an outage,
    // and only its gate refuses a payload of the wrong shape by naming the field.
    const page = await env.context.newPage();
    await page.goto(env.extensionUrl('options.html'));
    const [rated, refused] = await page.evaluate(async () => {
      const send = (type, data) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
      return [
        await send('rateComplexity', {
          messages: [{ fromCustomer: true, text: 'The tracker is down, 502 Bad Gateway on every page, all our campaigns stopped!' }],
        }),
        await send('setComplexity', { dialogueId: '1', level: 'urgent', text: '' }),
      ];
    });
    assert.equal(rated.res?.level, 'critical');
    assert.ok(rated.res.playbooks.length > 0);
    assert.match(refused.err?.message ?? '', /setComplexity: invalid input at level/);
    await page.close();
  });

  it('shows the customer, the notes and the dialogue tags, and follows SPA switches', async () => {
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    assert.equal(await text(byTestId(page, 'customer-name')), 'Дмитрий Ковалёв');
    assert.equal(await text(byTestId(page, 'customer-email')), 'd.kovalev@mail.ru');
    assert.match(await text(byTestId(page, 'notes')), /Pro/);
    // The customer carries a "refund" customer tag; the dialogue itself has none.
    assert.equal(await text(byTestId(page, 'tags')), '');
    await byTestId(page, 'untagged-flag').waitFor();
    assert.match(await byTestId(page, 'dialogue-link').getAttribute('href'), new RegExp(`/conversations/${REFUND}$`));

    await page.evaluate((id) => window.__panel.open(id), DOWN);
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    assert.equal(await text(byTestId(page, 'customer-name')), 'Michael Turner');
    assert.equal(await text(byTestId(page, 'tags')), 'tracker-down');
    assert.equal(await byTestId(page, 'untagged-flag').count(), 0);
    assert.doesNotMatch(await text(byTestId(page, 'notes')), /Pro 19\.11/);

    await page.goBack();
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    assert.equal(await page.locator('cq-sidekick').count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows HTML and script in a customer message as text', async () => {
    const { page, errors } = await openPanel(env.context, conv(HTML));
    await byTestId(page, 'dialogue-id').filter({ hasText: HTML }).waitFor();
    const host = page.locator('cq-sidekick');
    const injected = await host.evaluate((el) => el.shadowRoot.querySelectorAll('script, img[src="x"], iframe').length);
    assert.equal(injected, 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('stays responsive with 5,000 messages and a 1 MB message', async () => {
    const { page, errors } = await openPanel(env.context, conv(SSH));
    await byTestId(page, 'dialogue-id').filter({ hasText: SSH }).waitFor();
    await page.evaluate((id) => {
      window.__panel.addManyMessages(id, 5000, true);
      window.__panel.addMessage(id, 'log line with an error 502 '.repeat(40000), true);
    }, SSH);
    // The panel answers input while the sidebar keeps up: a switch is shown promptly.
    const started = Date.now();
    await page.evaluate((id) => window.__panel.open(id), DOWN);
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor({ timeout: 5000 });
    await page.evaluate((id) => window.__panel.open(id), SSH);
    await byTestId(page, 'dialogue-id').filter({ hasText: SSH }).waitFor({ timeout: 5000 });
    const frame = await page.evaluate(
      () =>
        new Promise((r) => {
          const t = performance.now();
          requestAnimationFrame(() => r(performance.now() - t));
        }),
    );
    assert.ok(frame < 1000, `a frame took ${frame} ms`);
    assert.ok(Date.now() - started < 10000);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps one sidebar when the content script runs again (extension update)', { skip: IS_FIREFOX && 'CDP: Chromium only' }, async () => {
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    // Run the built content script a second time in the extension's isolated world, as an update does.
    const cdp = await env.context.newCDPSession(page);
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.origin?.startsWith('chrome-extension://') || c.auxData?.type === 'isolated');
    assert.ok(world, 'the content script world exists');
    const source = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/carrotquest.js'), 'utf8');
    await cdp.send('Runtime.evaluate', { expression: source, contextId: world.id });
    await page.waitForTimeout(800);
    assert.equal(await page.locator('cq-sidekick').count(), 1);
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
