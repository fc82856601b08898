// An operator's day in Chromium: the sidebar fits each common window without covering the reply box or the
// customer card, stays quiet where no dialogue is open, keeps personal data out of Jira titles, and its
// messages arrive in an order that never contradicts itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIALOGUE, FIXTURE_OPERATOR, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';

const { REFUND, DOWN, SSH } = DIALOGUE;
const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));
export const SIZES = [
  [1280, 800],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
];

/**
 * The sticky bar's actions (and the sidebar's own collapse button): each inside the viewport and on top where
 * it is drawn (the sidebar's shadow root answers what lies at its middle), and inside the sidebar's visible
 * part without scrolling it.
 */
async function stickyActions(page) {
  return page.evaluate(() => {
    const root = document.querySelector('cq-sidekick').shadowRoot;
    const body = root.querySelector('.sk-body');
    const frame = root.querySelector('[data-testid="sidebar"]').getBoundingClientRect();
    const ids = ['glance-insert', 'glance-apply', 'glance-escalate', 'glance-shortcut', 'sidebar-collapse'];
    return {
      scrolled: body.scrollTop,
      actions: ids.flatMap((id) =>
        [...root.querySelectorAll(`[data-testid="${id}"]`)].map((el) => {
          const r = el.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          const top = root.elementFromPoint(x, y);
          return {
            id,
            box: { left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right), bottom: Math.round(r.bottom) },
            inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0,
            inSidebar: r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom,
            onTop: !!top && (el === top || el.contains(top)),
          };
        }),
      ),
    };
  });
}

/**
 * What lies on top at the customer card's right edge and over the reply box: the panel's own element, or the
 * sidebar's shadow host. Points are taken inside each part's box, the card's 4 px in from its right edge.
 */
async function coverage(page) {
  return page.evaluate(() => {
    const probe = (el, where) => {
      const r = el.getBoundingClientRect();
      // The right edge at its top and bottom corners and its middle; a box at its four corners.
      const points =
        where === 'right-edge'
          ? [
              [r.right - 4, r.top + 4],
              [r.right - 4, r.top + r.height / 2],
              [r.right - 4, Math.min(r.bottom, innerHeight) - 4],
            ]
          : [
              [r.left + 4, r.top + 4],
              [r.right - 4, r.top + 4],
              [r.left + 4, r.bottom - 4],
              [r.right - 4, r.bottom - 4],
            ];
      return points.map(([x, y]) => {
        const top = document.elementFromPoint(x, y);
        return {
          x: Math.round(x),
          y: Math.round(y),
          inViewport: x >= 0 && x < innerWidth && y >= 0 && y < innerHeight,
          covered: !top || top.closest('cq-sidekick') !== null,
          ok: !!top && el.contains(top),
        };
      });
    };
    return {
      email: probe(document.querySelector('.user-card__email, [data-field="email"]') ?? document.querySelector('.user-card'), 'right-edge'),
      card: probe(document.querySelector('.customer-column'), 'right-edge'),
      composer: probe(document.querySelector('.conversation-reply textarea'), 'box'),
    };
  });
}

describe("an operator's day on the panel fixture", () => {
  let env;
  before(async () => {
    env = await launch();
    await setSettings(env.worker, {
      ...team,
      jira: { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '10001', issueTypeId: '10004' },
      operator: FIXTURE_OPERATOR,
    });
  });
  after(async () => {
    await env?.close();
  });

  for (const [width, height] of SIZES) {
    it(`at ${width}×${height} covers neither the customer card's right edge nor the reply box`, async () => {
      const { page, errors } = await openPanel(env.context, conv(DOWN));
      await page.setViewportSize({ width, height });
      await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
      await page.waitForTimeout(300);
      const layout = await byTestId(page, 'sidebar').getAttribute('data-layout');
      const seen = await coverage(page);
      for (const [part, points] of Object.entries(seen)) {
        for (const p of points) {
          assert.ok(p.inViewport, `${part} at ${width}×${height} (${layout}) is off screen: ${JSON.stringify(p)}`);
          assert.ok(!p.covered && p.ok, `${part} at ${width}×${height} (${layout}) is covered: ${JSON.stringify(p)}`);
        }
      }
      // The sticky bar's actions are on screen, on top and not scrolled away.
      const sticky = await stickyActions(page);
      for (const id of ['glance-insert', 'glance-escalate', 'glance-shortcut', 'sidebar-collapse']) {
        assert.ok(
          sticky.actions.some((a) => a.id === id),
          `${id} missing at ${width}×${height}`,
        );
      }
      for (const a of sticky.actions) {
        assert.ok(a.inViewport && a.inSidebar && a.onTop, `${a.id} at ${width}×${height} (${layout}): ${JSON.stringify(a)}`);
      }
      // The sidebar itself is on screen and wide enough to read.
      const box = await byTestId(page, 'sidebar').boundingBox();
      assert.ok(box.width >= 260 && box.x >= 0 && box.x + box.width <= width + 1, JSON.stringify(box));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('at 1366×768 shows every main action of an untagged dialogue without scrolling the sidebar', async () => {
    const { page, errors } = await openPanel(env.context, conv(REFUND));
    await page.setViewportSize({ width: 1366, height: 768 });
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    // The best reply with Insert, the best tag with Apply, Escalate: all there at once.
    await byTestId(page, 'glance-apply').waitFor();
    await byTestId(page, 'glance-insert').waitFor();
    const sticky = await stickyActions(page);
    assert.equal(sticky.scrolled, 0);
    assert.deepEqual([...new Set(sticky.actions.map((a) => a.id))].sort(), [
      'glance-apply',
      'glance-escalate',
      'glance-insert',
      'glance-shortcut',
      'sidebar-collapse',
    ]);
    for (const a of sticky.actions) assert.ok(a.inViewport && a.inSidebar && a.onTop, JSON.stringify(a));
    // Scrolled down to the last section, the sticky bar stays where it was.
    await page.evaluate(() => {
      const body = document.querySelector('cq-sidekick').shadowRoot.querySelector('.sk-body');
      body.scrollTop = body.scrollHeight;
    });
    const scrolled = await stickyActions(page);
    assert.ok(scrolled.scrolled > 0, 'the sidebar has more below to scroll to');
    for (const a of scrolled.actions) assert.ok(a.inViewport && a.inSidebar && a.onTop, `after scrolling: ${JSON.stringify(a)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('remembers a width dragged by the operator', async () => {
    const { page } = await openPanel(env.context, conv(DOWN));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    const handle = byTestId(page, 'sidebar-resize');
    const h = await handle.boundingBox();
    await page.mouse.move(h.x + h.width / 2, h.y + 200);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2 - 80, h.y + 200, { steps: 4 });
    await page.mouse.up();
    const widened = (await byTestId(page, 'sidebar').boundingBox()).width;
    assert.ok(Math.abs(widened - 400) <= 2, `dragged to ${widened}`);
    // The page made room for it: the customer card still ends before the sidebar starts.
    assert.ok((await coverage(page)).card.every((p) => p.ok));
    await page.reload();
    await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
    assert.ok(Math.abs((await byTestId(page, 'sidebar').boundingBox()).width - 400) <= 2);
    await env.worker.evaluate(() => chrome.storage.local.remove('ui.width'));
    await page.close();
  });

  it('shows no page warning on the inbox list, where no dialogue is open', async () => {
    const { page, errors } = await openPanel(env.context, '/project/12345/conversations');
    await byTestId(page, 'sidebar').waitFor();
    await page.waitForTimeout(500);
    const warnings = await page.locator('cq-sidekick .sk-health--warn').count();
    assert.equal(warnings, 0);
    const missing = await byTestId(page, 'health')
      .getAttribute('data-missing')
      .catch(() => '');
    assert.equal(missing ?? '', '');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("keeps the customer's name and email out of the Jira summary", async () => {
    const { page } = await openPanel(env.context, conv(SSH));
    await byTestId(page, 'dialogue-id').filter({ hasText: SSH }).waitFor();
    await byTestId(page, 'escalate').first().click();
    const href = await byTestId(page, 'jira-link').getAttribute('href');
    const summary = new URL(href).searchParams.get('summary');
    assert.ok(summary, href);
    assert.doesNotMatch(summary, /Сергей|Волков|volkov|arbteam|@/i);
    assert.equal(await byTestId(page, 'slack-problem').inputValue(), '');
    await page.close();
  });

  it('lets a late refusal wait behind a later success, then keeps it until dismissed, with the tag field as it was', async () => {
    const { page } = await openPanel(env.context, conv(REFUND));
    await byTestId(page, 'dialogue-id').filter({ hasText: REFUND }).waitFor();
    await page.evaluate(() => window.__panel.addMessage(window.__panel.current(), 'Хочу оформить возврат через chargeback в банке', true));
    const chargeback = byTestId(page, 'suggestion').and(page.locator('[data-tag="chargeback"]'));
    const refund = byTestId(page, 'suggestion').and(page.locator('[data-tag="refund"]'));
    await chargeback.waitFor();
    await refund.waitFor();
    await chargeback.click();
    await refund.click();
    const toast = byTestId(page, 'toast');
    await toast.filter({ hasText: /Tag "refund" applied/ }).waitFor();
    // The refusal of the earlier click is answered about two seconds later; it does not replace the success.
    await page.waitForTimeout(2300);
    assert.match(await toast.textContent(), /Tag "refund" applied/);
    assert.equal(await page.locator('.conversation-tags input').inputValue(), '');
    // The success closes itself, and the refusal shows next and stays.
    await toast.filter({ hasText: /does not offer the tag "chargeback"/ }).waitFor({ timeout: 6000 });
    await page.waitForTimeout(4500);
    assert.match(await toast.textContent(), /does not offer the tag "chargeback"/);
    await byTestId(page, 'toast-dismiss').click();
    assert.equal(await toast.count(), 0);
    assert.deepEqual(await page.evaluate((id) => window.__panel.getTags(id), REFUND), ['refund']);
    await page.close();
  });
});

/**
 * Every control and label the sidebar shows that must not be cut: buttons on one line and whole, badges and
 * chips whole, reply titles whole. Answers what does not fit.
 */
async function cutLabels(page) {
  return page.evaluate(() => {
    const root = document.querySelector('cq-sidekick').shadowRoot;
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    // Lines of text: boxes that overlap vertically share a line (a bold name and a smaller figure beside it).
    const lines = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const r of boxes) {
        if (r.top >= bottom - 1) count++;
        bottom = Math.max(r.top >= bottom - 1 ? r.bottom : bottom, r.bottom);
      }
      return count;
    };
    const bad = [];
    for (const el of root.querySelectorAll('button, .sk-badge, .sk-chip, .sk-rep-item__title, .sk-glance__label, .sk-fold__head')) {
      if (!visible(el) || !el.textContent.trim()) continue;
      const text = el.textContent.trim().replace(/\s+/g, ' ');
      if (el.scrollWidth > el.clientWidth + 1) bad.push({ text, why: `cut: ${el.scrollWidth} > ${el.clientWidth}` });
      else if (el.matches('button, .sk-badge, .sk-chip') && !el.matches('.sk-fold__head') && lines(el) > 1)
        bad.push({ text, why: 'wraps' });
    }
    return bad;
  });
}

describe('the longest Russian labels at the narrowest sidebar', () => {
  let env;
  before(async () => {
    env = await launch({ viewport: { width: 1920, height: 1080 } });
    await setSettings(env.worker, {
      ...team,
      jira: { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '10001', issueTypeId: '10004' },
      operator: { ...FIXTURE_OPERATOR, language: 'ru' },
    });
  });
  after(async () => {
    await env?.close();
  });

  for (const width of [260, 320]) {
    it(`fit at ${width} px: buttons on one line, badges, chips and reply titles whole, before and after escalating`, async () => {
      await env.worker.evaluate((w) => chrome.storage.local.set({ 'ui.width': w }), width);
      for (const id of [REFUND, DOWN]) {
        const { page, errors } = await openPanel(env.context, conv(id));
        await byTestId(page, 'dialogue-id').filter({ hasText: id }).waitFor();
        assert.ok(Math.abs((await byTestId(page, 'sidebar').boundingBox()).width - width) <= 2);
        await byTestId(page, 'glance-insert').waitFor();
        // The whole list of replies, with their "fits now" chips.
        await byTestId(page, 'reply-search').waitFor();
        if (await byTestId(page, 'reply-list-toggle').count()) await byTestId(page, 'reply-list-toggle').click();
        await byTestId(page, 'reply').first().waitFor();
        assert.deepEqual(await cutLabels(page), [], `${id} at ${width} px`);
        // After escalating: the status line, copy buttons, "escalate again".
        await byTestId(page, 'glance-escalate').click();
        await byTestId(page, 'escalation-status').waitFor();
        assert.deepEqual(await cutLabels(page), [], `${id} escalated, at ${width} px`);
        assert.deepEqual(errors, []);
        await page.close();
      }
      await env.worker.evaluate(() => chrome.storage.local.remove('ui.width'));
    });
  }
});
