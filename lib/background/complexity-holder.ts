import { recordComplexityCorrection, type ComplexityCorrection } from '../db/complexity-correction';
import type { SidekickDb } from '../db/database';
import { COMPLEXITY_MODEL_KEY, loadModelWithEpoch, saveModelFor } from '../db/models';
import type { ComplexityLevel } from '../db/schema';
import { learnComplexity, parseLearned, type LearnedComplexity } from '../triage/complexity';

const KEY = COMPLEXITY_MODEL_KEY;

/**
 * The complexity corrections learned so far; the rating itself runs in the sidebar with this state.
 * A correction is saved for the data's generation it was learned on (lib/db/models.ts): when the data
 * was cleared, restored or aged in between, it is learned again on what is stored now.
 */
export function createComplexityHolder(db: SidekickDb) {
  let learned: Promise<{ state: LearnedComplexity | undefined; epoch: number }> | undefined;
  // Corrections are learned one after another, so two at once cannot both start from the same state.
  let queue: Promise<void> = Promise.resolve();
  const read = () => (learned ??= loadModelWithEpoch(db, KEY).then(({ data, epoch }) => ({ state: parseLearned(data), epoch })));
  return {
    get: async () => (await read()).state,
    reload() {
      learned = undefined;
    },
    learn(text: string, level: ComplexityLevel): Promise<void> {
      const run = async () => {
        for (let attempt = 0; attempt < 3; attempt++) {
          const { state, epoch } = await read();
          const next = learnComplexity(state, text, level);
          if (await saveModelFor(db, KEY, next, epoch)) {
            learned = Promise.resolve({ state: next, epoch });
            return;
          }
          learned = undefined;
        }
      };
      const done = queue.then(run, run);
      queue = done.catch(() => {});
      return done;
    },

    /**
     * The operator's correction: the rating, the feedback row and the model written in one transaction,
     * learned from the model as stored (lib/db/complexity-correction.ts), so nothing is half written and a
     * correction never starts from a model another one is replacing. Queued with `learn`; the model in
     * memory is read again after it, with the data's generation.
     */
    correct(c: ComplexityCorrection): Promise<void> {
      const run = async () => {
        await recordComplexityCorrection(db, c, KEY, (stored) => learnComplexity(parseLearned(stored), c.text, c.level));
        learned = undefined;
      };
      const done = queue.then(run, run);
      queue = done.catch(() => {});
      return done;
    },
  };
}
