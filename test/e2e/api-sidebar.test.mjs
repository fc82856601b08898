// API mode in the sidebar, in Chromium: on the second fixture (whose tag field the built-in profile does not
// find) the dialogue's tags come from the API, the source line says so, the health line says the API covers
// them, and a suggested tag is applied through the API stand-in.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { API_APP, API_KEY, DIALOGUE, FIXTURE_OPERATOR, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));

describe('API mode in the sidebar', () => {
  let env;
  before(async () => {
    env = await launch({ fixture: 'alt', api: { conversations: 10 } });
    const now = Date.now() / 1000;
    // The fixture's refund dialogue as the API has it: untagged, with the customer's messages.
    env.api.apps[API_APP].conversations.unshift({
      id: DIALOGUE.REFUND,
      created: now - 3600,
      last_update: now,
      closed: false,
      tags: [],
      assignee: { id: '301', name: 'Анна Смирнова', type: 'admin' },
      user: { id: '1187340021555000401', props: { $name: 'Дмитрий Ковалёв', $email: 'd.kovalev@mail.ru' } },
      parts: [
        {
          id: '7100000000000000001',
          type: 'reply_user',
          body: '<p>Здравствуйте. Верните деньги, лицензия не подошла.</p>',
          from: { id: '1187340021555000401' },
          created: now - 3000,
        },
      ],
    });
    await setSettings(env.worker, { ...team, operator: FIXTURE_OPERATOR });
    const { page } = await openPanel(env.context, conv(DIALOGUE.SSH));
    await byTestId(page, 'sidebar').waitFor();
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html#api`);
    await options.getByTestId('api-key').fill(API_KEY);
    await options.getByTestId('api-connect').click();
    await options.locator('[data-testid="api-status"][data-state="connected"]').waitFor();
    await options.close();
    await page.close();
  });
  after(async () => {
    await env?.close();
  });

  it('tags a dialogue through the API when the page has no tag field the profile finds', async () => {
    const { page, errors } = await openPanel(env.context, conv(DIALOGUE.REFUND));
    const source = byTestId(page, 'source');
    await source.and(page.locator('[data-tags="api"]')).waitFor();
    assert.match(await source.textContent(), /tags: API/);
    assert.match(await byTestId(page, 'health').getAttribute('data-covered'), /tagList.*tagInput/);
    assert.match(await byTestId(page, 'health').textContent(), /From the CarrotQuest API instead: .*tag/i);
    await byTestId(page, 'untagged-flag').waitFor();
    await byTestId(page, 'suggestion').and(page.locator('[data-tag="refund"]')).click();
    await byTestId(page, 'toast')
      .filter({ hasText: /applied through the CarrotQuest API/ })
      .waitFor();
    const stored = env.api.apps[API_APP].conversations.find((c) => c.id === DIALOGUE.REFUND);
    assert.deepEqual(stored.tags, ['refund']);
    assert.equal(stored.parts.at(-1).type, 'tag_added');
    // The sidebar reads the dialogue again and shows the tag.
    await byTestId(page, 'tags').filter({ hasText: 'refund' }).waitFor();
    assert.equal(await byTestId(page, 'untagged-flag').count(), 0);

    // And removed through the API (DELETE /conversations/{id}/tag): the sidebar reads it again.
    await page.locator('cq-sidekick [data-testid="tag-remove"][data-tag="refund"]').click();
    await byTestId(page, 'toast')
      .filter({ hasText: /removed through the CarrotQuest API/ })
      .waitFor();
    assert.deepEqual(stored.tags, []);
    assert.equal(stored.parts.at(-1).type, 'tag_deleted');
    await byTestId(page, 'untagged-flag').waitFor();

    assert.deepEqual(errors, []);
    await page.close();
  });
});
