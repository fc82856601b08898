import { describe, expect, it } from 'vitest';
import { counterValue } from '../../../lib/carrotquest/read';
import { defaultSettings } from '../../../lib/settings/defaults';
import { NO_SPIKE, callDueAt, callOffered, helpCallText, nextSpike } from '../../../lib/triage/queue-alert';

const settings = defaultSettings(); // Moscow, Monday to Friday 09:00–18:00, threshold 10 for 5 minutes
// Wednesday 13 March 2024, 12:00 in Moscow.
const NOON = Date.parse('2024-03-13T09:00:00Z');
const MIN = 60_000;

describe('the unanswered counter', () => {
  it('reads the one number a counter shows', () => {
    expect(counterValue('Неотвеченные 25')).toBe(25);
    expect(counterValue('Unanswered 3')).toBe(3);
    expect(counterValue('99+')).toBe(99);
    expect(counterValue('1 204')).toBe(1204);
    expect(counterValue(' 0 ')).toBe(0);
  });

  it('ignores a text that is not a number', () => {
    expect(counterValue('Неотвеченные')).toBeNull();
    expect(counterValue('много')).toBeNull();
    expect(counterValue('3 из 25')).toBeNull();
    expect(counterValue('')).toBeNull();
    expect(counterValue(undefined)).toBeNull();
  });
});

describe('the call for hands', () => {
  it('is offered once the counter has stayed at or above the threshold for the set minutes, inside the shift', () => {
    const spike = nextSpike(NO_SPIKE, 25, NOON, 10);
    expect(spike.since).toBe(NOON);
    expect(callOffered(spike, new Date(NOON + 4 * MIN), settings)).toBe(false);
    expect(callOffered(spike, new Date(NOON + 5 * MIN), settings)).toBe(true);
    // Still high later: the spike keeps its start, with the newest count.
    const later = nextSpike(spike, 27, NOON + 2 * MIN, 10);
    expect(later).toEqual({ since: NOON, done: false, count: 27 });
  });

  it('is not offered below the threshold', () => {
    const spike = nextSpike(NO_SPIKE, 3, NOON, 10);
    expect(spike.since).toBeNull();
    expect(callOffered(spike, new Date(NOON + 60 * MIN), settings)).toBe(false);
  });

  it('is offered at once when the minutes are 0, and the threshold is the team’s', () => {
    const now = { ...settings, queueAlert: { ...settings.queueAlert, threshold: 3, minutes: 0 } };
    const spike = nextSpike(NO_SPIKE, 3, NOON, 3);
    expect(callDueAt(spike, now)).toBe(NOON);
    expect(callOffered(spike, new Date(NOON), now)).toBe(true);
  });

  it('is not offered outside the operator’s shift', () => {
    const evening = Date.parse('2024-03-13T16:00:00Z'); // 19:00 in Moscow
    const spike = nextSpike(NO_SPIKE, 40, evening, 10);
    expect(callOffered(spike, new Date(evening + 10 * MIN), settings)).toBe(false);
    const saturday = Date.parse('2024-03-16T09:00:00Z');
    expect(callOffered(nextSpike(NO_SPIKE, 40, saturday, 10), new Date(saturday + 10 * MIN), settings)).toBe(false);
  });

  it('comes once per spike: after it is used it waits until the counter drops below the threshold and rises again', () => {
    const used = { ...nextSpike(NO_SPIKE, 25, NOON, 10), done: true };
    expect(callOffered(nextSpike(used, 30, NOON + 10 * MIN, 10), new Date(NOON + 10 * MIN), settings)).toBe(false);
    const dropped = nextSpike(used, 9, NOON + 11 * MIN, 10);
    expect(dropped).toEqual({ since: null, done: false, count: 9 });
    const again = nextSpike(dropped, 12, NOON + 12 * MIN, 10);
    expect(callOffered(again, new Date(NOON + 17 * MIN), settings)).toBe(true);
  });

  it('keeps the spike when the counter cannot be read', () => {
    const spike = nextSpike(NO_SPIKE, 25, NOON, 10);
    expect(nextSpike(spike, undefined, NOON + MIN, 10)).toBe(spike);
  });

  it('copies the team’s words with the count, where they place it or after them, @here kept live', () => {
    expect(helpCallText('@here нужна помощь на карроте', 25, 'ru')).toBe('@here нужна помощь на карроте — 25 без ответа');
    expect(helpCallText('@here нужна помощь на карроте', 25, 'en')).toBe('@here нужна помощь на карроте — 25 unanswered');
    expect(helpCallText('@here {count} waiting, help!', 12, 'en')).toBe('@here 12 waiting, help!');
  });
});
