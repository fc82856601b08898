// An HTTPS static server for the panel fixtures, with a throwaway self-signed certificate.
// Paths without a file extension (SPA routes such as /project/12345/conversations/<id>) get index.html.
//
//   import { startFixtureServer } from './fixture-server.mjs';
//   const server = await startFixtureServer({ dir: 'test/fixtures/panel' });  // { port, url, cert, close() }
//
//   node test/e2e/fixture-server.mjs [--dir test/fixtures/panel] [--port 8443] [--host 127.0.0.1]
//
// Browsers reach it as https://app.carrotquest.io/ (or carrotquest.io, dashly.io, their www. and app. hosts, and
// the team host panel.example.test) with --host-resolver-rules="MAP app.carrotquest.io 127.0.0.1:<port>,MAP ..."
// and --ignore-certificate-errors.
import https from 'node:https';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import selfsigned from 'selfsigned';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIR = path.resolve(HERE, '../fixtures/panel');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

let certPromise = null;

/** One certificate per process: generating an RSA key takes a moment. */
function certificate() {
  certPromise ??= selfsigned.generate([{ name: 'commonName', value: 'app.carrotquest.io' }], {
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
          { type: 2, value: 'app.carrotquest.io' },
          { type: 2, value: 'app.dashly.io' },
          { type: 2, value: 'carrotquest.io' },
          { type: 2, value: 'www.carrotquest.io' },
          { type: 2, value: 'dashly.io' },
          { type: 2, value: 'www.dashly.io' },
          { type: 2, value: 'panel.example.test' },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return certPromise;
}

async function readFileOrNull(file) {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

function send(res, status, type, body, head) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store, no-cache, must-revalidate, max-age=0',
    Pragma: 'no-cache',
    Expires: '0',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

/**
 * Serves the files of `dir` over HTTPS on 127.0.0.1 (or `host`).
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ port: number, url: string, cert: string, close(): Promise<void> }>}
 */
export async function startFixtureServer({ dir = DEFAULT_DIR, port = 0, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir);
  const indexFile = path.join(root, 'index.html');
  const { private: key, cert } = await certificate();

  const server = https.createServer({ key, cert }, async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'text/plain; charset=utf-8', Buffer.from('Method Not Allowed'));
        return;
      }
      const head = req.method === 'HEAD';
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'https://fixture.invalid').pathname);
      } catch {
        send(res, 400, 'text/plain; charset=utf-8', Buffer.from('Bad Request'), head);
        return;
      }
      const file = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
      if (file !== root && !file.startsWith(root + path.sep)) {
        send(res, 403, 'text/plain; charset=utf-8', Buffer.from('Forbidden'), head);
        return;
      }
      const ext = path.extname(file).toLowerCase();
      if (ext) {
        const body = await readFileOrNull(file);
        if (body) send(res, 200, TYPES[ext] || 'application/octet-stream', body, head);
        else send(res, 404, 'text/plain; charset=utf-8', Buffer.from('Not Found'), head);
        return;
      }
      // An SPA route (or a folder): the app's index.html.
      const body = (await readFileOrNull(path.join(file, 'index.html'))) || (await readFileOrNull(indexFile));
      if (body) send(res, 200, TYPES['.html'], body, head);
      else send(res, 404, 'text/plain; charset=utf-8', Buffer.from('Not Found'), head);
    } catch (err) {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', Buffer.from(String(err && err.message)));
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const urlHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  return {
    port: actualPort,
    url: `https://${urlHost}:${actualPort}/`,
    cert,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}

// ---------- command line ----------

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') ? a.slice(2).split(/=(.*)/s, 2) : [null];
    if (!name) throw new Error(`unexpected argument ${a}`);
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    out[name] = value;
  }
  return out;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
    for (const k of Object.keys(args)) if (!['dir', 'port', 'host'].includes(k)) throw new Error(`unknown option --${k}`);
  } catch (err) {
    console.error(`${err.message}\nusage: node test/e2e/fixture-server.mjs [--dir test/fixtures/panel] [--port 8443] [--host 127.0.0.1]`);
    process.exit(2);
  }
  const dir = args.dir ? path.resolve(args.dir) : DEFAULT_DIR;
  const server = await startFixtureServer({ dir, port: args.port ? Number(args.port) : 0, host: args.host || '127.0.0.1' });
  console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at ${server.url}`);
  console.log(
    `As the panel: chromium --host-resolver-rules="MAP app.carrotquest.io 127.0.0.1:${server.port}" --ignore-certificate-errors https://app.carrotquest.io/`,
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
