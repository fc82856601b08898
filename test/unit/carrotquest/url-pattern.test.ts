import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../lib/carrotquest/default-profile';
import { dialogueIdFromUrl, resolveProfile } from '../../../lib/carrotquest/profile';
import { URL_TEST_CAP, urlPatternError } from '../../../lib/carrotquest/url-pattern';
import { validateSettings } from '../../../lib/settings/validate';

describe('urlPatternError', () => {
  it('refuses patterns that backtrack without bound', () => {
    for (const p of ['(a+)+$', '(.*a){25}x', '(a|a)*b', '(?:\\d+)*x', '(x+x+)+y', '.*.*.*=(\\d+)', '(\\w{1,100}){1,100}']) {
      expect(urlPatternError(p), p).toMatch(/nested repeats|too many open-ended repeats/);
    }
  });

  it('refuses backreferences and overlong patterns', () => {
    expect(urlPatternError('/(\\d+)/\\1')).toMatch(/backreferences/);
    expect(urlPatternError('/(?<id>\\d+)/\\k<id>')).toMatch(/backreferences/);
    expect(urlPatternError(`/c/(\\d+)${'a'.repeat(300)}`)).toMatch(/longer than 300/);
    expect(urlPatternError('([')).toMatch(/invalid regular expression/);
  });

  it('accepts the built-in patterns and ordinary ones', () => {
    for (const p of [
      ...(DEFAULT_PROFILE.dialogueUrl as string[]),
      '/c/(\\d+)',
      '#/dialogs/([0-9a-f-]{36})',
      '[?&]id=(\\d+)(?:&|$)',
      '/(?:a|b)/(\\d{1,20})/x/(\\d{1,20})',
    ]) {
      expect(urlPatternError(p), p).toBeNull();
    }
  });

  it('is what the settings validator uses', () => {
    const r = validateSettings({ version: 1, carrotquest: { selectors: { dialogueUrl: '(.*a){25}x' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/dialogueUrl: nested repeats/);
  });
});

describe('dialogueIdFromUrl', () => {
  it('skips an unsafe stored pattern instead of running it (stored settings reach the page unvalidated)', () => {
    const href = `https://app.carrotquest.io/${'a'.repeat(54)}`;
    // Run, this pattern takes minutes on this address; skipped, it costs nothing.
    expect(dialogueIdFromUrl(href, ['(.*a){25}x', '/(a{3})'])).toBe('aaa');
  });

  it('tests only the first 2 kB of the address', () => {
    const head = 'https://app.carrotquest.io/panel/1/conversations/1204567890123456001';
    expect(dialogueIdFromUrl(`${head}?q=${'x'.repeat(5000)}`, resolveProfile().dialogueUrl)).toBe('1204567890123456001');
    const late = `https://app.carrotquest.io/panel/1/?q=${'x'.repeat(URL_TEST_CAP)}&conversationId=1204567890123456001`;
    expect(dialogueIdFromUrl(late, resolveProfile().dialogueUrl)).toBeNull();
  });
});
