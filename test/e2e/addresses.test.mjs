// Every address the panel is served at: the /panel/ paths of carrotquest.io and dashly.io (with and without
// www.), never their marketing pages; the dialogue link is the panel's canonical one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, byTestId, launch, setSettings } from './harness.mjs';

const ID = '1204567890123456007';
const hashedProfile = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/captures/hashed.profile.json'), 'utf8'));

describe('panel addresses', () => {
  let env;
  before(async () => {
    env = await launch({ fixture: 'hashed' });
    await setSettings(env.worker, hashedProfile());
  });
  after(async () => {
    await env?.close();
  });

  for (const [origin, canonical] of [
    ['https://carrotquest.io', 'https://carrotquest.io'],
    ['https://www.carrotquest.io', 'https://carrotquest.io'],
    ['https://dashly.io', 'https://dashly.io'],
    ['https://www.dashly.io', 'https://dashly.io'],
  ]) {
    it(`runs on ${origin}/panel/... and links to the canonical dialogue address`, async () => {
      const page = await env.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${origin}/panel/12345/conversations/${ID}?filter=mine#reply`);
      await byTestId(page, 'dialogue-id').filter({ hasText: ID }).waitFor();
      assert.equal(await byTestId(page, 'dialogue-link').getAttribute('href'), `${canonical}/panel/12345/conversations/${ID}`);
      assert.equal((await byTestId(page, 'customer-name').textContent()).trim(), 'Артём Белов');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('stays off the marketing pages of the same hosts', async () => {
    const page = await env.context.newPage();
    await page.goto('https://carrotquest.io/pricing');
    await page.waitForFunction(() => window.__panel?.current !== undefined);
    await page.waitForTimeout(1000);
    assert.equal(await page.locator('cq-sidekick').count(), 0);
    await page.close();
  });
});
