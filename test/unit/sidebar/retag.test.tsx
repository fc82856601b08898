import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { createSidebarStore, StoreContext } from '../../../components/sidebar/store';
import { tagsFeature } from '../../../components/tags/feature';
import { channel } from '../fake-channel';
import { makeActions } from '../sidebar-actions';

const snap: DialogueSnapshot = {
  id: '1204567890123456001',
  link: 'https://app.carrotquest.io/project/1/conversations/1204567890123456001',
  url: '',
  customer: { name: 'Dmitry' },
  notes: [],
  messages: [{ fromCustomer: true, text: 'refund for the second month too, please', time: '2026-11-27T10:00:00Z' }],
  tags: ['refund'],
  matched: [],
  missing: [],
  readAt: 0,
};

const suggest = { suggestions: [{ name: 'refund', confidence: 0.9, why: ['refund'] }], confident: true, retag: 'refund' };

function setup(init: Parameters<typeof createSidebarStore>[1] = {}) {
  const actions = makeActions();
  const store = createSidebarStore(actions, { snapshot: snap, service: channel.service, suggest, ...init });
  render(
    <StoreContext.Provider value={store}>
      <Sidebar features={[tagsFeature]} />
    </StoreContext.Provider>,
  );
  return { store, actions };
}

describe('Tag again', () => {
  it('offers to remove and add the tag again, and the dialogue counts as untagged until then', () => {
    const { actions } = setup();
    const button = screen.getByTestId('retag');
    expect(button.dataset.tag).toBe('refund');
    expect(button.textContent).toBe('Tag again: refund');
    expect(button.title).toMatch(/statistics/);
    expect(screen.getByTestId('badge-untagged')).toBeTruthy();
    fireEvent.click(button);
    expect(actions.retag).toHaveBeenCalledWith('refund');
  });

  it('says it in Russian', () => {
    setup({ lang: 'ru' });
    expect(screen.getByTestId('retag').textContent).toBe('Поставить заново: refund');
  });

  it('offers nothing while the tag is off the dialogue (the retag under way) or when nothing asks for it', () => {
    setup({ snapshot: { ...snap, tags: ['billing'] } });
    expect(screen.queryByTestId('retag')).toBeNull();
    expect(screen.queryByTestId('badge-untagged')).toBeNull();
    setup({ suggest: { ...suggest, retag: undefined } });
    expect(screen.queryByTestId('retag')).toBeNull();
  });
});
