import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { openDb, type SidekickDb } from '../../../lib/db/database';
import { rebuildDaily } from '../../../lib/db/daily';
import type * as StatsQueries from '../../../lib/db/stats-queries';
import { at, makeRecord } from '../stats/make-record';

vi.mock('../../../lib/channel/client', () => ({ service: { call: vi.fn(async () => ({ suggestions: [], confident: false })) } }));

// The lists wait for a gate the test opens, to see what the popup shows between the two reads.
let openGate: (() => void) | undefined;
let failLists = false;
// Whether the numbers were already on screen when the lists' read was asked for.
let numbersShownWhenAsked: boolean | undefined;
vi.mock('../../../lib/db/stats-queries', async (original) => {
  const real = await original<typeof StatsQueries>();
  return {
    ...real,
    popupLists: vi.fn(async (...args: Parameters<typeof real.popupLists>) => {
      numbersShownWhenAsked = document.querySelector('[data-testid="coverage-today"]') !== null;
      await new Promise<void>((resolve) => (openGate = resolve));
      if (failLists) throw new Error('disk on fire');
      return real.popupLists(...args);
    }),
  };
});
const { Popup } = await import('../../../components/popup/Popup');

const NOW = at('2025-03-19T09:00:00Z');
let db: SidekickDb;
let n = 0;

/** Lets the lists' read go on once the popup has asked for it. */
async function release() {
  await waitFor(() => expect(openGate).toBeDefined());
  openGate!();
}

afterEach(async () => {
  cleanup();
  failLists = false;
  openGate = undefined;
  numbersShownWhenAsked = undefined;
  db?.close();
  if (db) await db.delete();
});

async function seed() {
  db = openDb(`popup-phases-${n++}`);
  await db.dialogues.bulkAdd([
    makeRecord('t1', { myReplyAt: [at('2025-03-19T06:00:00Z')], tags: ['billing'] }),
    makeRecord('t2', { myReplyAt: [at('2025-03-19T07:00:00Z')], customerName: 'Ann' }),
  ]);
  await rebuildDaily(db);
}

describe('Popup loading in two steps', () => {
  it('shows the numbers and the chart, marks them ready, and shows the lists as skeletons until they arrive', async () => {
    await seed();
    const marks = vi.spyOn(performance, 'mark');
    render(<Popup database={db} now={() => NOW} />);
    const today = await screen.findByTestId('coverage-today');
    expect(today.getAttribute('data-tagged')).toBe('1');
    expect(today.getAttribute('data-total')).toBe('2');
    expect(screen.getByTestId('coverage-chart')).toBeTruthy();
    await waitFor(() => expect(marks).toHaveBeenCalledWith('sidekick:popup-ready'));
    expect(screen.getByTestId('untagged-list-loading').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('long-held-list-loading')).toBeTruthy();
    expect(screen.queryByTestId('untagged-list')).toBeNull();
    expect(screen.queryByTestId('long-held-list')).toBeNull();

    await release();
    expect(numbersShownWhenAsked).toBe(true);
    const list = await screen.findByTestId('untagged-list');
    expect(list.querySelector('li[data-dialogue-id="t2"]')).toBeTruthy();
    expect(list.querySelector('li[data-dialogue-id="t1"]')).toBeNull();
    expect(screen.getByTestId('long-held-list')).toBeTruthy();
    expect(screen.queryByTestId('untagged-list-loading')).toBeNull();
    marks.mockRestore();
  });

  it('keeps the numbers when the lists fail, and says so', async () => {
    await seed();
    failLists = true;
    render(<Popup database={db} now={() => NOW} />);
    await screen.findByTestId('coverage-today');
    await release();
    expect((await screen.findByTestId('popup-lists-error')).textContent).toContain('disk on fire');
    expect(screen.getByTestId('coverage-today').getAttribute('data-total')).toBe('2');
  });
});
