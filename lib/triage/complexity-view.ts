import type { DialogueMessage } from '../carrotquest/snapshot';
import type { ComplexityLevel } from '../db/schema';
import { redactSecrets } from '../secrets/detect';
import { customerText, parseLearned, rateComplexity, type Reason } from './complexity';
import { LEVELS } from './complexity-model';
import { playbook, type PlaybookDay, type PlaybookStep } from './playbook';

/**
 * The complexity section's data in one piece: the rating, its reasons and every level's playbook,
 * so a correction shows its steps without another round trip.
 */

/**
 * The background keeps this much of a corrected dialogue's text (the latest part), redacted. The
 * rating reads the same, so a dialogue the operator has corrected is recognised by the learned
 * exact-match memory, and the learned model sees texts shaped like the ones it learned from.
 */
export const RATED_TEXT_MAX = 8000;

export interface ComplexityView {
  level: ComplexityLevel;
  reasons: Reason[];
  /**
   * The customer's words as sent with a correction (`setComplexity`): not redacted, because the
   * background redacts them itself and redacting twice gives a different text.
   */
  feedbackText: string;
  /** Each level's playbook, in the order the levels are offered. */
  playbooks: { level: ComplexityLevel; steps: PlaybookStep[] }[];
  /** Rated on a duty day: #tech-questions is for critical dialogues only. */
  duty?: boolean;
}

/** The text the rating reads, as the background stores a correction of it. */
export function ratedText(messages: readonly DialogueMessage[]): string {
  return redactSecrets(customerText(messages)).slice(-RATED_TEXT_MAX);
}

/**
 * `learned` is the stored learned state as it came from storage; anything unreadable is ignored. `day` says
 * whether today is a duty day, which changes the playbooks.
 */
export function complexityView(messages: readonly DialogueMessage[], learned?: unknown, day: PlaybookDay = {}): ComplexityView {
  const text = ratedText(messages);
  // One message holding the prepared text: customerText of it is the text itself.
  const rating = rateComplexity(text.trim() ? [{ fromCustomer: true, text }] : [], parseLearned(learned));
  return {
    level: rating.level,
    reasons: rating.reasons,
    feedbackText: customerText(messages),
    ...(day.duty ? { duty: true } : {}),
    playbooks: LEVELS.map((level) => ({ level, steps: playbook(level, day).map((s) => ({ ...s, text: { ...s.text } })) })),
  };
}
