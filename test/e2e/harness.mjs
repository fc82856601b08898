// Launches Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core over WebDriver BiDi, see firefox.mjs) with
// the built extension and the panel fixture mapped to the panel's real host. SIDEKICK_BROWSER=firefox picks Firefox.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from './fixture-server.mjs';
import { createApiStandin, generateApp, startApiServer } from './api-standin.mjs';
import { FIREFOX_ORIGIN, extensionPageWorker, launchFirefox, runAddonShortcut, tempDownloadDir } from './firefox.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
/** The browser the e2e tests run in: `chromium` (the default) or `firefox`. */
export const BROWSER = process.env.SIDEKICK_BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const IS_FIREFOX = BROWSER === 'firefox';
export const EXTENSION_DIR = path.join(ROOT, IS_FIREFOX ? '.output/firefox-mv3' : '.output/chrome-mv3');
/** Firefox serves the fixture on the panel's own port: `network.dns.localDomains` maps names, never ports. */
export const FIREFOX_PANEL_PORT = 443;
export const FIXTURES = {
  panel: path.join(ROOT, 'test/fixtures/panel'),
  alt: path.join(ROOT, 'test/fixtures/panel-alt'),
  hashed: path.join(ROOT, 'test/fixtures/panel-hashed'),
};
export const PANEL = 'https://app.carrotquest.io';
/** A team's own panel address (options page, "Team panel addresses"); `.test` never resolves outside the browser's map. */
export const TEAM_HOST = 'panel.example.test';
/** CarrotQuest's and Dashly's API hosts, answered by the API stand-in when a test starts it. */
export const API_HOSTS = ['api.carrotquest.io', 'api.dashly.app'];
/** Every host the browser maps to the local fixture server: the panel's public hosts and the team's. */
export const MAPPED_HOSTS = [
  'app.carrotquest.io',
  'app.dashly.io',
  'carrotquest.io',
  'www.carrotquest.io',
  'dashly.io',
  'www.dashly.io',
  TEAM_HOST,
];

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH');
  return found;
}

export function chromiumArgs(port, apiPort, extensionDir = EXTENSION_DIR) {
  // The API stand-in answers as CarrotQuest's API host, the way the panel fixture answers as the panel.
  const rules = [
    ...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    ...(apiPort ? API_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${apiPort}`) : []),
  ];
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules.join(',')}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

/** The API stand-in's key and app as the e2e tests use them (the panel fixture's project). */
export const API_KEY = 'cq-test-key-0123456789abcdef';
export const API_APP = '12345';

/**
 * A copy of the build whose manifest also grants `origins` at install. The browser's permission prompt is
 * a native dialog no automation can answer, so a test of a team address starts with the access already
 * granted (as an administrator's policy would): `permissions.request` then answers at once, as it does in
 * the browser after the operator clicks "Allow". Everything after the prompt runs as shipped.
 */
function buildGranting(origins) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-ext-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/**
 * Starts the fixture server and the browser (Chromium: a persistent context) with the extension loaded; with `api`
 * (true, or the stand-in's options), also the API stand-in as https://api.carrotquest.io (Chromium only).
 * `grantOrigins`: host patterns granted at install (a team address; see buildGranting).
 * Returns { browser, context, server, extensionId, origin, extensionUrl(page), worker, api, close }: `origin` is
 * chrome-extension://ID or moz-extension://UUID; `worker.evaluate` runs in the service worker (Chromium) or in
 * an extension page of the same origin (Firefox), so `chrome.storage` calls work in both.
 */
export async function launch(options = {}) {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`Build the extension first: ${IS_FIREFOX ? 'npm run build:firefox' : 'npm run build'}`);
  return IS_FIREFOX ? launchInFirefox(options) : launchInChromium(options);
}

/** The fixture server on port 443 for Firefox; a clear message when another process holds the port. */
async function startFirefoxFixtureServer(dir) {
  try {
    return await startFixtureServer({ dir, port: FIREFOX_PANEL_PORT });
  } catch (err) {
    if (err.code === 'EADDRINUSE')
      throw new Error(
        `port ${FIREFOX_PANEL_PORT} is taken by another process: the Firefox tests serve the panel fixture there (run one Firefox test at a time)`,
        { cause: err },
      );
    if (err.code === 'EACCES')
      throw new Error(`port ${FIREFOX_PANEL_PORT} needs root (or CAP_NET_BIND_SERVICE) for the Firefox tests`, { cause: err });
    throw err;
  }
}

/**
 * Firefox: the same fixtures and the same returned shape, with `context` and its pages speaking the part of
 * Playwright's API the tests use (firefox.mjs), and `worker` an extension page of the add-on's origin.
 * `api` (the API stand-in) is Chromium-only: it would need port 443 too.
 */
async function launchInFirefox({
  fixture = 'panel',
  headless = true,
  viewport = { width: 1440, height: 900 },
  api = false,
  grantOrigins = [],
  privateBrowsing = false,
}) {
  if (api) throw new Error('the API stand-in runs in the Chromium tests only');
  const server = await startFirefoxFixtureServer(FIXTURES[fixture] ?? fixture);
  const downloadDir = tempDownloadDir();
  const extensionDir = grantOrigins.length ? buildGranting(grantOrigins) : EXTENSION_DIR;
  let ff;
  try {
    ff = await launchFirefox({ extensionDir, hosts: MAPPED_HOSTS, downloadDir, headless, viewport, privateBrowsing });
  } catch (err) {
    await server.close();
    throw err;
  }
  const worker = await extensionPageWorker(ff.context);
  const close = async () => {
    await ff.close();
    await server.close();
    fs.rmSync(downloadDir, { recursive: true, force: true });
    if (extensionDir !== EXTENSION_DIR) fs.rmSync(extensionDir, { recursive: true, force: true });
  };
  return {
    browser: 'firefox',
    context: ff.context,
    server,
    extensionId: ff.extensionId,
    origin: FIREFOX_ORIGIN,
    extensionUrl: (page) => `${FIREFOX_ORIGIN}/${page}`,
    worker,
    api: null,
    /** Runs the add-on's keyboard shortcut (`Alt+Shift+R`) as the browser does on the key press (firefox.mjs). */
    shortcut: (combo) => runAddonShortcut(ff.context, combo),
    close,
  };
}

async function launchInChromium({
  fixture = 'panel',
  headless = true,
  viewport = { width: 1440, height: 900 },
  api: apiOptions = false,
  grantOrigins = [],
} = {}) {
  const server = await startFixtureServer({ dir: FIXTURES[fixture] ?? fixture });
  const api = apiOptions
    ? createApiStandin({
        keys: { [API_KEY]: API_APP, 'cq-other-app-key-0000': '999' },
        apps: { [API_APP]: generateApp(apiOptions === true ? {} : apiOptions), 999: generateApp({ conversations: 2, seed: 3 }) },
      })
    : null;
  const apiServer = api ? await startApiServer(api) : null;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-e2e-'));
  const extensionDir = grantOrigins.length ? buildGranting(grantOrigins) : EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args: chromiumArgs(server.port, apiServer?.port, extensionDir),
    ignoreHTTPSErrors: true,
    viewport,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // The worker may register between a look and a wait, and a loaded machine may take a while: look again each second.
  let [worker] = context.serviceWorkers();
  for (const deadline = Date.now() + 45_000; !worker && Date.now() < deadline;) {
    worker = await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => context.serviceWorkers()[0]);
  }
  if (!worker) throw new Error('the extension service worker did not start');
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    await server.close();
    await apiServer?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    if (extensionDir !== EXTENSION_DIR) fs.rmSync(extensionDir, { recursive: true, force: true });
  };
  const origin = `chrome-extension://${extensionId}`;
  return { browser: 'chromium', context, server, extensionId, origin, extensionUrl: (page) => `${origin}/${page}`, worker, api, close };
}

/** A dialogue's path on the panel fixture. */
export const conv = (id) => `/project/12345/conversations/${id}`;

/** The panel fixture's dialogues the tests name (test/fixtures/panel/dialogues.js). */
export const DIALOGUE = Object.freeze({
  REFUND: '1204567890123456001',
  DOWN: '1204567890123456002',
  SSH: '1204567890123456003',
  HTML: '1204567890123456004',
  SSL: '1204567890123456006',
  WORDPRESS: '1204567890123456008',
});

/** The fixture panel's logged-in operator, in English, in Moscow, on a weekday shift. */
export const FIXTURE_OPERATOR = Object.freeze({
  name: 'Анна Смирнова',
  language: 'en',
  timeZone: 'Europe/Moscow',
  shifts: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }],
  sshPublicKey: '',
  retentionDays: 365,
  teamSettingsUrl: '',
});

/** Writes a settings document straight into extension storage (the options page is tested separately). */
export async function setSettings(worker, settings) {
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

/** Opens a panel page and collects console errors and page errors. */
export async function openPanel(context, urlPath = '/project/12345/conversations') {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(PANEL + urlPath);
  return { page, errors };
}

/** A locator inside the sidebar's open shadow root (Playwright pierces open shadow roots). */
export function sidebar(page) {
  return page.locator('cq-sidekick [data-testid="sidebar"]');
}

export function byTestId(page, id) {
  return page.locator(`cq-sidekick [data-testid="${id}"]`);
}

/**
 * Moves the real pointer to the middle of `locator` and clicks there, as a person does; in pick mode,
 * `widen` presses ArrowUp that many times first (the outline grows to the element around).
 */
export async function pointAt(page, locator, widen = 0) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('pointAt: the element is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 12);
  await page.mouse.move(x, y, { steps: 3 });
  for (let i = 0; i < widen; i++) await page.keyboard.press('ArrowUp');
  await page.mouse.click(x, y);
}
