import { ApiError, kindFor } from './errors';
import { createLimiter, realClock, type Limiter, type LimiterClock } from './limiter';
import { CURSOR_FIELDS, mayHoldUnsafeIntegers, scanRawJson } from './raw-json';

/**
 * The one client of CarrotQuest's REST API (current generation: no path prefix, `Authorization: Token`,
 * `id_as_string=true` on every call, the `{meta, data}` envelope). Used from the background only: the
 * vendor warns that a key gives nearly full access and must not live in page scripts.
 */

export type ParamValue = string | number | boolean | undefined | null | readonly (string | number)[];
export type Params = Record<string, ParamValue>;

export interface Meta {
  status: number;
  error?: string;
  error_message?: string;
  [field: string]: unknown;
}

export interface ApiAnswer<T> {
  data: T;
  meta: Meta;
  /** Raw JSON text of each cursor field the answer's meta carried (see raw-json.ts). */
  cursors: Partial<Record<(typeof CURSOR_FIELDS)[number], string>>;
}

export interface ClientOptions {
  /** `https://api.carrotquest.io` or `https://api.dashly.app`. */
  origin: string;
  key: string;
  fetch?: typeof fetch;
  limiter?: Limiter;
  clock?: LimiterClock;
  random?: () => number;
  timeoutMs?: number;
  /** Tries after the first, for 429, 5xx, timeouts and network failures. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface ApiClient {
  request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, params?: Params, options?: RequestOptions): Promise<ApiAnswer<T>>;
  readonly limiter: Limiter;
  readonly origin: string;
}

function encode(params: Params): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    // The API takes arrays and objects as JSON-encoded strings.
    out.set(k, Array.isArray(v) ? JSON.stringify(v) : String(v));
  }
  out.set('id_as_string', 'true');
  return out;
}

/** `Retry-After` as milliseconds (seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The legacy pages name a scope per method; a 403 names the one this call needs. */
export function rightFor(method: string, path: string): string {
  if (/^\/conversations\/[^/]+\/(tag|reply|assign|close)$/.test(path)) return 'conversations-write';
  if (/\/conversations(\/|$)/.test(path)) return 'conversations-read';
  if (/^\/apps\/[^/]+\/channels$/.test(path)) return 'channels (app read)';
  if (/^\/users\//.test(path)) return method === 'GET' ? 'user-read' : 'user-write';
  return 'app read';
}

const looksLikeHtml = (text: string, type: string | null) => /html/i.test(type ?? '') || /^\s*</.test(text);

export function createApiClient(options: ClientOptions): ApiClient {
  const {
    origin,
    key,
    clock = realClock,
    random = Math.random,
    timeoutMs = 20_000,
    retries = 4,
    baseDelayMs = 500,
    maxDelayMs = 60_000,
  } = options;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const limiter = options.limiter ?? createLimiter({ clock });
  const base = origin.replace(/\/+$/, '');

  /** Exponential backoff with jitter (half fixed, half random), or the server's Retry-After plus a little jitter. */
  const delayFor = (attempt: number, retryAfter: number | null) =>
    retryAfter !== null
      ? Math.min(maxDelayMs, retryAfter) + Math.floor(random() * 250)
      : Math.min(maxDelayMs, baseDelayMs * 2 ** attempt) * (0.5 + random() * 0.5);

  async function once<T>(
    method: string,
    path: string,
    params: Params,
    signal?: AbortSignal,
  ): Promise<{ answer?: ApiAnswer<T>; retry?: ApiError; retryAfter?: number | null }> {
    const query = encode(params);
    const url = method === 'POST' ? `${base}${path}` : `${base}${path}?${query}`;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let status: number;
    let text: string;
    let headers: Headers;
    try {
      const res = await doFetch(url, {
        method,
        headers: {
          Authorization: `Token ${key}`,
          Accept: 'application/json',
          ...(method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' } : {}),
        },
        body: method === 'POST' ? query.toString() : undefined,
        signal: timeout.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      status = res.status;
      headers = res.headers;
      text = await res.text();
    } catch (err) {
      if (signal?.aborted) throw new ApiError('cancelled', 'cancelled');
      if (timeout.signal.aborted)
        return { retry: new ApiError('timeout', `no answer from ${base} within ${Math.round(timeoutMs / 1000)} s`) };
      return { retry: new ApiError('network', `${base} cannot be reached: ${err instanceof Error ? err.message : String(err)}`) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    const html = looksLikeHtml(text, headers.get('content-type'));
    let parsed: unknown;
    if (!html) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    const meta = parsed && typeof parsed === 'object' && 'meta' in parsed ? ((parsed as { meta: unknown }).meta as Meta | null) : undefined;
    const metaStatus = meta && typeof meta === 'object' && typeof meta.status === 'number' ? meta.status : undefined;
    const effective = status !== 200 ? status : (metaStatus ?? status);
    const detail = { status: effective, error: meta?.error, errorMessage: meta?.error_message };

    if (effective === 429 || effective >= 500) {
      const kind = effective === 429 ? 'rate-limited' : 'server';
      const message = effective === 429 ? 'too many requests' : `server error ${effective}${meta?.error ? ` (${meta.error})` : ''}`;
      return { retry: new ApiError(kind, message, detail), retryAfter: retryAfterMs(headers.get('retry-after'), clock.now()) };
    }
    if (html) throw new ApiError('not-json', `the answer (HTTP ${status}) is an HTML page, not the API's JSON`, { status });
    if (parsed === undefined) throw new ApiError('not-json', `the answer (HTTP ${status}) is not JSON`, { status });
    if (!meta || typeof meta !== 'object' || metaStatus === undefined || !('data' in (parsed as object))) {
      throw new ApiError('bad-envelope', `the answer (HTTP ${status}) is not the API's {meta, data} envelope`, { status });
    }
    if (effective !== 200) {
      const kind = kindFor(effective, meta.error);
      const what = meta.error_message || meta.error || `HTTP ${effective}`;
      const message =
        kind === 'key-rejected'
          ? `key rejected: ${what}`
          : kind === 'permission'
            ? `the key lacks the right "${rightFor(method, path)}": ${what}`
            : what;
      throw new ApiError(kind, message, {
        ...detail,
        path: kind === 'permission' ? rightFor(method, path) : undefined,
        fields: meta.error_fields,
      });
    }

    const cursors: ApiAnswer<T>['cursors'] = {};
    if (mayHoldUnsafeIntegers(text)) {
      const scan = scanRawJson(text);
      if (scan.unsafe.length) {
        throw new ApiError(
          'unsafe-id',
          `the answer gives ${scan.unsafe.length === 1 ? 'an id' : `${scan.unsafe.length} ids`} as a number too large to read exactly (${scan.unsafe.slice(0, 3).join(', ')}): refused rather than rounded; a proxy may be dropping id_as_string=true`,
          { path: scan.unsafe[0] },
        );
      }
      Object.assign(cursors, scan.cursors);
    } else {
      for (const f of CURSOR_FIELDS) if (f in meta) cursors[f] = JSON.stringify(meta[f]);
    }
    return { answer: { data: (parsed as { data: T }).data, meta, cursors } };
  }

  return {
    limiter,
    origin: base,
    async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, params: Params = {}, { signal }: RequestOptions = {}) {
      for (let attempt = 0; ; attempt++) {
        if (signal?.aborted) throw new ApiError('cancelled', 'cancelled');
        const result = await limiter
          .run(() => once<T>(method, path, params, signal), signal)
          .catch((err) => {
            if (err instanceof ApiError) throw err;
            if (signal?.aborted) throw new ApiError('cancelled', 'cancelled');
            throw err;
          });
        if (result.answer) return result.answer;
        const err = result.retry!;
        if (attempt >= retries) throw err;
        try {
          await clock.sleep(delayFor(attempt, result.retryAfter ?? null), signal);
        } catch {
          throw new ApiError('cancelled', 'cancelled');
        }
      }
    },
  };
}
