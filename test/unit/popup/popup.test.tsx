import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { rebuildDaily } from '../../../lib/db/daily';
import { defaultSettings } from '../../../lib/settings/defaults';
import { saveSettings } from '../../../lib/settings/store';
import type { SuggestResult } from '../../../lib/service-types';
import { at, makeRecord } from '../stats/make-record';

// The popup reaches the background through the one channel; its database side answers here.
vi.mock('../../../lib/channel/client', async () => ({ service: (await import('../fake-channel')).channel.service }));
const { channel, EXTENSION_PAGE } = await import('../fake-channel');
const { Popup } = await import('../../../components/popup/Popup');
const suggest = channel.database;
beforeEach(() => {
  channel.sender = EXTENSION_PAGE;
});

const NOW = at('2025-03-19T09:00:00Z'); // Wednesday 12:00 Moscow
const H = 3_600_000;
let db: SidekickDb;
let n = 0;

async function seed(records: Parameters<SidekickDb['dialogues']['bulkAdd']>[0]) {
  db = openDb(`popup-${n++}`);
  await db.dialogues.bulkAdd(records);
  await rebuildDaily(db);
}

async function useLanguage(language: 'en' | 'ru') {
  const s = defaultSettings();
  s.operator.language = language;
  expect((await saveSettings(s)).ok).toBe(true);
}

beforeEach(async () => {
  suggest.mockReset();
  await useLanguage('en');
});

afterEach(async () => {
  cleanup();
  db?.close();
  if (db) await db.delete();
});

const answer = (name: string, confident = true): SuggestResult => ({ suggestions: [{ name, confidence: 0.9, why: [] }], confident });

describe('Popup', () => {
  beforeEach(async () => {
    await seed([
      makeRecord('t1', { myReplyAt: [at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
      makeRecord('t2', { myReplyAt: [at('2025-03-19T07:00:00Z')], customerName: 'Ann', customerText: 'ssl certificate not issued' }),
      makeRecord('t3', { myReplyAt: [at('2025-03-18T21:30:00Z')], customerText: 'refund please' }), // 00:30 MSK today
      makeRecord('y1', { myReplyAt: [at('2025-03-18T20:30:00Z')], customerText: 'postback lost', link: 'javascript:alert(1)' }), // 23:30 MSK yesterday
      makeRecord('w1', { myReplyAt: [at('2025-03-17T08:00:00Z')], tags: ['billing'] }),
      makeRecord('w2', { myReplyAt: [at('2025-03-12T08:00:00Z')], tags: ['update'] }),
      makeRecord('mine-held', {
        myReplyAt: [NOW - 30 * H],
        firstSeen: NOW - 30 * H,
        lastSeen: NOW - H,
        assignedToMe: 1,
        tags: ['x'],
        customerName: 'Held Co',
      }),
      makeRecord('ivan-held', { firstSeen: NOW - 50 * H, lastSeen: NOW - H, assignee: 'Ivan Petrov' }),
    ]);
  });

  it('shows a skeleton at once, then coverage with percentages, counts and the level in words', async () => {
    suggest.mockResolvedValue(answer('billing'));
    render(<Popup database={db} now={() => NOW} />);
    expect(screen.getByText('Counting…')).toBeTruthy();
    expect(screen.queryByTestId('coverage-today')).toBeNull();

    const today = await screen.findByTestId('coverage-today');
    // Today: t1 tagged; t2, t3 untagged.
    expect(today.textContent).toContain('33%');
    expect(today.textContent).toContain('1 of 3');
    expect(today.textContent).toContain('below floor');
    expect(today.getAttribute('data-level')).toBe('below-floor');
    // 7 days adds y1 (untagged), w1 (tagged), mine-held (tagged, Tuesday); w2 is 7 days back.
    const d7 = screen.getByTestId('coverage-7d');
    expect(d7.textContent).toContain('50%');
    expect(d7.textContent).toContain('3 of 6');
    const d30 = screen.getByTestId('coverage-30d');
    expect(d30.textContent).toContain('57%');
    expect(d30.textContent).toContain('4 of 7');
    expect(screen.getByText(/Team floor 70%, goal 80%/)).toBeTruthy();

    const chart = screen.getByTestId('coverage-chart');
    expect(chart.querySelector('svg[role="img"] title')?.textContent).toBe('Tag coverage by day, last 14 days');
    expect(chart.querySelectorAll('rect')).toHaveLength(14);
    expect(within(chart).getByText('19 Mar')).toBeTruthy();
  });

  it('lists untagged dialogues of today and yesterday as panel links with a suggested tag', async () => {
    suggest.mockImplementation(async (_name, data) => {
      const text = (data as { messages: { text: string }[] }).messages[0]?.text ?? '';
      if (text.includes('ssl')) return answer('domains-ssl-recheck');
      if (text.includes('refund')) return answer('refund', false);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    render(<Popup database={db} now={() => NOW} />);
    const list = await screen.findByTestId('untagged-list');
    const link = within(list).getByText('Ann').closest('a')!;
    expect(link.getAttribute('href')).toBe('https://app.carrotquest.io/dialogs/t2');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');

    await waitFor(() => expect(within(list).getAllByTestId('untagged-suggestion')).toHaveLength(3));
    const item = (id: string) => list.querySelector(`li[data-dialogue-id="${id}"]`)!;
    expect(
      within(item('t2') as HTMLElement)
        .getByTestId('untagged-suggestion')
        .getAttribute('data-tag'),
    ).toBe('domains-ssl-recheck');
    expect(item('t3').textContent).toContain('suggested: refund (unsure)');
    expect(item('y1').textContent).toContain('suggestion unavailable');
    // A link that is not http(s) is shown as text, never as an href.
    expect(item('y1').querySelector('a')).toBeNull();
    expect(item('y1').textContent).toContain('Dialogue y1');
    expect(suggest).toHaveBeenCalledWith('suggestTags', { messages: [{ fromCustomer: true, text: 'ssl certificate not issued' }] });
    // Today's and yesterday's groups.
    expect(list.textContent).toMatch(/Today \(2\)/);
    expect(list.textContent).toMatch(/Yesterday \(1\)/);
  });

  it("lists long-held dialogues, mine and teammates' with who holds them, and my top tags", async () => {
    suggest.mockResolvedValue({ suggestions: [], confident: false });
    render(<Popup database={db} now={() => NOW} />);
    const held = await screen.findByTestId('long-held-list');
    expect(held.textContent).toContain('Held longer than 24 h');
    expect(held.querySelector('li[data-dialogue-id="mine-held"]')?.textContent).toContain('held 1 d 6 h');
    expect(held.querySelector('li[data-dialogue-id="ivan-held"]')?.textContent).toContain('with Ivan Petrov');
    expect(held.querySelector('li[data-dialogue-id="ivan-held"] a')?.getAttribute('target')).toBe('_blank');

    const top = screen.getByTestId('top-tags');
    const billing = top.querySelector('tr[data-tag="billing"]')!;
    expect([...billing.querySelectorAll('td')].map((td) => td.textContent?.trim())).toEqual(['2 ↑', '0']);
    expect(top.querySelector('tr[data-tag="update"]')?.textContent).toContain('1');
  });

  it('renders sections other features add, handing them language and settings', async () => {
    suggest.mockResolvedValue(answer('billing'));
    render(<Popup database={db} now={() => NOW} extraSections={<section data-testid="work-done">summary</section>} />);
    expect(await screen.findByTestId('work-done')).toBeTruthy();
    cleanup();
    render(
      <Popup
        database={db}
        now={() => NOW}
        extraSections={({ lang, settings, database }) => (
          <section data-testid="work-done">{`${lang} ${settings.operator.timeZone} ${database === db}`}</section>
        )}
      />,
    );
    expect((await screen.findByTestId('work-done')).textContent).toBe('en Europe/Moscow true');
  });

  it('speaks Russian when the operator chose it', async () => {
    await useLanguage('ru');
    suggest.mockResolvedValue(answer('billing'));
    render(<Popup database={db} now={() => NOW} />);
    const today = await screen.findByTestId('coverage-today');
    expect(today.textContent).toContain('1 из 3');
    expect(today.textContent).toContain('ниже минимума');
  });
});

describe('Popup with an empty database', () => {
  it('explains what it will show once I reply in dialogues', async () => {
    await seed([]);
    render(<Popup database={db} now={() => NOW} />);
    const empty = await screen.findByTestId('popup-empty');
    expect(empty.textContent).toMatch(/Once you reply in dialogues/);
    expect(empty.textContent).toContain('70%');
    expect(screen.getByTestId('coverage-today').textContent).toContain('—');
    expect(screen.getByTestId('coverage-30d').getAttribute('data-level')).toBe('none');
    expect(screen.queryByTestId('untagged-list')).toBeNull();
    expect(screen.queryByTestId('coverage-chart')).toBeNull();
    expect(suggest).not.toHaveBeenCalled();
  });
});

describe('Popup in a private window whose page cannot open the stored data (Firefox)', () => {
  /** What Firefox answers a private window's page that opens the extension's database. */
  const refusing = new Proxy({} as SidekickDb, {
    get: () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    },
  });
  const access = (inPrivate: boolean) => ({
    contains: () => Promise.resolve(true),
    request: () => Promise.resolve(true),
    inPrivateWindow: () => inPrivate,
  });

  it('says where the numbers are instead of showing the browser error', async () => {
    render(<Popup database={refusing} now={() => NOW} access={access(true)} />);
    expect((await screen.findByTestId('popup-private-numbers')).textContent).toContain('open Sidekick from a normal window');
    expect(screen.getByTestId('private-note')).toBeTruthy();
    expect(screen.queryByTestId('popup-error')).toBeNull();
  });

  it('in a normal window the same failure is an error, with its reason', async () => {
    render(<Popup database={refusing} now={() => NOW} access={access(false)} />);
    expect((await screen.findByTestId('popup-error')).textContent).toContain('did not allow mutations');
    expect(screen.queryByTestId('popup-private-numbers')).toBeNull();
  });
});
