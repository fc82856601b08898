import type { DialogueMessage } from '../carrotquest/snapshot';
import type { ComplexityLevel } from '../db/schema';
import { LEVELS, learn, learnedDocs, predict, remembered, type LearnedComplexity } from './complexity-model';
import { matchRules, type ComplexityRule } from './complexity-rules';
import { normalizeText } from './tokens';
import { transliterated } from './translit';

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
/** The learned model's weight grows with the corrections it saw, up to this (see learnedWeight). */
const MAX_LEARNED_WEIGHT = 0.3;
const LEARNED_HALF_POINT = 200;
/** A level the model gives next to nothing still keeps this much, so one unseen word cannot veto it. */
const MODEL_FLOOR = 0.02;
const QUIET_BOOST = 4;
/**
 * Critical wins from this score on, even when another level scores higher, once something spoke
 * for it: a missed critical costs the most. Cross-validation on the blind train part: at 0.3
 * critical recall 0.90 / precision 0.86, at 0.15 0.98 / 0.75 (accuracy 0.85 → 0.83).
 */
const CRITICAL_THRESHOLD = 0.15;

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

/** Critical's vote when the customer also asks for a feature: symptoms there are usually the reason for the wish. */
const PROPOSAL_DAMPING = 0.4;

/** The strongest weight counts in full, the others only add a little. */
function combine(weights: readonly number[]): number {
  if (!weights.length) return 0;
  const sorted = [...weights].sort((a, b) => b - a);
  return (sorted[0] ?? 0) + SUPPORTING_SHARE * sorted.slice(1).reduce((a, b) => a + b, 0);
}

interface RuleVote {
  logits: Record<ComplexityLevel, number>;
  /** The rules that counted towards each level's vote. */
  counted: Record<ComplexityLevel, ComplexityRule[]>;
}

function ruleVote(hits: readonly ComplexityRule[]): RuleVote {
  // Phrases of one level often say the same thing twice ("не работает, ошибка"): the strongest
  // counts in full, the others only add a little.
  const counted: Record<ComplexityLevel, ComplexityRule[]> = { simple: [], complex: [], critical: [], proposal: [] };
  for (const r of hits) if (r.role === 'level' || r.role === 'calm') counted[r.level].push(r);
  const logits = { simple: SIMPLE_PRIOR, complex: 0, critical: 0, proposal: 0 } as Record<ComplexityLevel, number>;
  for (const level of LEVELS) logits[level] += combine(counted[level].map((r) => r.weight));
  // What is at stake raises critical only beside a described problem; a calm "all campaigns" question stays calm.
  const problem = counted.critical.length > 0 || counted.complex.some((r) => r.id === 'malfunction' || r.id === 'performance');
  const impact = problem ? hits.filter((r) => r.role === 'impact') : [];
  logits.critical += combine(impact.map((r) => r.weight));
  counted.critical.push(...impact);
  // A settled incident takes critical's vote back; so do a calm "nothing is broken" and a money matter,
  // unless a blocking problem is named outright (calm words do not undo "no clicks since 9am").
  const named = counted.critical.some((r) => r.role === 'level');
  const settled = hits.filter((r) => r.role === 'settled' || ((r.role === 'calm' || r.role === 'quiet') && !named));
  logits.critical -= combine(settled.map((r) => r.weight));
  if (counted.proposal.length) logits.critical *= PROPOSAL_DAMPING;
  if (counted.critical.length && !counted.critical.some((r) => r.role === 'level')) {
    // Critical by what is at stake: the problem it rests on is part of the reason.
    counted.critical.unshift(...counted.complex.filter((r) => r.id === 'malfunction' || r.id === 'performance'));
  }
  return { logits, counted };
}

function softmax(logits: Record<ComplexityLevel, number>, sharpness: number): Record<ComplexityLevel, number> {
  const max = Math.max(...LEVELS.map((l) => logits[l]));
  const exps = LEVELS.map((l) => Math.exp(sharpness * (logits[l] - max)));
  const sum = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LEVELS.map((l, i) => [l, exps[i]! / sum])) as Record<ComplexityLevel, number>;
}

/** On a tie the more serious level wins: a second look costs less than a missed problem. */
const BY_SERIOUSNESS: readonly ComplexityLevel[] = ['critical', 'complex', 'proposal', 'simple'];

/** `criticalSaid`: something (a rule, or the learned part) spoke for critical; without it the bar does not apply. */
function decide(scores: Record<ComplexityLevel, number>, criticalSaid: boolean): ComplexityLevel {
  if (criticalSaid && scores.critical >= CRITICAL_THRESHOLD) return 'critical';
  return BY_SERIOUSNESS.reduce((best, l) => (scores[l] > scores[best] + 1e-9 ? l : best));
}

/** Rates the messages; `learned` is what `learnComplexity` returned, if the operator corrected any. */
export function rateComplexity(messages: readonly DialogueMessage[], learned?: LearnedComplexity): ComplexityRating {
  const text = customerText(messages);
  const normalized = normalizeText(text);
  const hits = matchRules(`${normalized}\n${transliterated(normalized)}`);
  const vote = ruleVote(hits);
  const byRules = softmax(vote.logits, RULE_SHARPNESS);
  // Where no rule spoke, the learned part is all the evidence there is and gets more say.
  const quiet = LEVELS.every((l) => !vote.counted[l].length);
  const weight = learned ? learnedWeight(learnedDocs(learned)) * (quiet ? QUIET_BOOST : 1) : 0;
  const byModel = learned && weight > 0 ? predict(learned, text) : undefined;
  // Rules and model multiply (log-linear): the model moves the level only as far as its weight and
  // its own certainty carry it against the rules' margin, so a handful of corrections cannot
  // override a phrase that names an outage.
  const scores = byModel
    ? softmax(
        Object.fromEntries(
          LEVELS.map((l) => [l, RULE_SHARPNESS * vote.logits[l] + weight * Math.log(Math.max(byModel[l], MODEL_FLOOR))]),
        ) as Record<ComplexityLevel, number>,
        1,
      )
    : byRules;

  const corrected = learned && text ? remembered(learned, text) : undefined;
  // Beside a feature request critical has to win outright: the symptom is usually the wish's reason.
  const byRulesCritical = vote.counted.critical.length > 0 && vote.logits.critical > 0 && !vote.counted.proposal.length;
  const byModelCritical = byModel !== undefined && LEVELS.every((l) => byModel[l] <= byModel.critical);
  const level = corrected ?? decide(scores, byRulesCritical || byModelCritical);
  const levelByRules = decide(byRules, byRulesCritical);

  const reasons: Reason[] = [];
  if (corrected) {
    const name = LEVEL_NAMES[corrected];
    reasons.push({ ru: `Вы уже отметили этот диалог как «${name.ru}»`, en: `You already rated this dialogue ${name.en}` });
  }
  // The reasons are what decided: the rules that counted for the level, and the learned part when
  // the level is its doing (the rules alone would have said something else).
  if (!corrected && byModel && levelByRules !== level) {
    const name = LEVEL_NAMES[level];
    reasons.push({ ru: `Похоже на диалоги, которые вы отметили как «${name.ru}»`, en: `Like dialogues you rated ${name.en}` });
  }
  if (!corrected) for (const r of vote.counted[level]) if (!reasons.some((x) => x.en === r.reason.en)) reasons.push(r.reason);
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
 * How far the learned model may move the rules: nothing without corrections, growing with their
 * number towards MAX_LEARNED_WEIGHT. Both settings come from cross-validation on the blind
 * training set (`eval:complexity -- --train FILE --folds 5`).
 */
export function learnedWeight(docs: number): number {
  return docs > 0 ? (MAX_LEARNED_WEIGHT * docs) / (docs + LEARNED_HALF_POINT) : 0;
}

/**
 * The learned state after the operator said `text` is `level`. Returns a new object (the old one is
 * not changed) that is plain JSON, for the background to store.
 */
export function learnComplexity(learned: LearnedComplexity | undefined, text: string, level: ComplexityLevel): LearnedComplexity {
  return learn(learned, text, level);
}
