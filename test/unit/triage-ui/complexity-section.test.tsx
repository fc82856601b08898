import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepliesSection } from '../../../components/replies/RepliesSection';
import { ComplexitySection } from '../../../components/triage/ComplexitySection';
import { redactSecrets } from '../../../lib/secrets/detect';
import { emptyLearned, learnComplexity } from '../../../lib/triage/complexity';
import type { DialogueState } from '../../../lib/service-types';
import { channel as background } from '../fake-channel';
import { customer, dialogue, mount, operator, settle } from '../replies-ui/harness';

/** What the background answers from its database (the rating itself is the real one, behind the channel). */
const send = background.database;
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
    background.reset();
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

  it('ticks the steps an escalation did once it is recorded', async () => {
    const snap = dialogue([customer(OUTAGE)]);
    const { store } = mount(<ComplexitySection />, snap);
    await settle();
    expect(step('slack').dataset.done).toBe('false');
    await act(() =>
      store.setState({
        stored: {
          record: null,
          escalation: { dialogueId: snap.id!, at: 1, summary: 'x', customerMessageCount: 1 },
          newCustomerMessagesSinceEscalation: 0,
        },
      }),
    );
    expect(['ack', 'slack', 'jira'].map((a) => step(a).dataset.done)).toEqual(['true', 'true', 'true']);
    expect(step('invite').dataset.done).toBe('false');
  });

  it('rates a plain question simple', async () => {
    mount(<ComplexitySection />, dialogue([customer('Hi! Where can I change the interface language?')]));
    await settle();
    expect(level()).toBe('simple');
    expect(screen.getAllByTestId('playbook-step').map((s) => s.dataset.action)).toEqual(['answer']);
  });

  it("changing the rating calls setComplexity with the customer's words and shows at once", async () => {
    const snap = dialogue([operator('Hello! How can I help?'), customer(OUTAGE)]);
    mount(<ComplexitySection />, snap);
    await settle();
    fireEvent.click(choice('complex'));
    expect(level()).toBe('complex');
    expect(screen.getByTestId('complexity').dataset.source).toBe('operator');
    expect(calls('setComplexity')).toEqual([['setComplexity', { dialogueId: snap.id, level: 'complex', text: OUTAGE }]]);
    // The team's order for a complex dialogue: search, then #team-cs, then #tech-questions.
    expect(screen.getAllByTestId('playbook-step').map((s) => s.dataset.action)).toEqual(['ack', 'search', 'team', 'slack']);
  });

  it('opens "Search first" from the complex playbook', async () => {
    const snap = dialogue([operator('Hello! How can I help?'), customer(OUTAGE)]);
    const { store } = mount(<ComplexitySection />, snap);
    await settle();
    fireEvent.click(choice('complex'));
    const before = store.getState().searchRequest;
    fireEvent.click(within(step('search')).getByTestId('playbook-action'));
    expect(store.getState().searchRequest).toBe(before + 1);
    expect(step('search').dataset.done).toBe('true');
    expect(within(step('team')).getByTestId('playbook-action').textContent).toBe('Search first');
  });

  it('says so when the correction could not be saved, and keeps the choice', async () => {
    send.mockImplementation(async (name) => {
      if (name === 'setComplexity') throw new Error('background asleep');
      return undefined;
    });
    const { store } = mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    fireEvent.click(choice('simple'));
    await waitFor(() => expect(store.getState().toast?.text).toMatch(/not saved: background asleep/));
    expect(level()).toBe('simple');
  });

  it("the critical playbook's Slack and Jira steps ask the escalation section to run", async () => {
    const { store } = mount(<ComplexitySection />, dialogue([customer(OUTAGE)]), { escalateRequest: 7 });
    await settle();
    fireEvent.click(within(step('slack')).getByTestId('playbook-action'));
    expect(store.getState().escalateRequest).toBe(8);
    expect(step('slack').dataset.done).toBe('true');
    fireEvent.click(within(step('jira')).getByTestId('playbook-action'));
    expect(store.getState().escalateRequest).toBe(9);
  });

  it('the acknowledge step inserts the reply rendered for the customer', async () => {
    const { actions } = mount(
      <ComplexitySection />,
      dialogue([customer('Трекер лежит, 502, все кампании стоят')], { customer: { name: 'Олег' } }),
    );
    await settle();
    expect(level()).toBe('critical');
    fireEvent.click(within(step('ack')).getByTestId('playbook-action'));
    await settle();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^Олег, спасибо, что написали!/);
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

  it('rates with the learned corrections the background holds, once per change', async () => {
    const text = 'Postbacks from the network arrive with a delay of a few hours';
    background.learned = learnComplexity(emptyLearned(), text, 'critical');
    const first = dialogue([customer(text)]);
    const { store } = mount(
      <>
        <ComplexitySection />
        <RepliesSection />
      </>,
      first,
    );
    await settle();
    expect(level()).toBe('critical');
    expect(screen.getByTestId('complexity-reasons').textContent).toMatch(/already rated this dialogue critical/);
    // Both sections read the rating; the background is asked once, and the page never fetches the learned state.
    expect(background.callsOf('rateComplexity')).toHaveLength(1);
    expect(background.callsOf('rateComplexity')[0]).toEqual({ messages: first.messages });
    expect(calls('getComplexityModel')).toHaveLength(0);
    await act(() => store.setState({ snapshot: { ...first, messages: [...first.messages, operator('Looking')] } }));
    await settle();
    expect(background.callsOf('rateComplexity')).toHaveLength(2);
    expect(level()).toBe('critical');
    await act(() => store.setState({ snapshot: dialogue([customer('Where do I change my password?')]) }));
    await settle();
    expect(level()).toBe('simple');
  });

  it('recognises a corrected dialogue whose customer pasted a password', async () => {
    const snap = dialogue([customer('Tracking is slow since yesterday. Admin login: boss, password: Hunter2-Secret')]);
    mount(<ComplexitySection />, snap);
    await settle();
    fireEvent.click(choice('proposal'));
    const [, feedback] = calls('setComplexity')[0] as [string, { text: string }];
    // What the background does with a correction: it stores the redacted text and learns from it.
    background.learned = learnComplexity(undefined, redactSecrets(feedback.text).slice(-8000), 'proposal');
    const again = dialogue(snap.messages);
    mount(<ComplexitySection />, again);
    await settle();
    const sections = screen.getAllByTestId('complexity');
    expect(sections[1]?.dataset.level).toBe('proposal');
    expect(sections[1]?.dataset.source).toBe('auto');
  });

  it('rates by the rules alone when the learned state is unreadable', async () => {
    background.learned = { version: 99 };
    mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    expect(level()).toBe('critical');
  });

  it('says so when the background cannot rate, and does not throw', async () => {
    background.failing.set('rateComplexity', 'Could not establish connection. Receiving end does not exist.');
    mount(<ComplexitySection />, dialogue([customer(OUTAGE)]));
    await settle();
    expect(screen.queryByTestId('complexity')).toBeNull();
    expect(screen.getByTestId('complexity-error').textContent).toBe(
      'The dialogue could not be rated: Could not establish connection. Receiving end does not exist.',
    );
  });

  it("keeps the newest dialogue's rating when an older answer arrives late", async () => {
    const slow = dialogue([customer(OUTAGE)]);
    background.hold = (method, input) => method === 'rateComplexity' && input.messages[0].text === OUTAGE;
    const { store } = mount(<ComplexitySection />, slow);
    await settle();
    expect(screen.queryByTestId('complexity')).toBeNull();
    background.hold = null;
    await act(() => store.setState({ snapshot: dialogue([customer('Where do I change my password?')]) }));
    await settle();
    expect(level()).toBe('simple');
    background.held.forEach((h) => h.release());
    await settle();
    expect(level()).toBe('simple');
    expect(screen.getAllByTestId('playbook-step').map((s) => s.dataset.action)).toEqual(['answer']);
  });

  it('shows the last rating of the dialogue while it is rated again', async () => {
    const snap = dialogue([customer('Where do I change my password?')]);
    const { store } = mount(<ComplexitySection />, snap);
    await settle();
    expect(level()).toBe('simple');
    background.hold = (method) => method === 'rateComplexity';
    await act(() => store.setState({ snapshot: { ...snap, messages: [...snap.messages, customer(OUTAGE)] } }));
    await settle();
    expect(background.held).toHaveLength(1);
    expect(level()).toBe('simple');
    background.held[0]!.release();
    await settle();
    expect(level()).toBe('critical');
  });
});

describe('ComplexitySection with the replies section', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockImplementation(async () => undefined);
    background.reset();
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
    expect(screen.getByTestId('reply-reason').textContent).toMatch(/Friday after/);
  });
});
