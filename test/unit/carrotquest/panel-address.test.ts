import { describe, expect, it } from 'vitest';
import { dialogueLink, matchesPattern, parsePanelAddress, PANEL_MATCHES } from '../../../lib/carrotquest/panel-address';
import { originPattern, parseTeamOrigin } from '../../../lib/carrotquest/team-origin';
import { resolveProfile, dialogueIdFromUrl } from '../../../lib/carrotquest/profile';

const ID = '1204567890123456001';

const matches = matchesPattern;

describe('panel addresses', () => {
  it('runs on the panel paths of every public host and not on the marketing site', () => {
    const on = (href: string) => PANEL_MATCHES.some((p) => matches(p, href));
    for (const href of [
      'https://carrotquest.io/panel/4242/conversations/1001',
      'https://www.carrotquest.io/panel/4242/conversations',
      'https://dashly.io/panel/77/conversations/1001?filter=unread',
      'https://www.dashly.io/panel/77/',
      'https://app.carrotquest.io/apps/4242/users/555',
      'https://app.dashly.io/project/1/conversations/1001',
    ])
      expect(on(href), href).toBe(true);
    for (const href of [
      'https://carrotquest.io/',
      'https://carrotquest.io/pricing',
      'https://dashly.io/blog/panel',
      'http://carrotquest.io/panel/1/',
    ])
      expect(on(href), href).toBe(false);
  });

  it('gives the app id and the dialogue id of every shape, with or without query and hash', () => {
    const cases: [string, string | null, string | null][] = [
      ['https://carrotquest.io/panel/4242/conversations/1001', '4242', '1001'],
      [`https://www.carrotquest.io/panel/4242/conversations/${ID}?tab=notes`, '4242', ID],
      [`https://dashly.io/panel/77/conversations/${ID}#reply`, '77', ID],
      [`https://dashly.io/panel/77/conversations/${ID}/details?x=1#y`, '77', ID],
      ['https://carrotquest.io/panel/4242/conversations', '4242', null],
      [`https://app.carrotquest.io/project/12345/conversations/${ID}`, '12345', ID],
      ['https://app.carrotquest.io/apps/4242/users/1187340021555000401', '4242', null],
      [`https://app.dashly.io/#/dialog/${ID}`, null, ID],
      ['not a url', null, null],
    ];
    for (const [href, appId, dialogueId] of cases) expect(parsePanelAddress(href), href).toEqual({ appId, dialogueId });
  });

  it('the built-in profile reads the dialogue id of the /panel/ shapes', () => {
    const p = resolveProfile().dialogueUrl;
    expect(dialogueIdFromUrl('https://carrotquest.io/panel/4242/conversations/1001', p)).toBe('1001');
    expect(dialogueIdFromUrl(`https://dashly.io/panel/77/conversations/${ID}?x=1#y`, p)).toBe(ID);
  });

  it('links to the canonical dialogue address', () => {
    expect(dialogueLink(`https://www.carrotquest.io/panel/4242/conversations/${ID}/details?tab=1#x`, ID)).toBe(
      `https://carrotquest.io/panel/4242/conversations/${ID}`,
    );
    expect(dialogueLink(`https://www.dashly.io/panel/77/conversations/${ID}`, ID)).toBe(`https://dashly.io/panel/77/conversations/${ID}`);
    expect(dialogueLink(`https://support.example.com/panel/9/conversations/${ID}?q`, ID)).toBe(
      `https://support.example.com/panel/9/conversations/${ID}`,
    );
    // A panel address whose path only has the id in the hash keeps it there.
    expect(dialogueLink(`https://app.dashly.io/inbox#/dialog/${ID}?x`, ID)).toBe(`https://app.dashly.io/inbox#/dialog/${ID}`);
  });
});

describe('team panel origins', () => {
  it('accepts a whole https origin, typed with or without the scheme', () => {
    expect(parseTeamOrigin('https://support.example.com')).toEqual({
      ok: true,
      origin: 'https://support.example.com',
      pattern: 'https://support.example.com/*',
    });
    expect(parseTeamOrigin('  Support.Example.com/ ')).toEqual({
      ok: true,
      origin: 'https://support.example.com',
      pattern: 'https://support.example.com/*',
    });
    expect(parseTeamOrigin('https://panel.example.org:8443')).toMatchObject({
      ok: true,
      origin: 'https://panel.example.org:8443',
      pattern: 'https://panel.example.org/*',
    });
    expect(originPattern('https://panel.example.org:8443')).toBe('https://panel.example.org/*');
  });

  it('refuses wildcards, paths, plain http and what is not an address, saying which', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['https://*.example.com', 'wildcard'],
      ['*://support.example.com/*', 'wildcard'],
      ['http://support.example.com', 'http'],
      ['https://support.example.com/panel', 'path'],
      ['https://support.example.com/?x=1', 'path'],
      ['https://support.example.com#x', 'path'],
      ['ftp://support.example.com', 'invalid'],
      ['https://user:pw@support.example.com', 'invalid'],
      ['not an address', 'invalid'],
      ['https://carrotquest.io', 'builtin'],
      ['app.dashly.io', 'builtin'],
    ];
    for (const [input, reason] of cases) expect(parseTeamOrigin(input), input).toEqual({ ok: false, reason });
  });
});
