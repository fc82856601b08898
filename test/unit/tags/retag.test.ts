import { describe, expect, it } from 'vitest';
import { askedSinceTagged, createRetagWindow, newestCustomerMessageAt, retagCandidate, RETAG_WINDOW_MS } from '../../../lib/tags/retag';

const sure = (name: string, confident = true) => ({ suggestions: [{ name, confidence: 0.9, why: [] }], confident });
const at = (iso: string) => Date.parse(iso);

describe('Tag again', () => {
  it('is for the top suggestion the model is sure of, when the dialogue carries it (its own spelling)', () => {
    expect(retagCandidate(sure('refund'), ['Refund', 'billing'])).toBe('Refund');
    expect(retagCandidate(sure('refund'), ['billing'])).toBeNull();
    expect(retagCandidate(sure('refund', false), ['refund'])).toBeNull();
    expect(retagCandidate({ suggestions: [], confident: true }, ['refund'])).toBeNull();
  });

  it('only when the customer’s newest question came after the tag was added', () => {
    const messages = [
      { fromCustomer: true, text: 'Верните деньги', time: '2026-11-26T09:00:00Z' },
      { fromCustomer: false, text: 'Оформили возврат', time: '2026-11-26T09:10:00Z' },
      { fromCustomer: true, text: 'И за второй месяц тоже верните', time: '2026-11-27T10:00:00Z' },
    ];
    expect(newestCustomerMessageAt(messages)).toBe(at('2026-11-27T10:00:00Z'));
    expect(askedSinceTagged(messages, at('2026-11-26T09:05:00Z'))).toBe(true);
    expect(askedSinceTagged(messages, at('2026-11-27T10:01:00Z'))).toBe(false);
    expect(askedSinceTagged(messages, null)).toBe(false);
    // A page without readable times says nothing.
    expect(askedSinceTagged([{ fromCustomer: true, text: 'x', time: 'вчера' }], 0)).toBe(false);
  });

  it('a retag’s removal is not a correction, within its window and until the tag is back', () => {
    let now = 1000;
    const window = createRetagWindow(() => now);
    window.start('42', 'Refund');
    expect(window.corrections('42', ['refund', 'billing'])).toEqual(['billing']);
    expect(window.corrections('43', ['refund'])).toEqual(['refund']);
    window.finish('42', ['refund']);
    expect(window.corrections('42', ['refund'])).toEqual(['refund']);
    window.start('42', 'refund');
    now += RETAG_WINDOW_MS;
    expect(window.corrections('42', ['refund'])).toEqual(['refund']);
  });
});
