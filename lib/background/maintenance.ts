import type { browser as Browser } from 'wxt/browser';
import type { SidekickDb } from '../db/database';
import { applyRetention } from '../db/backup';
import { ageModels } from './model-aging';
import type { Settings } from '../settings/schema';
import { syncTeamSettings } from '../settings/team-sync';

export const RETENTION_ALARM = 'sidekick.retention';
export const TEAM_SYNC_ALARM = 'sidekick.team-sync';
const TEAM_SYNC_HOURS = 3;
/** API mode: the copy of the server's conversations is brought up to date this often (when a key is connected). */
export const API_SYNC_ALARM = 'sidekick.api-sync';
const API_SYNC_MINUTES = 5;

const ALARMS: [string, { delayInMinutes: number; periodInMinutes: number }][] = [
  [RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 }],
  [TEAM_SYNC_ALARM, { delayInMinutes: 0.1, periodInMinutes: TEAM_SYNC_HOURS * 60 }],
  [API_SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: API_SYNC_MINUTES }],
];

/**
 * Alarms survive worker sleep, and creating one again with the same name restarts its schedule:
 * the worker wakes many times a day, so an alarm is created only when it is missing (or its
 * period is not the one wanted, after an update).
 */
export async function scheduleMaintenance(browser: typeof Browser): Promise<void> {
  await Promise.all(
    ALARMS.map(async ([name, info]) => {
      const existing = await browser.alarms.get(name);
      if (existing && existing.periodInMinutes === info.periodInMinutes) return;
      await browser.alarms.create(name, info);
    }),
  );
}

/**
 * Runs one alarm's work. Retention that deleted anything ages the models with the data
 * (model-aging.ts); `onModelsReplaced` then lets the background drop the models it holds in memory.
 */
export async function runMaintenance(
  name: string,
  db: SidekickDb,
  settings: Settings,
  now = Date.now(),
  onModelsReplaced: () => void = () => {},
): Promise<void> {
  try {
    if (name === RETENTION_ALARM) {
      const deleted = await applyRetention(db, settings.operator.retentionDays, now);
      if (deleted.dialogues > 0 || deleted.feedback > 0) {
        await ageModels(db, now);
        onModelsReplaced();
      }
    }
    if (name === TEAM_SYNC_ALARM) await syncTeamSettings({ settings, now });
  } catch (e) {
    console.debug('[sidekick] maintenance failed', name, e);
  }
}
