import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPLIES } from '../../../lib/replies/library';
import { pickerEntries } from '../../../lib/replies/picker-order';
import { prepareReply } from '../../../lib/replies/prepare';
import type { ReplyTrigger } from '../../../lib/replies/triggers';
import type { Reply } from '../../../lib/settings/schema';

const reply = (text: Reply['text'], id = 'r'): Reply => ({ id, title: { en: id }, text, keywords: [], enabled: true });

describe('prepareReply', () => {
  it('gives the customer text at once when nothing is missing', () => {
    const p = prepareReply(reply({ en: 'Hi {customerFirstName|there}!', ru: '{customerFirstName|Здравствуйте}!' }), 'ru', {
      customerFirstName: 'мария',
    });
    expect(p).toMatchObject({ empty: false, ask: [], unresolved: [], text: 'Мария!', preview: 'Мария!' });
  });

  it('asks for what the page does not give and keeps asking while the operator types', () => {
    const r = reply({ en: 'Done in {estimate}, order {orderId}.' });
    const first = prepareReply(r, 'en', {});
    expect(first.ask).toEqual(['estimate', 'orderId']);
    expect(first.text).toBeNull();
    expect(first.preview).toBe('Done in {estimate}, order {orderId}.');
    const partly = prepareReply(r, 'en', {}, { estimate: '1 day' });
    expect(partly.ask).toEqual(['estimate', 'orderId']);
    expect(partly.unresolved).toEqual(['orderId']);
    expect(partly.preview).toBe('Done in 3 days, order {orderId}.');
    const full = prepareReply(r, 'en', {}, { estimate: '1 day', orderId: '77' });
    expect(full.text).toBe('Done in 3 days, order 77.');
  });

  it('keeps an estimate it cannot read unresolved', () => {
    const p = prepareReply(reply({ en: 'About {estimate}.' }), 'en', {}, { estimate: 'whenever' });
    expect(p.unresolved).toEqual(['estimate']);
    expect(p.text).toBeNull();
  });

  it('ignores typed values for variables the page already fills', () => {
    const p = prepareReply(
      reply({ en: 'Link: {dialogueLink}' }),
      'en',
      { dialogueLink: 'https://a/1' },
      { dialogueLink: 'https://evil/2' },
    );
    expect(p.text).toBe('Link: https://a/1');
  });

  it('falls back to the other language and reports an empty reply', () => {
    expect(prepareReply(reply({ ru: 'Только по-русски' }), 'en', {}).text).toBe('Только по-русски');
    const empty = prepareReply(reply({ ru: ' ', en: '' }), 'en', {});
    expect(empty).toMatchObject({ empty: true, text: null, ask: [] });
  });
});

describe('pickerEntries', () => {
  const triggers: ReplyTrigger[] = [
    { replyId: 'weekend', reason: { ru: 'в', en: 'w' } },
    { replyId: 'refund', reason: { ru: 'р', en: 'r' } },
  ];

  it('puts the fitting replies first, best first, with no query', () => {
    const list = pickerEntries(BUILT_IN_REPLIES, triggers, '  ', 'en');
    expect(list.map((e) => e.reply.id).slice(0, 3)).toEqual(['weekend', 'refund', 'ack']);
    expect(list).toHaveLength(BUILT_IN_REPLIES.length);
    expect(list[1]?.trigger?.reason.en).toBe('r');
    expect(list[2]!.trigger).toBeUndefined();
  });

  it('follows the search with a query and keeps the reasons', () => {
    const list = pickerEntries(BUILT_IN_REPLIES, triggers, 'возврат', 'ru');
    expect(list[0]?.reply.id).toBe('refund');
    expect(list[0]?.trigger?.reason.ru).toBe('р');
  });

  it('skips triggers for replies not in the list', () => {
    const list = pickerEntries(
      BUILT_IN_REPLIES.filter((r) => r.id !== 'weekend'),
      triggers,
      '',
      'en',
    );
    expect(list[0]?.reply.id).toBe('refund');
  });
});

describe('prepareReply with names of Object.prototype members', () => {
  it('asks for {constructor}, {toString} and {valueOf} instead of throwing', () => {
    const p = prepareReply({ text: { ru: '', en: 'Hi {constructor} {toString} {valueOf}' } }, 'en', {}, {});
    expect(p.ask).toEqual(['constructor', 'toString', 'valueOf']);
    expect(p.text).toBeNull();
    expect(p.unresolved).toEqual(['constructor', 'toString', 'valueOf']);
  });
});
