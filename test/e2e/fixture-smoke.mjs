// A quick self-check of the panel fixtures (not a test of the extension):
// serves each fixture over HTTPS, drives Debian's Chromium as https://app.carrotquest.io/ and checks that the
// page behaves like the panel: messages, pushState/hash navigation, the tag drop-down, replies, HTML shown as
// text, bulk messages, and that the selector profiles (built-in for panel/, profile.json for panel-alt/) fit.
//
//   node test/e2e/fixture-smoke.mjs
//
// Prints one PASS/FAIL line per check, saves /tmp/fixture-panel.png and /tmp/fixture-panel-alt.png,
// exits non-zero when a check fails.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startFixtureServer } from './fixture-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ORIGIN = 'https://app.carrotquest.io';
const OPERATOR = 'Анна Смирнова';

let failures = 0;
let passes = 0;

async function check(name, fn) {
  try {
    const detail = await fn();
    passes++;
    console.log(`PASS  ${name}${detail ? `  (${detail})` : ''}`);
  } catch (err) {
    failures++;
    console.log(`FAIL  ${name}: ${err && err.message ? err.message.split('\n')[0] : err}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** The built-in selector profile, read from its TypeScript source (an object literal of strings and arrays). */
async function readDefaultProfile() {
  const src = await fs.readFile(path.join(ROOT, 'lib/carrotquest/default-profile.ts'), 'utf8');
  const m = src.match(/DEFAULT_PROFILE[^=]*=\s*(\{[\s\S]*?\n\});?/);
  if (!m) throw new Error('DEFAULT_PROFILE not found in lib/carrotquest/default-profile.ts');
  return new Function(`return (${m[1]});`)();
}

const list = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);

const FIXTURES = [
  {
    name: 'panel',
    dir: 'test/fixtures/panel',
    screenshot: '/tmp/fixture-panel.png',
    url: (id, query = '') => `${ORIGIN}/project/12345/conversations/${id}${query}`,
    listUrls: [`${ORIGIN}/project/12345/conversations`, `${ORIGIN}/`],
    idInUrl: (u) => (new URL(u).pathname.match(/\/conversations\/(\d+)$/) || [])[1] || null,
    sel: {
      root: '.conversation-view',
      msg: '.conversation-part',
      msgUser: '.conversation-part--user',
      msgAdmin: '.conversation-part--admin',
      text: '.conversation-part__text',
      author: '.conversation-part__author',
      listItem: (id) => `.conversation-list__item[data-id="${id}"]`,
      title: '.user-card__name',
      tagInput: '.conversation-tags input',
      tagOption: '.conversation-tags__dropdown .dropdown-item',
      tagChip: '.conversation-tags__list .conversation-tag__name',
      composer: '.conversation-reply textarea',
      composerRich: '.conversation-reply [contenteditable="true"]',
      send: '.conversation-reply__send',
      assignee: '.conversation-header__assignee',
      customerTagChip: '.user-card__tags .user-tag__name',
      customerTagInput: '.user-card__tags input',
      customerTagOption: '.user-card__tags-dropdown .dropdown-item',
    },
  },
  {
    name: 'panel-alt',
    dir: 'test/fixtures/panel-alt',
    screenshot: '/tmp/fixture-panel-alt.png',
    url: (id, query = '') => `${ORIGIN}/${query}#/dialog/${id}`,
    listUrls: [`${ORIGIN}/#/`, `${ORIGIN}/`],
    idInUrl: (u) => (new URL(u).hash.match(/^#\/dialog\/(\d+)$/) || [])[1] || null,
    sel: {
      root: '[data-qa="chat"]',
      msg: '[data-qa="msg"]',
      msgUser: '[data-qa="msg"][data-from="client"]',
      msgAdmin: '[data-qa="msg"][data-from="agent"]',
      text: '[data-qa="msg-body"]',
      author: '[data-qa="msg-author"]',
      listItem: (id) => `[data-qa="inbox-item"][data-dialog="${id}"] button`,
      title: '[data-qa="client-name"]',
      tagInput: '[data-qa="tag-input"]',
      tagOption: '[data-qa="tag-suggestion"]',
      tagChip: '[data-qa="tag-list"] [data-qa="tag-chip"]',
      composer: '[data-qa="composer"]',
      composerRich: '[data-qa="composer"][contenteditable="true"]',
      send: '[data-qa="send"]',
      assignee: '[data-qa="assignee"]',
      customerTagChip: '[data-qa="client-label"]',
      customerTagInput: '[data-qa="client-label-input"]',
      customerTagOption: '[data-qa="client-label-suggestion"]',
    },
  },
];

/** Which selectors of a profile match the page: dialogueUrl over href, scoped keys inside root / a message / tagList. */
async function profileMatches(page, profile) {
  return page.evaluate((p) => {
    const L = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
    const first = (scope, key) => {
      for (const s of L(p[key])) {
        const n = scope && scope.querySelector(s);
        if (n) return n;
      }
      return null;
    };
    const out = {};
    out.dialogueUrl = L(p.dialogueUrl).some((r) => new RegExp(r).exec(location.href)?.[1]);
    const root = first(document, 'root');
    out.root = !!root;
    const msgs = [];
    if (root) for (const s of L(p.message)) if (!msgs.length) msgs.push(...root.querySelectorAll(s));
    out.message = msgs.length > 0;
    out.messageFromCustomer = msgs.some((m) => L(p.messageFromCustomer).some((s) => m.matches(s)));
    for (const k of ['messageText', 'messageTime', 'messageAuthor']) out[k] = msgs.some((m) => !!first(m, k));
    const tagList = first(document, 'tagList');
    out.tagList = !!tagList;
    out.tag = !!first(tagList, 'tag');
    for (const k of [
      'tagInput',
      'tagOption',
      'composer',
      'customerName',
      'customerEmail',
      'customerId',
      'customerNotes',
      'operatorName',
      'assignee',
      'copyLink',
    ]) {
      out[k] = !!first(document, k);
    }
    return out;
  }, profile);
}

/** Every selector of every key of a profile, each tried on the whole document; returns those that match. */
async function anyMatch(page, profile) {
  return page.evaluate((p) => {
    const hits = [];
    for (const [k, v] of Object.entries(p)) {
      for (const s of Array.isArray(v) ? v : [v]) {
        if (k === 'dialogueUrl' ? new RegExp(s).test(location.href) : document.querySelector(s)) hits.push(`${k}: ${s}`);
      }
    }
    return hits;
  }, profile);
}

async function runFixture(fx, defaults) {
  console.log(`\n== ${fx.name} (${fx.dir})`);
  const server = await startFixtureServer({ dir: path.join(ROOT, fx.dir) });
  // The host mapping needs the server's port, so each fixture gets its own browser.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--host-resolver-rules=MAP app.carrotquest.io 127.0.0.1:${server.port}`,
      '--ignore-certificate-errors',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ignoreHTTPSErrors: true });
  const S = fx.sel;
  const dialogs = [];
  const pageErrors = [];
  const external = [];

  const newPage = async () => {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.host !== 'app.carrotquest.io') external.push(r.url());
    });
    return page;
  };

  try {
    const page = await newPage();
    await page.goto(fx.url('1204567890123456001'));
    await page.waitForSelector(S.msg);
    const ids = await page.evaluate(() => window.__panel.ids());

    await check(`${fx.name}: ids() lists 19-digit dialogue ids`, () => {
      assert(ids.length >= 7, `only ${ids.length} dialogues`);
      assert(
        ids.every((id) => /^\d{19}$/.test(id)),
        `bad ids ${ids}`,
      );
      return `${ids.length} dialogues`;
    });

    await check(`${fx.name}: messages render`, async () => {
      const dom = await page.$$eval(`${S.root} ${S.msg}`, (ns, t) => ns.map((n) => n.querySelector(t).textContent), S.text);
      const api = await page.evaluate((id) => window.__panel.messages(id).map((m) => m.text), ids[0]);
      assert(dom.length > 0, 'no messages');
      eq(dom, api, 'message texts');
      const users = await page.$$eval(`${S.root} ${S.msgUser}`, (ns) => ns.length);
      eq(users, dom.length, 'customer messages in dialogue 001');
      return `${dom.length} messages`;
    });

    await check(`${fx.name}: clicking another dialogue navigates without reload`, async () => {
      await page.evaluate(() => (window.__noReload = true));
      const histBefore = await page.evaluate(() => history.length);
      const oldName = await page.textContent(S.title);
      await page.click(S.listItem(ids[1]));
      await page.waitForFunction((id) => window.__panel.current() === id, ids[1]);
      const url = page.url();
      eq(fx.idInUrl(url), ids[1], 'id in URL');
      const state = await page.evaluate(() => ({ still: window.__noReload === true, hist: history.length }));
      assert(state.still, 'the page reloaded');
      assert(state.hist > histBefore, 'no new history entry');
      const newName = await page.textContent(S.title);
      assert(newName !== oldName, 'customer did not change');
      const texts = await page.$$eval(`${S.root} ${S.text}`, (ns) => ns.map((n) => n.textContent));
      const api = await page.evaluate((id) => window.__panel.messages(id).map((m) => m.text), ids[1]);
      eq(texts, api, 'messages of the second dialogue');
      return url;
    });

    await check(`${fx.name}: back and forward`, async () => {
      await page.goBack();
      await page.waitForFunction((id) => window.__panel.current() === id, ids[0]);
      assert(await page.evaluate(() => window.__noReload === true), 'reloaded on back');
      eq(fx.idInUrl(page.url()), ids[0], 'id after back');
      await page.goForward();
      await page.waitForFunction((id) => window.__panel.current() === id, ids[1]);
      eq(fx.idInUrl(page.url()), ids[1], 'id after forward');
    });

    if (fx.name === 'panel') {
      await check('panel: built-in profile (first selector of each key) matches, on a tagged dialogue', async () => {
        const firstOnly = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, list(v)[0]]));
        await page.click(S.tagInput);
        await page.keyboard.type('re');
        const m = await profileMatches(page, firstOnly);
        await page.keyboard.press('Escape');
        await page.fill(S.tagInput, '');
        const missing = Object.keys(m).filter((k) => !m[k]);
        eq(missing, [], 'keys without a match');
        return `${Object.keys(m).length} keys`;
      });
      await check('panel: customer tags never use the dialogue tag classes', async () => {
        const n = await page.evaluate(() => ({
          cross1: document.querySelectorAll('.user-card__tags .conversation-tag, .user-card__tags .conversation-tag__name').length,
          cross2: document.querySelectorAll('.conversation-tags .user-tag').length,
          userTags: document.querySelectorAll('.user-card__tags .user-tag__name').length,
          notesBeforeTags: !!(
            document.querySelector('.user-card__notes').compareDocumentPosition(document.querySelector('.user-card__tags')) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
        }));
        eq([n.cross1, n.cross2], [0, 0], 'cross-matching tag elements');
        assert(n.userTags > 0, 'dialogue 001 customer should have tags');
        assert(n.notesBeforeTags, 'customer tags must come after the notes');
        return `${n.userTags} customer tags`;
      });
    } else {
      const profile = JSON.parse(await fs.readFile(path.join(ROOT, fx.dir, 'profile.json'), 'utf8')).carrotquest.selectors;
      await check('panel-alt: profile.json selectors match (every key it sets), on a tagged dialogue', async () => {
        await page.click(S.tagInput);
        await page.keyboard.type('re');
        const m = await profileMatches(page, profile);
        const setKeys = Object.keys(profile);
        const missing = setKeys.filter((k) => !m[k]);
        await page.keyboard.press('Escape');
        await page.fill(S.tagInput, '');
        eq(missing, [], 'keys without a match');
        for (const k of ['customerEmail', 'customerNotes', 'copyLink']) assert(!(k in profile), `profile.json must not set ${k}`);
        return `${setKeys.length} keys`;
      });
      await check('panel-alt: no built-in selector matches anything (incl. customerEmail, customerNotes, copyLink)', async () => {
        await page.click(S.tagInput);
        await page.keyboard.type('re');
        const open = await anyMatch(page, defaults);
        await page.keyboard.press('Escape');
        await page.fill(S.tagInput, '');
        await page.click(S.customerTagInput);
        await page.keyboard.type('v');
        const open2 = await anyMatch(page, defaults);
        await page.keyboard.press('Escape');
        await page.fill(S.customerTagInput, '');
        await page.locator(S.composer).focus();
        eq([...new Set([...open, ...open2])], [], 'built-in selectors that match');
      });
    }

    await check(`${fx.name}: tag drop-down offers matching existing tags; clicking one adds a chip`, async () => {
      await page.evaluate((id) => window.__panel.open(id), ids[0]);
      await page.waitForFunction((id) => window.__panel.current() === id, ids[0]);
      const customerBefore = await page.evaluate(() => window.__panel.getCustomerTags());
      await page.click(S.tagInput);
      await page.keyboard.type('SSL');
      const opts = await page.$$eval(S.tagOption, (ns) => ns.map((n) => n.textContent));
      eq(opts, ['domains-ssl-recheck'], 'options for "SSL"');
      await page.click(S.tagOption);
      const chips = await page.$$eval(S.tagChip, (ns) => ns.map((n) => n.textContent));
      eq(chips, ['domains-ssl-recheck'], 'chips');
      eq(await page.inputValue(S.tagInput), '', 'input after pick');
      eq(await page.$$eval(S.tagOption, (ns) => ns.length), 0, 'options after pick');
      eq(await page.evaluate(() => window.__panel.getTags()), ['domains-ssl-recheck'], 'getTags()');
      eq(await page.evaluate(() => window.__panel.getCustomerTags()), customerBefore, 'customer tags untouched');
    });

    await check(`${fx.name}: a programmatic click() and a bare mousedown on an option both work`, async () => {
      await page.fill(S.tagInput, 'bill');
      await page.$eval(S.tagOption, (n) => n.click());
      await page.fill(S.tagInput, 'refu');
      await page.$eval(S.tagOption, (n) => n.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true })));
      eq(await page.evaluate(() => window.__panel.getTags()), ['domains-ssl-recheck', 'billing', 'refund'], 'getTags()');
      const chips = await page.$$eval(S.tagChip, (ns) => ns.map((n) => n.textContent));
      eq(chips, ['domains-ssl-recheck', 'billing', 'refund'], 'chips');
    });

    await check(`${fx.name}: a name that is not a tag shows no option (and Enter creates nothing)`, async () => {
      await page.fill(S.tagInput, 'no-such-tag');
      eq(await page.$$eval(S.tagOption, (ns) => ns.length), 0, 'options');
      await page.press(S.tagInput, 'Enter');
      eq(await page.evaluate(() => window.__panel.getTags()), ['domains-ssl-recheck', 'billing', 'refund'], 'getTags()');
      await page.fill(S.tagInput, '');
      await page.press(S.tagInput, 'Escape');
    });

    await check(`${fx.name}: the customer tag field is separate`, async () => {
      await page.click(S.customerTagInput);
      await page.keyboard.type('vip');
      await page.click(S.customerTagOption);
      const customer = await page.evaluate(() => window.__panel.getCustomerTags());
      assert(customer.includes('vip'), `customer tags ${customer}`);
      eq(await page.evaluate(() => window.__panel.getTags()), ['domains-ssl-recheck', 'billing', 'refund'], 'dialogue tags');
      const chips = await page.$$eval(S.tagChip, (ns) => ns.map((n) => n.textContent));
      assert(!chips.includes('vip'), 'customer tag shown among dialogue tags');
    });

    await check(`${fx.name}: tags are kept per dialogue`, async () => {
      await page.click(S.listItem(ids[1]));
      await page.waitForFunction((id) => window.__panel.current() === id, ids[1]);
      const chips1 = await page.$$eval(S.tagChip, (ns) => ns.map((n) => n.textContent));
      eq(chips1, await page.evaluate((id) => window.__panel.getTags(id), ids[1]), 'second dialogue chips');
      await page.goBack();
      await page.waitForFunction((id) => window.__panel.current() === id, ids[0]);
      const chips0 = await page.$$eval(S.tagChip, (ns) => ns.map((n) => n.textContent));
      eq(chips0, ['domains-ssl-recheck', 'billing', 'refund'], 'first dialogue chips again');
    });

    await check(`${fx.name}: sending a reply appends an operator message and assigns the dialogue`, async () => {
      eq(await page.evaluate(() => window.__panel.current()), ids[0], 'open dialogue');
      const before = await page.$$eval(`${S.root} ${S.msg}`, (ns) => ns.length);
      eq(await page.textContent(S.assignee), fx.name === 'panel' ? 'Не назначен' : 'Unassigned', 'assignee before');
      await page.fill(S.composer, 'Здравствуйте! Посмотрю и вернусь с ответом.');
      eq(await page.evaluate(() => window.__panel.composerValue()), 'Здравствуйте! Посмотрю и вернусь с ответом.', 'composerValue()');
      await page.click(S.send);
      const after = await page.$$eval(`${S.root} ${S.msg}`, (ns) => ns.length);
      eq(after, before + 1, 'message count');
      const lastDom = await page.$$eval(
        `${S.root} ${S.msg}`,
        (ns, s) => {
          const n = ns[ns.length - 1];
          return {
            admin: n.matches(s.msgAdmin),
            user: n.matches(s.msgUser),
            text: n.querySelector(s.text).textContent,
            author: n.querySelector(s.author).textContent,
          };
        },
        { msgAdmin: S.msgAdmin, msgUser: S.msgUser, text: S.text, author: S.author },
      );
      eq(lastDom, { admin: true, user: false, text: 'Здравствуйте! Посмотрю и вернусь с ответом.', author: OPERATOR }, 'last message');
      eq(await page.textContent(S.assignee), OPERATOR, 'assignee after');
      eq(await page.evaluate(() => window.__panel.composerValue()), '', 'composer after send');
      const api = await page.evaluate(() => window.__panel.lastMessage());
      eq([api.fromCustomer, api.author, api.text], [false, OPERATOR, 'Здравствуйте! Посмотрю и вернусь с ответом.'], 'lastMessage()');
    });

    await check(`${fx.name}: Ctrl+Enter sends`, async () => {
      await page.fill(S.composer, 'Second line');
      await page.press(S.composer, 'Control+Enter');
      eq((await page.evaluate(() => window.__panel.lastMessage())).text, 'Second line', 'last message');
    });

    await check(`${fx.name}: HTML in a message is shown as text`, async () => {
      const htmlId = ids[3];
      await page.evaluate((id) => window.__panel.open(id), htmlId);
      await page.waitForFunction((id) => window.__panel.current() === id, htmlId);
      await page.waitForTimeout(200);
      const r = await page.evaluate(
        (s) => ({
          text: document.querySelector(`${s.root} ${s.text}`).textContent,
          imgs: document.querySelectorAll('img').length,
          parsed: [...document.querySelector(s.root).querySelectorAll(s.text)].reduce((n, t) => n + t.children.length, 0),
          scripts: document.querySelectorAll('script').length,
        }),
        { root: S.root, text: S.text },
      );
      assert(r.text.includes('<script>alert(1)</script>'), 'script tag not shown as text');
      assert(r.text.includes('<img src=x onerror=alert(1)>'), 'img tag not shown as text');
      eq(
        [r.imgs, r.parsed, r.scripts, dialogs.length],
        [0, 0, 2, 0],
        '[img elements, elements inside message texts, script elements, alerts]',
      );
    });

    await check(`${fx.name}: addMessage appends one node (the rest stays)`, async () => {
      const r = await page.evaluate(
        (s) => {
          const root = document.querySelector(s.root);
          const firstNode = root.querySelector(s.msg);
          const n = root.querySelectorAll(s.msg).length;
          window.__panel.addMessage(window.__panel.current(), 'A streamed <b>message</b>');
          const nodes = root.querySelectorAll(s.msg);
          return {
            same: nodes[0] === firstNode && document.querySelector(s.root) === root,
            added: nodes.length - n,
            text: nodes[nodes.length - 1].querySelector(s.text).textContent,
            user: nodes[nodes.length - 1].matches(s.msgUser),
          };
        },
        { root: S.root, msg: S.msg, text: S.text, msgUser: S.msgUser },
      );
      eq(r, { same: true, added: 1, text: 'A streamed <b>message</b>', user: true }, 'after addMessage');
    });

    await check(`${fx.name}: addManyMessages(id, 5000)`, async () => {
      const r = await page.evaluate(
        (s) => {
          const id = window.__panel.current();
          const root = document.querySelector(s.root);
          const before = root.querySelectorAll(s.msg).length;
          const t0 = performance.now();
          window.__panel.addManyMessages(id, 5000);
          const ms = performance.now() - t0;
          return { added: root.querySelectorAll(s.msg).length - before, ms: Math.round(ms), api: window.__panel.messages(id).length };
        },
        { root: S.root, msg: S.msg },
      );
      eq(r.added, 5000, 'nodes added');
      return `${r.ms} ms, ${r.api} messages`;
    });

    await check(`${fx.name}: the list route shows no open dialogue`, async () => {
      for (const u of fx.listUrls) {
        const p2 = await newPage();
        await p2.goto(u);
        await p2.waitForFunction(() => !!window.__panel);
        eq(await p2.$$eval(S.root, (ns) => ns.length), 0, `root elements at ${u}`);
        eq(await p2.evaluate(() => window.__panel.current()), null, `current() at ${u}`);
        await p2.click(S.listItem(ids[2]));
        await p2.waitForSelector(`${S.root} ${S.msg}`);
        eq(fx.idInUrl(p2.url()), ids[2], 'id after click');
        await p2.close();
      }
    });

    await check(`${fx.name}: contenteditable reply box (?composer=contenteditable)`, async () => {
      const p3 = await newPage();
      await p3.goto(fx.url(ids[7], '?composer=contenteditable'));
      await p3.waitForSelector(S.composerRich);
      eq(await p3.$$eval(`${S.root} textarea`, (ns) => ns.length), 0, 'textareas');
      await p3.click(S.composerRich);
      await p3.keyboard.type('Hello Lucas!');
      eq(await p3.evaluate(() => window.__panel.composerValue()), 'Hello Lucas!', 'composerValue()');
      await p3.click(S.send);
      const last = await p3.evaluate(() => window.__panel.lastMessage());
      eq([last.fromCustomer, last.text], [false, 'Hello Lucas!'], 'last message');
      eq(await p3.evaluate(() => window.__panel.composerValue()), '', 'composer after send');
      await p3.click(S.listItem(ids[6]));
      await p3.waitForFunction((id) => window.__panel.current() === id, ids[6]);
      assert(p3.url().includes('composer=contenteditable'), 'query string lost on navigation');
      assert(await p3.$(S.composerRich), 'contenteditable lost on navigation');
      await p3.close();
    });

    if (fx.name === 'panel') {
      await check('panel: copy-link button copies the public dialogue link', async () => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
        const p4 = await newPage();
        await p4.goto(fx.url(ids[1]));
        await p4.click('.conversation-header__copy-link');
        const title = await p4.getAttribute('.conversation-header__copy-link', 'title');
        eq(title, 'Скопировать ссылку на диалог', 'title');
        const text = await p4.evaluate(() => navigator.clipboard.readText());
        eq(text, `https://app.carrotquest.io/project/12345/conversations/${ids[1]}`, 'clipboard');
        await p4.close();
      });
    }

    await check(`${fx.name}: no page errors, no alerts, no requests beyond the fixture`, () => {
      eq(pageErrors, [], 'page errors');
      eq(dialogs, [], 'dialogs');
      eq(external, [], 'external requests');
    });

    await check(`${fx.name}: screenshot ${fx.screenshot}`, async () => {
      const p5 = await newPage();
      await p5.goto(fx.url(ids[1]));
      await p5.waitForSelector(S.msg);
      await p5.click(S.tagInput);
      await p5.keyboard.type('re');
      await p5.screenshot({ path: fx.screenshot });
      await p5.close();
    });
  } finally {
    await context.close();
    await browser.close();
    await server.close();
  }
}

async function main() {
  let defaults;
  try {
    defaults = await readDefaultProfile();
  } catch (err) {
    console.log(`FAIL  read the built-in profile: ${err.message}`);
    process.exit(1);
  }
  for (const fx of FIXTURES) await runFixture(fx, defaults);
  console.log(`\n${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
