import type { DialogueMessage } from '../carrotquest/snapshot';
import { isInShift } from '../replies/schedule';
import type { Settings } from '../settings/schema';

/** How long the customer has waited for an answer. */
export interface Waiting {
  /** When the first of the customer's unanswered messages was written (ms since the epoch). */
  since: number;
  /** Whole minutes since then. */
  minutes: number;
}

/**
 * Since when the customer has been waiting: from their first message after the team's last one. Null
 * when the team answered last, or when the page gives no time that can be read for that message.
 */
export function customerWaiting(messages: readonly DialogueMessage[], now: number): Waiting | null {
  let first = messages.length;
  for (let i = messages.length - 1; i >= 0 && messages[i]!.fromCustomer; i--) first = i;
  const message = messages[first];
  if (!message?.time) return null;
  const since = Date.parse(message.time);
  if (!Number.isFinite(since)) return null;
  return { since, minutes: Math.max(0, Math.floor((now - since) / 60_000)) };
}

/**
 * A wait the team acts on: past its threshold (`playbook.waitMinutes`, 5 when unset) during the operator's
 * shift. The sidebar's badge turns amber and the acknowledgement reply comes first on the same rule.
 */
export function isLongWait(
  waiting: Waiting | null,
  now: Date,
  settings: Pick<Settings, 'operator'> & Partial<Pick<Settings, 'playbook'>>,
): waiting is Waiting {
  return (
    !!waiting &&
    waiting.minutes >= (settings.playbook?.waitMinutes ?? 5) &&
    isInShift(now, settings.operator.shifts, settings.operator.timeZone)
  );
}
