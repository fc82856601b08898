// API mode in Chromium: connect with a key against the API stand-in (mapped to api.carrotquest.io), pick
// the operator, learn from 3 pages of 50 conversations, and a suggestion that comes from that history.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { API_KEY, DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const NOW = Math.floor(Date.now() / 1000);
const TZ = 'Europe/Moscow';
const dayOf = (seconds) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(seconds * 1000));
const shift = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** What the popup must show from the server for admin `id`: dialogues replied in over 30 days, and the tagged ones. */
function expectedCoverage(conversations, id) {
  const today = dayOf(Date.now() / 1000);
  const from = shift(today, -29);
  const mine = conversations
    .map((c) => ({ c, days: c.parts.filter((p) => p.type === 'reply_admin' && p.from?.id === id).map((p) => dayOf(p.created)) }))
    .filter(({ days }) => days.length && days.sort().at(-1) >= from && days.at(-1) <= today);
  return { total: mine.length, tagged: mine.filter(({ c }) => c.tags.length).length };
}

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
    // Each pick is written by the background after the select changes: the last one is what stays.
    const readStored = () => env.worker.evaluate(() => chrome.storage.local.get(null));
    let stored = await readStored();
    for (const deadline = Date.now() + 5000; stored['api.credentials']?.adminId !== '301' && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 50));
      stored = await readStored();
    }
    assert.equal(JSON.stringify(stored.settings ?? {}).includes(API_KEY), false);
    assert.equal(stored['api.credentials'].key, API_KEY);
    assert.equal(stored['api.credentials'].adminId, '301');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('learns from 3 pages of 50 conversations, then suggests a tag learned from them', async () => {
    const { page, errors } = await openOptions(env, 'tags');
    // Connecting started the first sync of the copy (the popup's and the Team tab's): let it end first.
    await env.worker.evaluate(async () => {
      for (let i = 0; i < 200 && !(await chrome.storage.local.get('api.coverage'))['api.coverage']; i++)
        await new Promise((r) => setTimeout(r, 50));
    });
    const listsBefore = env.api.stats.byPath['/apps/12345/conversations'] ?? 0;
    await page.getByTestId('api-history').click();
    const done = page.getByTestId('api-history-done');
    await done.waitFor({ timeout: 60_000 });
    assert.equal(await done.getAttribute('data-read'), '150');
    assert.equal(await done.getAttribute('data-tagged'), '120');
    assert.match(await done.textContent(), /150 dialogues read, 80% tagged/);
    assert.equal(env.api.stats.byPath['/apps/12345/conversations'] - listsBefore, 3);
    assert.ok(env.api.stats.peakInFlight <= 2, `peak in flight ${env.api.stats.peakInFlight}`);
    assert.deepEqual(errors, []);
    await page.close();

    // The SSH dialogue asks for an operator's key: with no vocabulary, only the learned history can say so.
    const { page: panel } = await openPanel(env.context, conv(DIALOGUE.SSH));
    await byTestId(panel, 'dialogue-id').filter({ hasText: DIALOGUE.SSH }).waitFor();
    await byTestId(panel, 'suggestion').and(panel.locator('[data-tag="ssh-access"]')).waitFor();
    await panel.close();
  });

  it('popup coverage from the server: my dialogues from CarrotQuest, the untagged list by include_no_tags, the source shown', async () => {
    const conversations = env.api.apps['12345'].conversations;
    // An untagged dialogue I replied in an hour ago, from another device: the browser never saw it.
    const last = conversations[0];
    conversations.unshift({
      ...last,
      id: '1160406004324639999',
      tags: [],
      closed: false,
      last_update: NOW - 3600,
      created: NOW - 7200,
      user: { id: '1448121617782679999', props: { $name: 'Laptop Customer' } },
      parts: [
        { id: '7000000000000099998', type: 'reply_user', body: '<p>help</p>', from: { id: '1448121617782679999' }, created: NOW - 3700 },
        {
          id: '7000000000000099999',
          type: 'reply_admin',
          body: '<p>ok</p>',
          from: { id: '301', name: 'Анна Смирнова', type: 'admin' },
          created: NOW - 3600,
        },
      ],
    });
    const { page: options } = await openOptions(env, 'team');
    await options.getByTestId('team-sync').click();
    await options.locator('[data-testid="team-status"][data-state="synced"]').waitFor({ timeout: 60_000 });
    await options.close();
    const untaggedCalls = env.api.stats.byPath['/apps/12345/conversations'];

    const popup = await env.context.newPage();
    const errors = [];
    popup.on('pageerror', (err) => errors.push(String(err)));
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    const source = popup.getByTestId('coverage-source');
    await source.and(popup.locator('[data-source="api"]')).waitFor();
    assert.match(await source.textContent(), /Source: CarrotQuest \(Анна Смирнова\)/);
    const want = expectedCoverage(conversations, '301');
    assert.ok(want.total > 20, `expected total ${want.total}`);
    const d30 = popup.getByTestId('coverage-30d');
    assert.equal(Number(await d30.getAttribute('data-total')), want.total);
    assert.equal(Number(await d30.getAttribute('data-tagged')), want.tagged);
    const untagged = popup.locator('[data-testid="untagged-list"] [data-dialogue-id="1160406004324639999"]');
    await untagged.waitFor();
    assert.match(await untagged.locator('a').getAttribute('href'), /\/12345\/conversations\/1160406004324639999$/);
    assert.ok(untaggedCalls >= 1);

    // This browser's own count, at one click; the choice is kept.
    await popup.getByTestId('coverage-source-toggle').click();
    await source.and(popup.locator('[data-source="page"]')).waitFor();
    assert.notEqual(Number(await d30.getAttribute('data-total')), want.total);
    await popup.getByTestId('coverage-source-toggle').click();
    await source.and(popup.locator('[data-source="api"]')).waitFor();
    assert.deepEqual(errors, []);
    await popup.close();
  });

  it('the Team tab: coverage per operator from the copy, sortable, as CSV; a second sync reads only what changed', async () => {
    const { page, errors } = await openOptions(env, 'team');
    const anna = page.locator('[data-testid="team-row"][data-admin="301"]');
    await anna.waitFor();
    assert.deepEqual((await page.getByTestId('team-row').evaluateAll((rows) => rows.map((r) => r.dataset.admin))).sort(), ['301', '302']);
    const want = expectedCoverage(env.api.apps['12345'].conversations, '301');
    const d30 = anna.locator('td[data-ratio]').nth(1);
    assert.equal(Number(await d30.getAttribute('data-ratio')), want.tagged / want.total);
    assert.match(await d30.textContent(), new RegExp(`\\(${want.tagged}/${want.total}\\)`));
    assert.match(await page.getByTestId('team-status').textContent(), /Synced .*: \d+ conversations/);

    await page.locator('[data-testid="team-sort"][data-key="name"]').click();
    assert.deepEqual(await page.getByTestId('team-name').allTextContents(), ['Анна Смирнова', 'Иван Петров']);
    await page.locator('[data-testid="team-sort"][data-key="name"]').click();
    assert.deepEqual(await page.getByTestId('team-name').allTextContents(), ['Иван Петров', 'Анна Смирнова']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('team-export').click()]);
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    assert.match(csv[0], /^admin_id,name,coverage_7d_pct/);
    assert.equal(csv.length, 3);

    // Nothing changed: one page of the list and the untagged filter, no parts.
    const parts = () => Object.entries(env.api.stats.byPath).reduce((n, [p, c]) => n + (p.endsWith('/parts') ? c : 0), 0);
    const before = { requests: env.api.stats.requests, parts: parts() };
    await page.getByTestId('team-sync').click();
    await page.locator('[data-testid="team-status"][data-state="synced"]').waitFor();
    assert.equal(parts(), before.parts);
    assert.ok(env.api.stats.requests - before.requests <= 3, `requests for an unchanged sync: ${env.api.stats.requests - before.requests}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
