import type { Settings } from '../settings/schema';
import { escapeForWebhook } from './slack-text';

type SlackSettings = Settings['slack'];
/** A channel link needs the team and the channel, nothing else of the Slack settings. */
type ChannelIds = Pick<SlackSettings, 'teamId' | 'channelId'>;

export interface SlackChannelLinks {
  /** Opens the channel in the desktop app. */
  app: string;
  /** The same channel in the browser, for operators without the app. */
  web: string;
}

/** The settings a channel link needs that are not filled in, by their settings path. */
export function missingSlackChannelSettings(slack: ChannelIds): string[] {
  const missing: string[] = [];
  if (!slack.teamId.trim()) missing.push('slack.teamId');
  if (!slack.channelId.trim()) missing.push('slack.channelId');
  return missing;
}

/**
 * Links that open the team's channel; null when the team or channel id is missing (see
 * `missingSlackChannelSettings` for which). Slack's deep links take ids, never names.
 */
export function slackChannelLinks(slack: ChannelIds): SlackChannelLinks | null {
  if (missingSlackChannelSettings(slack).length) return null;
  const team = encodeURIComponent(slack.teamId.trim());
  const channel = encodeURIComponent(slack.channelId.trim());
  return {
    app: `slack://channel?team=${team}&id=${channel}`,
    web: `https://app.slack.com/client/${team}/${channel}`,
  };
}

/**
 * Whether posting through the webhook is allowed: the operator opted in, and the URL is a
 * Slack incoming webhook over https, so the draft never goes to any other host.
 */
export function webhookAllowed(settings: Pick<Settings, 'slack'>): boolean {
  const { webhookEnabled, webhookUrl } = settings.slack;
  if (!webhookEnabled || !webhookUrl) return false;
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.hostname === 'hooks.slack.com' &&
    url.port === '' &&
    !url.username &&
    !url.password &&
    url.pathname.length > 1
  );
}

/**
 * The JSON body for an incoming webhook. `text` is a draft in paste form (customer text
 * already inert); Slack's escaping of `&`, `<` and `>` is applied on top. A `>` that starts
 * a line is the draft's own quote marker and is sent as is, so quotes still render: a bare
 * `>` cannot form a mention or a link once every `<` is escaped.
 */
export function webhookPayload(text: string): { text: string } {
  const escaped = text
    .split('\n')
    .map((line) => {
      const quote = /^>(?= |$)/.test(line);
      return quote ? '>' + escapeForWebhook(line.slice(1)) : escapeForWebhook(line);
    })
    .join('\n');
  return { text: escaped };
}
