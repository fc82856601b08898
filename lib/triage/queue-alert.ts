import { isInShift } from '../replies/schedule';
import type { Language, Settings } from '../settings/schema';

/**
 * The call for hands: when the panel's unanswered counter stays at or above the team's threshold for a while
 * during the operator's shift, the sidebar offers the team's call in #workspace. Once per spike: after it is
 * used or dismissed it comes back only when the counter has dropped below the threshold and risen again.
 */

export interface QueueSpike {
  /** Since when the counter has been at or above the threshold (ms since the epoch); null below it. */
  since: number | null;
  /** The call was made or dismissed during this spike. */
  done: boolean;
  /** The counter as last read. */
  count: number;
}

export const NO_SPIKE: QueueSpike = { since: null, done: false, count: 0 };

/** The spike after a reading of the counter; an unreadable counter (undefined) changes nothing. */
export function nextSpike(prev: QueueSpike, count: number | undefined, now: number, threshold: number): QueueSpike {
  if (count === undefined) return prev;
  if (count < threshold) return prev.since === null && prev.count === count ? prev : { ...NO_SPIKE, count };
  return prev.since === null ? { since: now, done: false, count } : prev.count === count ? prev : { ...prev, count };
}

type AlertSettings = Pick<Settings, 'operator' | 'queueAlert'>;

/** When the call is due for this spike (ms since the epoch), or null when it will not be (no spike, or done). */
export function callDueAt(spike: QueueSpike, settings: AlertSettings): number | null {
  if (spike.since === null || spike.done) return null;
  return spike.since + settings.queueAlert.minutes * 60_000;
}

/** Whether the sidebar offers the call now: the spike has lasted long enough, inside the operator's shift. */
export function callOffered(spike: QueueSpike, now: Date, settings: AlertSettings): boolean {
  const due = callDueAt(spike, settings);
  return due !== null && now.getTime() >= due && isInShift(now, settings.operator.shifts, settings.operator.timeZone);
}

const COUNT_LINE: Record<Language, string> = { ru: '{count} без ответа', en: '{count} unanswered' };

/**
 * The text copied for #workspace: the team's words with the count where they place `{count}`, else after them.
 * The `@here` is the operator's own call and stays live.
 */
export function helpCallText(message: string, count: number, lang: Language): string {
  const n = String(count);
  return message.includes('{count}') ? message.replaceAll('{count}', n) : `${message} — ${COUNT_LINE[lang].replace('{count}', n)}`;
}
