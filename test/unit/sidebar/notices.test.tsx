import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { createSidebarStore, StoreContext } from '../../../components/sidebar/store';
import { TEAM_PENDING_KEY } from '../../../lib/settings/stored';
import { makeActions } from '../sidebar-actions';

function setup() {
  const store = createSidebarStore(makeActions(), {});
  render(
    <StoreContext.Provider value={store}>
      <Sidebar features={[]} />
    </StoreContext.Provider>,
  );
}

describe('the sidebar notice of held team changes', () => {
  it('names what the team file wants to change, and goes when it is settled', async () => {
    await browser.storage.local.set({
      [TEAM_PENDING_KEY]: { at: 1, jiraBaseUrl: { current: 'a', team: 'b' }, selectors: { current: {}, team: {} } },
    });
    setup();
    const notice = await screen.findByTestId('team-held-notice');
    expect(notice.textContent).toContain('the Jira address, the page profile');
    await browser.storage.local.remove(TEAM_PENDING_KEY);
    await waitFor(() => expect(screen.queryByTestId('team-held-notice')).toBeNull());
  });

  it('shows nothing when nothing is held', async () => {
    setup();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('team-held-notice')).toBeNull();
  });
});
