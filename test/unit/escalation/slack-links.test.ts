import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import { missingSlackChannelSettings, slackChannelLinks, webhookAllowed } from '../../../lib/escalation/slack-links';

const slack = (over: Partial<Settings['slack']> = {}): Settings['slack'] => ({ ...defaultSettings().slack, ...over });

describe('slackChannelLinks', () => {
  it('builds the app deep link and the web client link from ids', () => {
    expect(slackChannelLinks(slack({ teamId: 'T0123ABC', channelId: 'C0456DEF' }))).toEqual({
      app: 'slack://channel?team=T0123ABC&id=C0456DEF',
      web: 'https://app.slack.com/client/T0123ABC/C0456DEF',
    });
  });

  it('is null and names what is missing without team or channel', () => {
    expect(slackChannelLinks(slack({ teamId: 'T0123ABC' }))).toBeNull();
    expect(missingSlackChannelSettings(slack({ teamId: 'T0123ABC' }))).toEqual(['slack.channelId']);
    expect(slackChannelLinks(slack({ channelId: 'C0456DEF' }))).toBeNull();
    expect(missingSlackChannelSettings(slack())).toEqual(['slack.teamId', 'slack.channelId']);
  });
});

describe('webhookAllowed', () => {
  const withHook = (webhookUrl: string, webhookEnabled = true) => ({ slack: slack({ webhookUrl, webhookEnabled }) });

  it('allows an enabled Slack webhook over https', () => {
    expect(webhookAllowed(withHook('https://hooks.slack.com/services/T000/B000/XXXX'))).toBe(true);
  });

  it('refuses when disabled, empty, or anywhere but hooks.slack.com over https', () => {
    expect(webhookAllowed(withHook('https://hooks.slack.com/services/T000/B000/XXXX', false))).toBe(false);
    expect(webhookAllowed(withHook(''))).toBe(false);
    expect(webhookAllowed(withHook('http://hooks.slack.com/services/T000/B000/XXXX'))).toBe(false);
    expect(webhookAllowed(withHook('https://hooks.slack.com.evil.example/services/x'))).toBe(false);
    expect(webhookAllowed(withHook('https://evil.example/hooks.slack.com/services/x'))).toBe(false);
    expect(webhookAllowed(withHook('https://user:pw@hooks.slack.com/services/x'))).toBe(false);
    expect(webhookAllowed(withHook('https://hooks.slack.com:8443/services/x'))).toBe(false);
    expect(webhookAllowed(withHook('https://hooks.slack.com/'))).toBe(false);
    expect(webhookAllowed(withHook('not a url'))).toBe(false);
  });
});
