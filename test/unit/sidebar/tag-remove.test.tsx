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
  messages: [{ fromCustomer: true, text: 'refund please' }],
  tags: ['refund', 'billing'],
  matched: [],
  missing: [],
  readAt: 0,
};

const apiSource = {
  dialogueId: snap.id!,
  sources: { messages: 'api', tags: 'api', assignee: 'api', customer: 'page' } as const,
  covered: [],
  line: '',
  coveredLine: '',
};

function setup(init: Parameters<typeof createSidebarStore>[1] = {}) {
  const actions = makeActions();
  const store = createSidebarStore(actions, { snapshot: snap, service: channel.service, ...init });
  render(
    <StoreContext.Provider value={store}>
      <Sidebar features={[tagsFeature]} />
    </StoreContext.Provider>,
  );
  return { store, actions };
}

describe('removing a dialogue tag from the sidebar', () => {
  it('offers removal in API mode, one button per tag, in both languages', () => {
    const { actions } = setup({ apiSource });
    const buttons = screen.getAllByTestId('tag-remove');
    expect(buttons.map((b) => b.getAttribute('data-tag'))).toEqual(['refund', 'billing']);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Remove the tag "refund" (through the CarrotQuest API)');
    fireEvent.click(buttons[1]!);
    expect(actions.removeTag).toHaveBeenCalledWith('billing');
  });

  it('says it in Russian', () => {
    setup({ apiSource, lang: 'ru' });
    expect(screen.getAllByTestId('tag-remove')[0]!.getAttribute('aria-label')).toBe('Снять тег «refund» (через API CarrotQuest)');
  });

  it('offers nothing without API mode, or while the API reading is of another dialogue', () => {
    setup();
    expect(screen.queryAllByTestId('tag-remove')).toHaveLength(0);
    setup({ apiSource: { ...apiSource, dialogueId: '999' } });
    expect(screen.queryAllByTestId('tag-remove')).toHaveLength(0);
  });
});
