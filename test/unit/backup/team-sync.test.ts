import { describe, expect, it, vi } from 'vitest';
import { fetchTeamSettings, getTeamSyncStatus, setTeamSyncStatus, syncTeamSettings, type FetchLike } from '../../../lib/settings/team-sync';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import type { Settings } from '../../../lib/settings/schema';

const URL_OK = 'https://git.example.com/cs/sidekick-team.json';

const answer = (body: string, init: ResponseInit = {}): FetchLike => vi.fn(async () => new Response(body, init));

function mine(): Settings {
  const s = defaultSettings();
  s.operator.name = 'Anna';
  s.operator.language = 'ru';
  s.operator.shifts = [{ days: [1, 2, 3, 4, 5], start: '10:00', end: '19:00' }];
  s.operator.teamSettingsUrl = URL_OK;
  s.tags = [{ name: 'my-old-tag', description: '', keywords: [] }];
  return s;
}

const TEAM_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl team@company';

const teamFile = {
  version: 1,
  tags: [{ name: 'billing' }, { name: 'domains-ssl-recheck', description: 'SSL proposals' }],
  targets: { floor: 0.75, goal: 0.85, longHeldHours: 12 },
  operator: { name: 'Team', sshPublicKey: TEAM_KEY, teamSettingsUrl: 'https://evil.example.com/x.json', timeZone: 'Asia/Tokyo' },
};

describe('fetchTeamSettings', () => {
  it('merges the team file over mine, keeping my personal operator keys', async () => {
    const result = await fetchTeamSettings(URL_OK, answer(JSON.stringify(teamFile)), mine());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.tags.map((t) => t.name)).toEqual(['billing', 'domains-ssl-recheck']);
    expect(result.settings.targets).toEqual({ floor: 0.75, goal: 0.85, longHeldHours: 12 });
    expect(result.settings.operator).toEqual({ ...mine().operator, sshPublicKey: TEAM_KEY });
  });

  it('asks only https, without cookies', async () => {
    const fetchFn = answer(JSON.stringify({ version: 1 }));
    expect(await fetchTeamSettings('http://git.example.com/x.json', fetchFn, mine())).toEqual({
      ok: false,
      error: 'the team settings URL must start with https://',
    });
    expect(fetchFn).not.toHaveBeenCalled();
    await fetchTeamSettings(URL_OK, fetchFn, mine());
    expect(fetchFn).toHaveBeenCalledWith(URL_OK, expect.objectContaining({ credentials: 'omit' }));
  });

  it('refuses errors, bad JSON, invalid or newer documents and big files', async () => {
    const cases: [FetchLike, RegExp][] = [
      [answer('nope', { status: 404, statusText: 'Not Found' }), /answered 404 Not Found/],
      [answer('{"version": 1,'), /not valid JSON/],
      [answer(JSON.stringify({ version: 1, targets: { floor: 2 } })), /refused: targets\.floor/],
      [answer(JSON.stringify({ version: 9 })), /refused: version: .*newer/],
      [answer(JSON.stringify({ version: 1, surprise: true })), /refused: surprise: unknown key/],
      [answer(JSON.stringify({ version: 1, tags: [] }) + ' '.repeat(6 * 1024 * 1024)), /larger than 5 MB/],
      [answer('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } }), /larger than 5 MB/],
      [vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), /could not fetch: Failed to fetch/],
    ];
    for (const [fetchFn, message] of cases) {
      const r = await fetchTeamSettings(URL_OK, fetchFn, mine());
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(message);
    }
  });

  it('gives up on a server that does not answer in time', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const r = await fetchTeamSettings(URL_OK, hanging, mine(), { timeoutMs: 30 });
    expect(r).toEqual({ ok: false, error: 'no answer within 30 ms' });
    const ignoring: FetchLike = () => new Promise(() => {});
    expect((await fetchTeamSettings(URL_OK, ignoring, mine(), { timeoutMs: 30 })).ok).toBe(false);
  });
});

describe('syncTeamSettings', () => {
  it('saves the merged settings and records the success', async () => {
    await saveSettings(mine());
    const outcome = await syncTeamSettings({ fetchFn: answer(JSON.stringify(teamFile)), now: 1000 });
    // A new shared SSH key waits for the operator (team-file-trust.test.ts).
    expect(outcome).toEqual({ ran: true, ok: true, held: ['sshPublicKey'] });
    expect((await loadSettings()).tags.map((t) => t.name)).toEqual(['billing', 'domains-ssl-recheck']);
    expect(await getTeamSyncStatus()).toEqual({ lastSuccessAt: 1000, lastError: null, lastAttemptAt: 1000 });
  });

  it('keeps the last good settings when a later fetch fails or is invalid', async () => {
    await saveSettings(mine());
    await syncTeamSettings({ fetchFn: answer(JSON.stringify(teamFile)), now: 1000 });
    const good = await loadSettings();
    const failed = await syncTeamSettings({ fetchFn: answer('', { status: 500 }), now: 2000 });
    expect(failed).toMatchObject({ ran: true, ok: false });
    const invalid = await syncTeamSettings({ fetchFn: answer(JSON.stringify({ version: 1, tags: [{ name: '' }] })), now: 3000 });
    expect(invalid).toMatchObject({ ran: true, ok: false });
    expect(await loadSettings()).toEqual(good);
    const status = await getTeamSyncStatus();
    expect(status.lastSuccessAt).toBe(1000);
    expect(status.lastAttemptAt).toBe(3000);
    expect(status.lastError).toMatch(/tags\.0\.name/);
  });

  it('does nothing without a team URL', async () => {
    const fetchFn = answer('{}');
    expect(await syncTeamSettings({ settings: defaultSettings(), fetchFn })).toEqual({ ran: false });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('reads a missing or damaged status as empty', async () => {
    expect(await getTeamSyncStatus()).toEqual({ lastSuccessAt: null, lastError: null, lastAttemptAt: null });
    await setTeamSyncStatus({ lastSuccessAt: 5, lastError: 'x', lastAttemptAt: 6 });
    expect(await getTeamSyncStatus()).toEqual({ lastSuccessAt: 5, lastError: 'x', lastAttemptAt: 6 });
  });
});
