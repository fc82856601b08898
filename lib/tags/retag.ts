import type { DialogueMessage } from '../carrotquest/snapshot';
import type { SuggestResult } from '../service-types';

/**
 * "Tag again": the guidelines ask that a dialogue whose customer brings a new question on a topic it is already
 * tagged with gets that tag removed and added again, so the team's tag statistics count the new question.
 */

/** How long a retag's removal is expected after the operator asks for it (the page answers in a second or two). */
export const RETAG_WINDOW_MS = 60_000;

/** The top suggestion when the model is sure of it and the dialogue already carries it (its own spelling), else null. */
export function retagCandidate(result: SuggestResult, tags: readonly string[]): string | null {
  const top = result.confident ? result.suggestions[0] : undefined;
  return (top && tags.find((t) => t.toLowerCase() === top.name.toLowerCase())) ?? null;
}

/** When the customer's newest message was written (ms since the epoch), or null when the page gives no readable time. */
export function newestCustomerMessageAt(messages: readonly DialogueMessage[]): number | null {
  const last = messages.findLast((m) => m.fromCustomer);
  const at = last?.time ? Date.parse(last.time) : NaN;
  return Number.isNaN(at) ? null : at;
}

/** Whether the customer's newest question came after the tag was added: the tag does not count it yet. */
export function askedSinceTagged(messages: readonly DialogueMessage[], taggedAt: number | null): boolean {
  const asked = newestCustomerMessageAt(messages);
  return taggedAt !== null && asked !== null && asked > taggedAt;
}

/**
 * The tags whose removal is a retag in progress, by dialogue, each until its window ends: that removal is the
 * operator's own action (recorded as a tag event), not a sign that the tag was wrong, so the model does not learn
 * a negative from it.
 */
export function createRetagWindow(now: () => number = Date.now) {
  const pending = new Map<string, number>();
  const key = (dialogueId: string, tag: string) => `${dialogueId}\u0000${tag.toLowerCase()}`;
  return {
    start(dialogueId: string, tag: string) {
      for (const [k, until] of pending) if (until <= now()) pending.delete(k);
      pending.set(key(dialogueId, tag), now() + RETAG_WINDOW_MS);
    },
    /** The removals to learn from: those that are not part of a retag. */
    corrections(dialogueId: string, removed: readonly string[]): string[] {
      return removed.filter((tag) => (pending.get(key(dialogueId, tag)) ?? 0) <= now());
    },
    /** The tag is back: the retag is over. */
    finish(dialogueId: string, added: readonly string[]) {
      for (const tag of added) pending.delete(key(dialogueId, tag));
    },
  };
}
