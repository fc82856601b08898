import type { SidekickDb } from '../db/database';
import { loadModel, saveModel } from '../db/models';
import type { ComplexityLevel } from '../db/schema';
import { learnComplexity, parseLearned, type LearnedComplexity } from '../triage/complexity';

const KEY = 'complexity';

/** The complexity corrections learned so far; the rating itself runs in the sidebar with this state. */
export function createComplexityHolder(db: SidekickDb) {
  let learned: Promise<LearnedComplexity | undefined> | undefined;
  const get = () => (learned ??= loadModel(db, KEY).then(parseLearned));
  return {
    get,
    reload() {
      learned = undefined;
    },
    async learn(text: string, level: ComplexityLevel): Promise<void> {
      const next = learnComplexity(await get(), text, level);
      learned = Promise.resolve(next);
      await saveModel(db, KEY, next);
    },
  };
}
