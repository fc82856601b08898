import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import {
  confirmTeamChanges,
  declineTeamChanges,
  fetchTeamSettings,
  getHeldTeamChanges,
  syncTeamSettings,
  type FetchLike,
} from '../../../lib/settings/team-sync';
import { exportSettingsText, validateSettings } from '../../../lib/settings/validate';

const URL_OK = 'https://git.example.com/cs/sidekick-team.json';
const TEAM_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl team@company';
const OTHER_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7x9q3mZ2v8Kp4Lr1nW5sT0uY6eH3jF2aD9cB8gE7hI1kJ0lM other@elsewhere';
const PRIVATE =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----';

const answer = (doc: unknown): FetchLike => vi.fn(async () => new Response(JSON.stringify(doc)));

function mine(): Settings {
  const s = defaultSettings();
  s.operator.teamSettingsUrl = URL_OK;
  s.slack.webhookUrl = 'https://hooks.slack.com/services/T0MINE/B0MINE/mine';
  s.slack.webhookEnabled = false;
  s.jira.baseUrl = 'https://jira.example.com';
  s.operator.sshPublicKey = TEAM_KEY;
  return s;
}

describe('the team file and the webhook', () => {
  it('cannot enable or set the webhook', async () => {
    const doc = {
      version: 1,
      slack: {
        teamId: 'T0TEAM',
        channelId: 'C0TEAM',
        webhookUrl: 'https://hooks.slack.com/services/T0EVIL/B0EVIL/evil',
        webhookEnabled: true,
      },
    };
    const r = await fetchTeamSettings(URL_OK, answer(doc), mine());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.slack).toEqual({ teamId: 'T0TEAM', channelId: 'C0TEAM', webhookUrl: mine().slack.webhookUrl, webhookEnabled: false });
  });

  it('the settings export holds no webhook URL, and importing it keeps mine', () => {
    const text = exportSettingsText(mine());
    expect(text).not.toContain('hooks.slack.com');
    expect(JSON.parse(text).slack).not.toHaveProperty('webhookUrl');
    const back = validateSettings(JSON.parse(text), mine());
    expect(back.ok && back.settings.slack.webhookUrl).toBe(mine().slack.webhookUrl);
  });
});

describe('the shared SSH key', () => {
  it('must be one OpenSSH public-key line', () => {
    for (const bad of [
      PRIVATE,
      `${TEAM_KEY}\n${OTHER_KEY}`,
      'ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQAB x',
      'please ask Ivan',
      'ssh-ed25519 AAAA!!!!',
    ]) {
      const r = validateSettings({ version: 1, operator: { sshPublicKey: bad } });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.field).toBe('operator.sshPublicKey');
    }
    for (const good of ['', TEAM_KEY, OTHER_KEY, ` ${TEAM_KEY}\n`])
      expect(validateSettings({ version: 1, operator: { sshPublicKey: good } }).ok, good).toBe(true);
  });

  it('a team file with a private key is refused whole', async () => {
    const r = await fetchTeamSettings(URL_OK, answer({ version: 1, operator: { sshPublicKey: PRIVATE } }), mine());
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/operator\.sshPublicKey: this is a private key/) });
  });
});

describe('held team changes', () => {
  const teamDoc = {
    version: 1,
    tags: [{ name: 'billing' }],
    jira: { baseUrl: 'https://jira.attacker.example', projectKey: 'SUPPORT', projectId: '1', issueTypeId: '2' },
    operator: { sshPublicKey: OTHER_KEY },
    carrotquest: { selectors: { root: '.evil-root' } },
  };

  it('applies the rest at once and holds the Jira host, the SSH key and the selectors', async () => {
    await saveSettings(mine());
    const outcome = await syncTeamSettings({ fetchFn: answer(teamDoc), now: 5 });
    expect(outcome).toEqual({ ran: true, ok: true, held: ['jiraBaseUrl', 'sshPublicKey', 'selectors'] });
    const now = await loadSettings();
    expect(now.tags.map((t) => t.name)).toEqual(['billing']);
    expect(now.jira).toEqual({ baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '1', issueTypeId: '2' });
    expect(now.operator.sshPublicKey).toBe(TEAM_KEY);
    expect(now.carrotquest.selectors).toEqual({});
    expect(await getHeldTeamChanges()).toEqual({
      at: 5,
      jiraBaseUrl: { current: 'https://jira.example.com', team: 'https://jira.attacker.example' },
      sshPublicKey: { current: TEAM_KEY, team: OTHER_KEY },
      selectors: { current: {}, team: { root: '.evil-root' } },
    });
  });

  it('applies them when the operator confirms', async () => {
    await saveSettings(mine());
    await syncTeamSettings({ fetchFn: answer(teamDoc), now: 5 });
    expect(await confirmTeamChanges(['jiraBaseUrl'])).toEqual({ ok: true });
    expect((await loadSettings()).jira.baseUrl).toBe('https://jira.attacker.example');
    expect((await loadSettings()).operator.sshPublicKey).toBe(TEAM_KEY);
    expect(Object.keys((await getHeldTeamChanges()) ?? {})).toEqual(['at', 'sshPublicKey', 'selectors']);
    await confirmTeamChanges();
    expect((await loadSettings()).operator.sshPublicKey).toBe(OTHER_KEY);
    expect((await loadSettings()).carrotquest.selectors).toEqual({ root: '.evil-root' });
    expect(await getHeldTeamChanges()).toBeNull();
  });

  it("keeps the operator's values when declined, and does not ask again for the same values", async () => {
    await saveSettings(mine());
    await syncTeamSettings({ fetchFn: answer(teamDoc), now: 5 });
    await declineTeamChanges();
    expect(await getHeldTeamChanges()).toBeNull();
    expect(await syncTeamSettings({ fetchFn: answer(teamDoc), now: 6 })).toEqual({ ran: true, ok: true });
    expect((await loadSettings()).jira.baseUrl).toBe('https://jira.example.com');
    const changed = { ...teamDoc, operator: { sshPublicKey: TEAM_KEY.replace('team@company', 'team2@company') } };
    await syncTeamSettings({ fetchFn: answer(changed), now: 7 });
    expect(Object.keys((await getHeldTeamChanges()) ?? {})).toEqual(['at', 'sshPublicKey']);
  });

  it('takes a new path on the same Jira host without asking', async () => {
    await saveSettings(mine());
    await syncTeamSettings({ fetchFn: answer({ version: 1, jira: { baseUrl: 'https://jira.example.com/jira' } }), now: 5 });
    expect((await loadSettings()).jira.baseUrl).toBe('https://jira.example.com/jira');
    expect(await getHeldTeamChanges()).toBeNull();
  });
});

describe('stored settings under stricter rules', () => {
  it('drops only the values that no longer pass, keeping the rest', async () => {
    const stored = {
      ...mine(),
      operator: { ...mine().operator, name: 'Anna', sshPublicKey: PRIVATE },
      carrotquest: { selectors: { dialogueUrl: '(.*a){25}x', root: '.mine' } },
    };
    const { browser } = await import('wxt/browser');
    await browser.storage.local.set({ settings: stored });
    const loaded = await loadSettings();
    expect(loaded.operator.name).toBe('Anna');
    expect(loaded.operator.sshPublicKey).toBe('');
    expect(loaded.carrotquest.selectors).toEqual({ root: '.mine' });
    expect(loaded.slack.webhookUrl).toBe(mine().slack.webhookUrl);
  });

  it('drops a bad item of a list, not the list', async () => {
    const { browser } = await import('wxt/browser');
    await browser.storage.local.set({
      settings: {
        ...mine(),
        tags: [
          { name: 'kept', description: '', keywords: [] },
          { name: ' ', description: '', keywords: [] },
        ],
      },
    });
    expect((await loadSettings()).tags.map((t) => t.name)).toEqual(['kept']);
  });
});
