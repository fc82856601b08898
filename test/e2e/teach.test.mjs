// Teaching the page by pointing, in Chromium: a fresh install on the third fixture (hashed classes, served at
// https://carrotquest.io/panel/{app}/conversations/{id}) learns every part the sidebar needs from clicks alone,
// then reads the dialogue, applies a suggested tag in one click and inserts a reply. Also: what is refused,
// what the click never reaches, page captures, and two tabs teaching at once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_OPERATOR, ROOT, byTestId, launch, pointAt, setSettings } from './harness.mjs';

const ORIGIN = 'https://carrotquest.io';
const APP = '12345';
const DOWN = '1204567890123456002';
const REFUND = '1204567890123456001';
const at = (id) => `${ORIGIN}/panel/${APP}/conversations/${id}`;
const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));

/** Where a person would click for each part, on the third fixture (found by its structure, as an eye does). */
const PARTS = {
  // A container is covered by its parts: point at one, then widen the outline with ArrowUp.
  root: (p) => p.locator('._conv_s4d6f ._asg_m8n1b'),
  message: (p) => p.locator('[data-sender-type="user"] ._txt_n4m6b').first(),
  messageText: (p) => p.locator('._txt_n4m6b').first(),
  messageAuthor: (p) => p.locator('._au_x7c9v').first(),
  messageTime: (p) => p.locator('._tm_s3d5f').first(),
  tagList: (p) => p.locator('._conv_s4d6f ._lbl_h6j8k').first(),
  tag: (p) => p.locator('._conv_s4d6f ._lbl_h6j8k').first(),
  tagInput: (p) => p.locator('._conv_s4d6f ._field_n5m2b'),
  composer: (p) => p.locator('._ed_p9o8i'),
  customerName: (p) => p.locator('._big_m3n5b'),
  customerEmail: (p) => p.locator('._lnk_q1w3e'),
  customerId: (p) => p.locator('._mono_r5t7y'),
  customerNotes: (p) => p.locator('._ul_v6b8n > li > div:nth-child(2)').first(),
  operatorName: (p) => p.locator('._nm_h2w5e'),
  assignee: (p) => p.locator('._asg_m8n1b'),
  copyLink: (p) => p.locator('[data-action="copy-link"]'),
  tagOption: (p) => p.locator('[role="option"]').first(),
};

/** How many times ArrowUp widens the outline from the pointed element. */
const WIDEN = { root: 2, tagList: 2 };

/** The settings of a team whose profile was taught on this fixture (test/fixtures/captures/hashed.profile.json). */
async function taughtSettings(worker, selectors = {}) {
  const profile = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/captures/hashed.profile.json'), 'utf8'));
  await setSettings(worker, {
    version: 1,
    tags: team.tags,
    operator: FIXTURE_OPERATOR,
    carrotquest: { selectors: { ...profile.carrotquest.selectors, ...selectors } },
  });
}

/** In the page: the panel renders an element again without one attribute (a new node, as a framework does). */
function rerenderWithout([selector, attribute]) {
  const old = document.querySelector(selector);
  const copy = old.cloneNode(true);
  copy.removeAttribute(attribute);
  old.replaceWith(copy);
}

/** The sidebar's Show me for `key`: the one health line opens the list of missing parts on Fix first. */
async function showMe(page, key) {
  if (!(await byTestId(page, 'health-list').isVisible())) await byTestId(page, 'health-details').click();
  await byTestId(page, 'health-fix')
    .and(page.locator(`[data-key="${key}"]`))
    .click();
}
const missingKeys = async (page) => ((await byTestId(page, 'health').getAttribute('data-missing')) ?? '').split(' ').filter(Boolean);
const stored = (worker) => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.carrotquest?.selectors ?? {});

/** Points at one part after "Show me" and saves what the sidebar proposes (confirming a warning). */
async function teachOne(page, key) {
  await byTestId(page, 'picker-prompt').waitFor();
  if (key === 'messageFromCustomer') {
    await pointAt(page, page.locator('[data-sender-type="user"] ._txt_n4m6b').first());
    await byTestId(page, 'picker-prompt')
      .filter({ hasText: /teammate/ })
      .waitFor();
    await pointAt(page, page.locator('[data-sender-type="admin"] ._txt_n4m6b').first());
  } else {
    assert.ok(PARTS[key], `no place to point at for ${key}`);
    await pointAt(page, PARTS[key](page), WIDEN[key] ?? 0);
  }
  await byTestId(page, 'picker-selector')
    .waitFor({ timeout: 10_000 })
    .catch(async (e) => {
      throw new Error(`${key}: no selector proposed; the sidebar says: ${await byTestId(page, 'teach').textContent()}`, { cause: e });
    });
  const selector = await byTestId(page, 'picker-selector').inputValue();
  await byTestId(page, 'picker-save').click();
  const said = byTestId(page, 'picker-message').and(page.locator('[data-kind]'));
  await said.waitFor();
  // A surprising count is said first; the second press confirms it.
  if ((await said.getAttribute('data-kind')) === 'error')
    await byTestId(page, 'picker-save')
      .filter({ hasText: /anyway/ })
      .click();
  await byTestId(page, 'picker-message').and(page.locator('[data-kind="ok"]')).waitFor();
  return selector;
}

describe('teaching the third fixture by pointing', () => {
  let env;
  before(async () => {
    env = await launch({ fixture: 'hashed' });
    // The team's vocabulary and the operator arrive as settings; the page profile stays the built-in one.
    await setSettings(env.worker, { version: 1, tags: team.tags, operator: FIXTURE_OPERATOR });
  });
  after(async () => {
    await env?.close();
  });

  it('learns every part from clicks alone, then reads the dialogue, applies a suggested tag and inserts a reply', async () => {
    const page = await env.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(at(DOWN));
    await byTestId(page, 'health').waitFor();
    assert.ok((await missingKeys(page)).includes('root'));

    const taught = {};
    for (let guard = 0; guard < 25; guard++) {
      const key = (await missingKeys(page)).find((k) => k !== 'dialogueUrl');
      if (!key) break;
      assert.ok(!(key in taught), `${key} was taught but is still missing`);
      await showMe(page, key);
      taught[key] = await teachOne(page, key);
      await page.waitForFunction(
        (k) =>
          !document
            .querySelector('cq-sidekick')
            .shadowRoot.querySelector('[data-testid="health"]')
            ?.dataset.missing?.split(' ')
            .includes(k),
        key,
      );
    }
    assert.deepEqual(await missingKeys(page), []);
    for (const key of ['root', 'message', 'messageFromCustomer', 'messageText', 'tagList', 'composer', 'customerName', 'customerNotes'])
      assert.ok(taught[key], `${key} taught`);
    for (const selector of Object.values(taught)) assert.doesNotMatch(selector, /_[a-z]+_[a-z0-9]{4,}/i, 'no hashed class');

    // The drop-down exists only while typing: open it, then "Show me" from the options page reaches this tab.
    await pointAt(page, PARTS.tagInput(page));
    await page.keyboard.type('ref');
    await page.locator('[role="option"]').first().waitFor();
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    await options.locator('[data-testid="health-fix"][data-key="tagOption"]').click();
    await page.bringToFront();
    taught.tagOption = await teachOne(page, 'tagOption');
    await options.close();
    await page.locator('._conv_s4d6f ._field_n5m2b').press('Escape');
    assert.equal((await stored(env.worker)).tagOption, taught.tagOption);
    assert.deepEqual(
      await page.evaluate((id) => window.__panel.getTags(id), DOWN),
      ['tracker-down'],
      'pointing at an option did not pick it',
    );

    // What the sidebar now reads, on another dialogue.
    await page.evaluate((id) => window.__panel.open(id), REFUND);
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    assert.equal((await byTestId(page, 'customer-name').textContent()).trim(), 'Дмитрий Ковалёв');
    assert.match(await byTestId(page, 'notes').textContent(), /Pro/);
    assert.equal(await byTestId(page, 'dialogue-link').getAttribute('href'), at(REFUND));
    const refund = byTestId(page, 'suggestion').and(page.locator('[data-tag="refund"]'));
    await refund.click();
    await page.waitForFunction((id) => window.__panel.getTags(id).includes('refund'), REFUND);
    assert.deepEqual(await page.evaluate((id) => window.__panel.getCustomerTags(id), REFUND), ['pro-licence', 'refund']);
    await byTestId(page, 'reply-suggested-insert').click();
    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').length > 20);
    assert.match(await page.evaluate(() => window.__panel.composerValue()), /лицензионном соглашении/);
    assert.equal(await page.evaluate((id) => window.__panel.messages(id).length, REFUND), 2, 'inserted, never sent');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("refuses the sidebar itself and what lies outside the key's scope; the click never reaches the panel; Escape cancels", async () => {
    await taughtSettings(env.worker);
    const page = await env.context.newPage();
    await page.goto(at(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    const before = await stored(env.worker);
    const url = page.url();

    // The options page's "Show me" for a part that is matched already.
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    await options.locator('[data-testid="health-fix"][data-key="message"]').click();
    await options.close();
    await page.bringToFront();
    await byTestId(page, 'picker-prompt').waitFor();
    // The sidebar itself.
    await pointAt(page, byTestId(page, 'dialogue-id'));
    await byTestId(page, 'picker-message')
      .filter({ hasText: /sidebar itself/ })
      .waitFor();
    // A conversation in the list is outside the open dialogue: refused, and the link does not navigate.
    await pointAt(page, page.locator('#items > a').nth(3));
    await byTestId(page, 'picker-message')
      .filter({ hasText: /outside the open dialogue/ })
      .waitFor();
    assert.equal(page.url(), url);
    // Escape cancels; nothing saved.
    await page.keyboard.press('Escape');
    await byTestId(page, 'picker-message')
      .filter({ hasText: /Cancelled/ })
      .waitFor();
    assert.equal(await page.locator('cq-sidekick [data-testid="picker-overlay"]').count(), 0);

    // Pointing at the copy-link button teaches it without pressing it.
    const opt2 = await env.context.newPage();
    await opt2.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    await opt2.locator('[data-testid="health-fix"][data-key="copyLink"]').click();
    await opt2.close();
    await page.bringToFront();
    await byTestId(page, 'picker-prompt').waitFor();
    await pointAt(page, PARTS.copyLink(page));
    await byTestId(page, 'picker-selector').waitFor();
    assert.equal(await page.locator('#flash').isHidden(), true, 'the panel never saw the click');
    await byTestId(page, 'picker-cancel').click();
    assert.deepEqual(await stored(env.worker), before);
    await page.close();
  });

  // Pointing at `html` or `body` is refused as the whole page in test/unit/carrotquest/selector-gen.test.ts (ArrowUp
  // never widens to them, and this fixture leaves no part of the page where they are what lies under the pointer).
  it('refuses a frame, saying why; pointing goes on', async () => {
    await taughtSettings(env.worker);
    const page = await env.context.newPage();
    await page.goto(at(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    // A frame on the panel's page, as a chat widget or an embedded report would be.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'embedded';
      frame.style.cssText = 'position:fixed;left:8px;bottom:8px;width:220px;height:120px;z-index:5;border:0';
      document.body.append(frame);
    });
    const before = await stored(env.worker);
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    await options.locator('[data-testid="health-fix"][data-key="composer"]').click();
    await options.close();
    await page.bringToFront();
    await byTestId(page, 'picker-prompt').waitFor();
    await pointAt(page, page.locator('#embedded'));
    await byTestId(page, 'picker-message')
      .filter({ hasText: /inside a frame/ })
      .waitFor();
    // Still pointing: nothing saved, Escape ends it.
    assert.equal(await page.locator('cq-sidekick [data-testid="picker-overlay"]').count(), 1);
    await page.keyboard.press('Escape');
    assert.deepEqual(await stored(env.worker), before);
    await page.close();
  });

  it('says plainly when a selector matches nothing and saves only when confirmed; a re-render that loses a part is named again', async () => {
    await taughtSettings(env.worker);
    const page = await env.context.newPage();
    await page.goto(at(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    const opt = await env.context.newPage();
    await opt.goto(`chrome-extension://${env.extensionId}/options.html#profile`);
    await opt.locator('[data-testid="health-fix"][data-key="assignee"]').click();
    await opt.close();
    await page.bringToFront();
    await byTestId(page, 'picker-prompt').waitFor();
    await pointAt(page, PARTS.assignee(page));
    const field = byTestId(page, 'picker-selector');
    await field.fill('[data-qa="no-such-part"]');
    await byTestId(page, 'picker-count').and(page.locator('[data-count="0"]')).waitFor();
    await byTestId(page, 'picker-save').click();
    await byTestId(page, 'picker-message')
      .filter({ hasText: /matches nothing/ })
      .waitFor();
    assert.notEqual((await stored(env.worker)).assignee, '[data-qa="no-such-part"]');
    await byTestId(page, 'picker-save')
      .filter({ hasText: /anyway/ })
      .click();
    await byTestId(page, 'picker-message').and(page.locator('[data-kind="ok"]')).waitFor();
    assert.equal((await stored(env.worker)).assignee, '[data-qa="no-such-part"]');
    await page.waitForFunction(() =>
      document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="health"]').dataset.missing.includes('assignee'),
    );

    // The panel re-renders without the attribute the operator's name was taught by: the health line names it again.
    assert.ok(!(await missingKeys(page)).includes('operatorName'));
    await page.evaluate(rerenderWithout, ['[data-qa="current-admin"]', 'data-qa']);
    await page.waitForFunction(() =>
      document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="health"]').dataset.missing.includes('operatorName'),
    );
    await page.close();
  });

  it('two tabs teaching the same part: the last save wins and the other tab reads with it', async () => {
    await taughtSettings(env.worker, { customerName: '[data-qa="nothing-here"]' });
    const a = await env.context.newPage();
    await a.goto(at(DOWN));
    const b = await env.context.newPage();
    await b.goto(at(REFUND));
    for (const [page, selector] of [
      [a, 'h2'],
      [b, '[role="complementary"] h2'],
    ]) {
      await showMe(page, 'customerName');
      await byTestId(page, 'picker-prompt').waitFor();
      await pointAt(page, PARTS.customerName(page));
      await byTestId(page, 'picker-selector').fill(selector);
    }
    await byTestId(a, 'picker-save').click();
    await byTestId(a, 'picker-message').and(a.locator('[data-kind="ok"]')).waitFor();
    await byTestId(b, 'picker-save').click();
    await byTestId(b, 'picker-message').and(b.locator('[data-kind="ok"]')).waitFor();
    assert.equal((await stored(env.worker)).customerName, '[role="complementary"] h2');
    // Tab A reads with B's selector now: a re-render of its card without the role loses the name there.
    await byTestId(a, 'customer-name').filter({ hasText: 'Michael Turner' }).waitFor();
    await a.evaluate(rerenderWithout, ['[role="complementary"]', 'role']);
    await a.waitForFunction(() =>
      document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="health"]').dataset.missing.includes('customerName'),
    );
    await a.close();
    await b.close();
  });

  it('saves a sanitized page capture from the sidebar', async () => {
    await taughtSettings(env.worker);
    const page = await env.context.newPage();
    await page.goto(at(REFUND));
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'capture-save').click()]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const capture = JSON.parse(text);
    assert.equal(capture.format, 'sidekick-page-capture');
    assert.equal(capture.url, `${ORIGIN}/panel/00000/conversations/0000000000000000000`);
    assert.ok(capture.extensionVersion);
    assert.equal(capture.profileMatches.root, 1);
    for (const secret of ['Дмитрий', 'Ковалёв', 'd.kovalev@mail.ru', REFUND, 'Анна']) assert.ok(!text.includes(secret), secret);
    assert.ok(!text.includes('cq-sidekick'));
    await page.close();
  });
});
