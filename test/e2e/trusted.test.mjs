// The sidebar's shadow root is open, so the panel's own scripts can reach its buttons: a script's
// .click() must not post, copy, insert or apply a tag, while the operator's real click does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND, DOWN } = DIALOGUE;

/** Clicks a sidebar element the way a page script can: through the open shadow root. */
const scriptClick = (page, testId) =>
  page.evaluate((id) => {
    const el = document.querySelector('cq-sidekick').shadowRoot.querySelector(`[data-testid="${id}"]`);
    if (!el) throw new Error(`no ${id}`);
    el.click();
  }, testId);

const settle = (page) => page.waitForTimeout(600);

describe('buttons with a side effect act only on a real click', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, {
      version: 1,
      slack: { teamId: 'T0123ABC', channelId: 'C0456DEF', webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz', webhookEnabled: true },
      jira: { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '10001', issueTypeId: '10004' },
      operator: { ...FIXTURE_OPERATOR, shifts: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }] },
    });
  });
  after(async () => {
    await env?.close();
  });

  it('a script click does not insert a reply; a real one does', async () => {
    const { page } = await openPanel(env.context, conv(REFUND));
    await byTestId(page, 'reply-suggested-insert').waitFor();
    await scriptClick(page, 'reply-suggested-insert');
    await settle(page);
    assert.equal((await page.evaluate(() => window.__panel.composerValue())) ?? '', '');
    await byTestId(page, 'reply-suggested-insert').click();
    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').length > 0);
    await page.close();
  });

  it('a script click does not escalate, copy or post; real clicks do', async () => {
    const { page } = await openPanel(env.context, conv(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));

    await scriptClick(page, 'escalate');
    await settle(page);
    assert.equal(await byTestId(page, 'slack-draft').count(), 0, 'no draft from a script click');
    assert.equal((await page.evaluate(() => window.__panel.composerValue())) ?? '', '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'untouched');

    await byTestId(page, 'escalate').click();
    await byTestId(page, 'slack-draft').waitFor();
    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').length > 0);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));

    await scriptClick(page, 'jira-copy-description').catch(() => {});
    await scriptClick(page, 'slack-post');
    await settle(page);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'untouched');
    assert.equal(await byTestId(page, 'slack-post-result').count(), 0, 'nothing posted from a script click');

    // The real click reaches the background, which tries Slack (unreachable here) and says so.
    await byTestId(page, 'slack-post').click();
    await byTestId(page, 'slack-post-result').waitFor();
    await page.close();
  });
});
