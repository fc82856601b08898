import { describe, expect, it } from 'vitest';
import { capturePage, LIST_KEEP, placeholderText, scrubValue, TEXT_CAP, urlShape } from '../../../lib/carrotquest/capture';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import { DIALOGUE_URL, panelHtml } from './page';

const SECRETS = [
  'Dmitry',
  'Kovalev',
  'd@example.com',
  '1187340021555000401',
  'Анна',
  'Смирнова',
  'refunds',
  'Здравствуйте',
  'alert',
  '+7 912 345-67-89',
  'hunter2',
  'evil.example',
];

describe('page capture', () => {
  it('keeps the structure and what selectors use, and nothing anyone wrote', () => {
    document.body.innerHTML =
      panelHtml() +
      `<script>var token = "hunter2"</script><style>.x{}</style><iframe src="https://evil.example/"></iframe><img src="https://evil.example/a.png" alt="Dmitry">
       <input class="search" name="q" value="hunter2" placeholder="Dmitry"><textarea name="reply">hunter2</textarea>
       <div data-user-email="d@example.com" data-phone="+7 912 345-67-89" data-href="https://evil.example/x" aria-label="Написать Dmitry Kovalev"
            data-author="Анна Смирнова" data-direction="u2a" translate="dashboard.title" ui-sref="app.conversation({id: '1187340021555000401'})"
            onclick="steal()" style="color:red" title="Dmitry" id="user-1187340021555000401" class="ng-scope _msg_1x9z">x</div>
       <cq-sidekick><div class="sk">Sidebar text Dmitry</div></cq-sidekick>`;
    const capture = capturePage(document, DIALOGUE_URL + '?filter=mine&q=Dmitry#note-5', resolveProfile(), '0.1.0', {
      skip: (el) => el.localName === 'cq-sidekick',
    });
    const text = JSON.stringify(capture);
    for (const s of SECRETS) expect(text, s).not.toContain(s);
    expect(capture.html).not.toMatch(/<(?:script|style|iframe|img)\b|onclick|style=|title=|value=|placeholder=|src=|cq-sidekick/);
    // What selectors use survives: tag names, classes (hashed ones too: the generator must see them to refuse them), data-* names, directives.
    for (const s of [
      'class="conversation-view"',
      'class="conversation-part conversation-part--user"',
      'class="ng-scope _msg_1x9z"',
      'data-direction="u2a"',
      'translate="dashboard.title"',
      '<textarea name="reply"></textarea>',
      '<time datetime="0000-00-00T00:00:00+00:00">',
    ])
      expect(capture.html).toContain(s);
    expect(capture.html).toContain('data-user-email="x@x.x"');
    expect(capture.html).toContain('data-href="https://x.x/"');
    expect(capture.html).toContain('id="user-0000000000000000000"');
    expect(capture.html).toContain('ui-sref="app.conversation({id: \'0000000000000000000\'})"');
    // The text keeps its shape: same length, its script only.
    expect(capture.html).toContain('xxxxxx xxxxxxx'); // "Dmitry Kovalev"
    expect(capture.html).toContain('жжжж жжжжжжжж'); // "Анна Смирнова"
    expect(capture.url).toBe('https://app.carrotquest.io/project/00000/conversations/0000000000000000000?filter=x&q=x#note-0');
    expect(capture.extensionVersion).toBe('0.1.0');
    expect(capture.profileMatches).toMatchObject({
      root: 1,
      message: 2,
      messageFromCustomer: 1,
      composer: 1,
      customerEmail: 1,
      tagOption: 0,
      dialogueUrl: 1,
    });
  });

  it('replaces each character by its script', () => {
    expect(placeholderText('Привет, John! 42 ok\nДа')).toBe('жжжжжж. xxxx. 00 xx\nжж');
    expect(scrubValue('data-author', 'Anna')).toBe('xxxx');
    expect(scrubValue('data-kind', 'note')).toBe('note');
    expect(scrubValue('data-phone', '8 (912) 345-67-89')).toBe('0 .000. 000.00.00');
    expect(urlShape('https://carrotquest.io/panel/4242/conversations/1001?x=secret#y')).toBe(
      'https://carrotquest.io/panel/0000/conversations/0000?x=x#y',
    );
  });

  it('bounds a dialogue of 5,000 messages and a 1 MB message: the first and last 50, the text capped', () => {
    const huge = 'A'.repeat(1024 * 1024);
    const parts = Array.from(
      { length: 5000 },
      (_, i) =>
        `<div class="conversation-part conversation-part--user"><div class="conversation-part__text">${i === 4999 ? huge : `Message ${i}`}</div></div>`,
    );
    document.body.innerHTML = `<div class="conversation-view"><div class="conversation-parts">${parts.join('')}</div></div>`;
    const capture = capturePage(document, DIALOGUE_URL, resolveProfile(), '0.1.0');
    const size = JSON.stringify(capture).length;
    expect(size).toBeLessThan(100 * 1024);
    expect(capture.html.match(/conversation-part__text/g)).toHaveLength(LIST_KEEP * 2);
    expect(capture.stats).toMatchObject({ cut: 4900, textsCapped: 1, truncated: false });
    expect(capture.html).toContain('x'.repeat(TEXT_CAP));
    expect(capture.html).not.toContain('x'.repeat(TEXT_CAP + 1));
    expect(capture.profileMatches.message).toBe(5000);
  });
});
