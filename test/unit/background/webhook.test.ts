import { describe, expect, it, vi } from 'vitest';
import { backgroundHandlers, type BackgroundParts } from '../../../lib/background/handlers';
import { WEBHOOK_TEXT_MAX, createWebhookPoster } from '../../../lib/background/webhook';
import { dispatch } from '../../../lib/channel/registry';

const slack = { teamId: 'T0', channelId: 'C0', webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz', webhookEnabled: true };

function poster(at = { t: 1_000_000 }) {
  const fetchFn = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response('ok'));
  return { fetchFn, at, webhook: createWebhookPoster(fetchFn as unknown as typeof fetch, () => at.t) };
}

describe('the webhook post', () => {
  it('builds the body from plain text: a raw <!channel> goes out inert', async () => {
    const { fetchFn, webhook } = poster();
    expect(await webhook.post(slack, 'server down <!channel> <@U123> & slow\n> quoted <!here>')).toBeNull();
    const body = JSON.parse(fetchFn.mock.calls[0]![1]!.body as string) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(body.text).toContain('&lt;');
    expect(body.text).toContain('&amp; slow');
  });

  it('sends a JSON-looking text as text, not as the body', async () => {
    const { fetchFn, webhook } = poster();
    await webhook.post(slack, '{"text":"<!channel>","channel":"#general"}');
    const body = JSON.parse(fetchFn.mock.calls[0]![1]!.body as string) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).not.toContain('<!channel>');
  });

  it('refuses the URLs webhookAllowed refuses: another port, a login in the URL, another host', async () => {
    const { fetchFn, webhook } = poster();
    for (const webhookUrl of [
      'https://hooks.slack.com:8443/services/T0/B0/x',
      'https://user:pw@hooks.slack.com/services/T0/B0/x',
      'https://hooks.slack.com.evil.example/x',
      'http://hooks.slack.com/services/x',
    ]) {
      expect(await webhook.post({ ...slack, webhookUrl }, 'hi')).toMatch(/must be https:\/\/hooks\.slack\.com/);
    }
    expect(await webhook.post({ ...slack, webhookEnabled: false }, 'hi')).toBe('webhook is off in settings');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('refuses oversized texts and limits the rate', async () => {
    const { fetchFn, webhook, at } = poster();
    expect(await webhook.post(slack, 'x'.repeat(WEBHOOK_TEXT_MAX + 1))).toMatch(/longer than/);
    expect(await webhook.post(slack, 'one')).toBeNull();
    expect(await webhook.post(slack, 'two')).toMatch(/a moment ago/);
    for (let i = 0; i < 5; i++) {
      at.t += 5000;
      expect(await webhook.post(slack, `n${i}`)).toBeNull();
    }
    at.t += 5000;
    expect(await webhook.post(slack, 'too many')).toMatch(/at most 6 posts/);
    at.t += 10 * 60_000;
    expect(await webhook.post(slack, 'later')).toBeNull();
    expect(fetchFn).toHaveBeenCalledTimes(7);
  });

  it('the channel refuses an oversized text before the handler runs', async () => {
    const postWebhook = vi.fn(async () => null);
    const handlers = backgroundHandlers({ postWebhook } as unknown as BackgroundParts, {} as never);
    const self = { id: 'me', origin: 'chrome-extension://me/' };
    const tab = { id: 'me', url: 'https://carrotquest.io/panel/1/conversations/2', tab: { id: 1 } };
    await expect(dispatch(handlers, 'postWebhook', { text: 'x'.repeat(WEBHOOK_TEXT_MAX + 1) }, tab, self)).rejects.toThrow(
      /invalid input at text/,
    );
    await expect(dispatch(handlers, 'postWebhook', { text: 'hi' }, { id: 'other-extension', tab: { id: 1 } }, self)).rejects.toThrow(
      /not this extension/,
    );
    expect(postWebhook).not.toHaveBeenCalled();
  });
});
