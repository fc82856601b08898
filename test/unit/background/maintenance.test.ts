import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { RETENTION_ALARM, TEAM_SYNC_ALARM, scheduleMaintenance, API_SYNC_ALARM } from '../../../lib/background/maintenance';

describe('scheduleMaintenance', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 29, 9, 0), toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('creates every alarm on the first start', async () => {
    await scheduleMaintenance(browser);
    const names = (await browser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([RETENTION_ALARM, TEAM_SYNC_ALARM, API_SYNC_ALARM].sort());
  });

  it('keeps the schedule when the worker starts again', async () => {
    await scheduleMaintenance(browser);
    const first = Object.fromEntries((await browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    vi.setSystemTime(Date.now() + 40 * 60_000);
    await scheduleMaintenance(browser);
    const second = Object.fromEntries((await browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    expect(second).toEqual(first);
  });

  it('re-creates an alarm whose period changed', async () => {
    await browser.alarms.create(TEAM_SYNC_ALARM, { delayInMinutes: 5, periodInMinutes: 60 });
    await scheduleMaintenance(browser);
    expect((await browser.alarms.get(TEAM_SYNC_ALARM))?.periodInMinutes).toBe(180);
  });
});
