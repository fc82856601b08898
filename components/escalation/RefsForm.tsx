import { useState } from 'preact/hooks';
import type { EscalationRecord } from '../../lib/db/schema';
import { defaultSettings } from '../../lib/settings/defaults';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { errorMessage } from '../shared/latest';
import { storeEscalation } from './store-escalation';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; text: string };

/**
 * The Slack thread and Jira task links, pasted back once they exist, so the state line and
 * `#work-done` can point at them. Keyed by escalation id by the caller, so another escalation
 * starts with its own values.
 */
export function RefsForm({ escalation }: { escalation: EscalationRecord }) {
  const t = usePhrases(strings);
  const store = useSidebarStore();
  const jiraSettings = useSidebar((s) => s.settings?.jira) ?? defaultSettings().jira;
  const [slack, setSlack] = useState(escalation.slackRef ?? '');
  const [jira, setJira] = useState(escalation.jiraUrl ?? escalation.jiraKey ?? '');
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function save(e: Event) {
    e.preventDefault();
    if (escalation.id === undefined) return setState({ status: 'error', text: t('refsNeedRecord') });
    setState({ status: 'saving' });
    try {
      const { baseUrl, projectKey } = jiraSettings;
      const { slackRef, jiraRef } = await store
        .getState()
        .service.call('escalationRefs', { slack, jira, jiraSettings: { baseUrl, projectKey } });
      if (slackRef === null) return setState({ status: 'error', text: t('badSlackRef') });
      if (jiraRef === null) return setState({ status: 'error', text: t('badJiraRef') });
      // Empty strings clear a link the operator removed; the background skips only missing fields.
      const saved = await store.getState().service.call('updateEscalation', {
        id: escalation.id,
        slackRef,
        jiraKey: jiraRef.jiraKey ?? '',
        jiraUrl: jiraRef.jiraUrl ?? '',
      });
      if (!saved) return setState({ status: 'error', text: t('saveFailed', { error: t('notFound') }) });
      storeEscalation(store, saved, false);
      setState({ status: 'saved' });
    } catch (err) {
      setState({ status: 'error', text: t('saveFailed', { error: errorMessage(err) }) });
    }
  }

  return (
    <form class="sk-esc-panel sk-esc-refs" data-testid="escalation-refs" onSubmit={save}>
      <h4 class="sk-esc-heading">{t('refsHeading')}</h4>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('slackRefLabel')}</span>
        <input
          type="text"
          inputMode="url"
          data-testid="escalation-slack-ref"
          placeholder="https://….slack.com/archives/…"
          value={slack}
          onInput={(e) => setSlack(e.currentTarget.value)}
        />
      </label>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('jiraRefLabel')}</span>
        <input
          type="text"
          data-testid="escalation-jira-ref"
          placeholder="SUPPORT-123"
          value={jira}
          onInput={(e) => setJira(e.currentTarget.value)}
        />
      </label>
      <div class="sk-row">
        <button type="submit" class="sk-btn sk-btn--small" data-testid="escalation-refs-save" disabled={state.status === 'saving'}>
          {state.status === 'saving' ? t('saving') : t('save')}
        </button>
        {state.status === 'saved' && <span class="sk-esc-status sk-esc-status--ok">{t('saved')}</span>}
      </div>
      {state.status === 'error' && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="escalation-refs-error">
          {state.text}
        </p>
      )}
    </form>
  );
}
