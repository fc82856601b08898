import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';

const calls: string[] = [];
vi.mock('../../../lib/channel/client', () => ({
  service: {
    call: async (type: string) => {
      calls.push(type);
      return [];
    },
  },
}));
const { OptionsApp } = await import('../../../components/options/OptionsApp');

async function openProfileTab() {
  const s = defaultSettings();
  s.operator.language = 'en';
  await saveSettings(s);
  location.hash = '#profile';
  render(<OptionsApp />);
  return screen.findByTestId('panel-host-input');
}

describe('team panel addresses on the options page', () => {
  it('a denied permission is said and nothing is added or registered', async () => {
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request as never;
    const input = await openProfileTab();
    fireEvent.input(input, { target: { value: 'https://support.example.com' } });
    calls.length = 0;
    fireEvent.click(screen.getByTestId('panel-host-add'));
    await screen.findByText(/was not granted: nothing was added/);
    expect(request).toHaveBeenCalledWith({ origins: ['https://support.example.com/*'] });
    expect((await loadSettings()).carrotquest.panelHosts).toEqual([]);
    expect(screen.queryAllByTestId('panel-host')).toHaveLength(0);
    expect(calls).not.toContain('saveSelector');
  });

  it('refuses a wildcard without asking the browser', async () => {
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as never;
    const input = await openProfileTab();
    fireEvent.input(input, { target: { value: 'https://*.example.com' } });
    fireEvent.click(screen.getByTestId('panel-host-add'));
    await screen.findByText(/wildcard would give access to more than the panel/);
    expect(request).not.toHaveBeenCalled();
  });

  it('a granted origin is saved in the settings', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => true) as never;
    const input = await openProfileTab();
    fireEvent.input(input, { target: { value: 'support.example.com' } });
    fireEvent.click(screen.getByTestId('panel-host-add'));
    await waitFor(async () => expect((await loadSettings()).carrotquest.panelHosts).toEqual(['https://support.example.com']));
    await screen.findByTestId('panel-host');
  });
});
