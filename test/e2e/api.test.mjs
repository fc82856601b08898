// API mode in Chromium: connect with a key against the API stand-in (mapped to api.carrotquest.io), pick
// the operator, learn from 3 pages of 50 conversations, and a suggestion that comes from that history.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { API_KEY, DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const NOW = Math.floor(Date.now() / 1000);

async function openOptions(env, tab) {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`chrome-extension://${env.extensionId}/options.html#${tab}`);
  return { page, errors };
}

describe('API mode against the API stand-in', () => {
  let env;
  before(async () => {
    env = await launch({ api: { conversations: 150, days: 60, now: NOW } });
    // No team vocabulary: whatever is suggested comes from the learned history.
    await setSettings(env.worker, { version: 1, operator: FIXTURE_OPERATOR });
  });
  after(async () => {
    await env?.close();
  });

  it("connects: the exact reason for a wrong key and another app's key, then the app, its channels and me", async () => {
    // The panel tells the background which app and API host to use.
    const { page: panel } = await openPanel(env.context, conv(DIALOGUE.REFUND));
    await byTestId(panel, 'dialogue-id').filter({ hasText: DIALOGUE.REFUND }).waitFor();
    await panel.close();

    const { page, errors } = await openOptions(env, 'api');
    const status = page.getByTestId('api-status');
    await page.getByTestId('api-key').fill('wrong-key-123456789');
    await page.getByTestId('api-connect').click();
    await page.locator('[data-testid="api-status"][data-error="key-rejected"]').waitFor();
    assert.match(await status.textContent(), /Key rejected/);

    await page.getByTestId('api-key').fill('cq-other-app-key-0000');
    await page.getByTestId('api-connect').click();
    await page.locator('[data-testid="api-status"][data-error="permission"]').waitFor();
    assert.match(await status.textContent(), /lacks a right: channels/);

    await page.getByTestId('api-key').fill(API_KEY);
    await page.getByTestId('api-connect').click();
    await page.locator('[data-testid="api-status"][data-state="connected"]').waitFor();
    assert.match(await status.textContent(), /app 12345 at https:\/\/api\.carrotquest\.io: 2 channels/);
    // Matched by the panel's operator name; the bot is not offered.
    assert.equal(await page.getByTestId('api-operator').inputValue(), '301');
    assert.deepEqual(await page.getByTestId('api-operator').locator('option').allTextContents(), [
      '— pick yourself —',
      'Анна Смирнова',
      'Иван Петров',
    ]);
    await page.getByTestId('api-operator').selectOption('302');
    await page.getByTestId('api-operator').selectOption('301');

    // The key is shown masked, and lives outside the settings document.
    assert.equal(await page.getByTestId('api-key').inputValue(), '');
    assert.match(await page.getByTestId('api-key').getAttribute('placeholder'), /••••••••cdef/);
    const stored = await env.worker.evaluate(() => chrome.storage.local.get(null));
    assert.equal(JSON.stringify(stored.settings ?? {}).includes(API_KEY), false);
    assert.equal(stored['api.credentials'].key, API_KEY);
    assert.equal(stored['api.credentials'].adminId, '301');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('learns from 3 pages of 50 conversations, then suggests a tag learned from them', async () => {
    const { page, errors } = await openOptions(env, 'tags');
    await page.getByTestId('api-history').click();
    const done = page.getByTestId('api-history-done');
    await done.waitFor({ timeout: 60_000 });
    assert.equal(await done.getAttribute('data-read'), '150');
    assert.equal(await done.getAttribute('data-tagged'), '120');
    assert.match(await done.textContent(), /150 dialogues read, 80% tagged/);
    assert.equal(env.api.stats.byPath['/apps/12345/conversations'], 3);
    assert.ok(env.api.stats.peakInFlight <= 2, `peak in flight ${env.api.stats.peakInFlight}`);
    assert.deepEqual(errors, []);
    await page.close();

    // The SSH dialogue asks for an operator's key: with no vocabulary, only the learned history can say so.
    const { page: panel } = await openPanel(env.context, conv(DIALOGUE.SSH));
    await byTestId(panel, 'dialogue-id').filter({ hasText: DIALOGUE.SSH }).waitFor();
    await byTestId(panel, 'suggestion').and(panel.locator('[data-tag="ssh-access"]')).waitFor();
    await panel.close();
  });
});
