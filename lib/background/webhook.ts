import type { Settings } from '../settings/schema';

/**
 * Posts through the team's incoming webhook. Only on the operator's click, only when enabled in settings,
 * and only to Slack's hook host: the one place text leaves the browser.
 */
export async function postToWebhook(slack: Settings['slack'], body: string, fetchFn: typeof fetch = fetch): Promise<string | null> {
  if (!slack.webhookEnabled || !slack.webhookUrl) return 'webhook is off in settings';
  let url: URL;
  try {
    url = new URL(slack.webhookUrl);
  } catch {
    return 'webhook URL is not valid';
  }
  if (url.protocol !== 'https:' || url.hostname !== 'hooks.slack.com') return 'webhook URL must be https://hooks.slack.com/...';
  try {
    const res = await fetchFn(url.toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    return res.ok ? null : `Slack answered ${res.status}`;
  } catch (e) {
    return `could not reach Slack: ${(e as Error).message}`;
  }
}
