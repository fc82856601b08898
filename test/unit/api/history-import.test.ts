import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../lib/api/client';
import { estimate, newProgress, runHistoryImport, topTags, type HistoryProgress, type LearnItem } from '../../../lib/api/history-import';
import { createLimiter } from '../../../lib/api/limiter';
import { createApiStandin, generateApp } from '../../e2e/api-standin.mjs';

const APP = '12345';
const KEY = 'key-anna';
const NOW = 1_800_000_000_000;

function setup(conversations = 150, days = 60) {
  const api = createApiStandin({ keys: { [KEY]: APP }, apps: { [APP]: generateApp({ conversations, days, now: NOW / 1000 }) } });
  const instant = { now: () => NOW, sleep: async () => {} };
  const client = createApiClient({
    origin: 'https://api.carrotquest.io',
    key: KEY,
    fetch: api.fetch,
    clock: instant,
    limiter: createLimiter({ clock: instant, perMinute: 100_000 }),
    retries: 1,
  });
  const learned: LearnItem[] = [];
  const saved: HistoryProgress[] = [];
  const deps = {
    client,
    learn: async (items: LearnItem[]) => {
      learned.push(...items);
    },
    save: async (p: HistoryProgress) => {
      saved.push(p);
    },
    now: () => NOW,
  };
  return { api, client, learned, saved, deps };
}

describe('history import', () => {
  it('reads 3 pages of 50, learns the tagged ones with their customer parts, and sums up', async () => {
    const { learned, deps, api } = setup(150, 60);
    const done = await runHistoryImport(newProgress(APP, 90, NOW), deps);
    expect(done.status).toBe('done');
    expect(done.read).toBe(150);
    expect(done.tagged).toBe(120); // every 5th is untagged
    expect(done.learned).toBe(120);
    expect(learned).toHaveLength(120);
    expect(learned[0]?.parts.every((p) => p.fromCustomer && !p.text.includes('<p>'))).toBe(true);
    expect(api.stats.byPath[`/apps/${APP}/conversations`]).toBe(3);
    expect(topTags(done.tagCounts, 10).reduce((s, t) => s + t.count, 0)).toBe(120);
    expect(estimate(done, NOW).fraction).toBe(1);
  });

  it('stops at the first conversation older than N days', async () => {
    const { deps } = setup(150, 60);
    const done = await runHistoryImport(newProgress(APP, 30, NOW), deps);
    expect(done.status).toBe('done');
    expect(done.read).toBe(75);
  });

  it('a key revoked in the middle stops the import, keeps what was learned and says so', async () => {
    const { api, learned, saved, deps } = setup(150, 60);
    let pagesSeen = 0;
    const progress: HistoryProgress[] = [];
    const result = await runHistoryImport(newProgress(APP, 90, NOW), {
      ...deps,
      onProgress: (p) => {
        progress.push(p);
        if (p.read > 0 && ++pagesSeen === 1) api.revoke(KEY);
      },
    });
    expect(result.status).toBe('stopped');
    expect(result.error?.kind).toBe('key-rejected');
    expect(result.read).toBe(50);
    expect(learned).toHaveLength(40);
    // The cursor of the second page is kept, so a new key resumes there.
    expect(result.cursor).toMatch(/^b:\[/);
    expect(saved.at(-1)).toEqual(result);

    api.restore(KEY);
    learned.length = 0;
    const resumed = await runHistoryImport(result, deps);
    expect(resumed.status).toBe('done');
    expect(resumed.read).toBe(150);
    // Nothing counted or learned twice.
    expect(resumed.tagged).toBe(120);
    expect(learned).toHaveLength(80);
  });

  it('cancelling keeps the cursor for a resume', async () => {
    const { deps } = setup(150, 60);
    const abort = new AbortController();
    const result = await runHistoryImport(newProgress(APP, 90, NOW), {
      ...deps,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.read === 50) abort.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    expect(result.error).toBeUndefined();
    expect(result.read).toBe(50);
    const resumed = await runHistoryImport(result, deps);
    expect(resumed.read).toBe(150);
  });

  it('the network gone mid-import: stopped with the reason, resumed later without counting twice', async () => {
    const { api, deps, learned } = setup(150, 60);
    const first = await runHistoryImport(newProgress(APP, 90, NOW), {
      ...deps,
      onProgress: (p) => {
        // After the first page the network goes: every try of the next call fails.
        if (p.read === 50 && p.status === 'running') api.fail({ path: /\/conversations$/, status: 503, times: 2 });
      },
    });
    expect(first.status).toBe('stopped');
    expect(first.error?.kind).toBe('server');
    expect(first.read).toBe(50);
    const resumed = await runHistoryImport(first, deps);
    expect(resumed.status).toBe('done');
    expect(resumed.read).toBe(150);
    expect(resumed.tagged).toBe(120);
    expect(new Set(learned.map((l) => l.conversationId)).size).toBe(learned.length);
  });

  it("keeps the requests flowing: the next page's list and parts are read while a page is learned", async () => {
    const { api, deps } = setup(150, 60);
    let release!: () => void;
    const learning = new Promise<void>((r) => (release = r));
    let duringFirstLearn: Record<string, number> | null = null;
    const run = runHistoryImport(newProgress(APP, 90, NOW), {
      ...deps,
      learn: async (items) => {
        if (duringFirstLearn) return deps.learn(items);
        // While the first page is being learned, the second page's parts are already asked for.
        for (let i = 0; i < 50 && Object.keys(api.stats.byPath).filter((k) => k.endsWith('/parts')).length <= 40; i++)
          await new Promise((r) => setTimeout(r, 1));
        duringFirstLearn = { ...api.stats.byPath };
        release();
        return deps.learn(items);
      },
    });
    await learning;
    const partsSeen = Object.keys(duringFirstLearn!).filter((k) => k.endsWith('/parts')).length;
    expect(partsSeen).toBeGreaterThan(40); // page 1 has 40 tagged conversations
    // The third page's list was asked for before the second page's parts.
    expect(duringFirstLearn![`/apps/${APP}/conversations`]).toBe(3);
    expect((await run).read).toBe(150);
  });

  it('saves the model and the place reached together, at checkpoints and at the end', async () => {
    const { deps } = setup(150, 60);
    const order: string[] = [];
    const done = await runHistoryImport(newProgress(APP, 90, NOW), {
      ...deps,
      learn: async () => void order.push('learn'),
      checkpoint: async () => void order.push('checkpoint'),
      save: async (p) => void order.push(`save:${p.read}`),
      onProgress: (p) => void order.push(`progress:${p.read}`),
    });
    expect(done.status).toBe('done');
    // The clock stands still, so within one checkpoint period: saved at the start and at the end only.
    expect(order).toEqual([
      'checkpoint',
      'save:0',
      'progress:0',
      'learn',
      'progress:50',
      'learn',
      'progress:100',
      'learn',
      'checkpoint',
      'save:150',
      'progress:150',
    ]);
  });

  it('the time left follows the pace over the time span read', () => {
    const p = { ...newProgress(APP, 90, NOW), reachedUpdate: NOW / 1000 - 30 * 86400, elapsedMs: 10_000 };
    const e = estimate(p, NOW);
    expect(e.fraction).toBeCloseTo(1 / 3, 5);
    expect(e.leftMs).toBe(20_000);
  });
});
