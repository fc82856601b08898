import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { COVERAGE_SOURCE_KEY, SERVER_COVERAGE_KEY, SERVER_COVERAGE_VERSION, type ServerCoverage } from '../../../lib/api/server-coverage';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { rebuildDaily } from '../../../lib/db/daily';
import { defaultSettings } from '../../../lib/settings/defaults';
import { saveSettings } from '../../../lib/settings/store';
import { at, makeRecord } from '../stats/make-record';

vi.mock('../../../lib/channel/client', async () => ({ service: (await import('../fake-channel')).channel.service }));
const { channel, EXTENSION_PAGE } = await import('../fake-channel');
const { Popup } = await import('../../../components/popup/Popup');

const NOW = at('2025-03-19T09:00:00Z'); // Wednesday 12:00 Moscow
let db: SidekickDb;
let n = 0;

/** My coverage as the background counts it from the API's copy: 10 dialogues over 30 days, 9 tagged; 2 today, 1 untagged. */
function server(over: Partial<ServerCoverage> = {}): ServerCoverage {
  return {
    version: SERVER_COVERAGE_VERSION,
    appId: '12345',
    adminId: '301',
    adminName: 'Анна Смирнова',
    tz: 'Europe/Moscow',
    syncedAt: NOW - 60_000,
    countedAt: NOW - 60_000,
    any: true,
    rows: [
      { day: '2025-03-19', replied: 2, tagged: 1, latest: 2, latestTagged: 1 },
      { day: '2025-03-10', replied: 8, tagged: 8, latest: 8, latestTagged: 8 },
    ],
    untagged: [
      {
        id: '1160406004324639999',
        link: 'https://carrotquest.io/panel/12345/conversations/1160406004324639999',
        customerName: 'Laptop Co',
        replyDays: ['2025-03-19'],
        lastMyReplyAt: NOW - 3_600_000,
      },
    ],
    untaggedVia: 'filter',
    ...over,
  };
}

beforeEach(async () => {
  channel.sender = EXTENSION_PAGE;
  const s = defaultSettings();
  s.operator.language = 'en';
  s.operator.timeZone = 'Europe/Moscow';
  expect((await saveSettings(s)).ok).toBe(true);
  db = openDb(`server-source-${n++}`);
  // This browser saw one dialogue today, tagged.
  await db.dialogues.bulkAdd([makeRecord('b1', { myReplyAt: [at('2025-03-19T06:00:00Z')], tags: ['billing'] })]);
  await rebuildDaily(db);
});

afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

describe('popup coverage from CarrotQuest', () => {
  it('shows the server numbers and untagged list with the source, and asks for a sync without waiting for it', async () => {
    await browser.storage.local.set({ [SERVER_COVERAGE_KEY]: server() });
    render(<Popup database={db} now={() => NOW} />);
    const d30 = await screen.findByTestId('coverage-30d');
    expect(d30.getAttribute('data-total')).toBe('10');
    expect(d30.getAttribute('data-tagged')).toBe('9');
    expect(screen.getByTestId('coverage-today').getAttribute('data-total')).toBe('2');
    const source = screen.getByTestId('coverage-source');
    expect(source.getAttribute('data-source')).toBe('api');
    expect(source.textContent).toContain('Source: CarrotQuest (Анна Смирнова)');
    const list = await screen.findByTestId('untagged-list');
    const link = within(list).getByText('Laptop Co').closest('a')!;
    expect(link.getAttribute('href')).toBe('https://carrotquest.io/panel/12345/conversations/1160406004324639999');
    await waitFor(() => expect(channel.callsOf('apiSync')).toEqual([{ wait: false }]));
  });

  it("switches to this browser's count and keeps the choice; switches back", async () => {
    await browser.storage.local.set({ [SERVER_COVERAGE_KEY]: server() });
    render(<Popup database={db} now={() => NOW} />);
    await screen.findByTestId('coverage-source');
    fireEvent.click(screen.getByTestId('coverage-source-toggle'));
    await waitFor(() => expect(screen.getByTestId('coverage-source').getAttribute('data-source')).toBe('page'));
    expect(screen.getByTestId('coverage-30d').getAttribute('data-total')).toBe('1');
    expect((await browser.storage.local.get(COVERAGE_SOURCE_KEY))[COVERAGE_SOURCE_KEY]).toBe('page');
    fireEvent.click(screen.getByTestId('coverage-source-toggle'));
    await waitFor(() => expect(screen.getByTestId('coverage-30d').getAttribute('data-total')).toBe('10'));
  });

  it('paints the new numbers when a sync stores them', async () => {
    await browser.storage.local.set({ [SERVER_COVERAGE_KEY]: server() });
    render(<Popup database={db} now={() => NOW} />);
    await screen.findByTestId('coverage-source');
    // Listening from when the component asked for the sync.
    await waitFor(() => expect(channel.callsOf('apiSync')).toHaveLength(1));
    await browser.storage.local.set({
      [SERVER_COVERAGE_KEY]: server({ rows: [{ day: '2025-03-19', replied: 3, tagged: 3, latest: 3, latestTagged: 3 }] }),
    });
    await waitFor(() => expect(screen.getByTestId('coverage-30d').getAttribute('data-total')).toBe('3'));
  });

  it("without API mode, or counted in another zone, the browser's numbers show and nothing is asked", async () => {
    render(<Popup database={db} now={() => NOW} />);
    expect((await screen.findByTestId('coverage-30d')).getAttribute('data-total')).toBe('1');
    expect(screen.queryByTestId('coverage-source')).toBeNull();
    cleanup();
    await browser.storage.local.set({ [SERVER_COVERAGE_KEY]: server({ tz: 'UTC' }) });
    render(<Popup database={db} now={() => NOW} />);
    expect((await screen.findByTestId('coverage-30d')).getAttribute('data-total')).toBe('1');
    expect(screen.getByTestId('coverage-source').getAttribute('data-source')).toBe('page');
    // A value of another version is not read at all.
    cleanup();
    await browser.storage.local.set({ [SERVER_COVERAGE_KEY]: { ...server(), version: 99 } });
    render(<Popup database={db} now={() => NOW} />);
    expect((await screen.findByTestId('coverage-30d')).getAttribute('data-total')).toBe('1');
    expect(screen.queryByTestId('coverage-source')).toBeNull();
  });
});
