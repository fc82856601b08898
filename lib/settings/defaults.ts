import type { Settings } from './schema';
import { defaultApiSettings } from './api-defaults';
import { SETTINGS_VERSION } from './version';
import { DEFAULT_DUTY_DAYS, defaultQueueAlert } from './playbook-defaults';

/** What a new user starts with: no team data yet, the team's schedule (CONTEXT.md), goals 70% / 80%. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    carrotquest: { selectors: {}, panelHosts: [] },
    tags: [],
    replies: [],
    slack: { teamId: '', channelId: '', webhookUrl: '', webhookEnabled: false },
    jira: { baseUrl: '', projectKey: 'SUPPORT', projectId: '', issueTypeId: '' },
    targets: { floor: 0.7, goal: 0.8, longHeldHours: 24 },
    operator: {
      name: '',
      language: 'auto',
      timeZone: 'Europe/Moscow',
      shifts: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }],
      sshPublicKey: '',
      retentionDays: 365,
      teamSettingsUrl: '',
    },
    api: defaultApiSettings(),
    playbook: { waitMinutes: 5, dutyDays: [...DEFAULT_DUTY_DAYS] },
    queueAlert: defaultQueueAlert(),
    help: { kbSearchUrl: '', teamChannelId: '', seniors: [] },
  };
}
