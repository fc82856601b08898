import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { createSidebarStore, StoreContext } from '../../../components/sidebar/store';
import { healthFeature } from '../../../components/health/feature';
import { recordingFeature } from '../../../components/recording/feature';
import { tagsFeature } from '../../../components/tags/feature';
import { channel } from '../fake-channel';
import { makeActions } from '../sidebar-actions';

const snap: DialogueSnapshot = {
  id: '1204567890123456001',
  link: 'https://app.carrotquest.io/project/1/conversations/1204567890123456001',
  url: '',
  customer: { name: '<img src=x onerror=alert(1)>Dmitry', email: 'd@example.com', id: '7' },
  notes: ['<b>VIP</b> customer', 'Second note'],
  messages: [{ fromCustomer: true, text: 'refund please' }],
  tags: [],
  matched: [],
  missing: ['customerEmail', 'composer'],
  readAt: 0,
};

function setup(init: Parameters<typeof createSidebarStore>[1] = {}) {
  const actions = makeActions();
  const store = createSidebarStore(actions, { snapshot: snap, service: channel.service, ...init });
  const view = render(
    <StoreContext.Provider value={store}>
      <Sidebar features={[recordingFeature, tagsFeature, healthFeature]} />
    </StoreContext.Provider>,
  );
  return { store, actions, view };
}

describe('Sidebar', () => {
  it('shows the customer, the notes first, and customer text as text', () => {
    const { view } = setup();
    expect(screen.getByTestId('customer-name').textContent).toBe('<img src=x onerror=alert(1)>Dmitry');
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.querySelector('b')).toBeNull();
    const notes = screen.getByTestId('notes');
    expect(notes.textContent).toContain('<b>VIP</b> customer');
    // Who the customer is takes one header line (the panel's card shows the rest); the notes lead the sections.
    const order = view.container.innerHTML;
    expect(order.indexOf('data-testid="notes"')).toBeLessThan(order.indexOf('data-testid="tags"'));
    expect(screen.getByTestId('dialogue-id').textContent).toBe(snap.id);
    expect(screen.getByTestId('dialogue-link').getAttribute('href')).toBe(snap.link);
  });

  it('folds only the features that have a section: work beside the page gets no empty heading', () => {
    const store = createSidebarStore(makeActions(), { snapshot: snap, service: channel.service });
    const beside = { id: 'beside', label: { en: 'Beside', ru: 'Рядом' }, start: () => {} };
    const view = render(
      <StoreContext.Provider value={store}>
        <Sidebar features={[recordingFeature, beside, tagsFeature, healthFeature]} />
      </StoreContext.Provider>,
    );
    const folds = [...view.container.querySelectorAll<HTMLElement>('[data-testid="fold"]')].map((el) => el.dataset.fold);
    expect(folds).toEqual(['notes', 'tags']);
    expect(view.container.textContent).not.toMatch(/Beside/i);
  });

  it('flags a dialogue with no tags, more strongly once I replied', () => {
    const { store } = setup();
    expect(screen.getByTestId('untagged-flag').textContent).toMatch(/No tags/);
    store.setState({
      stored: { record: { repliedByMe: 1 } as never, escalation: null, newCustomerMessagesSinceEscalation: 0 },
    });
    return Promise.resolve().then(() => expect(screen.getByTestId('untagged-flag').textContent).toMatch(/replied/));
  });

  it('says when the page is loading or stuck on another dialogue than the address names, in both languages', async () => {
    const { store } = setup();
    expect(screen.queryByTestId('page-state')).toBeNull();
    store.setState({ page: { state: 'loading', id: '1204567890123456002' } });
    await Promise.resolve();
    const line = screen.getByTestId('page-state');
    expect(line.dataset.state).toBe('loading');
    expect(line.textContent).toMatch(/Loading dialogue 1204567890123456002/);
    store.setState({ page: { state: 'stuck', id: '1204567890123456002', reason: 'not-loaded' } });
    await Promise.resolve();
    expect(screen.getByTestId('page-state').dataset.state).toBe('stuck');
    expect(screen.getByTestId('page-state').textContent).toMatch(/nothing is recorded/);
    store.setState({ lang: 'ru', page: { state: 'stuck', id: '1204567890123456002', reason: 'other-dialogue' } });
    await Promise.resolve();
    expect(screen.getByTestId('page-state').textContent).toMatch(/Диалог 1204567890123456002 не загрузился/);
    expect(screen.getByTestId('page-state').dataset.reason).toBe('other-dialogue');
    store.setState({ page: { state: 'ready' } });
    await Promise.resolve();
    expect(screen.queryByTestId('page-state')).toBeNull();
  });

  it('says in one line how many parts are missing, and which on Fix', async () => {
    const { store } = setup();
    const health = screen.getByTestId('health');
    expect(health.textContent).toMatch(/^!2 parts missingFix$/);
    expect(health.dataset.missing).toBe('composer customerEmail');
    fireEvent.click(screen.getByTestId('health-details'));
    // The parts' names come with the page tools, loaded on this press.
    const list = (await screen.findByTestId('health-list')).textContent!;
    expect(list).toMatch(/customer email/);
    expect(list).toMatch(/reply box/);
    // The inbox list, where no dialogue is open: nothing is missing there.
    await act(() =>
      store.setState({
        snapshot: {
          ...snap,
          id: null,
          url: 'https://app.carrotquest.io/project/1/conversations',
          matched: ['operatorName'],
          missing: ['dialogueUrl', 'root', 'composer'],
        },
      }),
    );
    expect(screen.queryByTestId('health')).toBeNull();
  });

  it('applies a suggested tag in one click and says when unsure', async () => {
    const { store, actions } = setup({
      suggest: { confident: true, suggestions: [{ name: 'refund', confidence: 0.91, why: ['refund'] }] },
    });
    const button = screen.getByTestId('suggestion');
    expect(button.dataset.tag).toBe('refund');
    expect(button.getAttribute('title')).toContain('refund');
    fireEvent.click(button);
    expect(actions.applyTag).toHaveBeenCalledWith('refund');
    store.setState({ suggest: { confident: false, suggestions: [] } });
    await Promise.resolve();
    expect(screen.queryByTestId('suggestion')).toBeNull();
    expect(screen.getByTestId('suggestions-unsure').textContent).toMatch(/Not sure/);
  });

  it('collapses to a strip', async () => {
    const { store, actions } = setup({ collapsed: true });
    expect(screen.getByTestId('sidebar').dataset.collapsed).toBe('true');
    expect(screen.queryByTestId('notes')).toBeNull();
    fireEvent.click(screen.getByRole('button'));
    expect(actions.setCollapsed).toHaveBeenCalledWith(false);
    store.setState({ collapsed: false });
  });

  it('speaks Russian', () => {
    setup({ lang: 'ru' });
    expect(screen.getByTestId('untagged-flag').textContent).toMatch(/Нет тегов/);
  });
});

describe('useSidebar', () => {
  it('shows a change made between the first render and the subscription', async () => {
    const { store } = setup({ snapshot: null });
    // The content script reads the page right after mounting, before effects have run.
    store.setState({ snapshot: snap });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('health').dataset.missing).toBe('composer customerEmail');
  });
});
