import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, oneAtATime, syncTeamPanels, TEAM_SCRIPT_ID, type TeamPanelApis } from '../../../lib/background/team-panels';

/** The browser's side, as Chromium keeps it: granted origins and the registered scripts, ids unique. */
function browserState(granted: string[]) {
  const scripts = new Map<string, { id: string; matches: string[]; js: string[]; persistAcrossSessions: boolean }>();
  const calls: string[] = [];
  const apis: TeamPanelApis = {
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async (f) => [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
        calls.push('register');
      },
      unregisterContentScripts: async (f) => {
        for (const id of f?.ids ?? [...scripts.keys()]) scripts.delete(id);
        calls.push('unregister');
      },
    },
  };
  return { apis, scripts, calls, granted };
}

describe('team panel registration', () => {
  it('registers the granted team origins once, persistently, and leaves it alone when nothing changed', async () => {
    const b = browserState(['https://support.example.com/*']);
    expect(await syncTeamPanels(b.apis, ['https://support.example.com', 'https://denied.example.org'])).toEqual([
      'https://support.example.com/*',
    ]);
    expect([...b.scripts.values()]).toEqual([
      {
        id: TEAM_SCRIPT_ID,
        matches: ['https://support.example.com/*'],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    await syncTeamPanels(b.apis, ['https://support.example.com']);
    expect(b.calls).toEqual(['register']);
  });

  it('registers nothing for an origin whose permission was denied', async () => {
    const b = browserState([]);
    expect(await syncTeamPanels(b.apis, ['https://support.example.com'])).toEqual([]);
    expect(b.scripts.size).toBe(0);
  });

  it('follows additions and removals, and unregisters when the last one goes', async () => {
    const b = browserState(['https://a.example.com/*', 'https://b.example.com/*']);
    await syncTeamPanels(b.apis, ['https://a.example.com']);
    await syncTeamPanels(b.apis, ['https://a.example.com', 'https://b.example.com:8443']);
    expect(b.scripts.get(TEAM_SCRIPT_ID)!.matches).toEqual(['https://a.example.com/*', 'https://b.example.com/*']);
    await syncTeamPanels(b.apis, ['https://b.example.com:8443']);
    expect(b.scripts.get(TEAM_SCRIPT_ID)!.matches).toEqual(['https://b.example.com/*']);
    await syncTeamPanels(b.apis, []);
    expect(b.scripts.size).toBe(0);
  });

  it('syncs arriving together run one after the other, so the second finds the first registration', async () => {
    const b = browserState(['https://support.example.com/*']);
    // Each browser call yields, as the real ones do, so unqueued syncs would interleave.
    const slow =
      <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
      async (...a: A) => {
        await new Promise((r) => setTimeout(r, 1));
        return f(...a);
      };
    const apis: TeamPanelApis = {
      permissions: { contains: slow(b.apis.permissions.contains) },
      scripting: {
        getRegisteredContentScripts: slow(b.apis.scripting.getRegisteredContentScripts),
        registerContentScripts: slow(b.apis.scripting.registerContentScripts),
        unregisterContentScripts: slow(b.apis.scripting.unregisterContentScripts),
      },
    };
    const run = () => syncTeamPanels(apis, ['https://support.example.com']);
    const unqueued = await Promise.allSettled([run(), run()]);
    expect(unqueued.map((r) => r.status)).toContain('rejected');
    await b.apis.scripting.unregisterContentScripts({ ids: [TEAM_SCRIPT_ID] });
    const queued = oneAtATime(run);
    expect(await Promise.all([queued(), queued(), queued()])).toEqual([
      ['https://support.example.com/*'],
      ['https://support.example.com/*'],
      ['https://support.example.com/*'],
    ]);
    expect(b.scripts.size).toBe(1);
  });

  it('a failed sync does not stop the next one', async () => {
    let n = 0;
    const queued = oneAtATime(async () => {
      n += 1;
      if (n === 1) throw new Error('worker busy');
      return n;
    });
    const [first, second] = await Promise.allSettled([queued(), queued()]);
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: 2 });
  });
});
