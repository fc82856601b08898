import { act, render } from '@testing-library/preact';
import { makeActions } from '../sidebar-actions';
import { channel } from '../fake-channel';
import type { ComponentChildren } from 'preact';
import type { DialogueMessage, DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { defaultSettings } from '../../../lib/settings/defaults';
import { createSidebarStore, StoreContext, type SidebarState } from '../../../components/sidebar/store';

export const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
export const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text, author: 'Anna' });

let next = 1;

export function dialogue(messages: DialogueMessage[], patch: Partial<DialogueSnapshot> = {}): DialogueSnapshot {
  const id = `1204567890123456${String(next++).padStart(3, '0')}`;
  return {
    id,
    link: `https://app.carrotquest.io/project/1/conversations/${id}`,
    url: '',
    customer: { name: 'Ivan Petrov', email: 'ivan@example.com', id: '7' },
    notes: [],
    messages,
    tags: [],
    operator: 'Anna',
    matched: [],
    missing: [],
    readAt: 0,
    ...patch,
  };
}

export { makeActions };

/** Renders sections over a sidebar store holding `snapshot`, default settings and English UI. */
export function mount(children: ComponentChildren, snapshot: DialogueSnapshot, init: Partial<SidebarState> = {}) {
  const actions = makeActions();
  const store = createSidebarStore(actions, { snapshot, settings: defaultSettings(), lang: 'en', service: channel.service, ...init });
  const view = render(<StoreContext.Provider value={store}>{children}</StoreContext.Provider>);
  return { store, actions, view };
}

/**
 * Lets promises, the renders they cause and the effects of those renders settle: an answer from the
 * background renders, and the render may ask the background again (a rating changes the replies).
 */
export async function settle(): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await act(async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    });
  }
}
