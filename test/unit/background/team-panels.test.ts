import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, syncTeamPanels, TEAM_SCRIPT_ID, type TeamPanelApis } from '../../../lib/background/team-panels';

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
});
