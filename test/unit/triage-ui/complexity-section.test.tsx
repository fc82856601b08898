import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepliesSection } from '../../../components/replies/RepliesSection';
import { ComplexitySection } from '../../../components/triage/ComplexitySection';
import { sendMessage } from '../../../lib/service';
import { emptyLearned, learnComplexity } from '../../../lib/triage/complexity';
import type { DialogueState } from '../../../lib/service-types';
import { customer, dialogue, mount, operator, settle } from '../replies-ui/harness';

vi.mock('../../../lib/service', () => ({
  sendMessage: vi.fn(async () => undefined),
}));

const send = vi.mocked(sendMessage);
const OUTAGE = 'The tracker is down, 502 Bad Gateway on every page, all our campaigns stopped!';
const level = () => screen.getByTestId('complexity').dataset.level;
const choice = (l: string) => screen.getAllByTestId('complexity-choice').find((b) => b.dataset.level === l)!;
const step = (action: string) => screen.getAllByTestId('playbook-step').find((s) => s.dataset.action === action)!;
const calls = (name: string) => send.mock.calls.filter((c) => c[0] === name);

function storedLevel(id: string, level: 'simple' | 'complex' | 'critical' | 'proposal', source: 'auto' | 'operator'): DialogueState {
  return { record: { id, complexity: { level, source, at: 1 } } as never, escalation: null, newCustomerMessagesSinceEscalation: 0 };
}

describe('ComplexitySection', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockImplementation(async () => undefined);
  });

  it('rates an outage critical, with its reasons, and shows the critical playbook', async () => {
    mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    expect(level()).toBe('critical');
    expect(screen.getByTestId('complexity').dataset.source).toBe('auto');
    expect(screen.getByTestId('complexity-reasons').textContent!.length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('playbook-step').map((s) => s.dataset.action)).toEqual(['ack', 'slack', 'jira', 'invite']);
    expect(choice('critical').getAttribute('aria-pressed')).toBe('true');
  });

  it('rates a plain question simple', async () => {
    mount(<ComplexitySection />, dialogue([customer('Hi! Where can I change the interface language?')]));
    await settle();
    expect(level()).toBe('simple');
    expect(screen.getAllByTestId('playbook-step').map((s) => s.dataset.action)).toEqual(['answer']);
  });

  it('changing the rating calls setComplexity with the customer\'s words and shows at once', async () => {
    const snap = dialogue([operator('Hello! How can I help?'), customer(OUTAGE)]);
    mount(<ComplexitySection />, snap);
    await settle();
    fireEvent.click(choice('complex'));
    expect(level()).toBe('complex');
    expect(screen.getByTestId('complexity').dataset.source).toBe('operator');
    expect(calls('setComplexity')).toEqual([['setComplexity', { dialogueId: snap.id, level: 'complex', text: OUTAGE }]]);
    expect(screen.getAllByTestId('playbook-step').map((s) => s.dataset.action)).toEqual(['ack']);
  });

  it('says so when the correction could not be saved, and keeps the choice', async () => {
    send.mockImplementation(async (name: string) => {
      if (name === 'setComplexity') throw new Error('background asleep');
      return undefined;
    });
    const { store } = mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    fireEvent.click(choice('simple'));
    await waitFor(() => expect(store.getState().toast?.text).toMatch(/not saved: background asleep/));
    expect(level()).toBe('simple');
  });

  it('the critical playbook\'s Slack and Jira steps ask the escalation section to run', async () => {
    const { store } = mount(<ComplexitySection />, dialogue([customer(OUTAGE)]), { escalateRequest: 7 });
    await settle();
    fireEvent.click(within(step('slack')).getByTestId('playbook-action'));
    expect(store.getState().escalateRequest).toBe(8);
    expect(step('slack').dataset.done).toBe('true');
    fireEvent.click(within(step('jira')).getByTestId('playbook-action'));
    expect(store.getState().escalateRequest).toBe(9);
  });

  it('the acknowledge step inserts the reply rendered for the customer', async () => {
    const { actions } = mount(<ComplexitySection />, dialogue([customer('Трекер лежит, 502, все кампании стоят')], { customer: { name: 'Олег' } }));
    await settle();
    expect(level()).toBe('critical');
    fireEvent.click(within(step('ack')).getByTestId('playbook-action'));
    await settle();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(actions.insertText.mock.calls[0][0]).toMatch(/^Олег, спасибо, что написали!/);
    expect(step('ack').dataset.done).toBe('true');
  });

  it('the proposal step applies its tag, and the check boxes tick by hand', async () => {
    const { actions } = mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    fireEvent.click(choice('proposal'));
    fireEvent.click(within(step('tag')).getByTestId('playbook-action'));
    expect(actions.applyTag).toHaveBeenCalledWith('domains-ssl-recheck');
    await settle();
    expect(step('tag').dataset.done).toBe('true');
    fireEvent.click(choice('simple'));
    const box = within(step('answer')).getByRole('checkbox') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(step('answer').dataset.done).toBe('true');
  });

  it('keeps the level the operator set before, and ignores a stored automatic one', async () => {
    const snap = dialogue([customer(OUTAGE)]);
    const { store } = mount(<ComplexitySection />, snap, { stored: storedLevel(snap.id!, 'proposal', 'operator') });
    await settle();
    expect(level()).toBe('proposal');
    expect(screen.getByTestId('complexity').dataset.source).toBe('operator');
    await act(() => store.setState({ stored: storedLevel(snap.id!, 'simple', 'auto') }));
    expect(level()).toBe('critical');
    // A record of another dialogue says nothing about this one.
    await act(() => store.setState({ stored: storedLevel('other', 'simple', 'operator') }));
    expect(level()).toBe('critical');
  });

  it('rates with the learned corrections, fetched once per dialogue', async () => {
    const text = 'Postbacks from the network arrive with a delay of a few hours';
    send.mockImplementation(async (name: string) => (name === 'getComplexityModel' ? learnComplexity(emptyLearned(), text, 'critical') : undefined));
    const first = dialogue([customer(text)]);
    const { store } = mount(<ComplexitySection />, first);
    await waitFor(() => expect(level()).toBe('critical'));
    expect(screen.getByTestId('complexity-reasons').textContent).toMatch(/already rated this dialogue critical/);
    await act(() => store.setState({ snapshot: { ...first, messages: [...first.messages, operator('Looking')] } }));
    expect(calls('getComplexityModel')).toHaveLength(1);
    await act(() => store.setState({ snapshot: dialogue([customer('Where do I change my password?')]) }));
    await settle();
    expect(calls('getComplexityModel')).toHaveLength(2);
    expect(level()).toBe('simple');
  });

  it('rates by the rules alone when the learned state is unreadable', async () => {
    send.mockImplementation(async (name: string) => (name === 'getComplexityModel' ? { version: 99 } : undefined));
    mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    expect(level()).toBe('critical');
  });
});

describe('ComplexitySection with the replies section', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockImplementation(async () => undefined);
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => vi.useRealTimers());

  it('a level the operator picks changes the suggested reply', async () => {
    // Friday 2024-03-15, 15:00 Moscow: a complex question should wait for Monday.
    vi.setSystemTime(new Date('2024-03-15T12:00:00Z'));
    mount(
      <>
        <ComplexitySection />
        <RepliesSection />
      </>,
      dialogue([customer('How do I set up the landing page rotation for two offers?')]),
    );
    await settle();
    expect(level()).not.toBe('complex');
    expect(screen.queryByTestId('reply-suggested')?.dataset.replyId).not.toBe('weekend');
    fireEvent.click(choice('complex'));
    await settle();
    expect(screen.getByTestId('reply-suggested').dataset.replyId).toBe('weekend');
    expect(screen.getByTestId('reply-reason').textContent).toMatch(/Friday afternoon/);
  });
});
