// The keyboard command: the browser's shortcut for the add-on (Alt+Shift+R) opens the reply picker in the panel tab,
// even with the sidebar collapsed. Firefox only: keys sent by automation reach the page, never the browser's
// shortcuts, and Firefox lets the test run the shortcut the browser registered (test/e2e/firefox.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, IS_FIREFOX, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { WORDPRESS } = DIALOGUE;
const focusedTestId = (page) =>
  page.evaluate(() => document.querySelector('cq-sidekick')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);

describe('the reply picker shortcut', { skip: !IS_FIREFOX && 'Firefox only' }, () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, { version: 1, operator: FIXTURE_OPERATOR });
  });
  after(async () => {
    await env?.close();
  });

  it('focuses the reply search from the panel, and expands a collapsed sidebar first', async () => {
    const { page, errors } = await openPanel(env.context, conv(WORDPRESS));
    await byTestId(page, 'dialogue-id').filter({ hasText: WORDPRESS }).waitFor();
    await page.locator('.conversation-reply textarea').click();
    await page.bringToFront();
    await env.shortcut('Alt+Shift+R');
    await page.waitForFunction(
      () => document.querySelector('cq-sidekick')?.shadowRoot?.activeElement?.getAttribute('data-testid') === 'reply-search',
    );
    assert.equal(await focusedTestId(page), 'reply-search');

    await page.locator('.conversation-reply textarea').click();
    await page.locator('cq-sidekick .sk-header button').click();
    await page.locator('cq-sidekick [data-testid="sidebar"][data-collapsed="true"]').waitFor();
    await env.shortcut('Alt+Shift+R');
    await page.waitForFunction(
      () => document.querySelector('cq-sidekick')?.shadowRoot?.activeElement?.getAttribute('data-testid') === 'reply-search',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
