import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/defaults';
import { saveSettings } from '../../../lib/settings/store';
import { at, makeRecord } from './make-record';

vi.mock('../../../components/options/download', () => ({ downloadText: vi.fn() }));
const { downloadText } = await import('../../../components/options/download');
const { TrendsPanel } = await import('../../../components/options/TrendsPanel');
const download = vi.mocked(downloadText);

const NOW = at('2025-03-19T09:00:00Z'); // Wednesday, ISO week 2025-W12
const DAY = 86_400_000;
let db: SidekickDb;
let n = 0;

beforeEach(async () => {
  download.mockReset();
  const s = defaultSettings();
  s.operator.language = 'en';
  await saveSettings(s);
  db = openDb(`trends-panel-${n++}`);
});

afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function seedBillingDrop() {
  // 'billing' daily until 14 days ago (the fix), then every other day; '=cmd' once.
  const records = [];
  const events = [];
  for (let d = 1; d <= 60; d++) {
    if (d <= 14 && d % 2 === 1) continue;
    const t = NOW - d * DAY;
    records.push(makeRecord(`b${d}`, { firstSeen: t, lastSeen: t, tags: ['billing'] }));
    events.push({ dialogueId: `b${d}`, tag: 'billing', action: 'add' as const, at: t });
  }
  records.push(makeRecord('c1', { firstSeen: NOW - 3 * DAY, lastSeen: NOW - 3 * DAY, tags: ['=cmd'] }));
  await db.dialogues.bulkAdd(records);
  await db.tagEvents.bulkAdd(events);
}

describe('TrendsPanel', () => {
  it('shows 12 weeks per tag as a chart and a table, and downloads the CSV', async () => {
    await seedBillingDrop();
    render(<TrendsPanel database={db} now={() => NOW} />);
    const table = await screen.findByTestId('trends-table');
    const billing = table.querySelector('tr[data-tag="billing"]')!;
    const cells = [...billing.querySelectorAll('td')].map((td) => td.textContent);
    // The sparkline, 12 weeks, the total: 60 days less the 7 odd days of the last 14.
    expect(cells).toHaveLength(14);
    expect(Number(cells[13])).toBe(53);
    // Week 12 (Mon 17th to now): days 1 and 2 back; only day 2 is even.
    expect(Number(cells[12])).toBe(1);
    expect(screen.getByTestId('trends-chart').querySelector('svg title')?.textContent).toBe('Dialogues per tag by week, last 12 weeks');

    fireEvent.click(screen.getByTestId('trends-export'));
    const [name, csv, type] = download.mock.calls[0]!;
    expect(name).toBe('sidekick-tag-trends-2025-03-19.csv');
    expect(type).toContain('text/csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^tag,2025-W01,2025-W02,.*,2025-W12,total$/);
    // 3 days back is Sunday 16th, in week 11.
    expect(lines).toContain("'=cmd,0,0,0,0,0,0,0,0,0,0,1,0,1");
  });

  it('compares the weekly rate of a tag before and after the fix date', async () => {
    await seedBillingDrop();
    render(<TrendsPanel database={db} now={() => NOW} />);
    const date = (await screen.findByTestId('before-after-date')) as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2025-03-05' } });
    // Before: from the day of the first data (60 days back) to the fix, 46 dialogues in 46 days.
    // After: the fix day's start to now is 14.5 days, with 7 dialogues.
    await waitFor(() => expect(screen.getByTestId('before-after').textContent).toContain('7.0 a week (46 over 6.6 wk)'));
    expect(screen.getByTestId('before-after').textContent).toContain('3.4 a week (7 over 2.1 wk)');
    expect(screen.getByTestId('before-after').textContent).toContain('88% of tagged dialogues');
    expect(screen.getByTestId('before-after-change').textContent).toBe('Change in weekly rate: −52%');

    fireEvent.change(screen.getByTestId('before-after-tag'), { target: { value: '=cmd' } });
    await waitFor(() => expect(screen.getByTestId('before-after').textContent).toContain('0.5 a week (1 over 2.1 wk)'));
  });

  it('says so when there are no tagged dialogues', async () => {
    await db.dialogues.add(makeRecord('untagged', { myReplyAt: [NOW - DAY] }));
    render(<TrendsPanel database={db} now={() => NOW} />);
    expect((await screen.findByTestId('trends-empty')).textContent).toContain('No tagged dialogues');
  });
});
