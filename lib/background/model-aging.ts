import type { SidekickDb } from '../db/database';
import { COMPLEXITY_MODEL_KEY, modelSources, replaceModels, TAG_MODEL_KEY } from '../db/models';
import type { ComplexityLevel } from '../db/schema';
import { createModel, trainBatch } from '../tags/classifier';
import { toStoredModel } from '../tags/model-codec';
import { learnComplexity, type LearnedComplexity } from '../triage/complexity';

const LEVELS = new Set<string>(['simple', 'complex', 'critical', 'proposal']);

/**
 * Ages the models with the data: after retention deleted dialogues (and their corrections), the tag
 * model is learned again from the dialogues that remain (their stored, redacted customer text and their
 * tags) and the complexity corrections from the corrections that remain, so nothing retention removed
 * lives on inside a model. A tagging history imported into the model is not kept in the database, so it
 * ages out here too. Runs where retention runs (the daily alarm, the options page's "Apply now").
 */
export async function ageModels(db: SidekickDb, now = Date.now()): Promise<{ dialogues: number; corrections: number }> {
  const { dialogues, corrections } = await modelSources(db);
  const tagModel = createModel();
  trainBatch(
    tagModel,
    dialogues.map((d) => ({ texts: [d.text], tags: d.tags })),
  );
  let learned: LearnedComplexity | undefined;
  for (const c of corrections) if (LEVELS.has(c.level)) learned = learnComplexity(learned, c.text, c.level as ComplexityLevel);
  await replaceModels(
    db,
    {
      [TAG_MODEL_KEY]: dialogues.length > 0 ? toStoredModel(tagModel) : undefined,
      [COMPLEXITY_MODEL_KEY]: learned,
    },
    now,
  );
  return { dialogues: dialogues.length, corrections: corrections.length };
}
