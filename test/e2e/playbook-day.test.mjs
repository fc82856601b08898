// The playbook's day in Chromium: the call for hands when the unanswered dialogues pile up, and a returning topic
// that gets its tag again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIALOGUE, FIXTURE_OPERATOR, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));

const { REFUND, DOWN, SSH, HTML, SSL, WORDPRESS } = DIALOGUE;
const ALL_WEEK = [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }];
const SHOTS = process.env.SIDEKICK_SHOTS;

describe('the playbook’s day on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
  });
  after(async () => {
    await env?.close();
  });

  for (const language of ['en', 'ru']) {
    it(`offers the call for hands at 25 unanswered and not at 3, and copies the team’s words with the count (${language})`, async () => {
      await setSettings(env.worker, {
        version: 2,
        operator: { ...FIXTURE_OPERATOR, language, shifts: ALL_WEEK },
        queueAlert: { threshold: 10, minutes: 0, message: '@here нужна помощь на карроте', channelId: '' },
      });
      const { page, errors } = await openPanel(env.context, conv(REFUND));
      if (SHOTS) await page.setViewportSize({ width: 1280, height: 800 });
      await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
      // Five of the eight waiting customers answered: 3 unanswered.
      await page.evaluate(
        (ids) => ids.forEach((id) => window.__panel.addMessage(id, 'Здравствуйте! Смотрю.', false)),
        [DOWN, SSH, HTML, SSL, WORDPRESS],
      );
      await page.locator('[data-filter="unanswered"]').filter({ hasText: /\b3$/ }).waitFor();
      await page.waitForTimeout(800);
      assert.equal(await byTestId(page, 'help-call').count(), 0);
      assert.doesNotMatch((await byTestId(page, 'health').getAttribute('data-missing')) ?? '', /queueCount/);

      // A busy hour: 22 more customers write.
      assert.equal(await page.evaluate(() => window.__panel.addWaitingDialogues(22)), 25);
      const call = byTestId(page, 'help-call');
      await call.waitFor();
      const box = call.locator('xpath=..');
      assert.match(await box.textContent(), language === 'ru' ? /Без ответа 25/ : /25 unanswered/);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/help-call-${language}.png` });
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await call.click();
      await call.waitFor({ state: 'detached' });
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(clip, `@here нужна помощь на карроте — 25 ${language === 'ru' ? 'без ответа' : 'unanswered'}`);
      // Once per spike: more customers do not bring it back while the counter stays high.
      await page.evaluate(() => window.__panel.addWaitingDialogues(1));
      await page.waitForTimeout(800);
      assert.equal(await byTestId(page, 'help-call').count(), 0);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  for (const language of ['en', 'ru']) {
    it(`offers "Tag again" for a new question on the dialogue's topic and removes and re-adds the tag (${language})`, async () => {
      await setSettings(env.worker, { ...team, operator: { ...FIXTURE_OPERATOR, language, shifts: ALL_WEEK } });
      const { page, errors } = await openPanel(env.context, conv(DOWN));
      if (SHOTS) await page.setViewportSize({ width: 1280, height: 800 });
      await byTestId(page, 'tags').filter({ hasText: 'tracker-down' }).waitFor();
      // The tag is recorded as the dialogue is first seen; the customer's own question before it asks for nothing.
      await page.waitForTimeout(1500);
      assert.equal(await byTestId(page, 'retag').count(), 0);
      await page.evaluate(
        (id) => window.__panel.addMessage(id, 'Трекер снова упал: 502 Bad Gateway на всех страницах, кампании стоят'),
        DOWN,
      );
      const retag = byTestId(page, 'retag');
      await retag.waitFor();
      assert.equal(await retag.getAttribute('data-tag'), 'tracker-down');
      await byTestId(page, 'badge-untagged').waitFor();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/retag-${language}.png` });
      // The panel sees the tag go and come back.
      await page.evaluate(() => {
        window.__tagLog = [];
        new MutationObserver(() => window.__tagLog.push(window.__panel.getTags().join())).observe(
          document.querySelector('.conversation-tags__list'),
          { childList: true, subtree: true },
        );
      });
      await retag.click();
      await retag.waitFor({ state: 'detached' });
      await page.waitForFunction((id) => window.__panel.getTags(id).includes('tracker-down'), DOWN);
      const log = await page.evaluate(() => window.__tagLog);
      assert.ok(log.includes(''), `the tag was removed first: ${JSON.stringify(log)}`);
      assert.equal(log.at(-1), 'tracker-down');
      await byTestId(page, 'badge-untagged').waitFor({ state: 'detached' });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
