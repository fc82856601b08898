// A local stand-in of CarrotQuest's REST API (current generation, ../shared/CARROTQUEST-API.md): the
// {meta, data} envelope and its errors, `Authorization: Token`, v2 cursor pagination
// (`paginate_position`/`paginate_direction`, `meta.next_before_position`), the legacy `after`/`next_after`
// form on /v1 or version=1, ids as strings with `id_as_string=true` and as bare 64-bit numbers without it.
//
//   import { createApiStandin, startApiServer } from './api-standin.mjs';
//   const api = createApiStandin({ keys: { KEY: '12345' }, apps: { 12345: generateApp({ conversations: 150 }) } });
//   const server = await startApiServer(api);   // { port, close() }; browsers reach it as https://api.carrotquest.io
//   api.handle({ method, url, headers, body })   // the same answers, in-process (unit tests use this)
//
// Test controls: api.fail({ path, status, body, headers, times }) queues a fault; api.revoke(key);
// api.latencyMs; api.stats (requests, peak in flight); api.apps (the data, editable).
import https from 'node:https';
import selfsigned from 'selfsigned';

const WORDS = {
  refund: [
    'верните деньги, лицензия не подошла',
    'I want a refund for the licence',
    'как оформить возврат денег',
    'money back please, it does not fit us',
    'хотим вернуть оплату за лицензию, купили неделю назад',
    'please cancel the purchase and return the payment',
  ],
  'ssh-access': [
    'пришлите ваш публичный ssh ключ',
    'which ssh public key should I add to the server',
    'нужен ssh доступ к серверу',
    'send me your ssh key for root access',
    'я добавлю ваш ключ на сервер в authorized_keys, пароль от root не дам',
    'give me the public key and I will add it to authorized_keys on the server',
  ],
  'tracker-down': [
    'трекер не работает, 502 bad gateway',
    'the tracker is down since morning, 502',
    'упал трекер, клики не пишутся',
    'tracker returns bad gateway after restart',
    'трекер не открывается, сайт лежит',
    'the whole tracker stopped answering, campaigns are losing clicks',
    'не открывается раздел отчёты, пишет error 500',
    'after the update every page gives error 500',
  ],
  postback: [
    'постбек не приходит из партнерки',
    'postback conversions are not recorded',
    'конверсии не пишутся по постбеку',
    'the network postback url gives no conversion',
    'партнерка шлет постбек, а конверсий нет',
    'conversions from the affiliate postback do not show up',
  ],
  wordpress: [
    'плагин для wordpress не ставится',
    'the wordpress plugin breaks my site',
    'вордпресс плагин показывает ошибку',
    'wp plugin cannot reach the tracker',
    'как подключить трекер к сайту на wordpress',
    'is there a plugin for wordpress sites',
  ],
  'domains-ssl-recheck': [
    'сертификат ssl на домене не выпускается',
    'ssl certificate for the parked domain failed',
    'домен без сертификата, перепроверьте ssl',
    'please recheck ssl for my new domain',
    'добавил домен, а https не работает',
    'the new domain shows a certificate error in the browser',
  ],
};
export const STANDIN_TAGS = Object.keys(WORDS);
/** How customers open a message, in both languages, so the history knows everyday words too. */
const OPENERS = [
  'Добрый день!',
  'Здравствуйте.',
  'Hello,',
  'Hi team,',
  'Добрый день! После обновления',
  'Подскажите, пожалуйста:',
  'Good morning.',
  'Привет, пишет',
];

/** Deterministic pseudo-random numbers, so every run serves the same data. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * An app's data: `conversations` conversations, newest first by last_update, spread over `days` days back
 * from `now` (seconds); every `untaggedEvery`-th one untagged; operators in two channels.
 */
export function generateApp({
  conversations = 150,
  days = 60,
  now = Math.floor(Date.now() / 1000),
  untaggedEvery = 5,
  partsPerConversation = 4,
  seed = 7,
  operators = [
    { id: '301', name: 'Анна Смирнова', type: 'admin' },
    { id: '302', name: 'Иван Петров', type: 'admin' },
    { id: '303', name: 'Support Bot', type: 'bot' },
  ],
} = {}) {
  const random = rng(seed);
  const list = [];
  let partId = 7_000_000_000_000_000n;
  const humans = operators.filter((o) => o.type !== 'bot');
  for (let i = 0; i < conversations; i++) {
    const id = String(1_160_406_004_324_630_000n + BigInt(seed) * 1_000_000_000n + BigInt(i) * 37n);
    const lastUpdate = now - Math.floor(((i + 0.5) / conversations) * days * 86400) + Math.round(random() * 1000) / 1000;
    const tag = STANDIN_TAGS[Math.floor(random() * STANDIN_TAGS.length)];
    const tagged = (i + 1) % untaggedEvery !== 0;
    const admin = humans[i % humans.length];
    const parts = [];
    for (let k = 0; k < partsPerConversation; k++) {
      const fromUser = k % 2 === 0;
      const pick = () => WORDS[tag][Math.floor(random() * WORDS[tag].length)];
      const phrase = `${OPENERS[Math.floor(random() * OPENERS.length)]} ${pick()}. ${pick()}.`;
      parts.push({
        id: String(partId++),
        type: fromUser ? 'reply_user' : 'reply_admin',
        direction: fromUser ? 'u2a' : 'a2u',
        body: fromUser ? `<p>${phrase}</p>` : `<p>Thank you, we are checking.</p>`,
        from: fromUser ? { id: '1448121617782670208' } : admin,
        created: lastUpdate - (partsPerConversation - k) * 60,
      });
    }
    list.push({
      id,
      created: lastUpdate - 3600,
      last_update: lastUpdate,
      closed: i % 3 === 0,
      tags: tagged ? [tag] : [],
      assignee: admin,
      last_admin: admin,
      parts_count: parts.length,
      user: { id: String(1_448_121_617_782_670_208n + BigInt(i)), props: { $name: `Customer ${i}`, $email: `c${i}@example.com` } },
      parts,
    });
  }
  return {
    channels: [
      { id: '11', name: 'Чат на сайте', type: 'popup_chat', operators: operators.slice(0, 2) },
      { id: '12', name: 'Email', type: 'email', operators: operators.slice(1) },
    ],
    conversations: list.sort((a, b) => b.last_update - a.last_update),
  };
}

const ENVELOPE_OK = (data, meta = {}) => ({ meta: { status: 200, ...meta }, data });
const error = (status, name, message, extra = {}) => ({
  status,
  body: { meta: { status, error: name, error_message: message, ...extra }, data: {} },
});

function truthy(v) {
  return v !== undefined && v !== null && !/^(false|0|)$/i.test(String(v));
}

/** Ids as bare JSON numbers, as a proxy that drops `id_as_string=true` would send them. */
function idsAsNumbers(json) {
  return json.replace(/"(id|conversation)":"(\d+)"/g, '"$1":$2');
}

export function createApiStandin({ keys = {}, apps = {} } = {}) {
  const faults = [];
  const revoked = new Set();
  const stats = { requests: 0, inFlight: 0, peakInFlight: 0, byPath: {} };
  const state = { keys, apps, latencyMs: 0, faults, revoked, stats };

  function findConversation(id) {
    for (const [appId, app] of Object.entries(state.apps)) {
      const c = app.conversations.find((x) => x.id === id);
      if (c) return { appId, app, c };
    }
    return null;
  }

  function view(c) {
    const { parts, ...rest } = c;
    return { ...rest, parts_count: parts.length, part_last: parts[parts.length - 1] ?? null };
  }

  /** v2 pagination over `items` sorted newest first by `keyOf` (an array compared element-wise). */
  function paginate(items, params, keyOf, legacy) {
    const count = Math.min(50, Math.max(1, Number(params.get(legacy ? 'count' : 'paginate_count') || 20)));
    let start = 0;
    if (legacy) {
      const after = params.get('after');
      if (after) start = items.findIndex((x) => keyOf(x)[keyOf(x).length - 1] === after) + 1;
    } else {
      const raw = params.get('paginate_position');
      if (raw) {
        let pos;
        try {
          pos = JSON.parse(raw);
        } catch {
          return {
            error: error(400, 'ValidationError', 'paginate_position must be a JSON array', {
              error_fields: { paginate_position: 'invalid' },
            }),
          };
        }
        const at = items.findIndex((x) => String(keyOf(x).at(-1)) === String(pos.at(-1)));
        start = at < 0 ? items.length : at + 1;
      }
    }
    const page = items.slice(start, start + count);
    const more = start + count < items.length && page.length > 0;
    const last = page[page.length - 1];
    const meta = legacy ? { next_after: more ? keyOf(last).at(-1) : null } : { next_before_position: more ? keyOf(last) : null };
    return { page, meta };
  }

  function route(method, path, params, appOfKey) {
    let legacy = params.get('version') === '1';
    if (path.startsWith('/v1/')) {
      legacy = true;
      path = path.slice(3);
    } else if (path.startsWith('/v2/')) path = path.slice(3);
    let m;
    if ((m = /^\/apps\/(\d+)\/channels$/.exec(path)) && method === 'GET') {
      if (m[1] !== appOfKey) return error(403, 'PermissionDeniedError', 'This token has no access to the app', {});
      const app = state.apps[m[1]];
      if (!app) return error(400, 'LookupError', 'No app with this id');
      return { status: 200, body: ENVELOPE_OK(app.channels) };
    }
    if ((m = /^\/apps\/(\d+)\/conversations$/.exec(path)) && method === 'GET') {
      if (m[1] !== appOfKey) return error(403, 'PermissionDeniedError', 'This token has no access to the app');
      const app = state.apps[m[1]];
      if (!app) return error(400, 'LookupError', 'No app with this id');
      let list = app.conversations;
      const assigned = params.get('assigned');
      if (assigned) list = list.filter((c) => (assigned === '0' ? !c.assignee : c.assignee?.id === assigned));
      if (params.has('closed')) list = list.filter((c) => c.closed === truthy(params.get('closed')));
      // `tags`: conversations carrying every listed tag (the legacy AND rule); `include_no_tags=true` adds the
      // untagged ones, so `tags=[]` with it lists the untagged alone. Without `tags` the flag changes nothing.
      const tags = params.get('tags');
      if (tags !== null) {
        let wanted;
        try {
          wanted = tags.trim().startsWith('[') ? JSON.parse(tags) : tags.split(',').filter(Boolean);
        } catch {
          return error(400, 'ValidationError', 'tags must be a JSON array', { error_fields: { tags: 'invalid' } });
        }
        if (!Array.isArray(wanted)) return error(400, 'ValidationError', 'tags must be an array', { error_fields: { tags: 'invalid' } });
        const noTags = truthy(params.get('include_no_tags'));
        list = list.filter((c) => (wanted.length > 0 && wanted.every((t) => c.tags.includes(t))) || (noTags && c.tags.length === 0));
      }
      const res = paginate(list, params, (c) => [c.last_update, c.id], legacy);
      if (res.error) return res.error;
      return { status: 200, body: ENVELOPE_OK(res.page.map(view), res.meta) };
    }
    if ((m = /^\/conversations\/(\d+)(\/parts|\/tag)?$/.exec(path))) {
      const found = findConversation(m[1]);
      if (!found) return error(400, 'LookupError', 'No conversation with this id');
      if (found.appId !== appOfKey) return error(403, 'PermissionDenied', 'conversation belongs to another app');
      const c = found.c;
      if (!m[2] && method === 'GET') return { status: 200, body: ENVELOPE_OK(view(c)) };
      if (m[2] === '/parts' && method === 'GET') {
        const newestFirst = [...c.parts].reverse();
        const res = paginate(newestFirst, params, (p) => [p.id], legacy);
        if (res.error) return res.error;
        return { status: 200, body: ENVELOPE_OK(res.page, res.meta) };
      }
      if (m[2] === '/tag' && (method === 'POST' || method === 'DELETE')) {
        const tag = params.get('tag');
        if (!tag || tag.length > 255) return error(400, 'ValidationError', 'tag is required', { error_fields: { tag: 'required' } });
        const action = method === 'DELETE' ? 'delete' : (params.get('action') ?? 'add');
        const has = c.tags.includes(tag);
        if (action === 'add') {
          if (has) return error(400, 'ConversationTagAlreadyAssigned', 'The tag is already assigned to the conversation');
          c.tags = [...c.tags, tag];
        } else {
          if (!has) return error(400, 'ConversationTagIsNotAssigned', 'The tag is not assigned to the conversation');
          c.tags = c.tags.filter((t) => t !== tag);
        }
        const partId = String(8_000_000_000_000_000n + BigInt(stats.requests));
        const created = Date.now() / 1000;
        c.parts.push({ id: partId, type: action === 'add' ? 'tag_added' : 'tag_deleted', tag, body: '', created });
        c.last_update = created;
        const app = state.apps[found.appId];
        app.conversations.sort((a, b) => b.last_update - a.last_update);
        return { status: 200, body: ENVELOPE_OK({ id: partId, part_group: null }) };
      }
    }
    return error(405, 'MethodNotAllowed', `${method} ${path} is not allowed`);
  }

  /** One request: { method, url, headers (lower-case names), body (form text) } -> { status, headers, text }. */
  async function handle({ method, url, headers = {}, body = '' }) {
    stats.requests++;
    stats.inFlight++;
    stats.peakInFlight = Math.max(stats.peakInFlight, stats.inFlight);
    try {
      if (state.latencyMs) await new Promise((r) => setTimeout(r, state.latencyMs));
      const u = new URL(url, 'https://api.carrotquest.io');
      const params = new URLSearchParams(u.search);
      if (method === 'POST' && body) for (const [k, v] of new URLSearchParams(body)) params.set(k, v);
      stats.byPath[u.pathname] = (stats.byPath[u.pathname] ?? 0) + 1;

      const fault = faults.find((f) => (!f.path || f.path.test(u.pathname)) && (!f.method || f.method === method) && f.times > 0);
      if (fault) {
        fault.times--;
        if (fault.hang) await new Promise((r) => setTimeout(r, fault.hang));
        const text =
          typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? { meta: { status: fault.status }, data: {} });
        return {
          status: fault.status ?? 200,
          headers: { 'content-type': fault.type ?? 'application/json', ...(fault.headers ?? {}) },
          text,
        };
      }

      const auth = headers.authorization ?? '';
      const key = /^(Token|Bearer)\s+(.+)$/i.exec(auth)?.[2] ?? params.get('auth_token') ?? '';
      const appOfKey = key && !revoked.has(key) ? state.keys[key] : undefined;
      const result = appOfKey
        ? route(method, u.pathname, params, appOfKey)
        : error(401, 'NotAuthenticated', 'Token is missing, wrong or expired');
      let text = JSON.stringify(result.body);
      if (!truthy(params.get('id_as_string'))) text = idsAsNumbers(text);
      return { status: result.status, headers: { 'content-type': 'application/json' }, text };
    } finally {
      stats.inFlight--;
    }
  }

  return {
    handle,
    get apps() {
      return state.apps;
    },
    set latencyMs(ms) {
      state.latencyMs = ms;
    },
    get latencyMs() {
      return state.latencyMs;
    },
    stats,
    fail(fault) {
      faults.push({ times: 1, ...fault });
    },
    clearFaults() {
      faults.length = 0;
    },
    revoke(key) {
      revoked.add(key);
    },
    restore(key) {
      revoked.delete(key);
    },
    /** A `fetch` over `handle`, for unit tests: the same answers without a socket. */
    fetch: async (input, init = {}) => {
      const headers = {};
      for (const [k, v] of Object.entries(init.headers ?? {})) headers[k.toLowerCase()] = v;
      if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const res = await Promise.race([
        handle({ method: init.method ?? 'GET', url: String(input), headers, body: init.body ? String(init.body) : '' }),
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }),
        ),
      ]);
      return new Response(res.text, { status: res.status, headers: res.headers });
    },
  };
}

let certPromise = null;
function certificate() {
  certPromise ??= selfsigned.generate([{ name: 'commonName', value: 'api.carrotquest.io' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'api.carrotquest.io' },
          { type: 2, value: 'api.dashly.app' },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return certPromise;
}

/** Serves `api` over HTTPS on 127.0.0.1; the browser reaches it through --host-resolver-rules. */
export async function startApiServer(api, { port = 0, host = '127.0.0.1' } = {}) {
  const { private: key, cert } = await certificate();
  const server = https.createServer({ key, cert }, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        const out = await api.handle({
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        res.writeHead(out.status, { ...out.headers, 'Cache-Control': 'no-store' });
        res.end(out.text);
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err?.message));
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
