// Dialogue switches on panels whose router brings the content at different moments than the address
// (the fixture's ?load= flag): what is stored, the tag events and the popup's figures are exactly those of the
// operator's actions, never one dialogue's content under another's id. Each router gets a fresh browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const A = DIALOGUE.REFUND; // untagged, no reply of mine
const B = DIALOGUE.DOWN; // tagged "tracker-down", my replies from an earlier day
const C = DIALOGUE.HTML; // untagged, no reply of mine

/** The stored rows, read raw in the extension's origin. */
async function stored(worker) {
  return worker.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('sidekick');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (name) =>
      new Promise((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const out = { dialogues: await all('dialogues'), tagEvents: await all('tagEvents') };
    db.close();
    return out;
  });
}

/** Clicks a dialogue in the panel's list, as the operator does, and waits until the panel shows it. */
async function open(page, id, { loads = true } = {}) {
  await page.locator(`.conversation-list__item[data-id="${id}"]`).click();
  if (!loads) return;
  await page.locator(`.conversation-view[data-conversation-id="${id}"]`).waitFor();
  await byTestId(page, 'dialogue-id').filter({ hasText: id }).waitFor();
}

async function reply(page, id, text) {
  await page.locator('.conversation-reply textarea').fill(text);
  await page.locator('.conversation-reply__send').click();
  await page.waitForFunction(([d, t]) => window.__panel.lastMessage(d)?.text === t, [id, text]);
  await byTestId(page, 'untagged-flag')
    .filter({ hasText: /replied/ })
    .or(byTestId(page, 'tags').filter({ hasText: /\S/ }))
    .first()
    .waitFor();
}

async function tag(page, name) {
  await page.locator('.conversation-tags input').fill(name);
  await page.locator('.conversation-tags__dropdown .dropdown-item', { hasText: name }).first().click();
  await byTestId(page, 'tags').filter({ hasText: name }).waitFor();
}

async function popupToday(env) {
  const popup = await env.context.newPage();
  await popup.goto(env.extensionUrl('popup.html'));
  const today = popup.locator('[data-testid="coverage-today"]');
  await today.waitFor();
  const figures = { tagged: await today.getAttribute('data-tagged'), total: await today.getAttribute('data-total') };
  await popup.close();
  return figures;
}

const events = (rows) => rows.map((e) => `${e.dialogueId}:${e.action}:${e.tag}`).sort();
const todayKey = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Moscow' }).format(new Date());

/** Each stored record carries its own dialogue's customer and words, none of another's. */
async function assertOwnContent(page, records) {
  const customerWords = {};
  for (const id of [A, B, C]) {
    customerWords[id] = (await page.evaluate((d) => window.__panel.messages(d), id)).filter((m) => m.fromCustomer);
  }
  for (const r of records) {
    assert.equal(r.customerName, customerWords[r.id][0].author, `customer of ${r.id}`);
    assert.ok(r.customerText.includes(customerWords[r.id].at(-1).text.slice(0, 40)), `own words in ${r.id}`);
    for (const other of Object.keys(customerWords).filter((id) => id !== r.id)) {
      assert.ok(!r.customerText.includes(customerWords[other][0].text.slice(0, 40)), `${other}'s words stored under ${r.id}`);
    }
  }
}

const ROUTERS = [
  { name: 'renders in the same task as pushState', load: '' },
  { name: 'renders in the next task', load: 'task' },
  { name: 'renders 300 ms after pushState', load: '300' },
  { name: 'renders before the address changes', load: 'early' },
];

for (const router of ROUTERS) {
  describe(`dialogue switches on a panel that ${router.name}`, () => {
    let env;
    before(async () => {
      env = await launch();
      await setSettings(env.worker, { version: 1, operator: FIXTURE_OPERATOR });
    });
    after(async () => {
      await env?.close();
    });

    it('stores exactly what the operator did: reply in A, open B, open C, reply and tag there, back to B and A', async () => {
      const query = router.load ? `?load=${router.load}` : '';
      const { page, errors } = await openPanel(env.context, conv(A) + query);
      await byTestId(page, 'dialogue-id').filter({ hasText: A }).waitFor();
      await reply(page, A, 'We are looking into the refund.');
      await open(page, B);
      await open(page, C);
      await reply(page, C, 'The report is fixed in the next version.');
      await tag(page, 'api');
      await open(page, B);
      await open(page, A);
      // Let the last records reach the background.
      await page.waitForTimeout(1500);

      const { dialogues, tagEvents } = await stored(env.worker);
      const byId = Object.fromEntries(dialogues.map((r) => [r.id, r]));
      assert.deepEqual(Object.keys(byId).sort(), [A, B, C].sort());
      assert.deepEqual(byId[A].tags, []);
      assert.deepEqual(byId[B].tags, ['tracker-down']);
      assert.deepEqual(byId[C].tags, ['api']);
      assert.equal(byId[A].repliedByMe, 1);
      assert.equal(byId[C].repliedByMe, 1);
      // B's replies of mine are the fixture's, from an earlier day: nothing today.
      assert.ok(!byId[B].replyDays.includes(todayKey()), `B replied today: ${byId[B].replyDays}`);
      assert.ok(byId[A].replyDays.includes(todayKey()));
      await assertOwnContent(page, dialogues);
      // First sight of B's tag, and my tag on C: no correction the tag model would learn.
      assert.deepEqual(events(tagEvents), [`${B}:add:tracker-down`, `${C}:add:api`].sort());
      assert.deepEqual(await popupToday(env), { tagged: '1', total: '2' });
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

describe('dialogue switches on a panel whose load fails', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, { version: 1, operator: FIXTURE_OPERATOR });
  });
  after(async () => {
    await env?.close();
  });

  it('says the page is stuck and records nothing under the dialogue that never came', async () => {
    const { page, errors } = await openPanel(env.context, conv(A) + '?load=never');
    await byTestId(page, 'dialogue-id').filter({ hasText: A }).waitFor();
    await reply(page, A, 'We are looking into the refund.');
    await open(page, B, { loads: false });
    await byTestId(page, 'page-state')
      .and(page.locator(`[data-state="loading"][data-dialogue-id="${B}"]`))
      .waitFor();
    const stuck = byTestId(page, 'page-state').and(page.locator(`[data-state="stuck"][data-dialogue-id="${B}"]`));
    await stuck.waitFor({ timeout: 10_000 });
    assert.match(await stuck.textContent(), /nothing is recorded/);
    // The sidebar still shows the dialogue on screen, under its own id.
    assert.equal((await byTestId(page, 'dialogue-id').textContent()).trim(), A);
    await open(page, C, { loads: false });
    await byTestId(page, 'page-state')
      .and(page.locator(`[data-state="stuck"][data-dialogue-id="${C}"]`))
      .waitFor({ timeout: 10_000 });

    const { dialogues, tagEvents } = await stored(env.worker);
    assert.deepEqual(
      dialogues.map((r) => r.id),
      [A],
    );
    assert.deepEqual(tagEvents, []);
    assert.deepEqual(await popupToday(env), { tagged: '0', total: '1' });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
