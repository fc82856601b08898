import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';

async function stored(): Promise<Settings> {
  return (await fakeBrowser.storage.local.get('settings')).settings as Settings;
}

async function open() {
  const s = defaultSettings();
  s.operator.language = 'en';
  s.operator.shifts = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }];
  await fakeBrowser.storage.local.set({ settings: s });
  history.replaceState(null, '', '#settings');
  render(<OptionsApp />);
  await screen.findByTestId('shifts-editor');
}

const type = (el: Element, value: string) => fireEvent.input(el, { target: { value } });

describe('Settings form', () => {
  beforeEach(() => fakeBrowser.reset());

  it('edits shifts as rows (days, from, to, duty) and saves only that section', async () => {
    await open();
    // An unsaved edit in another card is not written by the schedule's Save.
    type(document.querySelector('form[data-section="jira"] input[type="url"]')!, 'https://jira.example.com');
    fireEvent.click(screen.getByTestId('shift-add'));
    const rows = screen.getAllByTestId('shift-row');
    expect(rows).toHaveLength(2);
    const second = rows[1]!;
    for (const day of ['1', '2', '3', '4', '5']) fireEvent.click(second.querySelector(`[data-day="${day}"]`)!);
    fireEvent.click(second.querySelector('[data-day="6"]')!);
    type(second.querySelector('[data-testid="shift-start"]')!, '10:00');
    type(second.querySelector('[data-testid="shift-end"]')!, '19:00');
    fireEvent.click(second.querySelector('[data-testid="shift-duty"]')!);
    fireEvent.click(screen.getByTestId('settings-save-schedule'));
    await screen.findByTestId('settings-saved');
    await waitFor(async () =>
      expect((await stored()).operator.shifts).toEqual([
        { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
        { days: [6], start: '10:00', end: '19:00', duty: true },
      ]),
    );
    expect((await stored()).jira.baseUrl).toBe('');
  });

  it("offers the browser's time zones in a list and saves the chosen one with the operator card", async () => {
    await open();
    const select = screen.getByTestId('time-zone') as HTMLSelectElement;
    const values = [...select.options].map((o) => o.value);
    expect(values).toContain('Europe/Moscow');
    expect(values.length).toBeGreaterThan(50);
    fireEvent.change(select, { target: { value: 'Asia/Yekaterinburg' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(async () => expect((await stored()).operator.timeZone).toBe('Asia/Yekaterinburg'));
  });

  it('drops a shift left without days when saving', async () => {
    await open();
    const row = screen.getAllByTestId('shift-row')[0]!;
    for (const day of ['1', '2', '3', '4', '5']) fireEvent.click(row.querySelector(`[data-day="${day}"]`)!);
    fireEvent.click(screen.getByTestId('settings-save-schedule'));
    await waitFor(async () => expect((await stored()).operator.shifts).toEqual([]));
  });
});
