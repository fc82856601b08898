import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { channel } from '../fake-channel';
import { triageStore } from '../../../components/triage/useComplexity';
import type { SidebarStore } from '../../../components/sidebar/store';
import { LINK, SLACK_CONFIGURED, customer, lastCopied, operator, setup, snapshot } from './helpers';

const send = channel.database;

beforeEach(() => {
  send.mockImplementation(async (name) => {
    if (name === 'recordEscalation')
      return { id: 7, at: Date.now(), dialogueId: '1204567890123456001', summary: '', customerMessageCount: 1 };
    throw new Error(`unexpected message ${name}`);
  });
});

const KB = 'https://kb.example.com/search?q={query}';

/** The operator rates the open dialogue complex: "Search first" is offered below critical only. */
async function rateComplex(store: SidebarStore) {
  await act(() => triageStore(store).setState((s) => ({ chosen: { ...s.chosen, [store.getState().snapshot!.id!]: 'complex' } })));
}

async function openSearchFirst() {
  fireEvent.click(await screen.findByTestId('search-first-open'));
  await waitFor(() => expect(screen.getByTestId('search-first')).toBeTruthy());
  return screen.getByTestId('search-first');
}

describe('Search first', () => {
  it('opens on request and links to Slack and the knowledge base with the dialogue’s key words', async () => {
    const { store } = setup({}, (s) => {
      s.slack = { ...SLACK_CONFIGURED };
      s.help = { kbSearchUrl: KB, teamChannelId: 'C0TEAMCS', seniors: [] };
    });
    await rateComplex(store);
    expect(screen.queryByTestId('search-first')).toBeNull();
    const panel = await openSearchFirst();
    await waitFor(() => expect(within(panel).getByTestId('search-kb')).toBeTruthy());
    const kb = within(panel).getByTestId('search-kb') as HTMLAnchorElement;
    expect(kb.href).toBe('https://kb.example.com/search?q=update%20tracker%20stopped%20counting%20clicks%20Campaign');
    expect(kb.target).toBe('_blank');
    const slack = within(panel).getByTestId('search-slack') as HTMLAnchorElement;
    expect(slack.href).toBe('https://app.slack.com/client/T0123ABC');
    expect(slack.dataset.query).toBe('update tracker stopped counting clicks Campaign');
    expect(slack.title).toMatch(/paste them into Slack's search/);
  });

  it('copies the key words on "Search Slack" and says so', async () => {
    const { actions, store } = setup({}, (s) => {
      s.slack = { ...SLACK_CONFIGURED };
    });
    await rateComplex(store);
    const panel = await openSearchFirst();
    await waitFor(() => expect(within(panel).getByTestId('search-slack')).toBeTruthy());
    // The link itself would navigate the test page: only what the click does besides is tested here.
    panel.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(within(panel).getByTestId('search-slack'));
    await waitFor(() => expect(actions.copy).toHaveBeenCalled());
    expect(lastCopied(actions)).toBe('update tracker stopped counting clicks Campaign');
    expect(store.getState().toast?.text).toBe("Key words copied: paste them into Slack's search");
  });

  it('asks #team-cs with the customer quoted and the link, and opens the channel', async () => {
    const { actions, store } = setup({}, (s) => {
      s.slack = { ...SLACK_CONFIGURED };
      s.help = { kbSearchUrl: '', teamChannelId: 'C0TEAMCS', seniors: [] };
    });
    await rateComplex(store);
    const panel = await openSearchFirst();
    await waitFor(() => expect(within(panel).getByTestId('search-words')).toBeTruthy());
    fireEvent.click(within(panel).getByTestId('ask-team'));
    await waitFor(() => expect(actions.openLink).toHaveBeenCalledWith('slack://channel?team=T0123ABC&id=C0TEAMCS'));
    const copied = lastCopied(actions);
    expect(copied).toContain('> Hello! After the update the tracker stopped counting clicks.');
    expect(copied).toContain(`Dialogue: ${LINK}`);
    expect(copied).not.toContain('Thanks, checking');
    // No knowledge base set: no link, and the panel says where to set it.
    expect(within(panel).queryByTestId('search-kb')).toBeNull();
    expect(panel.textContent).toContain('knowledge base search address');
  });

  it('speaks Russian', async () => {
    const { store } = setup({
      lang: 'ru',
      snapshot: snapshot({ messages: [customer('Не приходит постбэк от партнёрки'), operator('Проверяю')] }),
    });
    await rateComplex(store);
    fireEvent.click(await screen.findByTestId('search-first-open'));
    const panel = await waitFor(() => screen.getByTestId('search-first'));
    await waitFor(() => expect(within(panel).getByTestId('search-words').textContent).toBe('Ключевые слова: приходит постбэк партнёрки'));
    expect(within(panel).getByTestId('ask-team').textContent).toBe('Спросить в #team-cs');
    expect(panel.textContent).toContain('id команды в Slack');
  });

  it('opens when the playbook asks for it', async () => {
    const { store } = setup();
    await rateComplex(store);
    await screen.findByTestId('search-first-open');
    expect(screen.queryByTestId('search-first')).toBeNull();
    await act(() => store.setState((s) => ({ searchRequest: s.searchRequest + 1 })));
    await waitFor(() => expect(screen.getByTestId('search-first')).toBeTruthy());
    expect(screen.getByTestId('search-first-open').getAttribute('aria-expanded')).toBe('true');
  });

  it('is not offered for a critical dialogue, which goes straight to #tech-questions', async () => {
    const { store } = setup();
    await act(() => triageStore(store).setState((s) => ({ chosen: { ...s.chosen, [store.getState().snapshot!.id!]: 'critical' } })));
    await screen.findByTestId('escalate');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('search-first-open')).toBeNull();
    // Rated down to complex, it is offered.
    await rateComplex(store);
    await screen.findByTestId('search-first-open');
  });

  it('hides the block once the dialogue is escalated', async () => {
    const { store } = setup();
    await rateComplex(store);
    expect((await screen.findByTestId('search-first-open')).getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() => expect(screen.getByTestId('slack-draft')).toBeTruthy());
    expect(screen.queryByTestId('search-first-open')).toBeNull();
    expect(screen.queryByTestId('search-first')).toBeNull();
  });
});

describe('the error as text', () => {
  it('offers the field only when the customer sent an image or file, and puts the error in the draft', async () => {
    const { actions } = setup({
      snapshot: snapshot({ messages: [{ fromCustomer: true, text: 'See the screenshot', attachment: true }] }),
    });
    fireEvent.click(screen.getByTestId('escalate'));
    // Edits count once the escalation is recorded (as the operator sees it: the state line).
    await waitFor(() => expect(screen.getByTestId('escalation-state')).toBeTruthy());
    expect(screen.getByTestId('slack-error-text')).toBeTruthy();
    expect(screen.getByTestId('slack-draft').textContent).toContain("screenshots can't be searched");
    fireEvent.input(screen.getByTestId('slack-error-text'), { target: { value: 'Error 1045: Access denied for user' } });
    fireEvent.blur(screen.getByTestId('slack-error-text'));
    await waitFor(() => expect(screen.getByTestId('slack-main').textContent).toContain('```\nError 1045: Access denied for user\n```'));
    await waitFor(() => expect(lastCopied(actions)).toContain('The error as text (from the screenshot):'));
  });

  it('has no such field without an attachment', async () => {
    setup();
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() => expect(screen.getByTestId('slack-draft')).toBeTruthy());
    expect(screen.queryByTestId('slack-error-text')).toBeNull();
  });
});
