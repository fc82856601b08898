// Firefox ESR over WebDriver BiDi (puppeteer-core), dressed in the part of Playwright's API the e2e tests use
// (context, page, locator), so one test file runs in either browser and differs only in how the harness launches.
//
// The built `.output/firefox-mv3` is installed as a temporary add-on; the panel hosts resolve to 127.0.0.1 through the
// pref `network.dns.localDomains`, which maps names and never ports, so the fixture is served on port 443.
import puppeteer from 'puppeteer-core';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX_EXTENSION_ID = 'sidekick@carrotquest-tools';
/** The extension's internal UUID, picked before launch (`extensions.webextensions.uuids`), so its pages have a known origin. */
export const FIREFOX_EXTENSION_UUID = '5d1c4a7e-3f0b-4c2a-9e61-7b8d2f4a1c90';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Firefox not found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH');
  return found;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; errors while a page navigates count as "not yet". */
async function poll(probe, { timeout = 30_000, interval = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await sleep(interval);
  }
}

/**
 * Launches Firefox with the extension installed. `hosts` resolve to 127.0.0.1; `downloadDir` receives downloads
 * without a dialog. Returns { browser, context, extensionId, close }.
 */
export async function launchFirefox({
  extensionDir,
  hosts,
  downloadDir,
  headless = true,
  viewport = { width: 1440, height: 900 },
  privateBrowsing = false,
}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    acceptInsecureCerts: true,
    defaultViewport: viewport,
    // BiDi refuses to navigate a tab to a moz-extension: page unless the session may reach privileged pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      // navigator.clipboard.readText() in a test page, without the paste prompt a person would answer.
      'dom.events.testing.asyncClipboard': true,
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      // permissions.request answers at once, as after the operator's "Allow" (the prompt is browser UI no page can click).
      'extensions.webextOptionalPermissionPrompts': false,
      // Every window private, as a person's private window is (BiDi opens no private window beside a normal one).
      ...(privateBrowsing ? { 'browser.privatebrowsing.autostart': true } : {}),
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== FIREFOX_EXTENSION_ID) throw new Error(`the add-on installed as ${id}, not ${FIREFOX_EXTENSION_ID}`);
    if (privateBrowsing) await allowInPrivateWindows(browser, id);
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
  const context = new FirefoxContext(browser, downloadDir);
  return { browser, context, extensionId: FIREFOX_EXTENSION_UUID, close: () => browser.close().catch(() => {}) };
}

/**
 * What the operator's "Run in Private Windows: Allow" in the add-ons manager does: the add-on gets the private
 * browsing permission and is reloaded with it. Run in the browser's own chrome scope, which the session may
 * reach (`--remote-allow-system-access`).
 */
async function allowInPrivateWindows(browser, id) {
  const [somePage] = await browser.pages();
  const session = somePage.mainFrame().browsingContext.userContext.browser.session;
  const { result } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chrome = result.contexts[0];
  if (!chrome) throw new Error('no chrome window to allow the add-on in private windows from');
  const { result: out } = await session.send('script.evaluate', {
    expression: `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(${JSON.stringify(id)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      const addon = await AddonManager.getAddonByID(${JSON.stringify(id)});
      await addon.reload();
      return 'ok';
    })()`,
    target: { context: chrome.context },
    awaitPromise: true,
  });
  if (out.type === 'exception')
    throw new Error(`allowing the add-on in private windows failed: ${JSON.stringify(out.exceptionDetails?.text)}`);
}

class FirefoxContext {
  constructor(browser, downloadDir) {
    this.browser = browser;
    this.downloadDir = downloadDir;
    this.wrapped = new Map();
    /** The page Firefox shows (FirefoxPage.activate). */
    this.front = null;
  }

  wrap(ppPage) {
    let page = this.wrapped.get(ppPage);
    if (!page) {
      page = new FirefoxPage(ppPage, this);
      this.wrapped.set(ppPage, page);
    }
    return page;
  }

  async newPage() {
    const page = this.wrap(await this.browser.newPage());
    await page.activate();
    return page;
  }

  /** Synchronous as Playwright's: the open tabs (a tab puppeteer has not wrapped yet counts as its target). */
  pages() {
    const byTarget = new Map([...this.wrapped.entries()].map(([pp, page]) => [pp.target(), page]));
    return this.browser
      .targets()
      .filter((t) => t.type() === 'page')
      .map((t) => byTarget.get(t) ?? t);
  }

  /** 'page': the next tab that opens (a link with target=_blank, tabs.create). */
  async waitForEvent(event, { timeout = 30_000 } = {}) {
    if (event !== 'page') throw new Error(`FirefoxContext.waitForEvent: ${event} is not supported`);
    const before = new Set(this.browser.targets());
    const found = this.browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout });
    let done = false;
    void found.finally(() => (done = true)).catch(() => {});
    void this.adoptUnseenTabs(() => done, timeout).catch(() => {});
    const page = this.wrap(await (await found).page());
    this.front = page;
    return page;
  }

  /**
   * Firefox sends no contextCreated event for a tab that an extension page opens (the popup's dialogue links), so
   * puppeteer never learns of it: look at the tree, and hand puppeteer the tabs it does not know.
   */
  async adoptUnseenTabs(isDone, timeout) {
    const [somePage] = await this.browser.pages();
    const userContext = somePage.mainFrame().browsingContext.userContext;
    const session = userContext.browser.session;
    for (const deadline = Date.now() + timeout; !isDone() && Date.now() < deadline; await sleep(200)) {
      const known = new Set([...userContext.browsingContexts].map((c) => c.id));
      const { result } = await session.send('browsingContext.getTree', { maxDepth: 0 });
      for (const info of result.contexts) {
        if (known.has(info.context) || info.userContext !== userContext.id) continue;
        const context = BrowsingContext.from(userContext, undefined, info.context, info.url, info.originalOpener, info.clientWindow);
        userContext.emit('browsingcontext', { browsingContext: context });
        return;
      }
    }
  }

  async close() {
    await this.browser.close();
  }
}

/** A download as the options page makes it: the file appears, complete, in the profile's download folder. */
class FirefoxDownload {
  constructor(file) {
    this.file = file;
  }
  suggestedFilename() {
    return path.basename(this.file);
  }
  async path() {
    return this.file;
  }
  async saveAs(to) {
    fs.copyFileSync(this.file, to);
  }
}

class FirefoxPage {
  constructor(ppPage, context) {
    this.pp = ppPage;
    this.context = context;
    this.extensionUrl = null;
    this.keyboard = {
      press: (key) => pressKey(this.pp, key),
      type: (text) => this.pp.keyboard.type(text),
      down: (key) => this.pp.keyboard.down(key),
      up: (key) => this.pp.keyboard.up(key),
    };
    this.mouse = this.pp.mouse;
  }

  on(event, handler) {
    this.pp.on(event, handler);
    return this;
  }

  isClosed() {
    return this.pp.isClosed();
  }

  url() {
    return this.extensionUrl ?? this.pp.url();
  }

  async goto(url, { timeout = 30_000 } = {}) {
    await this.activate();
    if (!url.startsWith('moz-extension:')) {
      this.extensionUrl = null;
      await this.pp.goto(url, { timeout, waitUntil: 'load' });
      return;
    }
    // Firefox moves an extension page to another process and BiDi reports no load for it: navigate without waiting,
    // then wait for the page to be there.
    await this.pp.mainFrame().browsingContext.navigate(url, 'none');
    this.extensionUrl = url;
    await this.waitForDocument(url, timeout);
  }

  async waitForDocument(url, timeout = 30_000) {
    await poll(() => this.pp.evaluate((u) => location.href === u && document.readyState !== 'loading' && !window.__skOld, url), {
      timeout,
      what: `${url} to load`,
    });
  }

  async reload() {
    if (!this.extensionUrl) {
      await this.pp.reload({ waitUntil: 'load' });
      return;
    }
    await this.pp.evaluate(() => {
      window.__skOld = true;
      setTimeout(() => location.reload(), 0);
    });
    await this.waitForDocument(this.extensionUrl);
  }

  async goBack() {
    const before = await this.pp.evaluate(() => location.href);
    await this.pp.evaluate(() => history.back());
    await poll(() => this.pp.evaluate((b) => location.href !== b, before), { what: 'the history to go back' });
  }

  async waitForLoadState() {
    await poll(() => this.pp.evaluate(() => document.readyState === 'complete'), { what: 'the page to load' });
  }

  async setViewportSize({ width, height }) {
    await this.pp.setViewport({ width, height });
  }

  async bringToFront() {
    await this.pp.bringToFront();
    this.context.front = this;
  }

  /**
   * Firefox runs only the selected tab as visible (a background tab gets no focus events and slowed frames), where
   * every Playwright page in Chromium behaves as shown: a page is brought to the front before it is acted on.
   */
  async activate() {
    if (this.context.front !== this) await this.bringToFront();
  }

  async close() {
    this.context.wrapped.delete(this.pp);
    if (this.context.front === this) this.context.front = null;
    await this.pp.close().catch(() => {});
  }

  async evaluate(fn, arg) {
    return arg === undefined ? this.pp.evaluate(fn) : this.pp.evaluate(fn, arg);
  }

  async waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
    const options = { timeout, polling: 50 };
    return arg === undefined ? this.pp.waitForFunction(fn, options) : this.pp.waitForFunction(fn, options, arg);
  }

  async waitForTimeout(ms) {
    await sleep(ms);
  }

  /** 'download': the next file that lands in the download folder, once complete. */
  async waitForEvent(event, { timeout = 30_000 } = {}) {
    if (event !== 'download') throw new Error(`FirefoxPage.waitForEvent: ${event} is not supported`);
    const dir = this.context.downloadDir;
    const seen = new Set(fs.readdirSync(dir));
    const name = await poll(
      () => {
        const files = fs.readdirSync(dir).filter((f) => !seen.has(f));
        // Firefox writes NAME.part beside NAME while it downloads.
        return files.find((f) => !f.endsWith('.part') && !files.includes(`${f}.part`) && fs.statSync(path.join(dir, f)).size > 0);
      },
      { timeout, what: 'a download' },
    );
    return new FirefoxDownload(path.join(dir, name));
  }

  locator(selector, options = {}) {
    const base = new Locator(this, [{ css: selector }]);
    return options.hasText === undefined ? base : base.filter({ hasText: options.hasText });
  }

  getByTestId(id) {
    return this.locator(`[data-testid="${id}"]`);
  }
}

/** Playwright's "Alt+Shift+R" style: modifiers held while the last key is pressed. */
async function pressKey(ppPage, combo) {
  const keys = combo === '+' ? ['+'] : combo.split('+');
  const key = keys.pop();
  for (const m of keys) await ppPage.keyboard.down(m);
  await ppPage.keyboard.press(key);
  for (const m of keys.reverse()) await ppPage.keyboard.up(m);
}

const textStep = (hasText) =>
  hasText instanceof RegExp ? { text: { source: hasText.source, flags: hasText.flags } } : { text: { plain: String(hasText) } };

/**
 * Runs in the page: the elements `steps` select, in tree order. CSS pierces open shadow roots as Playwright's does:
 * the parts of a selector joined by a space may sit on either side of a shadow boundary.
 */
function resolveInPage(steps) {
  const splitParts = (selector) => {
    // Top-level spaces split; '>', '+', '~' keep their neighbours in one part (no crossing there).
    const tokens = [];
    let depth = 0;
    let quote = null;
    let cur = '';
    for (const ch of selector.trim()) {
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || ch === ')') depth--;
      else if (/\s/.test(ch) && depth === 0) {
        if (cur) tokens.push(cur);
        cur = '';
        continue;
      }
      cur += ch;
    }
    if (cur) tokens.push(cur);
    const parts = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (['>', '+', '~'].includes(t) || (parts.length && /^[>+~]$/.test(parts[parts.length - 1].slice(-1)))) {
        parts[parts.length - 1] += ` ${t}`;
      } else parts.push(t);
    }
    return parts;
  };
  const splitAlternatives = (selector) => {
    const out = [];
    let depth = 0;
    let quote = null;
    let cur = '';
    for (const ch of selector) {
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || ch === ')') depth--;
      else if (ch === ',' && depth === 0) {
        out.push(cur);
        cur = '';
        continue;
      }
      cur += ch;
    }
    out.push(cur);
    return out.map((s) => s.trim()).filter(Boolean);
  };
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const parentOf = (el) => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  const matchesParts = (el, parts) => {
    if (!el.matches(parts[parts.length - 1])) return false;
    let i = parts.length - 2;
    for (let a = parentOf(el); a && i >= 0; a = parentOf(a)) if (a.matches(parts[i])) i--;
    return i < 0;
  };
  const normal = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const hasText = (el, t) => {
    const text = normal(el.textContent);
    return t.plain !== undefined ? text.toLowerCase().includes(normal(t.plain).toLowerCase()) : new RegExp(t.source, t.flags).test(text);
  };
  walk(document);
  const apply = (list, chain) => {
    for (const step of chain) {
      if (step.css) {
        const alternatives = splitAlternatives(step.css).map(splitParts);
        list = list.filter((el) => alternatives.some((parts) => matchesParts(el, parts)));
      } else if (step.text) list = list.filter((el) => hasText(el, step.text));
      else if (step.and) {
        const other = new Set(apply(all, step.and));
        list = list.filter((el) => other.has(el));
      } else if (step.or) {
        const either = new Set(step.or.flatMap((chain) => apply(all, chain)));
        list = list.filter((el) => either.has(el));
      } else if (step.nth !== undefined) {
        const el = step.nth < 0 ? list[list.length + step.nth] : list[step.nth];
        list = el ? [el] : [];
      } else if (step.within) {
        // A locator inside another: descendants (through shadow roots) of the outer matches.
        const outer = apply(all, step.within);
        list = list.filter((el) => outer.some((o) => o !== el && (o.contains(el) || o.shadowRoot?.contains(el) || deepContains(o, el))));
      }
    }
    return list;
  };
  const deepContains = (outer, el) => {
    for (let a = parentOf(el); a; a = parentOf(a)) if (a === outer) return true;
    return false;
  };
  // A locator made with locator(a).locator(b): b's steps follow a 'within' step holding a's.
  return apply(all, steps);
}

function visibleInPage(el) {
  if (!el || !el.isConnected) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const s = getComputedStyle(el);
  return s.visibility !== 'hidden' && s.display !== 'none';
}

class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  locator(selector, options = {}) {
    const inner = new Locator(this.page, [{ css: selector }, { within: this.steps }]);
    return options.hasText === undefined ? inner : inner.filter({ hasText: options.hasText });
  }

  getByTestId(id) {
    return this.locator(`[data-testid="${id}"]`);
  }

  filter({ hasText }) {
    return hasText === undefined ? this : new Locator(this.page, [...this.steps, textStep(hasText)]);
  }

  and(other) {
    return new Locator(this.page, [...this.steps, { and: other.steps }]);
  }

  or(other) {
    return new Locator(this.page, [{ or: [this.steps, other.steps] }]);
  }

  first() {
    return new Locator(this.page, [...this.steps, { nth: 0 }]);
  }

  last() {
    return new Locator(this.page, [...this.steps, { nth: -1 }]);
  }

  nth(n) {
    return new Locator(this.page, [...this.steps, { nth: n }]);
  }

  async count() {
    return this.page.pp.evaluate(`(${resolveInPage})(${JSON.stringify(this.steps)}).length`);
  }

  /** The first matching element's handle, waiting for it to be there (and visible, unless `attached` will do). */
  async handle({ timeout = 30_000, state = 'visible' } = {}) {
    const expr = `(() => { const el = (${resolveInPage})(${JSON.stringify(this.steps)})[0]; return ${
      state === 'attached' ? 'el ?? null' : `(${visibleInPage})(el) ? el : null`
    }; })()`;
    return poll(
      async () => {
        const h = await this.page.pp.evaluateHandle(expr);
        if (await h.evaluate((el) => el != null)) return h;
        await h.dispose();
        return null;
      },
      { timeout, what: `${JSON.stringify(this.steps)} to be ${state}` },
    );
  }

  async waitFor({ state = 'visible', timeout = 30_000 } = {}) {
    if (state === 'visible' || state === 'attached') {
      await (await this.handle({ state, timeout })).dispose();
      return;
    }
    const expr = `(() => { const el = (${resolveInPage})(${JSON.stringify(this.steps)})[0]; return ${
      state === 'detached' ? '!el' : `!(${visibleInPage})(el)`
    }; })()`;
    await poll(() => this.page.pp.evaluate(expr), { timeout, what: `${JSON.stringify(this.steps)} to be ${state}` });
  }

  async evaluate(fn, arg) {
    const h = await this.handle({ state: 'attached' });
    try {
      return arg === undefined ? await h.evaluate(fn) : await h.evaluate(fn, arg);
    } finally {
      await h.dispose();
    }
  }

  async textContent() {
    return this.evaluate((el) => el.textContent);
  }

  async innerText() {
    return this.evaluate((el) => el.innerText);
  }

  async getAttribute(name) {
    return this.evaluate((el, n) => el.getAttribute(n), name);
  }

  async inputValue() {
    return this.evaluate((el) => el.value);
  }

  async isVisible() {
    return this.page.pp.evaluate(`(${visibleInPage})((${resolveInPage})(${JSON.stringify(this.steps)})[0])`);
  }

  async boundingBox() {
    const h = await this.handle({ state: 'attached' });
    try {
      return await h.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.width || r.height ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      });
    } finally {
      await h.dispose();
    }
  }

  /** As a person clicks: the element scrolled into view, then a real pointer press in its middle. */
  async click({ timeout = 30_000 } = {}) {
    const deadline = Date.now() + timeout;
    await this.page.activate();
    const h = await this.handle({ timeout });
    try {
      const box = await poll(
        () =>
          h.evaluate(async (el) => {
            // Instant: a smooth scroll (the sidebar's CSS) would still be moving when the pointer comes.
            el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
            // As Playwright does: the element must keep still for a frame and be what the point hits (a sidebar
            // that is still rendering moves its buttons).
            const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
            await frame();
            const a = el.getBoundingClientRect();
            await frame();
            const r = el.getBoundingClientRect();
            if (a.x !== r.x || a.y !== r.y || a.width !== r.width || a.height !== r.height) return null;
            const x = r.x + r.width / 2;
            const y = r.y + r.height / 2;
            if (el.disabled || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
            const hit = el.getRootNode().elementFromPoint?.(x, y);
            if (hit && hit !== el && !el.contains(hit)) return null;
            return { x, y };
          }),
        { timeout, what: 'an enabled element to click' },
      );
      // As Playwright does: if the page moved under the pointer on the way, the press reaches something else; the
      // guard swallows that press and the click is tried again.
      await h.evaluate((el) => {
        // As Playwright's: the first event of the press decides, and a press that starts elsewhere is swallowed.
        // Besides, a click that the page moved away between press and release (the element still there, the
        // click landing beside it) is a miss; an element the press itself removed (a drop-down option) is not.
        const guard = (e) => {
          // Only the pointer's own events: a click the page makes in answer (a download link it clicks) is not a miss.
          if (!e.isTrusted) return;
          const inPath = e.composedPath().includes(el);
          if (window.__skHit.first === null) window.__skHit.first = inPath;
          if (!window.__skHit.first) {
            e.stopImmediatePropagation();
            e.preventDefault();
          } else if (e.type === 'click' && !inPath && el.isConnected) window.__skHit.movedAway = true;
        };
        const types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
        for (const t of types) window.addEventListener(t, guard, true);
        window.__skHit = { first: null, movedAway: false, off: () => types.forEach((t) => window.removeEventListener(t, guard, true)) };
      });
      await this.page.pp.mouse.click(box.x, box.y);
      // A click that navigated the page leaves no guard to ask: it landed.
      const hit = await this.page.pp
        .evaluate(() => {
          const hit = window.__skHit;
          hit?.off();
          return hit ? hit.first !== false && !hit.movedAway : null;
        })
        .catch(() => null);
      if (hit === false) {
        if (Date.now() > deadline) throw new Error('click: something else kept receiving the pointer');
        await h.dispose();
        return this.click({ timeout: Math.max(1000, deadline - Date.now()) });
      }
    } finally {
      await h.dispose();
    }
  }

  /** As Playwright's fill: focus, select what is there, insert the text (input events as typing makes them). */
  async fill(text) {
    await this.page.activate();
    const h = await this.handle();
    try {
      await h.evaluate((el, t) => {
        el.focus();
        if (typeof el.select === 'function') el.select();
        else {
          const range = document.createRange();
          range.selectNodeContents(el);
          const sel = getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
        }
        if (t) document.execCommand('insertText', false, t);
        else document.execCommand('delete', false);
      }, text);
    } finally {
      await h.dispose();
    }
  }

  async press(key) {
    await this.page.activate();
    const h = await this.handle();
    try {
      await h.evaluate((el) => el.focus());
    } finally {
      await h.dispose();
    }
    await pressKey(this.page.pp, key);
  }

  async type(text) {
    await this.page.activate();
    const h = await this.handle();
    try {
      await h.evaluate((el) => el.focus());
    } finally {
      await h.dispose();
    }
    await this.page.pp.keyboard.type(text);
  }

  async setInputFiles(files) {
    // Playwright also takes { name, mimeType, buffer }: such a file is written to a folder of its own first.
    const file = [files].flat().map((f) => {
      if (typeof f === 'string') return f;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-ff-upload-'));
      fs.writeFileSync(path.join(dir, f.name), f.buffer);
      return path.join(dir, f.name);
    });
    const h = await this.handle({ state: 'attached' });
    try {
      const element = h.asElement();
      if (element) await element.uploadFile(...[file].flat());
      // A page BiDi saw no navigation to (an extension page) gives plain handles: set the files by the node's reference.
      else
        await this.page.pp.mainFrame().browsingContext.setFiles(
          h.remoteValue(),
          [file].flat().map((f) => path.resolve(f)),
        );
    } finally {
      await h.dispose();
    }
  }

  async selectOption(value) {
    const h = await this.handle();
    try {
      await h.asElement().select(...[value].flat());
    } finally {
      await h.dispose();
    }
  }
}

/**
 * The background's stand-in for tests that reach extension storage: Firefox runs the MV3 background as an event page
 * that BiDi cannot evaluate in, so the same `chrome.*` calls run in an extension page of the same origin.
 */
export async function extensionPageWorker(context) {
  const page = await context.newPage();
  await page.goto(`${FIREFOX_ORIGIN}/options.html`);
  return {
    page,
    url: () => `${FIREFOX_ORIGIN}/background`,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
  };
}

/**
 * Fires the add-on's own keyboard shortcut in the browser window. Keys sent over BiDi go to the page, never to the
 * browser's shortcuts, so this finds the key the browser registered for the add-on (`combo` as the manifest writes
 * it, e.g. "Alt+Shift+R") in the browser window and runs its command, as the key press does. Fails when the
 * browser registered no such key.
 */
export async function runAddonShortcut(context, combo) {
  const parts = combo.split('+');
  const key = parts.pop();
  const modifiers = parts.map((m) => ({ Ctrl: 'accel', Command: 'accel', MacCtrl: 'control' })[m] ?? m.toLowerCase()).join(',');
  const [somePage] = await context.browser.pages();
  const session = somePage.mainFrame().browsingContext.userContext.browser.session;
  const { result } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const win = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no browser window');
  const selector = `[id^="ext-keyset-id-"] key[key="${key}"][modifiers="${modifiers}"]`;
  const { result: ran } = await session.send('script.evaluate', {
    expression: `(() => { const k = document.querySelector(${JSON.stringify(selector)}); if (!k) return false; k.dispatchEvent(new Event('command')); return true; })()`,
    target: { context: win.context },
    awaitPromise: false,
  });
  if (ran.type !== 'success' || ran.result.value !== true) throw new Error(`the browser has no shortcut ${combo} for the add-on`);
}

export function tempDownloadDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-ff-downloads-'));
}
