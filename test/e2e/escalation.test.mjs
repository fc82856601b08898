// Escalation in Chromium: the draft on the clipboard, the acknowledgement in the reply box, the Jira link,
// and the escalated state after a reload.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { DOWN } = DIALOGUE;

describe('escalation on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, {
      version: 1,
      slack: { teamId: 'T0123ABC', channelId: 'C0456DEF', webhookUrl: '', webhookEnabled: false },
      jira: { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '10001', issueTypeId: '10004' },
      operator: FIXTURE_OPERATOR,
    });
  });
  after(async () => {
    await env?.close();
  });

  it('escalates in one click and remembers it after a reload', async () => {
    const { page, errors } = await openPanel(env.context, conv(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const pageScroll = await page.evaluate(() => [window.scrollX, window.scrollY]);
    await byTestId(page, 'escalate').click();
    await byTestId(page, 'slack-draft').waitFor();
    // The panel is brought into the sidebar's view, and the panel page itself does not move.
    // Wholly visible, or (taller than the window) its top near the top of the sidebar; the scroll follows the render.
    const box = await byTestId(page, 'slack-draft').evaluate(async (el) => {
      const measure = () => {
        const r = el.getBoundingClientRect();
        return { top: Math.round(r.top), bottom: Math.round(r.bottom), h: innerHeight };
      };
      const inView = (b) => b.top >= 0 && (b.bottom <= b.h || b.top <= b.h / 4);
      for (let i = 0; i < 50 && !inView(measure()); i++) await new Promise((r) => setTimeout(r, 20));
      return { ...measure(), inView: inView(measure()) };
    });
    assert.ok(box.inView, `the draft panel is at ${JSON.stringify(box)}`);
    assert.deepEqual(await page.evaluate(() => [window.scrollX, window.scrollY]), pageScroll);

    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').includes('Michael'));
    assert.match(await page.evaluate(() => window.__panel.composerValue()), /Hi Michael, thanks for writing!/);

    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(clip, /^> .*(502|Bad Gateway)/m, 'the customer is quoted line by line');
    assert.ok(clip.includes(`https://app.carrotquest.io/project/12345/conversations/${DOWN}`), 'the dialogue link is in the thread');
    assert.match(clip, /tracker-down/);

    const href = await byTestId(page, 'jira-link').getAttribute('href');
    const url = new URL(href);
    assert.equal(url.origin + url.pathname, 'https://jira.example.com/secure/CreateIssueDetails!init.jspa');
    assert.equal(url.searchParams.get('pid'), '10001');
    assert.equal(url.searchParams.get('issuetype'), '10004');
    const summary = url.searchParams.get('summary');
    assert.ok(summary && summary.split(/\s+/).length <= 6, summary);
    if (url.searchParams.has('description')) assert.match(url.searchParams.get('description'), new RegExp(DOWN));

    await page.reload();
    const state = byTestId(page, 'escalation-state');
    await state.waitFor();
    assert.match(await state.textContent(), /escalated/i);
    assert.deepEqual(
      errors.filter((e) => !/slack:/.test(e)),
      [],
    );
    await page.close();
  });
});
