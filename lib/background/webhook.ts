import { webhookAllowed, webhookPayload } from '../escalation/slack-links';
import type { Settings } from '../settings/schema';

/**
 * Posts through the team's incoming webhook: the one place text leaves the browser. Only on the
 * operator's click, only when enabled in settings, only to Slack's hook host on the default port
 * with no login in the URL (`webhookAllowed`). The caller hands plain draft text; the JSON body and
 * Slack's escaping are made here, so a sender cannot post `<!channel>` or any other live control
 * sequence, nor a body of its own shape.
 */

/** The longest text posted; a draft's main message is at most 3,500 characters. */
export const WEBHOOK_TEXT_MAX = 8000;
/** At most this many posts in WEBHOOK_WINDOW_MS, and never two within WEBHOOK_GAP_MS. */
export const WEBHOOK_POSTS_PER_WINDOW = 6;
export const WEBHOOK_WINDOW_MS = 10 * 60_000;
export const WEBHOOK_GAP_MS = 3000;

export interface WebhookPoster {
  post(slack: Settings['slack'], text: string): Promise<string | null>;
}

export function createWebhookPoster(
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
  now: () => number = Date.now,
): WebhookPoster {
  const sent: number[] = [];
  return {
    async post(slack, text) {
      if (!slack.webhookEnabled || !slack.webhookUrl) return 'webhook is off in settings';
      if (!webhookAllowed({ slack })) return 'webhook URL must be https://hooks.slack.com/... (no port, no login in it)';
      if (typeof text !== 'string' || !text.trim()) return 'nothing to post';
      if (text.length > WEBHOOK_TEXT_MAX) return `the message is longer than ${WEBHOOK_TEXT_MAX} characters`;
      const t = now();
      while (sent.length && sent[0]! <= t - WEBHOOK_WINDOW_MS) sent.shift();
      if (sent.length && t - sent[sent.length - 1]! < WEBHOOK_GAP_MS) return 'posted a moment ago: wait a few seconds';
      if (sent.length >= WEBHOOK_POSTS_PER_WINDOW) return `at most ${WEBHOOK_POSTS_PER_WINDOW} posts in 10 minutes: try again later`;
      sent.push(t);
      try {
        const res = await fetchFn(slack.webhookUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(webhookPayload(text)),
          credentials: 'omit',
          redirect: 'error',
        });
        return res.ok ? null : `Slack answered ${res.status}`;
      } catch (e) {
        return `could not reach Slack: ${(e as Error).message}`;
      }
    },
  };
}
