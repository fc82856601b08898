// The playbook's day in Chromium: the call for hands when the unanswered dialogues pile up.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

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
});
