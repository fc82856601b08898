import type { Browser } from 'wxt/browser';
import type { SidekickDb } from '../db/database';
import { applyRetention } from '../db/backup';
import type { Settings } from '../settings/schema';
import { saveSettings } from '../settings/store';
import { fetchTeamSettings, setTeamSyncStatus, getTeamSyncStatus } from '../settings/team-sync';

export const RETENTION_ALARM = 'sidekick.retention';
export const TEAM_SYNC_ALARM = 'sidekick.team-sync';
const TEAM_SYNC_HOURS = 3;

export function scheduleMaintenance(browser: Browser) {
  // Alarms survive worker sleep; creating them again with the same name only resets the period.
  void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  void browser.alarms.create(TEAM_SYNC_ALARM, { delayInMinutes: 0.1, periodInMinutes: TEAM_SYNC_HOURS * 60 });
}

export async function runMaintenance(name: string, db: SidekickDb, settings: Settings, now = Date.now()): Promise<void> {
  try {
    if (name === RETENTION_ALARM) await applyRetention(db, settings.operator.retentionDays, now);
    if (name === TEAM_SYNC_ALARM) await syncTeamSettings(settings, now);
  } catch (e) {
    console.debug('[sidekick] maintenance failed', name, e);
  }
}

/** Fetches the team's settings; a failure keeps the last good settings and is recorded for the options page. */
export async function syncTeamSettings(settings: Settings, now = Date.now()): Promise<void> {
  const url = settings.operator.teamSettingsUrl;
  if (!url) return;
  const prev = await getTeamSyncStatus();
  const result = await fetchTeamSettings(url, fetch, settings);
  if (result.ok) {
    const saved = await saveSettings(result.settings);
    await setTeamSyncStatus({ ...prev, lastAttemptAt: now, lastSuccessAt: saved.ok ? now : prev.lastSuccessAt, lastError: saved.ok ? null : saved.error });
  } else {
    await setTeamSyncStatus({ ...prev, lastAttemptAt: now, lastError: result.error });
  }
}
