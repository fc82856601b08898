import { backgroundHandlers } from '../lib/background/handlers';
import { createBackgroundService } from '../lib/background/service-impl';
import { backgroundMessenger, tabMessenger } from '../lib/channel/client';
import { registerHandlers } from '../lib/channel/registry';
import { syncTeamPanelsFromSettings } from '../lib/background/page-teaching';
import { SETTINGS_KEY } from '../lib/settings/stored';
import { db } from '../lib/db/database';
import { mirrorRecentDaily } from '../lib/db/daily-mirror';
import { createApiService } from '../lib/background/api-service';
import { loadSettings } from '../lib/settings/store';
import { API_SYNC_ALARM } from '../lib/background/maintenance';

export default defineBackground(() => {
  const service = createBackgroundService();
  // Listeners are registered synchronously: the MV3 worker sleeps when idle and is woken by the next
  // message, which must find its handler already in place.
  const api = createApiService({
    settings: loadSettings,
    learnTags: (items) => service.importHistory(items, { save: false }),
    saveTags: () => service.saveTagModel(),
  });
  registerHandlers(backgroundHandlers(service, api), backgroundMessenger.onMessage, {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  service.registerAlarms();
  // An import the browser's restart interrupted goes on from its saved cursor.
  void api.resumeInterrupted().catch(() => {});
  // API mode: the copy of the server's recent conversations follows the server (it does nothing without a key).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === API_SYNC_ALARM) void api.syncNow({ wait: false }).catch(() => {});
  });
  // The popup paints its numbers from this copy of the recent summary, not from IndexedDB.
  mirrorRecentDaily(db());
  // The sidebar on the team's own panel addresses follows the settings and the granted permissions.
  const syncTeamPanels = () => void syncTeamPanelsFromSettings().catch((e: unknown) => console.debug('[sidekick] team panels', e));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) syncTeamPanels();
  });
  browser.permissions.onAdded.addListener(syncTeamPanels);
  browser.permissions.onRemoved.addListener(syncTeamPanels);
  browser.runtime.onInstalled.addListener(syncTeamPanels);
  browser.runtime.onStartup.addListener(syncTeamPanels);
  // What private windows recorded lives in memory until the last of them closes.
  browser.windows?.onRemoved.addListener(() => {
    void browser.windows
      .getAll()
      .then((open) => {
        if (!open.some((w) => w.incognito)) service.forgetPrivateWindows();
      })
      .catch(() => {});
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-replies' && tab?.id !== undefined)
      void tabMessenger.sendMessage('openReplyPicker', undefined, tab.id).catch(() => {});
  });
});
