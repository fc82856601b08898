import type { DialogueMessage } from '../carrotquest/snapshot';
import { prepareInsert, repliesView } from '../replies/reply-view';
import { complexityView } from '../triage/complexity-view';

/**
 * The replies and complexity sections' work, called through the compute service. Arguments and
 * results cross extension messaging, so they are plain data. Imported by the background only: the
 * content script imports its type alone, which keeps the reply library, the complexity rules and
 * the secret patterns out of the page.
 */
export const repliesTriageCompute = {
  /** The replies section after any change: suggestions with reasons, the picker's list with each form, secret warnings. */
  repliesView,
  /** One reply for inserting: its text once nothing is missing, else the form that asks for what is. */
  prepareInsert,
  /** The open dialogue's rating with every level's playbook. `learned` is the stored learned state, if passed. */
  rateComplexity: (input: { messages: DialogueMessage[]; learned?: unknown; duty?: boolean }) =>
    complexityView(input.messages, input.learned, { duty: input.duty }),
};

type Functions<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : never };

/** What `registerRepliesTriage` accepts: the functions above, answering at once or later. */
export type RepliesTriageService = Functions<typeof repliesTriageCompute>;

/**
 * The service as the background registers it: the rating uses the learned corrections the
 * background holds (`learned` loads them) whenever the caller passes none, so the page never
 * fetches or sends the learned state. Without it, or when it cannot be read, the rules alone rate.
 */
export function withLearnedComplexity(service: RepliesTriageService, learned: () => unknown): RepliesTriageService {
  return {
    ...service,
    async rateComplexity(input) {
      if (input.learned !== undefined) return service.rateComplexity(input);
      let state: unknown;
      try {
        state = await learned();
      } catch {
        state = undefined;
      }
      return service.rateComplexity({ ...input, learned: state });
    },
  };
}
