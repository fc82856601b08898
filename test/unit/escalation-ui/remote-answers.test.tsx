import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EscalationRecord } from '../../../lib/db/schema';
import type { EscalationInput } from '../../../lib/service-types';
import { RECOPY_DELAY_MS } from '../../../components/escalation/useEscalation';
import { JIRA_CONFIGURED, customer, escalationRecord, lastCopied, setup, snapshot } from './helpers';
import { channel, type HeldCall } from '../fake-channel';

/** What the background answers from its database; the builders are the real ones behind the channel. */
const send = channel.database;
const sent = (name: string) => send.mock.calls.filter((c) => c[0] === name).map((c) => c[1]);
const callsOf = (method: Parameters<typeof channel.callsOf>[0]) => channel.callsOf(method);
const remote = channel;

beforeEach(() => {
  send.mockImplementation(async (name, input) => {
    if (name === 'recordEscalation') return { ...(input as EscalationInput), id: 7, at: Date.now() } satisfies EscalationRecord;
    throw new Error(`unexpected message ${name}`);
  });
});

async function escalate() {
  fireEvent.click(screen.getByTestId('escalate'));
  await waitFor(() => expect(screen.getByTestId('escalation-state')).toBeTruthy());
}

/** Waits until `n` calls are held back, and returns them in the order they were made. */
async function held(n: number): Promise<HeldCall[]> {
  await waitFor(() => expect(remote.held).toHaveLength(n));
  return [...remote.held];
}

const accessReply = () => screen.getAllByTestId('slack-thread-reply').find((r) => r.dataset.kind === 'access')!.textContent;

describe('EscalateSection: answers that come back late or out of order', () => {
  it('keeps the newest edit when an older answer arrives after it', async () => {
    const { actions } = setup();
    await escalate();
    remote.hold = (method) => method === 'escalationPanel';
    const select = screen.getByTestId('slack-problem-type') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'domains' } });
    fireEvent.change(select, { target: { value: 'affiliate' } });
    const [domains, affiliate] = await held(2);
    expect(domains!.input).toEqual(expect.objectContaining({ choices: expect.objectContaining({ problemType: 'domains' }) }));

    affiliate!.release();
    await waitFor(() => expect(accessReply()).toMatch(/Affiliate network account/));
    await waitFor(() => expect(lastCopied(actions)).toContain('Affiliate network account'));
    const copies = actions.copy.mock.calls.length;

    domains!.release();
    // Let the stale answer arrive and be (not) rendered.
    await new Promise((r) => setTimeout(r, 20));
    expect(accessReply()).toMatch(/Affiliate network account/);
    expect(accessReply()).not.toMatch(/Domain registrar/);
    expect(actions.copy.mock.calls.length).toBe(copies);
    expect(select.value).toBe('affiliate');
    expect(screen.queryByTestId('escalation-preparing')).toBeNull();
  });

  it('copies the edit even when a later rebuild (new messages) overtakes it', async () => {
    const { actions, store } = setup();
    await escalate();
    remote.hold = (method) => method === 'escalationPanel';
    fireEvent.change(screen.getByTestId('slack-problem-type'), { target: { value: 'wordpress' } });
    await held(1);
    // A new customer message arrives while the edit is being built.
    const snap = store.getState().snapshot!;
    store.setState({ snapshot: { ...snap, messages: [...snap.messages, customer('Still broken, WordPress admin is down too')] } });
    const [edit, withMessage] = await held(2);
    withMessage!.release();
    await waitFor(() => expect(lastCopied(actions)).toContain('WordPress admin: URL'));
    expect(lastCopied(actions)).toContain('Still broken');
    edit!.release();
    await new Promise((r) => setTimeout(r, 20));
    expect(lastCopied(actions)).toContain('Still broken');
    expect(screen.getByTestId('slack-main').textContent).toContain('Still broken');
  });

  it('shows nothing of a draft asked for on a dialogue the operator has left', async () => {
    const { store, actions } = setup({
      stored: { record: null, escalation: escalationRecord(), newCustomerMessagesSinceEscalation: 0 },
    });
    remote.hold = (method) => method === 'escalationStart';
    // The playbook asks again on an escalated dialogue: show the draft and copy it.
    store.setState({ escalateRequest: 1 });
    const [start] = await held(1);
    await waitFor(() => expect(screen.getByTestId('escalation-preparing').textContent).toBe('Preparing the draft…'));

    store.setState({ snapshot: snapshot({ id: '999', link: 'https://app.carrotquest.io/project/1/conversations/999' }), stored: null });
    start!.release();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('slack-draft')).toBeNull();
    expect(screen.queryByTestId('escalation-preparing')).toBeNull();
    expect(actions.copy).not.toHaveBeenCalled();
  });

  it('does not acknowledge or record when the dialogue changed while the escalation was prepared', async () => {
    const { store, actions } = setup();
    remote.hold = (method) => method === 'escalationStart';
    fireEvent.click(screen.getByTestId('escalate'));
    const [start] = await held(1);
    expect(screen.getByTestId('escalate').textContent).toBe('Escalating…');

    store.setState({ snapshot: snapshot({ id: '999', customer: { name: 'Someone Else' } }) });
    start!.release();
    await waitFor(() => expect(screen.getByTestId('escalate').textContent).toBe('Escalate'));
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(actions.copy).not.toHaveBeenCalled();
    expect(actions.openLink).not.toHaveBeenCalled();
    expect(sent('recordEscalation')).toEqual([]);
    expect(screen.queryByTestId('slack-draft')).toBeNull();
  });

  it('rebuilds the draft once the problem line rests, not on every key', async () => {
    const { actions } = setup();
    await escalate();
    const copies = actions.copy.mock.calls.length;
    const line = screen.getByTestId('slack-problem') as HTMLTextAreaElement;
    const start = line.value;
    for (const word of ['clicks', 'clicks are', 'clicks are lost']) fireEvent.input(line, { target: { value: start + word } });
    expect(line.value).toBe(start + 'clicks are lost');
    await waitFor(() => expect(lastCopied(actions)).toMatch(/^clicks are lost\n/));
    expect(callsOf('escalationPanel')).toHaveLength(1);
    expect(actions.copy.mock.calls.length).toBe(copies + 1);
  });

  it('rebuilds at once when the problem line loses focus', async () => {
    const { actions } = setup();
    await escalate();
    const line = screen.getByTestId('slack-problem') as HTMLTextAreaElement;
    fireEvent.input(line, { target: { value: line.value + 'no clicks' } });
    fireEvent.blur(line);
    // Well before the resting delay would have run out.
    await waitFor(() => expect(lastCopied(actions)).toMatch(/^no clicks\n/), { timeout: RECOPY_DELAY_MS / 2 });
    // The waiting rebuild was replaced, not added to.
    await new Promise((r) => setTimeout(r, RECOPY_DELAY_MS + 50));
    expect(callsOf('escalationPanel')).toHaveLength(1);
  });

  it('copies what was just typed when a copy button is clicked before the draft is rebuilt', async () => {
    const { actions } = setup();
    await escalate();
    const line = screen.getByTestId('slack-problem') as HTMLTextAreaElement;
    fireEvent.input(line, { target: { value: line.value + 'postbacks lost' } });
    expect(screen.getByTestId('slack-main').textContent).not.toContain('postbacks lost');
    fireEvent.click(screen.getByTestId('slack-copy-main'));
    await waitFor(() => expect(screen.getByTestId('slack-copy-main').dataset.copied).toBe('true'));
    // The edit's own copy of the whole draft comes first; the main message clicked for stays on the clipboard.
    expect(lastCopied(actions)).toMatch(/^postbacks lost\n> Hello!/);
    expect(lastCopied(actions)).not.toContain('thread reply');
    expect(callsOf('escalationPanel')).toHaveLength(1);
  });

  it('opens the Jira form with a summary typed just before the click', async () => {
    const { actions, view } = setup({}, (s) => {
      s.jira = { ...JIRA_CONFIGURED };
    });
    await escalate();
    view.container.addEventListener('click', (e) => e.preventDefault(), true);
    fireEvent.input(screen.getByTestId('jira-summary'), { target: { value: 'Postbacks lost' } });
    const link = screen.getByTestId('jira-link');
    expect(link.getAttribute('href')).not.toContain('Postbacks');
    fireEvent.click(link);
    await waitFor(() =>
      expect(actions.openLink).toHaveBeenCalledWith(expect.stringContaining(`summary=${encodeURIComponent('Postbacks lost')}&`)),
    );
  });
});

describe('EscalateSection: when the background does not answer', () => {
  const unreachable = 'Could not establish connection. Receiving end does not exist.';

  it('says that nothing was done, and does nothing', async () => {
    remote.failing.set('escalationStart', unreachable);
    const { actions } = setup();
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() =>
      expect(screen.getByTestId('escalation-error').textContent).toBe(
        `Nothing was done: the draft could not be prepared (${unreachable}). Try again.`,
      ),
    );
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(actions.copy).not.toHaveBeenCalled();
    expect(sent('recordEscalation')).toEqual([]);
    const button = screen.getByTestId('escalate') as HTMLButtonElement;
    expect(button.disabled).toBe(false);

    // Once the background answers again, the same button works and the message goes.
    remote.failing.clear();
    await escalate();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('escalation-error')).toBeNull();
  });

  it('keeps the last draft and says the edit was not built', async () => {
    const { actions } = setup();
    await escalate();
    const copies = actions.copy.mock.calls.length;
    remote.failing.set('escalationPanel', unreachable);
    fireEvent.change(screen.getByTestId('slack-problem-type'), { target: { value: 'domains' } });
    await waitFor(() => expect(screen.getByTestId('escalation-error').textContent).toMatch(/could not be updated \(Could not establish/));
    expect(accessReply()).toMatch(/Accesses \(tracker problem\)/);
    expect(actions.copy.mock.calls.length).toBe(copies);
  });

  it('still says the dialogue was escalated when the state line cannot be worked out', async () => {
    remote.failing.set('escalationLine', unreachable);
    setup({ stored: { record: null, escalation: escalationRecord({ jiraKey: 'SUPPORT-9' }), newCustomerMessagesSinceEscalation: 0 } });
    await waitFor(() => expect(screen.getByTestId('escalation-state').textContent).toBe('escalated before'));
  });

  it('names the failure when the new details cannot be prepared', async () => {
    remote.failing.set('escalationNewDetails', unreachable);
    setup({
      snapshot: snapshot({ messages: [customer('first'), customer('later detail')] }),
      stored: { record: null, escalation: escalationRecord(), newCustomerMessagesSinceEscalation: 1 },
    });
    const block = screen.getByTestId('new-details-reply');
    await waitFor(() => expect(within(block).getByTestId('new-details-error').textContent).toMatch(/Could not establish/));
    expect(within(block).queryByTestId('new-details')).toBeNull();
  });

  it('shows a failed check of the pasted links instead of throwing', async () => {
    remote.failing.set('escalationRefs', unreachable);
    setup({ stored: { record: null, escalation: escalationRecord(), newCustomerMessagesSinceEscalation: 0 } });
    fireEvent.input(screen.getByTestId('escalation-jira-ref'), { target: { value: 'SUPPORT-1' } });
    fireEvent.click(screen.getByTestId('escalation-refs-save'));
    await waitFor(() => expect(screen.getByTestId('escalation-refs-error').textContent).toBe(`Not saved: ${unreachable}`));
    expect(sent('updateEscalation')).toEqual([]);
  });
});
