import { describe, expect, it } from 'vitest';
import { createApiClient, retryAfterMs } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/errors';
import { createLimiter, type LimiterClock } from '../../../lib/api/limiter';
import { addTag, appInfo, conversationParts, removeTag } from '../../../lib/api/endpoints';
import { pages } from '../../../lib/api/paginate';
import { scanRawJson } from '../../../lib/api/raw-json';
import { createApiStandin, generateApp } from '../../e2e/api-standin.mjs';

const APP = '12345';
const KEY = 'key-anna';

/** Virtual time: sleeping advances the clock at once, and every sleep is recorded. */
function virtualClock(): LimiterClock & { slept: number[]; t: number } {
  const c = {
    t: 1_700_000_000_000,
    slept: [] as number[],
    now: () => c.t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      c.slept.push(ms);
      c.t += ms;
    },
  };
  return c;
}

function setup(options: { conversations?: number; budget?: number; timeoutMs?: number; retries?: number } = {}) {
  const api = createApiStandin({
    keys: { [KEY]: APP, 'key-other': '999' },
    apps: { [APP]: generateApp({ conversations: options.conversations ?? 120 }), '999': generateApp({ conversations: 3, seed: 9 }) },
  });
  const clock = virtualClock();
  const client = createApiClient({
    origin: 'https://api.carrotquest.io',
    key: KEY,
    fetch: api.fetch,
    clock,
    limiter: createLimiter({ clock, perMinute: options.budget ?? 10_000 }),
    random: () => 0.5,
    timeoutMs: options.timeoutMs ?? 2000,
    retries: options.retries ?? 3,
  });
  return { api, clock, client };
}

/** The stand-in's app APP, which setup always creates, and its first conversation. */
const theApp = (api: ReturnType<typeof setup>['api']) => api.apps[APP]!;
const firstConversation = (api: ReturnType<typeof setup>['api']) => theApp(api).conversations[0]!;

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected a failure');
}

describe('API client: envelope and errors', () => {
  it('sends the key as Authorization: Token and id_as_string=true on every call', async () => {
    const seen: { url: string; auth: string }[] = [];
    const { api } = setup();
    const client = createApiClient({
      origin: 'https://api.carrotquest.io',
      key: KEY,
      fetch: (input, init) => {
        seen.push({ url: String(input), auth: (init?.headers as Record<string, string>).Authorization! });
        return api.fetch(input, init);
      },
    });
    await client.request('GET', `/apps/${APP}/channels`);
    await client.request('POST', `/conversations/${firstConversation(api).id}/tag`, { tag: 'x-new' });
    expect(seen.map((s) => s.auth)).toEqual([`Token ${KEY}`, `Token ${KEY}`]);
    expect(new URL(seen[0]!.url).searchParams.get('id_as_string')).toBe('true');
    expect(theApp(api).conversations.some((c) => c.tags.includes('x-new'))).toBe(true);
  });

  it('a wrong key is "key rejected", without retrying', async () => {
    const { api, clock } = setup();
    const client = createApiClient({ origin: 'https://api.carrotquest.io', key: 'nope', fetch: api.fetch, clock });
    const err = await failure(client.request('GET', `/apps/${APP}/channels`));
    expect(err.kind).toBe('key-rejected');
    expect(err.message).toMatch(/key rejected/);
    expect(api.stats.requests).toBe(1);
  });

  it('a key for another app names the right it lacks', async () => {
    const { api, clock } = setup();
    const client = createApiClient({ origin: 'https://api.carrotquest.io', key: 'key-other', fetch: api.fetch, clock });
    const err = await failure(appInfo(client, APP));
    expect(err.kind).toBe('permission');
    expect(err.message).toMatch(/lacks the right "channels/);
    const err2 = await failure(client.request('GET', `/conversations/${firstConversation(api).id}`));
    expect(err2.kind).toBe('permission');
    expect(err2.detail.path).toBe('conversations-read');
    expect(err2.message).toMatch(/another app/);
  });

  it('429 waits for Retry-After, then succeeds', async () => {
    const { api, client, clock } = setup();
    api.fail({ status: 429, headers: { 'retry-after': '7' }, body: { meta: { status: 429, error: 'TooManyRequests' }, data: {} } });
    const answer = await client.request<unknown[]>('GET', `/apps/${APP}/channels`);
    expect(answer.data).toHaveLength(2);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(7000);
    expect(clock.slept[0]).toBeLessThan(7250);
  });

  it('5xx backs off exponentially with jitter and gives up after the retries', async () => {
    const { api, client, clock } = setup({ retries: 3 });
    api.fail({ status: 502, times: 10, type: 'text/html', body: '<html>Bad Gateway</html>' });
    const err = await failure(client.request('GET', `/apps/${APP}/channels`));
    expect(err.kind).toBe('server');
    expect(api.stats.requests).toBe(4);
    // random() = 0.5: each delay is 75% of 500 ms * 2^n.
    expect(clock.slept).toEqual([375, 750, 1500]);
  });

  it('a 503 then a success is a success', async () => {
    const { api, client } = setup();
    api.fail({ status: 503, times: 2 });
    const answer = await client.request<unknown[]>('GET', `/apps/${APP}/channels`);
    expect(answer.meta.status).toBe(200);
  });

  it('a request that does not answer in time is a timeout, retried, then reported', async () => {
    const { api, client } = setup({ timeoutMs: 30, retries: 1 });
    api.fail({ hang: 500, times: 2 });
    const err = await failure(client.request('GET', `/apps/${APP}/channels`));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/no answer/);
  });

  it('an HTML answer with status 200 (a login page behind a proxy) is refused plainly', async () => {
    const { api, client } = setup();
    api.fail({ status: 200, type: 'text/html', body: '<!doctype html><title>Sign in</title>' });
    const err = await failure(client.request('GET', `/apps/${APP}/channels`));
    expect(err.kind).toBe('not-json');
    expect(err.message).toMatch(/HTML/);
  });

  it('text that is not JSON, and JSON that is not the envelope, are refused', async () => {
    const { api, client } = setup();
    api.fail({ status: 200, type: 'application/json', body: 'OK' });
    expect((await failure(client.request('GET', `/apps/${APP}/channels`))).kind).toBe('not-json');
    api.fail({ status: 200, body: { items: [] } });
    expect((await failure(client.request('GET', `/apps/${APP}/channels`))).kind).toBe('bad-envelope');
  });

  it('a 400 with meta.error is reported with its message, not retried', async () => {
    const { api, client } = setup();
    const err = await failure(client.request('POST', `/conversations/${firstConversation(api).id}/tag`, {}));
    expect(err.kind).toBe('bad-request');
    expect(err.detail.error).toBe('ValidationError');
    expect(api.stats.requests).toBe(1);
  });

  it('a network failure is reported as such after the retries', async () => {
    const clock = virtualClock();
    const client = createApiClient({
      origin: 'https://api.carrotquest.io',
      key: KEY,
      clock,
      retries: 2,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const err = await failure(client.request('GET', `/apps/${APP}/channels`));
    expect(err.kind).toBe('network');
    expect(clock.slept).toHaveLength(2);
  });

  it('a 64-bit id given as a number is refused, never rounded', async () => {
    const { api, client } = setup();
    const id = firstConversation(api).id;
    // What a proxy that drops id_as_string=true sends: the stand-in writes ids as bare numbers.
    const raw = await api.handle({ method: 'GET', url: `/conversations/${id}`, headers: { authorization: `Token ${KEY}` } });
    expect(raw.text).toContain(`"id":${id}`);
    api.fail({ status: 200, body: raw.text });
    const err = await failure(client.request('GET', `/conversations/${id}`));
    expect(err.kind).toBe('unsafe-id');
    expect(err.detail.path).toBe('data.id');
    expect(err.message).toMatch(/refused rather than rounded/);
  });

  it('Retry-After reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});

describe('raw JSON scan', () => {
  it('finds unsafe integers by path, keeps cursors raw, ignores digits inside strings and safe numbers', () => {
    const text =
      '{"meta":{"status":200,"next_before_position":[1684739969.358085,1160406004324630614]},"data":[{"id":"1160406004324630614","n":9007199254740991,"s":"12345678901234567890"},{"id":1160406004324630615}]}';
    const scan = scanRawJson(text);
    expect(scan.unsafe).toEqual(['data[1].id']);
    expect(scan.cursors.next_before_position).toBe('[1684739969.358085,1160406004324630614]');
  });

  it('a cursor holding a 64-bit number is passed back verbatim', async () => {
    const { api, client } = setup();
    api.fail({
      status: 200,
      body: '{"meta":{"status":200,"next_before_position":[1684739969.358085,1160406004324630614]},"data":[{"id":"1"}]}',
    });
    const walk = pages<unknown>(client, `/apps/${APP}/conversations`, {});
    const first = await walk.next();
    expect(first.value?.next).toBe('b:[1684739969.358085,1160406004324630614]');
    const seen: string[] = [];
    const spy = createApiClient({
      origin: 'https://api.carrotquest.io',
      key: KEY,
      fetch: (input, init) => {
        seen.push(new URL(String(input)).searchParams.get('paginate_position') ?? '');
        return api.fetch(input, init);
      },
    });
    const resumed = pages<unknown>(spy, `/apps/${APP}/conversations`, {}, { start: first.value!.next });
    await resumed.next();
    expect(seen[0]).toBe('[1684739969.358085,1160406004324630614]');
  });
});

describe('pagination', () => {
  it('walks every page of 50 by the v2 cursor and ends at a null cursor', async () => {
    const { client } = setup({ conversations: 120 });
    const sizes: number[] = [];
    const ids = new Set<string>();
    for await (const page of pages<{ id: string }>(client, `/apps/${APP}/conversations`, {})) {
      sizes.push(page.items.length);
      for (const c of page.items) ids.add(c.id);
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(ids.size).toBe(120);
  });

  it('a cursor that repeats stops the walk instead of looping', async () => {
    const { api, client } = setup();
    const same = '{"meta":{"status":200,"next_before_position":[5,"77"]},"data":[{"id":"1"}]}';
    api.fail({ status: 200, body: same, times: 100 });
    let n = 0;
    let end: string | undefined;
    for await (const page of pages<unknown>(client, `/apps/${APP}/conversations`, {})) {
      n++;
      end = page.end;
      if (n > 5) break;
    }
    expect(n).toBe(2);
    expect(end).toBe('repeated-cursor');
  });

  it('falls back to the legacy after/next_after cursor', async () => {
    const { api, client } = setup();
    api.fail({ status: 200, body: '{"meta":{"status":200,"next_after":1447339319.900966},"data":[{"id":"1"}]}' });
    const seen: URLSearchParams[] = [];
    const spy = createApiClient({
      origin: 'https://api.carrotquest.io',
      key: KEY,
      fetch: (input, init) => {
        seen.push(new URL(String(input)).searchParams);
        return api.fetch(input, init);
      },
    });
    const first = await pages<unknown>(client, `/apps/${APP}/conversations`, {}).next();
    expect(first.value?.next).toBe('l:1447339319.900966');
    await pages<unknown>(spy, `/apps/${APP}/conversations`, {}, { start: first.value!.next }).next();
    expect(seen[0]?.get('after')).toBe('1447339319.900966');
  });

  it('reads only the newest 300 customer parts of a conversation of 10,000 parts', async () => {
    const { api, client } = setup({ conversations: 1 });
    const c = firstConversation(api);
    c.parts = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(9_000_000_000_000_000n + BigInt(i)),
      type: 'reply_user',
      body: i === 9999 ? 'x'.repeat(1_000_000) : `message ${i}`,
      created: i,
    }));
    const parts = await conversationParts(client, c.id);
    expect(parts).toHaveLength(300);
    expect(parts[0]?.text).toBe('message 9700');
    // The 1 MB part is cut, not carried whole.
    expect(parts[299]?.text.length).toBe(4000);
    expect(api.stats.byPath[`/conversations/${c.id}/parts`]).toBe(6);
  });
});

describe('pacing', () => {
  it('never has more than 2 requests in flight', async () => {
    const { api } = setup();
    api.latencyMs = 5;
    const client = createApiClient({ origin: 'https://api.carrotquest.io', key: KEY, fetch: api.fetch });
    await Promise.all(Array.from({ length: 12 }, () => client.request('GET', `/apps/${APP}/channels`)));
    expect(api.stats.peakInFlight).toBe(2);
    expect(client.limiter.peakInFlight).toBe(2);
  });

  it('keeps to the budget per minute', async () => {
    const { client, clock } = setup({ budget: 5 });
    const start = clock.t;
    for (let i = 0; i < 11; i++) await client.request('GET', `/apps/${APP}/channels`);
    // 11 calls at 5 a minute: the 6th waits for the first minute to pass, the 11th for the second.
    expect(clock.t - start).toBe(120_000);
  });
});

describe('tags', () => {
  it('an already assigned tag is not an error; removing works through DELETE', async () => {
    const { api, client } = setup();
    const c = firstConversation(api);
    const existing = c.tags[0]!;
    expect(await addTag(client, c.id, existing)).toBe('already');
    expect(await addTag(client, c.id, 'billing')).toBe('added');
    expect(await removeTag(client, c.id, 'billing')).toBe('removed');
    expect(await removeTag(client, c.id, 'billing')).toBe('absent');
    expect(c.tags).toEqual([existing]);
  });
});
