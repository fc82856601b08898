import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { parseSettingsFile, serializeSettings } from '../../../lib/settings/validate';

describe('settings validation', () => {
  it('keeps the help settings a team file shares, with defaults for what it leaves out', () => {
    const r = parseSettingsFile(
      JSON.stringify({ version: 2, help: { kbSearchUrl: 'https://kb.example.com/search?q={query}', seniors: ['Анна Петрова'] } }),
    );
    expect(r.ok && r.settings.help).toEqual({
      kbSearchUrl: 'https://kb.example.com/search?q={query}',
      teamChannelId: '',
      seniors: ['Анна Петрова'],
    });
    const none = parseSettingsFile(JSON.stringify({ version: 2 }));
    expect(none.ok && none.settings.help).toEqual(defaultSettings().help);
  });

  it('accepts a partial team file and fills the rest', () => {
    const r = parseSettingsFile(JSON.stringify({ version: 1, tags: [{ name: 'refund', keywords: ['возврат', 'refund'] }] }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.tags).toEqual([{ name: 'refund', description: '', keywords: ['возврат', 'refund'] }]);
      expect(r.settings.targets).toEqual(defaultSettings().targets);
    }
  });

  it.each([
    ['not json', '{version: 1', /not valid JSON/],
    ['an array', '[1]', /JSON object/],
    ['no version', '{"tags": []}', /^version: missing/],
    ['a newer version', '{"version": 99}', /^version: .*newer/],
    ['an unknown top-level key', '{"version": 1, "extra": true}', /^extra: unknown key/],
    ['an unknown selector key', '{"version": 1, "carrotquest": {"selectors": {"rot": ".a"}}}', /^carrotquest\.selectors\.rot: unknown key/],
    [
      'an invalid selector',
      '{"version": 1, "carrotquest": {"selectors": {"root": "div[[["}}}',
      /^carrotquest\.selectors\.root: invalid CSS selector/,
    ],
    [
      'an invalid fallback',
      '{"version": 1, "carrotquest": {"selectors": {"tag": [".ok", "::nope("]}}}',
      /^carrotquest\.selectors\.tag: invalid CSS/,
    ],
    [
      'an invalid URL pattern',
      '{"version": 1, "carrotquest": {"selectors": {"dialogueUrl": "(["}}}',
      /dialogueUrl: invalid regular expression/,
    ],
    ['a duplicate tag', '{"version": 1, "tags": [{"name": "a"}, {"name": "A"}]}', /^tags\.1\.name: duplicate/],
    ['a bad time zone', '{"version": 1, "operator": {"timeZone": "Mars/Base"}}', /^operator\.timeZone: unknown time zone/],
    [
      'a knowledge-base search without {query}',
      '{"version": 2, "help": {"kbSearchUrl": "https://kb.example.com/search"}}',
      /^help\.kbSearchUrl: must contain \{query\}/,
    ],
    [
      'a javascript: knowledge-base search',
      '{"version": 2, "help": {"kbSearchUrl": "javascript:alert(1)//{query}"}}',
      /^help\.kbSearchUrl: must start with https:\/\//,
    ],
    ['a bad #team-cs id', '{"version": 2, "help": {"teamChannelId": "team-cs"}}', /^help\.teamChannelId: must look like C0123ABC/],
    ['an empty senior name', '{"version": 2, "help": {"seniors": ["Anna", " "]}}', /^help\.seniors\.1: empty name/],
    ['floor above goal', '{"version": 1, "targets": {"floor": 0.9, "goal": 0.8}}', /floor must not be above goal/],
    [
      'a team panel address with a wildcard',
      '{"version": 1, "carrotquest": {"panelHosts": ["https://*.example.com"]}}',
      /^carrotquest\.panelHosts\.0: must be an https origin alone/,
    ],
    [
      'a team panel address with a path',
      '{"version": 1, "carrotquest": {"panelHosts": ["https://support.example.com/panel"]}}',
      /^carrotquest\.panelHosts\.0: must be an https origin/,
    ],
    [
      'a team panel address over http',
      '{"version": 1, "carrotquest": {"panelHosts": ["http://support.example.com"]}}',
      /^carrotquest\.panelHosts\.0: must be an https origin/,
    ],
    ['a webhook over http', '{"version": 1, "slack": {"webhookUrl": "http://hooks.slack.com/x"}}', /^slack\.webhookUrl/],
  ])('rejects %s and names the field', (_name, text, message) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('round-trips through export and import', () => {
    const s = defaultSettings();
    s.carrotquest.selectors = { root: ['.a', '.b'], dialogueUrl: '/c/(\\d+)' };
    const r = parseSettingsFile(serializeSettings(s));
    expect(r.ok && r.settings).toEqual(s);
  });
});

describe('settings store', () => {
  it('a rejected save changes nothing', async () => {
    const good = { ...defaultSettings(), tags: [{ name: 'billing', description: '', keywords: [] }] };
    expect((await saveSettings(good)).ok).toBe(true);
    const bad = await saveSettings({ ...good, tags: [{ name: '' }] });
    expect(bad.ok).toBe(false);
    expect((await loadSettings()).tags).toEqual(good.tags);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: good });
  });

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });
});
