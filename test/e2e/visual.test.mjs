// The sidebar's look at 1366×768 in both languages, compared with the snapshots kept in test/e2e/snapshots/:
// a layout change (a moved or resized control, a wrapped label) fails. After a deliberate change of the look,
// UPDATE_SNAPSHOTS=1 node --test test/e2e/visual.test.mjs writes new ones (see README, "Visual snapshots").
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { DIALOGUE, FIXTURE_OPERATOR, ROOT, byTestId, conv, launch, openPanel, setSettings } from './harness.mjs';
import { UPDATING, comparePngs, compareWithSnapshot, stillSidebar } from './snapshot.mjs';

const { DOWN } = DIALOGUE;
const team = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/team-settings.json'), 'utf8'));
const SIZE = { width: 1366, height: 768 };
/**
 * On shift around the clock, every day: the replies that depend on the hour (the weekend notice, out of
 * hours) then suggest the same whatever the day the test runs on.
 */
const ALWAYS_ON_SHIFT = [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }];

/**
 * The picture is of the sidebar's frame, not of what the models conclude: the sections whose content the
 * rating and the reply rules decide are folded (their headings stay), and the best reply's title is masked
 * (its box stays), so a change of the rules does not read as a change of the layout.
 */
const FOLDED = { triage: true, replies: true };

async function sidebarPicture(page) {
  await stillSidebar(page);
  return byTestId(page, 'sidebar').screenshot({
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('cq-sidekick .sk-glance__label').first()],
    maskColor: '#d0d4e0',
  });
}

describe('the sidebar as it looks at 1366×768', () => {
  let env;
  before(async () => {
    env = await launch({ viewport: SIZE });
  });
  after(async () => {
    await env?.close();
  });

  for (const language of ['ru', 'en']) {
    it(`in ${language === 'ru' ? 'Russian' : 'English'} matches its snapshot, and a moved button would not`, async (t) => {
      await setSettings(env.worker, { ...team, operator: { ...FIXTURE_OPERATOR, language, shifts: ALWAYS_ON_SHIFT } });
      await env.worker.evaluate((folded) => chrome.storage.local.set({ 'ui.folded': folded }), FOLDED);
      const { page, errors } = await openPanel(env.context, conv(DOWN));
      await byTestId(page, 'dialogue-id').filter({ hasText: DOWN }).waitFor();
      // Everything the sidebar works out for this dialogue has arrived: the best reply, the rating, the health line.
      await byTestId(page, 'glance-insert').waitFor();
      await page.locator('cq-sidekick [data-fold="triage"][data-folded="true"]').waitFor();
      await byTestId(page, 'health').waitFor();
      await byTestId(page, 'waiting').waitFor();
      await page.waitForTimeout(500);
      // The customer's wait grows with the calendar (the fixture's messages have fixed dates): its number is pinned.
      await page.evaluate((lang) => {
        document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="waiting"]').textContent =
          lang === 'ru' ? 'ждёт 3 дн' : 'waiting 3 d';
      }, language);
      const name = `sidebar-${language}-1366x768`;
      const taken = await sidebarPicture(page);
      const result = compareWithSnapshot(name, taken);
      assert.ok(result.ok, `${name}: ${result.reason}; the picture taken and the difference: ${result.files?.join(', ')}`);
      t.diagnostic(`${name}: ${result.changed} pixels changed`);

      if (!UPDATING) {
        // The comparison notices a control moved by a few pixels: the Escalate button 6 px lower.
        await page.evaluate(() => {
          const bar = document.querySelector('cq-sidekick').shadowRoot.querySelector('[data-testid="glance-escalate"]');
          bar.style.marginTop = '6px';
        });
        const moved = comparePngs(PNG.sync.read(taken), PNG.sync.read(await sidebarPicture(page)), `${name}-moved`);
        assert.equal(moved.ok, false, 'a moved Escalate button went unnoticed');
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
