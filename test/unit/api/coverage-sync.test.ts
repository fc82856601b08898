import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../lib/api/client';
import { syncConversations, syncUntagged } from '../../../lib/api/coverage-sync';
import { createLimiter } from '../../../lib/api/limiter';
import { serverCoverage } from '../../../lib/api/server-coverage';
import { apiCopyStore, copiedConversations, copiedRepliedBy } from '../../../lib/db/api-copy';
import { openDb } from '../../../lib/db/database';
import { summarize } from '../../../lib/stats/daily-summary';
import { dayKey } from '../../../lib/stats/day';
import { createApiStandin, generateApp, type StandinConversation } from '../../e2e/api-standin.mjs';

const APP = '12345';
const KEY = 'key-anna';
const NOW = 1_800_000_000_000;
let dbCount = 0;

function setup({ conversations = 120, days = 20, fetch }: { conversations?: number; days?: number; fetch?: typeof globalThis.fetch } = {}) {
  const api = createApiStandin({ keys: { [KEY]: APP }, apps: { [APP]: generateApp({ conversations, days, now: NOW / 1000 }) } });
  const instant = { now: () => NOW, sleep: async () => {} };
  const client = (f: typeof globalThis.fetch = fetch ?? api.fetch) =>
    createApiClient({
      origin: 'https://api.carrotquest.io',
      key: KEY,
      fetch: f,
      clock: instant,
      limiter: createLimiter({ clock: instant, perMinute: 100_000 }),
      retries: 0,
    });
  const db = openDb(`sync-test-${++dbCount}`);
  const store = apiCopyStore(db);
  const parts = () => Object.entries(api.stats.byPath).reduce((n, [path, c]) => n + (path.endsWith('/parts') ? c : 0), 0);
  const lists = () => api.stats.byPath[`/apps/${APP}/conversations`] ?? 0;
  return { api, client, db, store, parts, lists, conversations: () => api.apps[APP]!.conversations };
}

/** A new operator reply in `c` at `at` (seconds), as the panel would add it. */
function reply(c: StandinConversation, at: number, admin = { id: '302', name: 'Иван Петров', type: 'admin' }) {
  const last = c.parts[c.parts.length - 1]!;
  c.parts.push({ id: String(BigInt(last.id) + 1_000_000n), type: 'reply_admin', body: '<p>ok</p>', from: admin, created: at });
  c.last_update = at;
}

describe('incremental sync of the copy of the server', () => {
  it('reads everything once, then only the list; then only what changed, and only its new parts', async () => {
    const { client, store, db, parts, lists, conversations, api } = setup();
    const first = await syncConversations(client(), store, { appId: APP, now: NOW });
    expect(first.changed).toBe(120);
    expect(parts()).toBe(120);
    expect(await db.apiConversations.count()).toBe(120);
    expect(first.state.watermark).toBe(conversations()[0]!.last_update);

    const listsBefore = lists();
    const again = await syncConversations(client(), store, { appId: APP, now: NOW });
    expect(again.changed).toBe(0);
    expect(lists() - listsBefore).toBe(1);
    expect(parts()).toBe(120);

    // Three conversations deep in the list get a reply from Иван: only they are read, only their new parts.
    const changed = conversations().slice(60, 63);
    const ids = changed.map((c) => c.id);
    const beforeReplies = (await db.apiConversations.bulkGet(ids)).map((c) => c!.replies['302']?.length ?? 0);
    for (const c of changed) reply(c, NOW / 1000 + 10);
    conversations().sort((a, b) => b.last_update - a.last_update);
    const partsPathsBefore = { ...api.stats.byPath };
    const third = await syncConversations(client(), store, { appId: APP, now: NOW + 20_000 });
    expect(third.changed).toBe(3);
    expect(parts()).toBe(123);
    for (const id of ids)
      expect(api.stats.byPath[`/conversations/${id}/parts`]).toBe((partsPathsBefore[`/conversations/${id}/parts`] ?? 0) + 1);
    const after = await db.apiConversations.bulkGet(ids);
    // One reply more each: the parts read before were not added again.
    expect(after.map((c) => c!.replies['302']?.length ?? 0)).toEqual(beforeReplies.map((n) => n + 1));
    expect(await db.apiConversations.count()).toBe(120);
  });

  it('the network gone mid-sync: the next sync resumes at the next page and counts nothing twice', async () => {
    const { api, client, store, db, parts, lists } = setup({ conversations: 120 });
    let served = 0;
    let down = false;
    const flaky: typeof fetch = (input, init) => {
      if (String(input).includes(`/apps/${APP}/conversations?`) && ++served === 2) down = true;
      return down ? Promise.reject(new TypeError('Failed to fetch')) : api.fetch(input, init);
    };
    const cut = await syncConversations(client(flaky), store, { appId: APP, now: NOW }).catch((e: unknown) => e);
    expect((cut as Error).name).toBe('ApiError');
    const saved = await store.state();
    expect(await db.apiConversations.count()).toBe(50);
    expect(saved?.pending?.cursor).toMatch(/^b:\[/);
    expect(saved?.watermark).toBeNull();
    expect(parts()).toBe(50);

    const listsBefore = lists();
    const resumed = await syncConversations(client(), store, { appId: APP, now: NOW });
    // Pages 2 and 3 only, and the parts of the 70 not read yet.
    expect(lists() - listsBefore).toBe(2);
    expect(resumed.changed).toBe(70);
    expect(parts()).toBe(120);
    expect(await db.apiConversations.count()).toBe(120);
    expect(resumed.state.pending).toBeNull();
    // Coverage counted from the copy equals coverage counted from the server's own data.
    const mine = await copiedRepliedBy(db, APP, '301');
    const expected = api.apps[APP]!.conversations.filter((c) =>
      c.parts.some((p) => p.type === 'reply_admin' && (p.from as { id: string }).id === '301'),
    );
    expect(mine.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(mine.every((c) => c.replies['301']!.length === 2)).toBe(true);
  });

  it('keeps 31 days: older conversations are never read, and drop out as time passes', async () => {
    const { client, store, db, parts } = setup({ conversations: 120, days: 62 });
    const first = await syncConversations(client(), store, { appId: APP, now: NOW });
    expect(first.listed).toBeGreaterThan(55);
    expect(first.listed).toBeLessThan(65);
    expect(parts()).toBe(first.listed);
    const ten = NOW + 10 * 86_400_000;
    await syncConversations(client(), store, { appId: APP, now: ten });
    const left = await copiedConversations(db, APP);
    expect(left.every((c) => c.lastUpdate >= ten / 1000 - 31 * 86400)).toBe(true);
    expect(left.length).toBeLessThan(first.listed);
  });

  it('a conversation of 10,000 parts: only the newest 300 are scanned', async () => {
    const { client, store, api, conversations } = setup({ conversations: 3 });
    const big = conversations()[0]!;
    const base = big.parts[0]!;
    big.parts = Array.from({ length: 10_000 }, (_, i) => ({
      ...base,
      id: String(BigInt(base.id) + BigInt(i)),
      type: i % 2 ? 'reply_admin' : 'reply_user',
      from: i % 2 ? { id: '301', name: 'Анна Смирнова', type: 'admin' } : { id: '1448121617782670208' },
      created: big.last_update - (10_000 - i),
    }));
    await syncConversations(client(), store, { appId: APP, now: NOW });
    expect(api.stats.byPath[`/conversations/${big.id}/parts`]).toBe(6);
  });

  it('the untagged list asks the server with include_no_tags, checks what comes back, and falls back to the copy', async () => {
    const { api, client, store, conversations } = setup({ conversations: 120, days: 20 });
    const urls: string[] = [];
    const spy: typeof fetch = (input, init) => {
      urls.push(String(input));
      return api.fetch(input, init);
    };
    await syncConversations(client(spy), store, { appId: APP, now: NOW });
    const untagged = await syncUntagged(client(spy), store, { appId: APP, now: NOW });
    const asked = new URL(urls.at(-1)!);
    expect(asked.searchParams.get('include_no_tags')).toBe('true');
    expect(asked.searchParams.get('tags')).toBe('[]');
    const since = NOW / 1000 - 60 * 3600;
    const expected = conversations().filter((c) => c.tags.length === 0 && c.last_update >= since);
    expect(untagged?.via).toBe('filter');
    expect(untagged?.ids.sort()).toEqual(expected.map((c) => c.id).sort());
    expect(expected.length).toBeGreaterThan(0);

    // A server that refuses the filter: the copy's own tags decide.
    api.fail({
      path: /conversations$/,
      status: 400,
      body: { meta: { status: 400, error: 'ValidationError', error_message: 'tags' }, data: {} },
    });
    const fallback = await syncUntagged(client(), store, { appId: APP, now: NOW });
    expect(fallback).toMatchObject({ via: 'copy', ids: [] });
    expect((await store.state())?.untagged?.via).toBe('copy');
  });

  it("my coverage from the copy: the same per-day rows as my replies on the server, and today's untagged", async () => {
    const { client, store, db, conversations } = setup({ conversations: 120, days: 20 });
    await syncConversations(client(), store, { appId: APP, now: NOW });
    await syncUntagged(client(), store, { appId: APP, now: NOW });
    const tz = 'Europe/Moscow';
    const summary = serverCoverage(await copiedRepliedBy(db, APP, '301'), {
      appId: APP,
      adminId: '301',
      adminName: 'Анна Смирнова',
      tz,
      now: NOW,
      state: (await store.state())!,
      panelUrl: `https://carrotquest.io/panel/${APP}/conversations`,
    });
    const mine = conversations().filter((c) => c.assignee?.id === '301');
    const oracle = summarize(
      mine.map((c) => ({
        tags: c.tags,
        replyDays: [...new Set(c.parts.filter((p) => p.type === 'reply_admin').map((p) => dayKey(p.created * 1000, tz)))],
      })),
    );
    expect(summary.rows).toEqual(oracle.filter((r) => r.day >= summary.rows[0]!.day));
    expect(summary.any).toBe(true);
    const today = dayKey(NOW, tz);
    const yesterday = dayKey(NOW - 86_400_000, tz);
    const untaggedMine = mine.filter((c) => c.tags.length === 0 && summaryDays(c, tz).some((d) => d === today || d === yesterday));
    expect(summary.untagged.map((u) => u.id).sort()).toEqual(untaggedMine.map((c) => c.id).sort());
    expect(summary.untagged[0]?.link).toBe(`https://carrotquest.io/panel/${APP}/conversations/${summary.untagged[0]?.id}`);
  });
});

function summaryDays(c: StandinConversation, tz: string) {
  return c.parts.filter((p) => p.type === 'reply_admin').map((p) => dayKey(p.created * 1000, tz));
}
