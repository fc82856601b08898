import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkDoneSection } from '../../../components/popup/WorkDoneSection';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import type { DialogueRecord } from '../../../lib/db/schema';
import { workDoneRows } from '../../../lib/db/work-done-queries';
import { defaultSettings } from '../../../lib/settings/defaults';
import { dayKey } from '../../../lib/stats/day';

const TZ = 'Europe/Moscow';
/** ms of a Moscow wall time. */
const msk = (iso: string) => Date.parse(`${iso}+03:00`);

function record(id: string, replies: number[], over: Partial<DialogueRecord> = {}): DialogueRecord {
  return {
    id,
    link: `https://app.carrotquest.io/dialogs/${id}`,
    firstSeen: (replies[0] ?? msk('2025-03-01T10:00:00')) - 60_000,
    lastSeen: Math.max(0, ...replies),
    tags: [],
    repliedByMe: replies.length ? 1 : 0,
    myReplyAt: replies,
    myReplyCount: replies.length,
    lastMyReplyAt: replies.length ? Math.max(...replies) : undefined,
    replyDays: [...new Set(replies.map((t) => dayKey(t, TZ)))],
    assignedToMe: 0,
    customerText: '',
    customerMessageCount: 1,
    ...over,
  };
}

let n = 0;
let database: SidekickDb;

beforeEach(async () => {
  database = openDb(`work-done-${n++}-${Date.now()}`);
  await database.dialogues.bulkAdd([
    record('d1', [msk('2025-03-12T10:15:00')], { tags: ['clicks-lost'], customerName: 'Ivan' }),
    record('d2', [msk('2025-03-12T11:00:00'), msk('2025-03-12T12:30:00')]),
    // Yesterday only: not today's work.
    record('d3', [msk('2025-03-11T16:00:00')], { tags: ['refund'] }),
    // Escalated today without a reply of mine today: named through the escalation.
    record('d4', [msk('2025-03-10T16:00:00')], { customerName: '@here Olga' }),
  ]);
  await database.escalations.bulkAdd([
    { dialogueId: 'd4', at: msk('2025-03-12T13:00:00'), summary: 'Domains lose SSL', customerMessageCount: 2, jiraKey: 'SUPPORT-7' },
    { dialogueId: 'd3', at: msk('2025-03-11T17:00:00'), summary: 'Yesterday', customerMessageCount: 1 },
  ]);
  await database.tagEvents.bulkAdd([
    { dialogueId: 'd2', tag: 'postback', action: 'add', at: msk('2025-03-12T12:31:00') },
    { dialogueId: 'd3', tag: 'old', action: 'add', at: msk('2025-03-11T12:00:00') },
  ]);
});

afterEach(async () => {
  database.close();
  await database.delete();
  vi.restoreAllMocks();
});

describe('workDoneRows', () => {
  it("reads the day's replied dialogues, escalations and tag events, and the escalated dialogues", async () => {
    const day = '2025-03-12';
    const rows = await workDoneRows(database, day, msk('2025-03-12T00:00:00'), msk('2025-03-13T00:00:00'));
    expect(rows.records.map((r) => r.id).sort()).toEqual(['d1', 'd2', 'd4']);
    expect(rows.escalations.map((e) => e.summary)).toEqual(['Domains lose SSL']);
    expect(rows.tagEvents.map((e) => e.tag)).toEqual(['postback']);
  });
});

describe('WorkDoneSection', () => {
  it('prepares itself after the end of the shift', async () => {
    render(<WorkDoneSection lang="en" settings={defaultSettings()} database={database} now={() => msk('2025-03-12T18:10:00')} />);
    const text = (await screen.findByTestId('work-done-text')) as HTMLTextAreaElement;
    expect(text.readOnly).toBe(true);
    const lines = text.value.split('\n');
    expect(lines[0]).toBe('*Work done, 2025-03-12*');
    expect(lines).toContain('• Dialogues handled: 2');
    expect(lines).toContain('• Tagged: 1 of 2 (50%)');
    expect(lines).toContain('• Escalations: 1');
    expect(text.value).toContain('SUPPORT-7 @\u2060here Olga: Domains lose SSL (dialogue: https://app.carrotquest.io/dialogs/d4)');
    expect(text.value).toContain('• Tags: clicks-lost ×1, postback ×1');
    expect(text.value).not.toContain('refund');
    expect(text.value).not.toContain('Yesterday');
  });

  it('waits for the button earlier in the day, then builds on demand', async () => {
    render(<WorkDoneSection lang="ru" settings={defaultSettings()} database={database} now={() => msk('2025-03-12T11:00:00')} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('work-done-text')).toBeNull();
    const button = screen.getByTestId('work-done-prepare');
    expect(button.textContent).toBe('Подготовить #work-done');
    fireEvent.click(button);
    const text = (await screen.findByTestId('work-done-text')) as HTMLTextAreaElement;
    expect(text.value.split('\n')[0]).toBe('*Сделано за 2025-03-12*');
    expect(text.value).toContain('• Диалогов обработано: 2');
  });

  it('copies the text', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    render(<WorkDoneSection lang="en" settings={defaultSettings()} database={database} now={() => msk('2025-03-12T17:30:00')} />);
    const text = (await screen.findByTestId('work-done-text')) as HTMLTextAreaElement;
    fireEvent.click(screen.getByTestId('work-done-copy'));
    await waitFor(() => expect(screen.getByTestId('work-done-copied').textContent).toMatch(/^Copied/));
    expect(writeText).toHaveBeenCalledWith(text.value);
  });

  it("counts the day in the operator's time zone", async () => {
    const settings = defaultSettings();
    settings.operator.timeZone = 'America/New_York';
    // 02:00 on the 13th in Moscow is 19:00 on the 12th in New York: after that shift, and still the 12th.
    render(<WorkDoneSection lang="en" settings={settings} database={database} now={() => msk('2025-03-13T02:00:00')} />);
    const text = (await screen.findByTestId('work-done-text')) as HTMLTextAreaElement;
    expect(text.value.split('\n')[0]).toBe('*Work done, 2025-03-12*');
    expect(text.value).toContain('• Dialogues handled: 2');
  });

  it('says when the database cannot be read', async () => {
    database.close();
    render(<WorkDoneSection lang="en" settings={defaultSettings()} database={database} now={() => msk('2025-03-12T11:00:00')} />);
    fireEvent.click(screen.getByTestId('work-done-prepare'));
    expect((await screen.findByTestId('work-done-error')).textContent).toMatch(/^Could not read the stored day: /);
    await database.open();
  });
});
