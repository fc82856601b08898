import { render } from '@testing-library/preact';
import { makeActions, type MockActions } from '../sidebar-actions';
import { channel } from '../fake-channel';
import type { DialogueMessage, DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import type { EscalationRecord } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import { EscalateSection } from '../../../components/escalation/EscalateSection';
import { createSidebarStore, StoreContext, type SidebarState } from '../../../components/sidebar/store';

export const LINK = 'https://app.carrotquest.io/project/1/conversations/1204567890123456001';

export const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
export const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text, author: 'Anna' });

export function snapshot(over: Partial<DialogueSnapshot> = {}): DialogueSnapshot {
  return {
    id: '1204567890123456001',
    link: LINK,
    url: LINK,
    customer: { name: 'Ivan Petrov', email: 'ivan@example.com', id: '7' },
    notes: [],
    messages: [
      customer('Hello! After the update the tracker stopped counting clicks.\nCampaign reports are empty since morning.'),
      operator('Thanks, checking'),
    ],
    tags: ['clicks-lost'],
    operator: 'Anna',
    matched: [],
    missing: [],
    readAt: 0,
    ...over,
  };
}

export const SLACK_CONFIGURED = { teamId: 'T0123ABC', channelId: 'C0456DEF', webhookUrl: '', webhookEnabled: false };
export const JIRA_CONFIGURED = { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '10000', issueTypeId: '10002' };

export type Actions = MockActions;
export { makeActions };

export function setup(init: Partial<SidebarState> = {}, patchSettings: (s: Settings) => void = () => {}) {
  const settings = defaultSettings();
  patchSettings(settings);
  const actions = makeActions();
  const store = createSidebarStore(actions, { snapshot: snapshot(), settings, lang: 'en', service: channel.service, ...init });
  const view = render(
    <StoreContext.Provider value={store}>
      <EscalateSection />
    </StoreContext.Provider>,
  );
  return { store, actions, view };
}

/** The text of the last copy. */
export function lastCopied(actions: Actions): string {
  const calls = actions.copy.mock.calls;
  if (!calls.length) throw new Error('nothing was copied');
  return calls[calls.length - 1]![0];
}

export function escalationRecord(over: Partial<EscalationRecord> = {}): EscalationRecord {
  return {
    id: 3,
    dialogueId: '1204567890123456001',
    at: Date.now(),
    summary: 'Clicks not counted',
    customerMessageCount: 1,
    ...over,
  };
}
