import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EscalationRecord } from '../../../lib/db/schema';
import type { EscalationInput } from '../../../lib/service-types';
import { JIRA_CONFIGURED, LINK, SLACK_CONFIGURED, customer, escalationRecord, lastCopied, operator, setup, snapshot } from './helpers';
import { channel } from '../fake-channel';

// The real builders, reached the way the content script reaches them: through the channel (see fake-channel.ts).
// `send` answers what the background answers from its database.
const send = channel.database;
const callsOf = (method: Parameters<typeof channel.callsOf>[0]) => channel.callsOf(method);

/** Would Slack's client turn this into a mention when pasted? */
const hasLiveMention = (text: string) => /@[\p{L}\p{N}._-]/u.test(text);
/** Would the API read a control sequence? */
const hasLiveControl = (text: string) => /<[!@#]|<https?:|<mailto:/i.test(text);

const calls = (name: string) => send.mock.calls.filter((c) => c[0] === name).map((c) => c[1]);

let stored: EscalationRecord[] = [];

beforeEach(() => {
  stored = [];
  send.mockImplementation(async (name, input) => {
    if (name === 'recordEscalation') {
      const rec: EscalationRecord = { ...(input as EscalationInput), id: 7, at: Date.now() };
      stored.push(rec);
      return rec;
    }
    if (name === 'updateEscalation') {
      const { id, ...patch } = input as { id: number } & Partial<EscalationRecord>;
      const rec = stored.find((r) => r.id === id);
      if (!rec) return null;
      Object.assign(rec, patch);
      return { ...rec };
    }
    if (name === 'postWebhook') return null;
    throw new Error(`unexpected message ${name}`);
  });
});

async function escalate() {
  fireEvent.click(screen.getByTestId('escalate'));
  await waitFor(() => expect(screen.getByTestId('escalation-state')).toBeTruthy());
}

describe('EscalateSection: one click', () => {
  it('brings the draft panel into view once, when it opens', async () => {
    const scrolled = vi.fn();
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      if ((this as HTMLElement).dataset?.testid === 'slack-draft') scrolled(arg);
    };
    try {
      setup();
      await escalate();
      await waitFor(() => expect(scrolled).toHaveBeenCalledTimes(1));
      expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
      fireEvent.input(screen.getByTestId('slack-problem'), { target: { value: 'Clicks are lost after the update' } });
      await new Promise((r) => setTimeout(r, 20));
      expect(scrolled).toHaveBeenCalledTimes(1);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('inserts the acknowledgement, copies the draft, records the escalation and shows the panel', async () => {
    const { actions } = setup();
    expect(screen.queryByTestId('slack-draft')).toBeNull();
    await escalate();

    expect(actions.insertText).toHaveBeenCalledTimes(1);
    const ack = actions.insertText.mock.calls[0]![0];
    expect(ack).toMatch(/^Hi Ivan, thanks for writing!/);
    expect(ack).not.toMatch(/[{}]/);

    const copied = lastCopied(actions);
    expect(copied).toContain('> Hello! After the update the tracker stopped counting clicks.');
    expect(copied).toContain('> Campaign reports are empty since morning.');
    expect(copied).toContain(LINK);
    expect(copied).not.toContain('Thanks, checking');
    expect(copied.split('\n')[0]).toBe('[clicks-lost] (describe the problem)');
    expect(copied).not.toContain('Ivan Petrov');
    // The acknowledgement goes first, so the draft is what stays on the clipboard.
    expect(actions.insertText.mock.invocationCallOrder[0]).toBeLessThan(actions.copy.mock.invocationCallOrder[0]!);

    expect(calls('recordEscalation')).toEqual([
      { dialogueId: '1204567890123456001', summary: expect.stringMatching(/\S/), customerMessageCount: 1 },
    ]);
    expect(screen.getByTestId('escalation-state').textContent).toBe('escalated just now');
    // Escalating again is small and asks first: a second issue gets its own thread and task.
    expect(screen.queryByTestId('escalate')).toBeNull();
    fireEvent.click(screen.getByTestId('escalate-again'));
    expect(screen.getByTestId('escalate-confirm').textContent).toMatch(/new issue/);
    expect(screen.getByTestId('escalate').textContent).toBe('Escalate again');
    // One status line says what the escalation did.
    expect(screen.getByTestId('escalation-status').textContent).toMatch(/^✓ Escalated: reply in the box · draft copied/);

    const panel = screen.getByTestId('slack-draft');
    expect(screen.getByTestId('slack-draft-copied').dataset.copied).toBe('true');
    expect(within(panel).getByTestId('slack-main').textContent).toContain('> Hello! After the update');
    const kinds = within(panel)
      .getAllByTestId('slack-thread-reply')
      .map((r) => r.dataset.kind);
    expect(kinds).toEqual(['dialogue', 'access', 'jira']);
    expect(panel.textContent).toContain('Thread reply 1: dialogue link');
    // A tracker problem: tracker and server access.
    expect(within(panel).getAllByTestId('slack-thread-reply')[1]!.textContent).toMatch(/Tracker admin panel[\s\S]*Server: SSH/);
  });

  it('opens the channel when Slack is configured, with the web link as a fallback', async () => {
    const { actions } = setup({}, (s) => {
      s.slack = { ...SLACK_CONFIGURED };
    });
    await escalate();
    expect(actions.openLink).toHaveBeenCalledWith('slack://channel?team=T0123ABC&id=C0456DEF');
    expect(screen.getByTestId('slack-open-web').getAttribute('href')).toBe('https://app.slack.com/client/T0123ABC/C0456DEF');
    expect(screen.queryByTestId('slack-settings-missing')).toBeNull();
  });

  it('still builds and copies the draft without Slack and Jira settings, and names what to configure', async () => {
    const { actions } = setup();
    await escalate();
    expect(actions.openLink).not.toHaveBeenCalled();
    expect(lastCopied(actions)).toContain('> Hello!');
    expect(screen.getByTestId('slack-settings-missing').textContent).toBe(
      'To open #tech-questions from here, fill in Slack team id and Slack channel id (options → Settings).',
    );
    expect(screen.getByTestId('jira-settings-missing').textContent).toMatch(
      /Jira address, Jira project id and Jira issue type id \(options → Settings\)/,
    );
    expect(screen.queryByTestId('jira-link')).toBeNull();
    fireEvent.click(screen.getByTestId('jira-copy-description'));
    await waitFor(() =>
      expect(lastCopied(actions)).toMatch(/h3\. BACKGROUND[\s\S]*h3\. CARROTQUEST\n.*conversations\/1204567890123456001/),
    );
  });

  it("answers in the customer's language and greets by first name", async () => {
    const { actions } = setup({
      snapshot: snapshot({
        customer: { name: 'Иван Петров' },
        messages: [customer('Здравствуйте! После обновления трекер перестал считать клики.')],
      }),
    });
    await escalate();
    expect(actions.insertText.mock.calls[0]![0]).toMatch(/^Иван, спасибо, что написали!/);
  });

  it('leaves no placeholder in the acknowledgement when the customer has no name', async () => {
    const { actions } = setup({ snapshot: snapshot({ customer: { email: 'x@example.com' } }) }, (s) => {
      s.replies = [
        {
          id: 'ack',
          title: { en: 'Ack' },
          text: { en: 'Hello {customerFirstName}, ticket {ticket} is open. {operatorName}' },
          keywords: [],
          enabled: true,
        },
      ];
    });
    await escalate();
    expect(actions.insertText.mock.calls[0]![0]).toBe('Hello, ticket is open. Anna');
  });

  it('builds for a dialogue where the customer wrote nothing', async () => {
    const { actions } = setup({ snapshot: snapshot({ messages: [operator('Hello, how can I help?')], tags: [] }) });
    await escalate();
    expect(lastCopied(actions)).toContain('the customer wrote no text in this dialogue');
    expect(lastCopied(actions)).toContain(LINK);
    expect(calls('recordEscalation')).toEqual([expect.objectContaining({ customerMessageCount: 0 })]);
    expect(screen.getByTestId('slack-draft')).toBeTruthy();
  });

  it('makes Slack control sequences from the customer inert in the copied draft', async () => {
    const evil = '<!channel> @here <@U123ABC> please look <https://evil.example|here>';
    const { actions } = setup({
      snapshot: snapshot({ customer: { name: '@channel', email: 'boss@example.com' }, tags: ['<!here>'], messages: [customer(evil)] }),
    });
    await escalate();
    const copied = lastCopied(actions);
    expect(copied).toContain('please look');
    expect(hasLiveMention(copied)).toBe(false);
    expect(hasLiveControl(copied)).toBe(false);
    // A control that would survive (a check that the checks can fail).
    expect(hasLiveControl(evil) && hasLiveMention(evil)).toBe(true);
  });

  it('offers the acknowledgement to copy when the page has no reply box', async () => {
    const { actions } = setup({ snapshot: snapshot({ missing: ['composer'] }) });
    await escalate();
    const block = screen.getByTestId('escalation-ack');
    expect(block.textContent).toMatch(/reply box was not found/);
    fireEvent.click(within(block).getByRole('button'));
    await waitFor(() => expect(lastCopied(actions)).toBe(actions.insertText.mock.calls[0]![0]));
  });

  it('speaks Russian in the panel', async () => {
    setup({ lang: 'ru' });
    await escalate();
    expect(screen.getByTestId('slack-settings-missing').textContent).toBe(
      'Чтобы открывать #tech-questions отсюда, заполните ID команды Slack и ID канала Slack (параметры → Настройки).',
    );
    expect(screen.getByTestId('escalation-state').textContent).toBe('эскалировано только что');
    expect(screen.getAllByTestId('slack-thread-reply')[0]!.textContent).toMatch(/^Ответ в треде 1: ссылка на диалог/);
  });

  it('shows a failed recording and keeps the draft', async () => {
    send.mockImplementation(async (name) => {
      if (name === 'recordEscalation') throw new Error('background asleep');
      return null;
    });
    const { actions } = setup();
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() => expect(screen.getByTestId('escalation-record-error').textContent).toMatch(/background asleep/));
    expect(lastCopied(actions)).toContain('> Hello!');
    expect(screen.queryByTestId('escalation-state')).toBeNull();
  });
});

describe('EscalateSection: the draft panel', () => {
  const secretSnapshot = () =>
    snapshot({ messages: [operator('Send the access please'), customer('Server root, password: Hj7kQ9xZ2 and the tracker is down')] });

  it('leaves a secret out by default and includes it when ticked', async () => {
    const { actions } = setup({ snapshot: secretSnapshot() });
    await escalate();
    expect(lastCopied(actions)).not.toContain('Hj7kQ9xZ2');
    expect(lastCopied(actions)).toContain('[secret hidden]');
    const box = screen.getByTestId('slack-secret') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.parentElement!.textContent).toBe('password in message 2 — left out');

    const before = actions.copy.mock.calls.length;
    fireEvent.click(box);
    await waitFor(() => expect(actions.copy.mock.calls.length).toBe(before + 1));
    expect(lastCopied(actions)).toContain('Hj7kQ9xZ2');
    expect(screen.getByTestId('slack-main').textContent).toContain('Hj7kQ9xZ2');
    expect((screen.getByTestId('slack-secret') as HTMLInputElement).parentElement!.textContent).toBe('password in message 2 — included');

    fireEvent.click(screen.getByTestId('slack-secret'));
    await waitFor(() => expect(lastCopied(actions)).not.toContain('Hj7kQ9xZ2'));
  });

  it('rebuilds and copies again when the problem line is edited', async () => {
    const { actions } = setup();
    await escalate();
    const line = screen.getByTestId('slack-problem') as HTMLTextAreaElement;
    expect(line.value).toBe('');
    fireEvent.input(line, { target: { value: line.value + 'clicks are lost after 3.2 update' } });
    await waitFor(() => expect(screen.getByTestId('slack-main').textContent).toMatch(/^clicks are lost after 3\.2 update\n> Hello!/));
    await waitFor(() => expect(lastCopied(actions)).toMatch(/^clicks are lost after 3\.2 update\n> Hello!/));
    // The Jira summary follows the operator's words while not edited by hand.
    expect((screen.getByTestId('jira-summary') as HTMLInputElement).value).toBe('clicks-lost: clicks are lost after 3.2');
  });

  it('changes the accesses with the problem type', async () => {
    const { actions } = setup();
    await escalate();
    const select = screen.getByTestId('slack-problem-type') as HTMLSelectElement;
    expect(select.value).toBe('tracker');
    fireEvent.change(select, { target: { value: 'domains' } });
    await waitFor(() => expect(lastCopied(actions)).toContain('Domain registrar'));
    const access = screen.getAllByTestId('slack-thread-reply').find((r) => r.dataset.kind === 'access')!;
    expect(access.textContent).toMatch(/Accesses \(domains\)/);
    fireEvent.change(select, { target: { value: 'affiliate' } });
    await waitFor(() => expect(lastCopied(actions)).toContain('Affiliate network account'));
    expect(lastCopied(actions)).not.toContain('Domain registrar');
  });

  it('copies the main message and each thread reply on its own', async () => {
    const { actions } = setup();
    await escalate();
    fireEvent.click(screen.getByTestId('slack-copy-main'));
    await waitFor(() => expect(lastCopied(actions)).toBe(screen.getByTestId('slack-main').textContent));
    expect(lastCopied(actions)).not.toContain('thread reply');
    const dialogueReply = screen.getAllByTestId('slack-thread-reply').find((r) => r.dataset.kind === 'dialogue')!;
    fireEvent.click(within(dialogueReply).getByRole('button'));
    await waitFor(() => expect(lastCopied(actions)).toBe(`CarrotQuest dialogue: ${LINK}`));
  });

  it("posts the draft's main message as plain text through the webhook (the background escapes it)", async () => {
    const { actions } = setup({ snapshot: snapshot({ messages: [customer('<!channel> the tracker is down & slow')] }) }, (s) => {
      s.slack = { ...SLACK_CONFIGURED, webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz', webhookEnabled: true };
    });
    await escalate();
    expect(actions.openLink).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('slack-post'));
    await waitFor(() => expect(screen.getByTestId('slack-post-result').textContent).toMatch(/Posted/));
    const [{ text }] = calls('postWebhook') as [{ text: string }];
    expect(text).toContain('the tracker is down & slow');
    expect(hasLiveControl(text)).toBe(false);
  });

  it('offers no webhook button when posting is off', async () => {
    setup({}, (s) => {
      s.slack = { ...SLACK_CONFIGURED, webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz', webhookEnabled: false };
    });
    await escalate();
    expect(screen.queryByTestId('slack-post')).toBeNull();
  });

  it('shows the webhook error', async () => {
    send.mockImplementation(async (name, input) =>
      name === 'postWebhook' ? 'Slack answered 404' : { ...(input as EscalationInput), id: 7, at: Date.now() },
    );
    setup({}, (s) => {
      s.slack = { ...SLACK_CONFIGURED, webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz', webhookEnabled: true };
    });
    await escalate();
    fireEvent.click(screen.getByTestId('slack-post'));
    await waitFor(() => expect(screen.getByTestId('slack-post-result').textContent).toBe('Not posted: Slack answered 404'));
  });
});

describe('EscalateSection: Jira', () => {
  it('links to the prefilled form with the encoded summary and the dialogue link', async () => {
    setup({}, (s) => {
      s.jira = { ...JIRA_CONFIGURED };
    });
    await escalate();
    const summary = screen.getByTestId('jira-summary') as HTMLInputElement;
    fireEvent.input(summary, { target: { value: 'Clicks lost after tracker update on Monday morning' } });
    const link = screen.getByTestId('jira-link') as HTMLAnchorElement;
    await waitFor(() => expect(link.getAttribute('href')).toContain('summary=Clicks'));
    const href = link.getAttribute('href')!;
    expect(href.startsWith('https://jira.example.com/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=10002&')).toBe(true);
    expect(href).toContain(`summary=${encodeURIComponent('Clicks lost after tracker update on')}&`);
    expect(href).not.toContain('Monday');
    expect(href).toContain(encodeURIComponent(LINK));
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('Only the first 6 words are used.')).toBeTruthy();
  });

  it('copies a description too long for the link when the link is opened', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Строка ${i}: трекер не считает клики по кампании номер ${i}`).join('\n');
    const { actions, view } = setup({ snapshot: snapshot({ messages: [customer(long)] }) }, (s) => {
      s.jira = { ...JIRA_CONFIGURED };
    });
    await escalate();
    const link = screen.getByTestId('jira-link');
    expect(link.getAttribute('href')).not.toContain('description=');
    expect(view.container.textContent).toContain('opening it copies the description to the clipboard first');
    // The test page must not navigate; the component's own handler still runs.
    view.container.addEventListener('click', (e) => e.preventDefault(), true);
    fireEvent.click(link);
    await waitFor(() => expect(screen.getByTestId('jira-description-copied').textContent).toMatch(/on the clipboard/));
    expect(lastCopied(actions)).toMatch(/^[\s\S]*h3\. BACKGROUND[\s\S]*Строка 59/);
  });

  it('saves the pasted Slack thread and Jira key with the escalation', async () => {
    setup({}, (s) => {
      s.jira = { ...JIRA_CONFIGURED };
    });
    await escalate();
    fireEvent.input(screen.getByTestId('escalation-slack-ref'), {
      target: { value: 'https://team.slack.com/archives/C0456DEF/p1700000000000100' },
    });
    fireEvent.input(screen.getByTestId('escalation-jira-ref'), { target: { value: 'hello' } });
    fireEvent.click(screen.getByTestId('escalation-refs-save'));
    await waitFor(() => expect(screen.getByTestId('escalation-refs-error').textContent).toMatch(/SUPPORT-123/));
    expect(calls('updateEscalation')).toEqual([]);

    fireEvent.input(screen.getByTestId('escalation-jira-ref'), { target: { value: 'support-123' } });
    fireEvent.click(screen.getByTestId('escalation-refs-save'));
    await waitFor(() => expect(screen.getByTestId('escalation-state').textContent).toBe('escalated just now, SUPPORT-123'));
    expect(calls('updateEscalation')).toEqual([
      {
        id: 7,
        slackRef: 'https://team.slack.com/archives/C0456DEF/p1700000000000100',
        jiraKey: 'SUPPORT-123',
        jiraUrl: 'https://jira.example.com/browse/SUPPORT-123',
      },
    ]);
    // The Jira thread reply now carries the task's link.
    const jiraReply = screen.getAllByTestId('slack-thread-reply').find((r) => r.dataset.kind === 'jira')!;
    expect(jiraReply.textContent).toContain('Jira: https://jira.example.com/browse/SUPPORT-123');
    expect(screen.getByTestId('escalation-thread-link').getAttribute('href')).toBe(
      'https://team.slack.com/archives/C0456DEF/p1700000000000100',
    );
  });
  it('puts a pasted key in the Jira thread reply when Jira has no address configured', async () => {
    setup();
    await escalate();
    fireEvent.input(screen.getByTestId('escalation-jira-ref'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('escalation-refs-save'));
    await waitFor(() => expect(screen.getByTestId('escalation-state').textContent).toBe('escalated just now, SUPPORT-5'));
    expect(calls('updateEscalation')).toEqual([{ id: 7, slackRef: '', jiraKey: 'SUPPORT-5', jiraUrl: '' }]);
    const jiraReply = screen.getAllByTestId('slack-thread-reply').find((r) => r.dataset.kind === 'jira')!;
    expect(jiraReply.textContent).toContain('Jira: SUPPORT-5');
  });
});

describe('EscalateSection: a dialogue escalated before', () => {
  it('shows the state line once the stored escalation arrives', async () => {
    const { store } = setup();
    expect(screen.queryByTestId('escalation-state')).toBeNull();
    store.setState({
      stored: {
        record: null,
        escalation: escalationRecord({ at: Date.now() - 2 * 3_600_000 - 60_000, jiraKey: 'SUPPORT-123' }),
        newCustomerMessagesSinceEscalation: 0,
      },
    });
    await waitFor(() => expect(screen.getByTestId('escalation-state').textContent).toBe('escalated 2 h ago, SUPPORT-123'));
    expect(screen.queryByTestId('new-details')).toBeNull();
    expect(screen.getByTestId('escalate-again').textContent).toBe('Escalate again…');
  });

  it('ignores an escalation of another dialogue', () => {
    setup({
      stored: { record: null, escalation: escalationRecord({ dialogueId: 'other' }), newCustomerMessagesSinceEscalation: 2 },
    });
    expect(screen.queryByTestId('escalation-state')).toBeNull();
    expect(screen.queryByTestId('new-details')).toBeNull();
  });

  it('offers the new customer messages as one quoted thread reply', async () => {
    const { actions } = setup({
      lang: 'ru',
      snapshot: snapshot({
        messages: [
          customer('The tracker stopped counting clicks'),
          operator('Escalated, we are on it'),
          customer('Also the second domain fails <!here>'),
          customer('And password: Zq81kLmn2 is the root one'),
        ],
      }),
      stored: { record: null, escalation: escalationRecord({ at: Date.now() - 10 * 60_000 }), newCustomerMessagesSinceEscalation: 2 },
    });
    await waitFor(() => expect(screen.getByTestId('escalation-state').textContent).toBe('эскалировано 10 мин назад'));
    fireEvent.click(await screen.findByTestId('new-details'));
    await waitFor(() => expect(actions.copy).toHaveBeenCalled());
    const copied = lastCopied(actions);
    expect(copied.split('\n')[0]).toBe('Новые подробности от клиента:');
    expect(copied).toContain('> Also the second domain fails');
    expect(copied).toContain('> And password: [секрет скрыт] is the root one');
    expect(copied).not.toContain('stopped counting');
    expect(copied).not.toContain('Zq81kLmn2');
    expect(hasLiveControl(copied)).toBe(false);
    expect(actions.insertText).not.toHaveBeenCalled();
  });

  it('shows the draft again without acknowledging or recording', async () => {
    const { actions } = setup({
      stored: { record: null, escalation: escalationRecord(), newCustomerMessagesSinceEscalation: 0 },
    });
    fireEvent.click(screen.getByTestId('escalation-toggle-draft'));
    await waitFor(() => expect(screen.getByTestId('slack-draft')).toBeTruthy());
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(actions.copy).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(callsOf('escalationStart')).toEqual([expect.objectContaining({ acknowledge: false })]);
  });
});

describe('EscalateSection: requests from other controls', () => {
  it('escalates when escalateRequest changes, not on mount', async () => {
    const { store, actions } = setup({ escalateRequest: 4 });
    await Promise.resolve();
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();

    store.setState({ escalateRequest: 5 });
    await waitFor(() => expect(screen.getByTestId('escalation-state')).toBeTruthy());
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(calls('recordEscalation')).toHaveLength(1);
    expect(screen.getByTestId('slack-draft')).toBeTruthy();

    // A second request for the same dialogue (the playbook's next step) copies the draft again, nothing more.
    const copies = actions.copy.mock.calls.length;
    store.setState({ escalateRequest: 6 });
    await waitFor(() => expect(actions.copy.mock.calls.length).toBe(copies + 1));
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(calls('recordEscalation')).toHaveLength(1);
  });

  it('closes the panel when another dialogue opens', async () => {
    const { store } = setup();
    await escalate();
    store.setState({ snapshot: snapshot({ id: '999', link: 'https://app.carrotquest.io/project/1/conversations/999' }) });
    await waitFor(() => expect(screen.queryByTestId('slack-draft')).toBeNull());
    expect(screen.queryByTestId('escalation-state')).toBeNull();
  });
});
