// Fuzz: random page content, read by the real adapter (readDialogue with the built-in profile), recorded by
// the real recorder (with its redaction and caps), escalated, exported and imported into a fresh database.
// Whatever the page holds, what the writers store is within what the importer accepts: no row is left out,
// and the restored data equals what was exported. Seeded, so a failure names the seed that reproduces it.
import { describe, expect, it } from 'vitest';
import { readDialogue } from '../../../lib/carrotquest/read';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import { exportAll, importAll } from '../../../lib/db/backup';
import { addEscalation, recordSnapshot, updateEscalation } from '../../../lib/db/dialogues';
import { rowProblem } from '../../../lib/db/rows';
import { redactSecrets } from '../../../lib/secrets/detect';
import { defaultSettings } from '../../../lib/settings/defaults';
import { SECRET_SAMPLES } from '../secrets/samples';
import { freshDbs } from '../fresh-db';

const RUNS = 40;
const NOW = Date.parse('2026-11-29T10:00:00Z');

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Random, max: number) => Math.floor(r() * (max + 1));

/** Characters a page can hold: scripts, emoji and lone surrogates, controls, markup, quotes, spaces of all kinds. */
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz ',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя ',
  '0123456789:+-./ ',
  '<>&"\'`\\{}[]()=;*#@!?%$',
  '\u0000\u0001\u0007\u001b\u007f\u00a0\u200b\u200d\u2028\u2029\u202e\ufeff\t\r\n',
  '😀🚀👩‍💻\ud800\udfff',
  'العربيةעברית中文日本語',
];

function text(r: Random, size: number): string {
  let out = '';
  while (out.length < size) {
    const roll = r();
    if (roll < 0.03) out += pick(r, SECRET_SAMPLES).text;
    else if (roll < 0.05)
      out += 'x'.repeat(int(r, 3000)); // a word no break can cut
    else {
      const a = pick(r, ALPHABETS);
      for (let i = int(r, 40); i >= 0; i--) out += a[Math.floor(r() * a.length)];
    }
  }
  return out.slice(0, size);
}

/** A size: mostly small, sometimes huge (past the message cut and every row limit). */
const size = (r: Random) => pick(r, [0, 1, 5, 40, 300, 2_100, 25_000, 70_000]);

const TIMES = [
  '2026-11-26T09:12:00+03:00',
  '1960-05-01T00:00:00Z',
  '1850-01-01',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59Z',
  'yesterday',
  '',
  '-1',
  '0',
];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page in the built-in profile's markup (as test/unit/carrotquest/page.ts) with random content. */
function page(r: Random): string {
  const messages = Array.from({ length: int(r, 1) ? int(r, 30) : int(r, 400) }, () => {
    const customer = r() < 0.6;
    return `<div class="conversation-part conversation-part--${customer ? 'user' : 'admin'}"><span class="conversation-part__author">${escapeHtml(text(r, pick(r, [0, 10, 800])))}</span>
      <div class="conversation-part__text">${escapeHtml(text(r, size(r)))}</div><time datetime="${escapeHtml(pick(r, TIMES))}">${escapeHtml(text(r, 5))}</time></div>`;
  }).join('');
  const tags = Array.from(
    { length: pick(r, [0, 1, 3, 60, 700]) },
    () =>
      `<span class="conversation-tag"><span class="conversation-tag__name">${escapeHtml(text(r, pick(r, [0, 1, 12, 400])))}</span></span>`,
  ).join('');
  const notes = Array.from(
    { length: int(r, 5) },
    () => `<div class="user-note"><div class="user-note__text">${escapeHtml(text(r, size(r)))}</div></div>`,
  ).join('');
  const field = () => escapeHtml(text(r, pick(r, [0, 8, 300, 5000])));
  return `
  <nav><span class="navbar__admin-name">${field()}</span></nav>
  <div class="conversation-view">
    <div class="conversation-header"><span class="conversation-header__assignee">${field()}</span></div>
    <div class="conversation-tags"><div class="conversation-tags__list">${tags}</div><input placeholder="tag"></div>
    ${messages}
    <div class="conversation-reply"><textarea></textarea></div>
  </div>
  <div class="user-card"><div class="user-card__name">${field()}</div><div class="user-card__email">${field()}</div>
    <div class="user-card__id">${field()}</div><div class="user-card__notes">${notes}</div></div>`;
}

/** Percent-encoded as a browser's address bar would (a lone surrogate becomes U+FFFD first). */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

/** An address of the panel with a random id and a random query and fragment. */
function address(r: Random, plainId: boolean): string {
  const id = '1' + '0123456789'.repeat(40).slice(0, plainId || int(r, 1) ? 18 : int(r, 399));
  const query = r() < 0.5 ? '' : `?conversationId=${id}&${encode(text(r, pick(r, [10, 3000])))}`;
  const hash = r() < 0.7 ? '' : `#${encode(text(r, 200))}`;
  return (
    pick(r, [`https://carrotquest.io/panel/4242/conversations/${id}`, `https://app.carrotquest.io/project/4242/conversations/${id}`]) +
    query +
    hash
  );
}

const fresh = freshDbs('fuzz');

describe("fuzz: whatever the page holds, the writers' caps stay within the importer's", () => {
  const profile = resolveProfile({});
  const ctx = (now: number) => ({
    now,
    operatorName: 'Анна',
    dayKey: (ms: number) => new Date(ms).toISOString().slice(0, 10),
    redact: redactSecrets,
  });

  for (let seed = 1; seed <= RUNS; seed++) {
    it(`seed ${seed}`, async () => {
      const r = rng(seed * 7919);
      const db = fresh();
      for (let visit = 0; visit < 3; visit++) {
        document.body.innerHTML = page(r);
        const href = address(r, visit === 0);
        const snap = readDialogue(document, href, profile, NOW + visit * 1000);
        if (!snap.id) continue;
        await recordSnapshot(db, snap, ctx(NOW + visit * 1000));
        // The same dialogue again, its tags changed: tag events.
        document
          .querySelector('.conversation-tags__list')
          ?.insertAdjacentHTML(
            'afterbegin',
            `<span class="conversation-tag"><span class="conversation-tag__name">${escapeHtml(text(r, pick(r, [3, 500])))}</span></span>`,
          );
        await recordSnapshot(db, readDialogue(document, href, profile, NOW + visit * 1000 + 500), ctx(NOW + visit * 1000 + 500));
        if (r() < 0.5) {
          const esc = await addEscalation(db, {
            dialogueId: snap.id,
            at: pick(r, [NOW, -5, 1e20]),
            summary: redactSecrets(text(r, size(r))),
            customerMessageCount: int(r, 500),
          });
          await updateEscalation(db, esc.id!, {
            slackRef: text(r, pick(r, [0, 50, 5000])),
            jiraKey: text(r, 300),
            jiraUrl: text(r, pick(r, [10, 9000])),
          });
        }
      }

      // The first visit's address is an ordinary one: every seed stores at least that dialogue.
      expect(await db.dialogues.count()).toBeGreaterThan(0);
      for (const table of ['dialogues', 'tagEvents', 'escalations', 'feedback', 'daily'] as const) {
        for (const row of await db.table(table).toArray()) expect(rowProblem(table as never, row), `${table} row`).toBeNull();
      }
      const file = JSON.parse(JSON.stringify(await exportAll(db, defaultSettings(), NOW)));
      const target = fresh();
      const result = await importAll(target, file);
      if (!result.ok) throw new Error(`seed ${seed}: ${result.error}`);
      expect(result.skipped, `seed ${seed}`).toEqual([]);
      const again = JSON.parse(JSON.stringify(await exportAll(target, defaultSettings(), NOW)));
      for (const table of ['dialogues', 'tagEvents', 'escalations', 'feedback'] as const)
        expect(again[table], `seed ${seed}: ${table}`).toEqual(file[table]);
    }, 30_000);
  }
});
