// The team's order before escalating, in Chromium: search Slack and the knowledge base for the dialogue's words,
// ask #team-cs with the customer quoted, and, for a customer who sent a screenshot, the error as text in the
// #tech-questions draft. The knowledge-base address is checked when saved. The CARP replies end with handing the
// dialogue to a senior teammate.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOGUE, FIXTURE_OPERATOR, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { DOWN, SSL } = DIALOGUE;
/** The fixture's postback dialogue: the customer's last message carries a screenshot. */
const SCREENSHOT = '1204567890123456005';
const KB = 'https://kb.example.com/search?q={query}';
const SETTINGS = {
  version: 2,
  slack: { teamId: 'T0123ABC', channelId: 'C0456DEF', webhookUrl: '', webhookEnabled: false },
  help: { kbSearchUrl: KB, teamChannelId: 'C0TEAMCS', seniors: [] },
  operator: FIXTURE_OPERATOR,
};

/**
 * The dialogue is critical by its words (a 502 since the morning), which goes straight to #tech-questions; the
 * operator rates it complex, and the complex playbook's first search step opens "Search first".
 */
async function searchFirst(page) {
  await page.locator('cq-sidekick [data-testid="complexity-choice"][data-level="complex"]').click();
  await page.locator('cq-sidekick [data-testid="playbook-step"][data-action="search"] [data-testid="playbook-action"]').click();
  await byTestId(page, 'search-first').waitFor();
}

/** Opening a Slack link may leave a navigation error in the console: those are not the extension's. */
const ownErrors = (errors) => errors.filter((e) => !/slack|ERR_NAME_NOT_RESOLVED|net::/i.test(e));

describe('search first and ask #team-cs on the panel fixture', () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, SETTINGS);
  });
  after(async () => {
    await env?.close();
  });

  it("links Slack and the knowledge base to the dialogue's words, and copies them for Slack's search", async () => {
    const { page, errors } = await openPanel(env.context, conv(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    await searchFirst(page);
    const kb = byTestId(page, 'search-kb');
    await kb.waitFor();
    // The customer quoted an HTTP error: that is what the team searches for.
    assert.equal(await kb.getAttribute('href'), 'https://kb.example.com/search?q=502%20Bad%20Gateway');
    assert.equal(await kb.getAttribute('target'), '_blank');
    const slack = byTestId(page, 'search-slack');
    assert.equal(await slack.getAttribute('data-query'), '502 Bad Gateway');
    assert.equal(await slack.getAttribute('href'), 'https://app.slack.com/client/T0123ABC');
    assert.match(await slack.getAttribute('title'), /paste them into Slack's search/);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    const opened = env.context.waitForEvent('page');
    await slack.click();
    (await opened).close().catch(() => {});
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === '502 Bad Gateway');
    assert.match(await byTestId(page, 'toast').textContent(), /Key words copied/);
    assert.deepEqual(ownErrors(errors), []);
    await page.close();
  });

  it('puts the question with the customer quoted and the dialogue link on the clipboard for #team-cs', async () => {
    const { page, errors } = await openPanel(env.context, conv(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    // Opened before on this dialogue's page: the button in the escalation section opens it again.
    await byTestId(page, 'search-first-open').click();
    await byTestId(page, 'search-words').waitFor();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await byTestId(page, 'ask-team').click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('Dialogue: '));
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(clip, /^> URGENT: our tracker returns 502 Bad Gateway/m, 'the customer is quoted with "> "');
    assert.ok(clip.includes(`Dialogue: https://app.carrotquest.io/project/12345/conversations/${DOWN}`), clip);
    assert.ok(!clip.includes('I see the problem'), 'the operator is not quoted');
    // The customer's email is in the quote, made inert: it pings nobody when pasted.
    assert.ok(!/@adscale/.test(clip), 'a mention stays inert');
    assert.deepEqual(ownErrors(errors), []);
    await page.close();
  });

  it('asks for the error as text in the #tech-questions draft when the customer sent a screenshot', async () => {
    const { page, errors } = await openPanel(env.context, conv(SCREENSHOT));
    await byTestId(page, 'dialogue-id').filter({ hasText: SCREENSHOT }).waitFor();
    await byTestId(page, 'escalate').click();
    const field = byTestId(page, 'slack-error-text');
    await field.waitFor();
    assert.match(await byTestId(page, 'slack-draft').textContent(), /screenshots can't be searched/);
    await field.click();
    await field.pressSequentially('Postback rejected: unknown click id', { delay: 5 });
    await page.waitForFunction(() =>
      document
        .querySelector('cq-sidekick')
        .shadowRoot.querySelector('[data-testid="slack-main"]')
        ?.textContent.includes('```\nPostback rejected: unknown click id\n```'),
    );
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('Postback rejected: unknown click id'));
    assert.deepEqual(ownErrors(errors), []);
    await page.close();
  });

  it('offers no such field for a dialogue without images or files', async () => {
    const { page } = await openPanel(env.context, conv(DOWN));
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    await byTestId(page, 'escalate').click();
    await byTestId(page, 'slack-draft').waitFor();
    assert.equal(await byTestId(page, 'slack-error-text').count(), 0);
    assert.equal(
      await byTestId(page, 'health')
        .getAttribute('data-missing')
        .then((m) => (m ?? '').includes('messageAttachment')),
      false,
    );
    await page.close();
  });

  it('refuses a knowledge-base address without {query} or with javascript: when saved, and keeps the saved one', async () => {
    const page = await env.context.newPage();
    await page.goto(env.extensionUrl('options.html'));
    const input = page.locator('[data-testid="help-kb-url"]');
    for (const [bad, message] of [
      ['javascript:alert(1)//{query}', /help\.kbSearchUrl: must start with https:\/\//],
      ['https://kb.example.com/search', /help\.kbSearchUrl: must contain \{query\}/],
    ]) {
      await input.fill(bad);
      await page.locator('[data-testid="settings-save-help"]').click();
      await page.locator('[data-testid="settings-error"]', { hasText: message }).waitFor();
    }
    const stored = await env.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings.help);
    assert.equal(stored.kbSearchUrl, KB);
    await page.close();
  });

  it('ends the CARP replies with "Hand over": the reply names the senior, the note is copied, the assign control opens', async () => {
    await setSettings(env.worker, { ...SETTINGS, help: { ...SETTINGS.help, seniors: ['Иван Петров', 'Ольга Миронова'] } });
    const { page, errors } = await openPanel(env.context, conv(SSL));
    await byTestId(page, 'dialogue-id').filter({ hasText: SSL }).waitFor();
    await page.evaluate(
      (id) =>
        window.__panel.addMessage(
          id,
          'Это издевательство!!! Третий день ничего не работает, вы вообще читаете?! Верните деньги или пишу в суд!',
        ),
      SSL,
    );
    await page.waitForFunction(() =>
      ['carp', 'handover-senior'].includes(
        document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="reply-suggested"]')?.dataset.replyId,
      ),
    );
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await byTestId(page, 'handover').click();
    await byTestId(page, 'handover-senior').selectOption('Ольга Миронова');
    await byTestId(page, 'handover-confirm').click();
    await page.waitForFunction(() => (window.__panel.composerValue() ?? '').includes('Ольга Миронова'));
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('Ольга Миронова'));
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(clip.includes(`https://app.carrotquest.io/project/12345/conversations/${SSL}`), clip);
    // The panel's own assign control is open for the operator to pick the senior.
    await page.locator('.assign-dropdown:not([hidden])').waitFor();
    assert.deepEqual(ownErrors(errors), []);
    await page.close();
  });
});
