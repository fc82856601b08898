import { createBackgroundService } from '../lib/background/service-impl';
import { onMessage, sendMessage } from '../lib/service';
import { computeService } from '../lib/compute/implementation';
import { registerCompute } from '../lib/compute/service';
import { repliesTriageCompute, withLearnedComplexity } from '../lib/compute/replies-triage';
import { registerRepliesTriage } from '../lib/compute/replies-triage-service';
import { db } from '../lib/db/database';
import { mirrorRecentDaily } from '../lib/db/daily-mirror';

export default defineBackground(() => {
  const service = createBackgroundService();
  // Listeners are registered synchronously: the MV3 worker sleeps when idle and is woken by the next
  // message, which must find its handler already in place.
  onMessage('recordSnapshot', ({ data }) => service.recordSnapshot(data));
  onMessage('suggestTags', ({ data }) => service.suggestTags(data));
  onMessage('importHistory', ({ data }) => service.importHistory(data.items));
  onMessage('knownTags', () => service.knownTags());
  onMessage('reloadModels', () => service.reloadModels());
  onMessage('setComplexity', ({ data }) => service.setComplexity(data));
  onMessage('recordEscalation', ({ data }) => service.recordEscalation(data));
  onMessage('updateEscalation', ({ data }) => service.updateEscalation(data));
  onMessage('postWebhook', ({ data }) => service.postWebhook(data));
  registerCompute(computeService);
  registerRepliesTriage(withLearnedComplexity(repliesTriageCompute, () => service.getComplexityModel()));
  service.registerAlarms();
  // The popup paints its numbers from this copy of the recent summary, not from IndexedDB.
  mirrorRecentDaily(db());
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-replies' && tab?.id !== undefined) void sendMessage('openReplyPicker', undefined, tab.id).catch(() => {});
  });
});
