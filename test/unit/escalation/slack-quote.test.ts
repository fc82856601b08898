import { describe, expect, it } from 'vitest';
import { fitTail } from '../../../lib/escalation/slack-quote';
import { newDetailsReply } from '../../../lib/escalation/slack-draft';
import { customer, fakeFindSecrets } from './fakes';

describe('fitTail', () => {
  it('returns everything when it fits', () => {
    expect(fitTail(['> a', '> b'], 7)).toEqual({ lines: ['> a', '> b'], cut: false });
  });

  it('keeps the newest lines and reopens a code block it cuts into', () => {
    const lines = ['> intro', '```', 'log line 1', 'log line 2', 'log line 3', '```', '> bye'];
    const { lines: kept, cut } = fitTail(lines, 30);
    expect(cut).toBe(true);
    expect(kept.join('\n').length).toBeLessThanOrEqual(30);
    expect(kept[0]).toBe('```');
    expect(kept.slice(-2)).toEqual(['```', '> bye']);
    expect(kept.filter((l) => l === '```')).toHaveLength(2);
  });

  it('counts the newline after an empty line', () => {
    for (const lines of [
      ['```', 'a'.repeat(20), '', '', '', 'b'.repeat(20), '```'],
      ['a'.repeat(30), 'b'.repeat(20), '', ''],
    ]) {
      for (let budget = 10; budget < 60; budget++) {
        expect(fitTail(lines, budget).lines.join('\n').length).toBeLessThanOrEqual(budget);
      }
    }
  });

  it('drops a closing fence left at the start instead of opening an empty block', () => {
    const lines = ['```', 'x'.repeat(100), '```', "> the customer's last words here"];
    const { lines: kept } = fitTail(lines, 40);
    expect(kept).not.toContain('```');
    expect(kept[kept.length - 1]).toBe("> the customer's last words here");
  });

  it('keeps the end of a single line that is too long, still quoted', () => {
    const { lines: kept } = fitTail(['> ' + 'a'.repeat(1000) + 'END'], 50);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.startsWith('> …')).toBe(true);
    expect(kept[0]?.endsWith('aEND')).toBe(true);
    expect(kept[0]?.length).toBeLessThanOrEqual(50);
  });

  it('does not leave half an emoji at the cut', () => {
    for (let budget = 40; budget < 46; budget++) {
      const { lines: kept } = fitTail(['😀'.repeat(200)], budget);
      expect(kept[0]).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe('secrets at the edge of a cut', () => {
  it('hides a secret whose label was cut off by the window', () => {
    const text = 'x'.repeat(1000) + ' password: ' + 'S'.repeat(50) + ' tail';
    const reply = newDetailsReply([customer(text)], { lang: 'en', findSecrets: fakeFindSecrets, budget: 57 });
    expect(reply.truncated).toBe(true);
    expect(reply.text).not.toContain('SSSSS');
    expect(reply.text).toContain('[secret hidden] tail');
  });

  it('marks where a cut began, even when the cut text is a hidden secret', () => {
    const text = 'x'.repeat(100) + '\npassword: ' + 'S'.repeat(5000) + '\n2024-05-14 10:00:00 ERROR end';
    const reply = newDetailsReply([customer(text)], { lang: 'en', findSecrets: fakeFindSecrets, budget: 3000 });
    expect(reply.text.split('\n').slice(1)).toEqual(['> …[secret hidden]', '```', '2024-05-14 10:00:00 ERROR end', '```']);
  });
});
