import { describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { fileTooLarge } from '../../../lib/data/file-size';

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

const MB = 1024 * 1024;

/** A file that says it is `bytes` long; reading it would fail the test. */
function bigFile(name: string, bytes: number): File {
  const file = new File(['{}'], name);
  Object.defineProperty(file, 'size', { value: bytes });
  file.text = () => Promise.reject(new Error('read'));
  return file;
}

async function open(tab: string) {
  const s = defaultSettings();
  s.operator.language = 'en';
  s.operator.name = 'Anna';
  await saveSettings(s);
  location.hash = `#${tab}`;
  render(<OptionsApp />);
}

function choose(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('files are measured before they are read', () => {
  it('names the size and the limit', () => {
    expect(fileTooLarge(5 * MB, 'settings')).toBeNull();
    expect(fileTooLarge(5 * MB + 1, 'settings')).toEqual({ size: '5.1', max: '5' });
    expect(fileTooLarge(51 * MB, 'history')).toEqual({ size: '51', max: '50' });
  });

  it('a settings file over 5 MB is refused unread, and nothing changes', async () => {
    await open('settings');
    choose(await screen.findByTestId('settings-import'), bigFile('team.json', 6 * MB));
    expect((await screen.findByTestId('settings-error')).textContent).toContain('the file is 6 MB, over the 5 MB this import reads');
    expect((await loadSettings()).operator.name).toBe('Anna');
    cleanup();
  });

  it('a tagging history over 50 MB is refused unread, and nothing is learned', async () => {
    await open('tags');
    calls.length = 0;
    choose(await screen.findByTestId('history-import'), bigFile('history.csv', 80 * MB));
    expect((await screen.findByTestId('history-status')).textContent).toBe(
      'Rejected, nothing changed: history.csv: the file is 80 MB, over the 50 MB this import reads',
    );
    expect(calls).not.toContain('importHistory');
    cleanup();
  });
});
