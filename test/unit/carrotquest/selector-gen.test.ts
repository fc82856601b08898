import { beforeEach, describe, expect, it } from 'vitest';
import { matchReport } from '../../../lib/carrotquest/capture';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import type { ProfileKey, SelectorProfile } from '../../../lib/carrotquest/profile-keys';
import { readDialogue } from '../../../lib/carrotquest/read';
import { isHashedClass, isStateClass, looksGenerated, meaningfulTokens, selectorFor } from '../../../lib/carrotquest/selector-gen';
import { countFor, teachFromCustomer, teachSelector } from '../../../lib/carrotquest/teach';
import { loadCapture, readCapture, readCaptureProfile } from './captures-load';

const HOST = 'cq-sidekick';
const $ = (s: string) => {
  const el = document.querySelector(s);
  if (!el) throw new Error(`test page has no ${s}`);
  return el;
};
/** Nothing a build or a state produced, and none of the page's words. */
function expectStable(selector: string) {
  expect(selector).not.toMatch(
    /_ng(?:content|host)|ng-star-inserted|ng-scope|ng-binding|ng-isolate-scope|ng-hide|ng-pristine|ng-valid|ng-touched/,
  );
  for (const cls of selector.match(/\.[\w-]+/g) ?? []) expect(isHashedClass(cls.slice(1)), `${selector}: ${cls}`).toBe(false);
  expect(selector).not.toMatch(/\d{4,}/);
  expect(selector).not.toMatch(/[а-яё]/i);
}

describe('what a selector may be made of', () => {
  it('tells hashed and state classes and generated values from meaningful ones', () => {
    for (const c of ['_msg_1x9z', 'css-1a2b3c', 'sc-bdVaJa', 'Message_root__a8Fk2', '_chip_c2d4e', 'jsx-2381'])
      expect(isHashedClass(c), c).toBe(true);
    for (const c of ['conversation-part', 'conversation-part__text', 'user-card__email', 'message-item--incoming', 'h2-title'])
      expect(isHashedClass(c), c).toBe(false);
    for (const c of [
      'ng-scope',
      'ng-binding',
      'ng-isolate-scope',
      'ng-hide',
      'ng-pristine',
      'ng-valid',
      'ng-touched',
      'ng-star-inserted',
      'is-active',
      'tab--selected',
    ])
      expect(isStateClass(c), c).toBe(true);
    for (const v of ['1204567890123456001', 'mat-input-3', 'a1b2c3d4e5', ':r0:', 'Анна Смирнова', 'user@example.com', 'https://x.y/z'])
      expect(looksGenerated(v), v).toBe(true);
    for (const v of ['u2a', 'composer', 'dashboard.conversations.title', 'tag-input']) expect(looksGenerated(v), v).toBe(false);
  });

  it("prefers the framework's directive attributes and never uses state classes, _ngcontent or the text", () => {
    document.body.innerHTML = `
      <div class="conversation ng-scope" _ngcontent-abc-c12="">
        <span class="ng-binding ng-scope" _ngcontent-abc-c12="" translate="dashboard.conversation.assignee">Анна</span>
        <input class="ng-pristine ng-valid ng-touched" ng-model="vm.tagQuery" _ngcontent-abc-c12="">
        <a ui-sref="app.conversations.detail" class="ng-scope">Ссылка</a>
        <div id="ember1234" class="css-1a2b3c"><span class="_msg_1x9z">Hello</span></div>
      </div>`;
    expect(selectorFor($('[translate]'), document, 'one')!.selector).toBe('[translate="dashboard.conversation.assignee"]');
    expect(selectorFor($('input'), document, 'one')!.selector).toBe('[ng-model="vm.tagQuery"]');
    expect(selectorFor($('a'), document, 'one')!.selector).toBe('[ui-sref="app.conversations.detail"]');
    const hashed = selectorFor($('._msg_1x9z'), document, 'one')!;
    expectStable(hashed.selector);
    expect(hashed.selector).not.toContain('ember1234');
    expect(document.querySelector(hashed.selector)).toBe($('._msg_1x9z'));
    expect(meaningfulTokens($('.conversation'))).toEqual(['.conversation']);
  });

  it('generalizes one pointed item to its siblings, and to the same part of each', () => {
    document.body.innerHTML = `
      <ul class="notes"><li><div>Анна · 1 окт</div><div>Первая</div></li><li><div>Иван · 2 окт</div><div>Вторая</div></li><li><div>Иван</div><div>Третья</div></li></ul>
      <ul class="other"><li><div>x</div><div>y</div></li></ul>`;
    const r = selectorFor($('.notes li:nth-child(2) > div:nth-child(2)'), document, 'many')!;
    expect(Array.from(document.querySelectorAll(r.selector)).map((e) => e.textContent)).toEqual(['Первая', 'Вторая', 'Третья']);
  });
});

describe('teaching the third fixture by pointing (its capture)', () => {
  beforeEach(() => loadCapture(readCapture('hashed')));

  /** What the operator points at, key by key, in the order the health line asks. */
  const POINTS: [ProfileKey, string][] = [
    ['root', '._conv_s4d6f'],
    ['message', '[data-sender-type="user"] ._txt_n4m6b'],
    ['messageText', '._txt_n4m6b'],
    ['messageAuthor', '._au_x7c9v'],
    ['tagList', '._conv_s4d6f ._chips_t5y1u'],
    ['tag', '._conv_s4d6f ._lbl_h6j8k'],
    ['tagInput', '._conv_s4d6f ._field_n5m2b'],
    ['composer', '._ed_p9o8i'],
    ['customerName', '._big_m3n5b'],
    ['customerEmail', '._lnk_q1w3e'],
    ['customerId', '._mono_r5t7y'],
    ['customerNotes', '._ul_v6b8n > li:first-child > div:nth-child(2)'],
    ['operatorName', '._nm_h2w5e'],
    ['assignee', '._asg_m8n1b'],
    ['copyLink', '[data-action="copy-link"]'],
  ];

  function teachAll(): Partial<SelectorProfile> {
    const taught: Partial<SelectorProfile> = {};
    for (const [key, point] of POINTS) {
      const r = teachSelector(document, $(point), key, resolveProfile(taught as SelectorProfile), HOST);
      if (!r.ok) throw new Error(`${key}: ${r.reason}`);
      expectStable(r.selector);
      taught[key] = r.selector;
      if (key === 'message') {
        const c = teachFromCustomer(
          document,
          $('[data-sender-type="user"] ._txt_n4m6b'),
          $('[data-sender-type="admin"] ._txt_n4m6b'),
          resolveProfile(taught as SelectorProfile),
          HOST,
        );
        if (!c.ok) throw new Error(`messageFromCustomer: ${c.reason}`);
        taught.messageFromCustomer = c.selector;
      }
    }
    return taught;
  }

  it('writes a stable selector for every key, each matching what was meant', () => {
    const taught = teachAll();
    const profile = resolveProfile(taught as SelectorProfile);
    const expected: Partial<Record<ProfileKey, number>> = {
      root: 1,
      message: document.querySelectorAll('._msg_1x9z').length,
      messageFromCustomer: document.querySelectorAll('[data-sender-type="user"]').length,
      messageText: document.querySelectorAll('._msg_1x9z').length,
      tag: document.querySelectorAll('._conv_s4d6f ._chip_c2d4e').length,
      customerNotes: document.querySelectorAll('._ul_v6b8n > li').length,
      customerEmail: 1,
      composer: 1,
    };
    const report = matchReport(document, readCapture('hashed').url, profile);
    for (const [key, n] of Object.entries(expected)) expect(report[key as ProfileKey], key).toBe(n);
    expect(countFor(document, 'customerNotes', taught.customerNotes as string, profile)).toBe(2);
    const snap = readDialogue(document, readCapture('hashed').url, profile);
    expect(snap.missing).toEqual([]);
    expect(snap.messages.filter((m) => m.fromCustomer).length).toBe(expected.messageFromCustomer);
  });

  it('matches the profile committed beside the capture', () => {
    expect(teachAll()).toEqual(Object.fromEntries(Object.entries(readCaptureProfile('hashed')!).filter(([k]) => k !== 'tagOption')));
  });

  it("respects the key's scope and refuses what cannot be taught, saying why", () => {
    const none = resolveProfile({ root: '.nothing-here' });
    expect(teachSelector(document, $('._txt_n4m6b'), 'message', none, HOST)).toEqual({ ok: false, reason: 'needs-root' });
    const rooted = resolveProfile({ root: '[role="region"]' });
    // A message is looked up inside the dialogue: the customer card is not in it.
    expect(teachSelector(document, $('._big_m3n5b'), 'message', rooted, HOST)).toEqual({ ok: false, reason: 'not-in-root' });
    expect(teachSelector(document, document.body, 'composer', rooted, HOST)).toEqual({ ok: false, reason: 'page' });
    expect(teachSelector(document, document.documentElement, 'composer', rooted, HOST)).toEqual({ ok: false, reason: 'page' });
    const host = document.createElement(HOST);
    host.append(document.createElement('button'));
    document.body.append(host);
    expect(teachSelector(document, host.firstElementChild!, 'composer', rooted, HOST)).toEqual({ ok: false, reason: 'sidebar' });
    const frame = document.createElement('iframe');
    expect(teachSelector(document, frame, 'composer', rooted, HOST)).toEqual({ ok: false, reason: 'frame' });
    // The customer's tags are not the dialogue's.
    const withList = resolveProfile({ root: '[role="region"]', tagList: '[role="region"] [role="list"]' });
    expect(teachSelector(document, $('[role="complementary"] ._lbl_h6j8k'), 'tag', withList, HOST)).toEqual({
      ok: false,
      reason: 'not-in-tagList',
    });
    const m = resolveProfile({ root: '[role="region"]', message: '[data-sender-type]' });
    const same = $('[data-sender-type="user"] ._txt_n4m6b');
    expect(teachFromCustomer(document, same, same, m, HOST)).toEqual({ ok: false, reason: 'same-message' });
  });
});
