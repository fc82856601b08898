// Chromium with the built extension, driven over a bare DevTools Protocol connection.
// Playwright attaches to every page it knows of as the page starts and instruments it; that costs a page
// such as the popup tens of milliseconds a toolbar click never pays. Here a page is created with nothing
// attached, and looked at only after it has loaded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { EXTENSION_DIR, chromiumArgs, chromiumPath } from '../test/e2e/harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `extensionDir`: the build to load (a copy with a bench page added, say); the build itself by default. */
export async function launchBare({ extensionDir = EXTENSION_DIR } = {}) {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-bench-'));
  // The panel host is not used here; port 9 keeps the mapping harmless.
  const args = [
    ...chromiumArgs(9, undefined, extensionDir),
    '--headless',
    `--user-data-dir=${userDataDir}`,
    '--remote-debugging-port=0',
    'about:blank',
  ];
  const proc = spawn(chromiumPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen.slice(-2000)}`)), 30_000);
    proc.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/DevTools listening on (ws:\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${seen.slice(-2000)}`)));
  });
  const ws = new WebSocket(endpoint, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(data);
    const done = msg.id && pending.get(msg.id);
    if (!done) return;
    pending.delete(msg.id);
    if (msg.error) done.reject(new Error(`${done.method}: ${msg.error.message}`));
    else done.resolve(msg.result);
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject, method });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  let worker;
  for (const deadline = Date.now() + 45_000; !worker && Date.now() < deadline; await sleep(200)) {
    const { targetInfos } = await send('Target.getTargets');
    worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  }
  if (!worker) throw new Error('the extension service worker did not start');
  const extensionId = new URL(worker.url).host;

  /** Opens a page with nothing attached; returns its target id. */
  const open = async (url) => (await send('Target.createTarget', { url })).targetId;
  /** Evaluates an expression (awaiting a promise) in a page, attaching only for that. */
  const evaluate = async (targetId, expression) => {
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    try {
      const { result, exceptionDetails } = await send(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    } finally {
      await send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
  };
  const closePage = (targetId) => send('Target.closeTarget', { targetId });
  const close = async () => {
    const exited = new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
    // Closed through the protocol so the browser's helpers finish writing the profile before it is removed.
    await Promise.race([send('Browser.close').catch(() => {}), sleep(5000)]);
    ws.close();
    if (!(await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]))) proc.kill('SIGKILL');
    await exited;
    fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return { extensionId, open, evaluate, closePage, close };
}
