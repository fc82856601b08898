// The operator's problem line goes into the #tech-questions draft (and a webhook post of it) with every
// secret hidden, whatever the secret choices: an operator pastes it from the customer's message.
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../../lib/escalation/customer-excerpt';
import { buildSlackDraft, renderDraftText } from '../../../lib/escalation/slack-draft';
import { afterKeyMaterial, SECRET_SAMPLES, visible } from '../secrets/samples';

const draft = (problemLine: string, lang: 'en' | 'ru' = 'en') =>
  buildSlackDraft({
    problemLine,
    messages: [{ fromCustomer: true, text: 'The tracker is down' }],
    dialogueLink: 'https://carrotquest.io/panel/1/conversations/1204567890123456001',
    problemType: 'tracker',
    lang,
    // Even with every secret of the customer's quote included on purpose.
    includedSecrets: [0, 1, 2, 3],
  });

describe("the operator's problem line in the Slack draft", () => {
  for (const s of [...SECRET_SAMPLES, ...afterKeyMaterial()]) {
    const name = 'name' in s ? (s as { name: string }).name : s.kind;
    it(`hides ${name}`, () => {
      const d = draft(`Tracker login fails: ${s.text} since the update`);
      expect(visible(renderDraftText(d))).not.toContain(s.value);
      expect(visible(d.main)).toContain('[secret hidden]');
      expect(visible(d.main)).toContain('since the update');
    });
  }

  it('says so in the operator language', () => {
    expect(draft('пароль: S3cr3tPa55word не подходит', 'ru').main).toContain('[секрет скрыт]');
  });

  it('keeps a line without secrets as typed', () => {
    expect(draft('SSL is not issued for the domain').main.startsWith('SSL is not issued for the domain')).toBe(true);
  });
});

describe('maskSecrets', () => {
  it('hides overlapping findings whole, never dropping the one that reaches further', () => {
    const span = (start: number, end: number) => ({ start, end, kind: 'password' });
    const find = () => [span(5, 20), span(0, 10)];
    expect(maskSecrets('0123456789abcdefghijKLMN', find, '#')).toBe('#KLMN');
    expect(maskSecrets('0123456789abcdefghijKLMN', () => [span(2, 4), span(3, 6), span(10, 12)], '#')).toBe('01#6789#cdefghijKLMN');
  });
});
