import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReminderCard } from '../../../components/recording/ReminderCard';
import { createSidebarStore, StoreContext, type Reminder } from '../../../components/sidebar/store';
import { channel } from '../fake-channel';
import { makeActions } from '../sidebar-actions';

const base: Reminder = { dialogueId: '1204567890123456001', link: null, customerName: 'Dmitry', suggestion: null };
const guess = (name: string, confidence: number) => ({ name, confidence, reasons: [] }) as unknown as NonNullable<Reminder['suggestion']>;

function setup(reminder: Reminder) {
  const actions = makeActions();
  const store = createSidebarStore(actions, { service: channel.service, reminder });
  render(
    <StoreContext.Provider value={store}>
      <ReminderCard />
    </StoreContext.Provider>,
  );
  return { actions };
}

const offered = () => screen.queryAllByTestId('reminder-apply').map((b) => b.dataset.tag);

describe('the untagged reminder', () => {
  it('offers the one tag it is sure of', () => {
    setup({ ...base, suggestion: guess('refund', 0.9), choices: [] });
    expect(offered()).toEqual(['refund']);
  });

  it('without a confident tag still offers the three best guesses, saying it is not sure', () => {
    setup({ ...base, choices: [guess('refund', 0.4), guess('license', 0.3), guess('chargeback', 0.2)] });
    expect(offered()).toEqual(['refund', 'license', 'chargeback']);
    expect(screen.getByText(/Not sure which tag/)).toBeTruthy();
  });

  it('with no guess at all offers only to dismiss', () => {
    setup({ ...base, choices: [] });
    expect(offered()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Dmitry');
  });
});
