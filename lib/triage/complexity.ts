import type { DialogueMessage } from '../carrotquest/snapshot';
import type { ComplexityLevel } from '../db/schema';
import { LEVELS, learn, learnedDocs, predict, remembered, type LearnedComplexity } from './complexity-model';
import { matchRules, type ComplexityRule } from './complexity-rules';
import { normalizeText } from './tokens';

export type { LearnedComplexity } from './complexity-model';
export { emptyLearned, parseLearned } from './complexity-model';

/**
 * Rates a dialogue simple / complex / critical / proposal from the customer's messages: the team's
 * rules first, blended with what the operator's corrections taught (`learnComplexity`) as those
 * grow in number. The scale is tipped towards critical: a blocking problem rated "complex" waits
 * while the customer's traffic burns, a complex one rated "critical" only costs a second look.
 */

export interface Reason {
  ru: string;
  en: string;
}

export interface ComplexityRating {
  level: ComplexityLevel;
  reasons: Reason[];
  /** How much each level fits, 0..1, summing to 1. */
  scores: Record<ComplexityLevel, number>;
}

/** The customer's latest messages rated; older ones were usually handled already. */
const RECENT_MESSAGES = 10;
/** Sharpness of the rules' vote: higher trusts a single matching phrase more. */
const RULE_SHARPNESS = 2.5;
/** A dialogue with no telling phrase is most likely a plain question. */
const SIMPLE_PRIOR = 0.3;
const SUPPORTING_SHARE = 0.25;
/** The learned model's share grows with the corrections it saw, up to this. */
const MAX_LEARNED_SHARE = 0.5;
const LEARNED_HALF_POINT = 40;
/** Critical wins from this score on, even when another level scores higher. */
const CRITICAL_THRESHOLD = 0.3;

const LEVEL_NAMES: Record<ComplexityLevel, Reason> = {
  simple: { ru: 'простой', en: 'simple' },
  complex: { ru: 'сложный', en: 'complex' },
  critical: { ru: 'критичный', en: 'critical' },
  proposal: { ru: 'предложение', en: 'proposal' },
};

/** The customer's words the rating looks at, newest last. */
export function customerText(messages: readonly DialogueMessage[]): string {
  return messages
    .filter((m) => m.fromCustomer && m.text.trim())
    .slice(-RECENT_MESSAGES)
    .map((m) => m.text)
    .join('\n');
}

function ruleScores(hits: readonly ComplexityRule[]): Record<ComplexityLevel, number> {
  // Phrases of one level often say the same thing twice ("не работает, ошибка"): the strongest
  // counts in full, the others only add a little.
  const logit: Record<ComplexityLevel, number> = { simple: SIMPLE_PRIOR, complex: 0, critical: 0, proposal: 0 };
  for (const level of LEVELS) {
    const weights = hits.filter((r) => r.level === level).map((r) => r.weight).sort((a, b) => b - a);
    if (weights.length) logit[level] += weights[0] + SUPPORTING_SHARE * weights.slice(1).reduce((a, b) => a + b, 0);
  }
  const exps = LEVELS.map((l) => Math.exp(RULE_SHARPNESS * logit[l]));
  const sum = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LEVELS.map((l, i) => [l, exps[i] / sum])) as Record<ComplexityLevel, number>;
}

/** On a tie the more serious level wins: a second look costs less than a missed problem. */
const BY_SERIOUSNESS: readonly ComplexityLevel[] = ['critical', 'complex', 'proposal', 'simple'];

function decide(scores: Record<ComplexityLevel, number>): ComplexityLevel {
  if (scores.critical >= CRITICAL_THRESHOLD) return 'critical';
  return BY_SERIOUSNESS.reduce((best, l) => (scores[l] > scores[best] + 1e-9 ? l : best));
}

/** Rates the messages; `learned` is what `learnComplexity` returned, if the operator corrected any. */
export function rateComplexity(messages: readonly DialogueMessage[], learned?: LearnedComplexity): ComplexityRating {
  const text = customerText(messages);
  const hits = matchRules(normalizeText(text));
  const byRules = ruleScores(hits);
  const docs = learned ? learnedDocs(learned) : 0;
  const share = learned && docs ? (MAX_LEARNED_SHARE * docs) / (docs + LEARNED_HALF_POINT) : 0;
  const byModel = learned && share ? predict(learned, text) : undefined;
  const scores = Object.fromEntries(
    LEVELS.map((l) => [l, (1 - share) * byRules[l] + share * (byModel ? byModel[l] : 0)]),
  ) as Record<ComplexityLevel, number>;

  const corrected = learned && text ? remembered(learned, text) : undefined;
  const level = corrected ?? decide(scores);

  const reasons: Reason[] = [];
  if (corrected) {
    const name = LEVEL_NAMES[corrected];
    reasons.push({ ru: `Вы уже отметили этот диалог как «${name.ru}»`, en: `You already rated this dialogue ${name.en}` });
  }
  for (const r of hits) if (r.level === level) reasons.push(r.reason);
  if (byModel && decide(byModel) === level && share >= 0.1) {
    const name = LEVEL_NAMES[level];
    reasons.push({ ru: `Похоже на диалоги, которые вы отметили как «${name.ru}»`, en: `Like dialogues you rated ${name.en}` });
  }
  if (!reasons.length) {
    reasons.push(
      level === 'simple'
        ? { ru: 'Нет признаков проблемы: похоже на простой вопрос', en: 'No sign of a problem: looks like a simple question' }
        : { ru: `Больше всего похоже на «${LEVEL_NAMES[level].ru}»`, en: `Closest to ${LEVEL_NAMES[level].en}` },
    );
  }
  return { level, reasons, scores };
}

/**
 * The learned state after the operator said `text` is `level`. Returns a new object (the old one is
 * not changed) that is plain JSON, for the background to store.
 */
export function learnComplexity(learned: LearnedComplexity | undefined, text: string, level: ComplexityLevel): LearnedComplexity {
  return learn(learned, text, level);
}
