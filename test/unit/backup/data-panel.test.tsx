import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { exportAll } from '../../../lib/db/backup';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { setTeamSyncStatus } from '../../../lib/settings/team-sync';
import type { Settings } from '../../../lib/settings/schema';
import { at, makeRecord } from '../stats/make-record';

vi.mock('../../../components/options/download', () => ({ downloadText: vi.fn() }));
const { downloadText } = await import('../../../components/options/download');
const { DataPanel } = await import('../../../components/options/DataPanel');
const download = vi.mocked(downloadText);

const NOW = at('2025-03-19T09:00:00Z');
const DAY = 86_400_000;
let db: SidekickDb;
let n = 0;

function mySettings(): Settings {
  const s = defaultSettings();
  s.operator.language = 'en';
  s.operator.name = 'Anna';
  s.slack.webhookUrl = 'https://hooks.slack.com/services/T0/B0/SECRET';
  return s;
}

beforeEach(async () => {
  download.mockReset();
  await saveSettings(mySettings());
  db = openDb(`data-panel-${n++}`);
  await db.dialogues.bulkAdd([
    makeRecord('fresh', { myReplyAt: [NOW - DAY], tags: ['billing'] }),
    makeRecord('stale', { firstSeen: NOW - 100 * DAY, lastSeen: NOW - 90 * DAY }),
  ]);
  await db.tagEvents.add({ dialogueId: 'stale', tag: 'x', action: 'add', at: NOW - 95 * DAY });
});

afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

function chooseFile(input: HTMLElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const ids = async () => (await db.dialogues.toCollection().primaryKeys()).sort();

describe('DataPanel', () => {
  it('downloads everything as one JSON file without the webhook address', async () => {
    render(<DataPanel database={db} now={() => NOW} />);
    fireEvent.click(await screen.findByTestId('backup-export'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text] = download.mock.calls[0]!;
    expect(name).toBe('sidekick-backup-2025-03-19.json');
    const doc = JSON.parse(text);
    expect(doc.format).toBe('sidekick-backup');
    expect(doc.dialogues.map((d: { id: string }) => d.id).sort()).toEqual(['fresh', 'stale']);
    expect(text).not.toContain('SECRET');
  });

  it('restores a valid backup after confirmation, data and settings', async () => {
    const other = openDb(`data-panel-source-${n++}`);
    await other.dialogues.add(makeRecord('from-backup', { myReplyAt: [NOW - DAY] }));
    const backupSettings = mySettings();
    backupSettings.operator.name = 'Boris';
    const file = JSON.stringify(await exportAll(other, backupSettings, NOW));
    other.close();
    await other.delete();

    render(<DataPanel database={db} now={() => NOW} />);
    chooseFile(await screen.findByTestId('backup-import'), file);
    const pending = await screen.findByTestId('backup-import-pending');
    expect(pending.textContent).toContain('1 dialogues');
    expect(await ids()).toEqual(['fresh', 'stale']);
    fireEvent.click(screen.getByTestId('backup-import-confirm'));
    expect((await screen.findByTestId('backup-saved')).textContent).toContain('Restored: 1 dialogues');
    expect(await ids()).toEqual(['from-backup']);
    const saved = await loadSettings();
    expect(saved.operator.name).toBe('Boris');
    // The backup carries no webhook address: mine stays.
    expect(saved.slack.webhookUrl).toBe('https://hooks.slack.com/services/T0/B0/SECRET');
  });

  it('names the rows a backup cannot restore before the restore, and restores the rest', async () => {
    const doc = JSON.parse(JSON.stringify(await exportAll(db, mySettings(), NOW)));
    doc.dialogues[1].tags = 'billing';
    render(<DataPanel database={db} now={() => NOW} />);
    chooseFile(await screen.findByTestId('backup-import'), JSON.stringify(doc));
    const pending = await screen.findByTestId('backup-import-pending');
    expect(pending.textContent).toContain('1 dialogues');
    expect(screen.getByTestId('backup-skipped').textContent).toContain('dialogues[1].tags: Invalid type');
    await db.dialogues.clear();
    fireEvent.click(screen.getByTestId('backup-import-confirm'));
    expect((await screen.findByTestId('backup-saved')).textContent).toContain('Restored: 1 dialogues');
    expect(screen.getByTestId('backup-skipped').getAttribute('data-count')).toBe('1');
    expect(await ids()).toEqual([doc.dialogues[0].id]);
  });

  it('refuses a backup file over the size limit before reading it, and changes nothing', async () => {
    render(<DataPanel database={db} now={() => NOW} />);
    const input = await screen.findByTestId('backup-import');
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByTestId('backup-error')).textContent).toBe(
      '✕ Refused, nothing changed: the file is 300 MB; a backup over 256 MB is not read',
    );
    expect(read).not.toHaveBeenCalled();
    expect(await ids()).toEqual(['fresh', 'stale']);
  });

  it('refuses a file that is not JSON or is from a newer version', async () => {
    render(<DataPanel database={db} now={() => NOW} />);
    const input = await screen.findByTestId('backup-import');
    chooseFile(input, '{"format": "sidekick-backup", ');
    expect((await screen.findByTestId('backup-error')).textContent).toContain('not valid JSON');
    chooseFile(input, JSON.stringify({ format: 'sidekick-backup', version: 3 }));
    await waitFor(() => expect(screen.getByTestId('backup-error').textContent).toContain('version: this backup is from a newer version'));
    expect(await ids()).toEqual(['fresh', 'stale']);
  });

  it('saves the retention days and applies them after confirmation', async () => {
    render(<DataPanel database={db} now={() => NOW} />);
    const days = (await screen.findByTestId('retention-days')) as HTMLInputElement;
    await waitFor(() => expect(days.value).toBe('365'));
    fireEvent.input(days, { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('retention-apply'));
    expect(await ids()).toEqual(['fresh', 'stale']);
    fireEvent.click(await screen.findByTestId('retention-apply-confirm'));
    expect((await screen.findByTestId('retention-applied')).textContent).toContain('Deleted 1 dialogues, 1 tag events');
    expect(await ids()).toEqual(['fresh']);
    expect((await loadSettings()).operator.retentionDays).toBe(30);
  });

  it('refuses retention days that are not a whole number in range', async () => {
    render(<DataPanel database={db} now={() => NOW} />);
    const days = await screen.findByTestId('retention-days');
    fireEvent.input(days, { target: { value: '-3' } });
    fireEvent.click(screen.getByTestId('retention-save'));
    expect((await screen.findByTestId('retention-error')).textContent).toContain('whole number');
    expect((await loadSettings()).operator.retentionDays).toBe(365);
  });

  it('clears everything only after the confirmation step', async () => {
    render(<DataPanel database={db} now={() => NOW} />);
    fireEvent.click(await screen.findByTestId('clear-all'));
    expect(await db.dialogues.count()).toBe(2);
    fireEvent.click(await screen.findByTestId('clear-all-confirm'));
    await screen.findByTestId('clear-done');
    expect(await db.dialogues.count()).toBe(0);
    expect(await db.tagEvents.count()).toBe(0);
    // Settings stay.
    expect((await loadSettings()).operator.name).toBe('Anna');
  });

  it('shows the team settings sync status', async () => {
    const s = mySettings();
    s.operator.teamSettingsUrl = 'https://git.example.com/team.json';
    s.operator.timeZone = 'UTC';
    await saveSettings(s);
    await setTeamSyncStatus({
      lastSuccessAt: at('2025-03-18T10:15:00Z'),
      lastError: 'the server answered 404 Not Found',
      lastAttemptAt: at('2025-03-19T07:00:00Z'),
    });
    render(<DataPanel database={db} now={() => NOW} />);
    const status = await screen.findByTestId('team-sync-status');
    await waitFor(() => expect(screen.getByTestId('team-sync-last-error').textContent).toBe('the server answered 404 Not Found'));
    expect(status.textContent).toContain('https://git.example.com/team.json');
    expect(screen.getByTestId('team-sync-last-success').textContent).toMatch(/18 Mar 2025.*10:15/);
    expect(screen.getByTestId('team-sync-now')).toBeTruthy();
  });
});
