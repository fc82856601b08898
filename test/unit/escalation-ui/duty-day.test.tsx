import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channel } from '../fake-channel';
import { triageStore } from '../../../components/triage/useComplexity';
import type { SidebarStore } from '../../../components/sidebar/store';
import type { ComplexityLevel } from '../../../lib/db/schema';
import { JIRA_CONFIGURED, SLACK_CONFIGURED, setup } from './helpers';

const send = channel.database;

beforeEach(() => {
  send.mockImplementation(async (name) => {
    if (name === 'recordEscalation')
      return { id: 7, at: Date.now(), dialogueId: '1204567890123456001', summary: '', customerMessageCount: 1 };
    throw new Error(`unexpected message ${name}`);
  });
});
afterEach(() => {
  vi.useRealTimers();
});

async function rate(store: SidebarStore, level: ComplexityLevel) {
  await act(() => triageStore(store).setState((s) => ({ chosen: { ...s.chosen, [store.getState().snapshot!.id!]: level } })));
}

const configured = (s: Parameters<Parameters<typeof setup>[1] & object>[0]) => {
  s.slack = { ...SLACK_CONFIGURED };
  s.jira = { ...JIRA_CONFIGURED };
};

describe('the escalate button on a duty day', () => {
  it('below critical: no #tech-questions thread — nothing acknowledged, copied or opened; the Monday reply offered', async () => {
    vi.useFakeTimers({ now: Date.parse('2024-03-16T09:00:00Z'), toFake: ['Date'] }); // Saturday, the default duty day
    const { store, actions } = setup({}, configured);
    await rate(store, 'complex');
    const note = await screen.findByTestId('escalate-duty');
    expect(note.textContent).toMatch(/Duty day: #tech-questions is for critical issues only/);
    expect(screen.getByTestId('escalate-duty-reply').textContent).toMatch(/continue on Monday/);
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('recordEscalation', expect.objectContaining({ dialogueId: '1204567890123456001' })),
    );
    expect(actions.copy).not.toHaveBeenCalled();
    expect(actions.openLink).not.toHaveBeenCalled();
    expect(actions.insertText).not.toHaveBeenCalled();
  });

  it('says it in Russian', async () => {
    vi.useFakeTimers({ now: Date.parse('2024-03-16T09:00:00Z'), toFake: ['Date'] });
    const { store } = setup({ lang: 'ru' }, configured);
    await rate(store, 'complex');
    expect((await screen.findByTestId('escalate-duty')).textContent).toMatch(/Дежурный день/);
  });

  it('a critical dialogue escalates as on any day, and a weekday changes nothing', async () => {
    vi.useFakeTimers({ now: Date.parse('2024-03-16T09:00:00Z'), toFake: ['Date'] });
    const first = setup({}, configured);
    await rate(first.store, 'critical');
    await waitFor(() => expect(screen.getByTestId('escalate')).toBeTruthy());
    expect(screen.queryByTestId('escalate-duty')).toBeNull();
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() => expect(first.actions.openLink).toHaveBeenCalledWith('slack://channel?team=T0123ABC&id=C0456DEF'));
    expect(first.actions.copy).toHaveBeenCalled();
    first.view.unmount();

    vi.setSystemTime(Date.parse('2024-03-13T09:00:00Z')); // Wednesday
    const second = setup({}, configured);
    await rate(second.store, 'complex');
    await waitFor(() => expect(screen.getByTestId('search-first-open')).toBeTruthy());
    expect(screen.queryByTestId('escalate-duty')).toBeNull();
  });
});
