import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { getHeldTeamChanges, syncTeamSettings } from '../../../lib/settings/team-sync';

vi.mock('../../../components/options/download', () => ({ downloadText: vi.fn() }));
const { downloadText } = await import('../../../components/options/download');

const TEAM_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl team@company';

async function heldFromTeam() {
  const s = defaultSettings();
  s.operator.language = 'en';
  s.operator.teamSettingsUrl = 'https://git.example.com/team.json';
  s.jira.baseUrl = 'https://jira.example.com';
  await saveSettings(s);
  const doc = { version: 1, jira: { baseUrl: 'https://jira.other.example' }, operator: { sshPublicKey: TEAM_KEY } };
  await syncTeamSettings({ fetchFn: async () => new Response(JSON.stringify(doc)) });
}

describe('the options page shows held team changes', () => {
  it('shows each difference and applies only what the operator accepts', async () => {
    await heldFromTeam();
    render(<OptionsApp />);
    const rows = await screen.findAllByTestId('team-change');
    expect(rows.map((r) => r.dataset.field)).toEqual(['jiraBaseUrl', 'sshPublicKey']);
    expect(rows[0]?.textContent).toContain('https://jira.example.com');
    expect(rows[0]?.textContent).toContain('https://jira.other.example');
    fireEvent.click(rows[1]!.querySelector('[data-testid="team-change-accept"]')!);
    await waitFor(async () => expect((await loadSettings()).operator.sshPublicKey).toBe(TEAM_KEY));
    fireEvent.click((await screen.findAllByTestId('team-change'))[0]!.querySelector('[data-testid="team-change-keep"]')!);
    await waitFor(() => expect(screen.queryByTestId('team-changes')).toBeNull());
    expect((await loadSettings()).jira.baseUrl).toBe('https://jira.example.com');
    expect(await getHeldTeamChanges()).toBeNull();
  });

  it('exports settings without the webhook URL', async () => {
    const s = defaultSettings();
    s.slack.webhookUrl = 'https://hooks.slack.com/services/T0/B0/SECRET';
    await saveSettings(s);
    await browser.storage.local.remove('teamSyncPending');
    render(<OptionsApp />);
    fireEvent.click(await screen.findByTestId('settings-export'));
    const text = vi.mocked(downloadText).mock.calls.at(-1)![1];
    expect(text).not.toContain('SECRET');
    expect(JSON.parse(text).slack.teamId).toBe('');
  });
});
