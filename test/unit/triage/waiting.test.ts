import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { customerWaiting } from '../../../lib/triage/waiting';

const NOW = Date.parse('2026-11-26T10:20:00+03:00');
const customer = (time: string | undefined, text = 'q'): DialogueMessage => ({ fromCustomer: true, text, time });
const operator = (time: string): DialogueMessage => ({ fromCustomer: false, text: 'a', time });

describe('how long the customer has waited', () => {
  it('counts from the first of the customer’s messages after the team’s last answer', () => {
    const messages = [
      customer('2026-11-26T09:00:00+03:00'),
      operator('2026-11-26T09:05:00+03:00'),
      customer('2026-11-26T10:08:00+03:00'),
      customer('2026-11-26T10:15:00+03:00'),
    ];
    expect(customerWaiting(messages, NOW)).toEqual({ since: Date.parse('2026-11-26T10:08:00+03:00'), minutes: 12 });
  });

  it('is null once the team answered last, or with no readable time', () => {
    expect(customerWaiting([customer('2026-11-26T10:00:00+03:00'), operator('2026-11-26T10:01:00+03:00')], NOW)).toBeNull();
    expect(customerWaiting([customer('вчера')], NOW)).toBeNull();
    expect(customerWaiting([customer(undefined)], NOW)).toBeNull();
    expect(customerWaiting([], NOW)).toBeNull();
  });

  it('never goes below zero when the clocks disagree', () => {
    expect(customerWaiting([customer('2026-11-26T10:25:00+03:00')], NOW)?.minutes).toBe(0);
  });
});
