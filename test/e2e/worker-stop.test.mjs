// A worker the browser stops between storing a tag change and saving the tag model (saves are coalesced
// for 1.5 s) loses no learning: the next worker learns the change from the journal and saves it.
// Chromium only: the worker is stopped over the DevTools protocol, as the browser stops an idle one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIALOGUE, FIXTURE_OPERATOR, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND } = DIALOGUE;
const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));

/** The journal's rows and the saved model's tags, read raw from an extension page (no Dexie there). */
async function stored(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sidekick');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['pendingLearning', 'models'], 'readonly');
          const journal = tx.objectStore('pendingLearning').getAll();
          const model = tx.objectStore('models').get('tags');
          tx.oncomplete = () => {
            open.result.close();
            resolve({ journal: journal.result, tags: model.result?.data?.classes ?? [] });
          };
        };
      }),
  );
}

describe('a worker stopped before its model save', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, { ...team, operator: FIXTURE_OPERATOR });
  });
  after(async () => {
    await env?.close();
  });

  it('the tag applied just before the stop is learned by the next worker', async () => {
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    const probe = await env.context.newPage();
    await probe.goto(env.extensionUrl('options.html'));
    const refund = byTestId(page, 'suggestion').and(page.locator('[data-tag="refund"]'));
    await refund.waitFor();
    await refund.click();
    // The change is stored and journalled; the coalesced save has not run yet: stop the worker now.
    let now;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      now = await stored(probe);
      if (now.journal.length) break;
      await new Promise((r) => setTimeout(r, 30));
    }
    assert.deepEqual(
      now.journal.map((r) => r.added),
      [['refund']],
    );
    const cdp = await env.context.browser().newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(env.origin));
    await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    // Past the moment the save would have run: nothing saved, the change still in the journal.
    await new Promise((r) => setTimeout(r, 2500));
    const stopped = await stored(probe);
    assert.deepEqual(stopped.tags, []);
    assert.equal(stopped.journal.length, 1);
    await cdp.detach();

    // The sidebar's next call wakes a new worker, which learns the change and saves it.
    await page.reload();
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    let woken;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      woken = await stored(probe);
      if (woken.journal.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(woken, { journal: [], tags: ['refund'] });
    assert.deepEqual(errors, []);
  });
});
