import type { browser as Browser } from 'wxt/browser';
import type { SidekickDb } from '../db/database';
import { applyRetention } from '../db/backup';
import type { Settings } from '../settings/schema';
import { syncTeamSettings } from '../settings/team-sync';

export const RETENTION_ALARM = 'sidekick.retention';
export const TEAM_SYNC_ALARM = 'sidekick.team-sync';
const TEAM_SYNC_HOURS = 3;

export function scheduleMaintenance(browser: typeof Browser) {
  // Alarms survive worker sleep; creating them again with the same name only resets the schedule.
  void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  void browser.alarms.create(TEAM_SYNC_ALARM, { delayInMinutes: 0.1, periodInMinutes: TEAM_SYNC_HOURS * 60 });
}

export async function runMaintenance(name: string, db: SidekickDb, settings: Settings, now = Date.now()): Promise<void> {
  try {
    if (name === RETENTION_ALARM) await applyRetention(db, settings.operator.retentionDays, now);
    if (name === TEAM_SYNC_ALARM) await syncTeamSettings({ settings, now });
  } catch (e) {
    console.debug('[sidekick] maintenance failed', name, e);
  }
}
