import { DECISION_FACTORS, type DecisionFactor, type DecisionFacts } from '../knowledge/decision-factors.js';
import { supportFor } from '../knowledge/platform-matrix.js';
import type { Method, Plan, Recommendation } from '../types.js';

/** The language-free outcome of the decision model: which factors matched, their totals and the verdict. */
export interface Evaluation {
  facts: DecisionFacts;
  method: Method;
  confidence: Recommendation['confidence'];
  /** Matching factors, forcing ones first, then by weight (heaviest first), then in table order. */
  matched: DecisionFactor[];
  scores: Record<Method, number>;
}

/** A clear winner has at least twice the loser's weight and a margin of 4 (two strongly-favouring answers). */
const STRONG_RATIO = 2;
const STRONG_MARGIN = 4;

export function factsOf(plan: Plan): DecisionFacts {
  return { plan, support: supportFor(plan.platform, plan.ocpVersion) };
}

function rank(factor: DecisionFactor): number {
  return factor.effect === 'forces' ? Number.POSITIVE_INFINITY : factor.weight;
}

/**
 * Runs every factor of the table on the plan. A forcing factor decides alone (nearly all point to UPI; a topology the
 * release renders only with IPI points to IPI, and when both kinds match, UPI wins and check-topology.ts refuses the
 * plan). Otherwise the heavier side wins; a tie goes to IPI,
 * the method the docs call the easiest where the platform has it.
 */
export function evaluate(plan: Plan): Evaluation {
  const facts = factsOf(plan);
  const matched = DECISION_FACTORS.filter((factor) => factor.applies(facts))
    .map((factor, index) => ({ factor, index }))
    .sort((a, b) => rank(b.factor) - rank(a.factor) || a.index - b.index)
    .map(({ factor }) => factor);

  const scores: Record<Method, number> = { IPI: 0, UPI: 0 };
  for (const factor of matched) if (factor.effect !== 'forces') scores[factor.favours] += factor.weight;

  const forcing = matched.filter((factor) => factor.effect === 'forces');
  const method = verdict(forcing, scores);
  if (forcing.length > 0) return { facts, method, confidence: 'forced', matched, scores };
  const winner = scores[method];
  const loser = scores[method === 'IPI' ? 'UPI' : 'IPI'];
  const strong = winner >= STRONG_RATIO * loser && winner - loser >= STRONG_MARGIN;
  return { facts, method, confidence: strong ? 'strong' : 'moderate', matched, scores };
}

/**
 * The rule both evaluations share: a forcing factor decides alone, UPI when any forcing factor points there;
 * otherwise the heavier side wins and a tie goes to IPI.
 */
function verdict(forcing: readonly DecisionFactor[], scores: Record<Method, number>): Method {
  if (forcing.length > 0) return forcing.some((factor) => factor.favours === 'UPI') ? 'UPI' : 'IPI';
  return scores.IPI >= scores.UPI ? 'IPI' : 'UPI';
}

/**
 * The verdict alone, as evaluate gives it, without ordering the matched factors: the answer-change search
 * (counterfactuals.ts) asks it of dozens of changed plans per plan.
 */
export function methodOf(plan: Plan): { method: Method; facts: DecisionFacts } {
  const facts = factsOf(plan);
  const scores: Record<Method, number> = { IPI: 0, UPI: 0 };
  const forcing: DecisionFactor[] = [];
  for (const factor of DECISION_FACTORS) {
    if (!factor.applies(facts)) continue;
    if (factor.effect === 'forces') forcing.push(factor);
    else scores[factor.favours] += factor.weight;
  }
  return { method: verdict(forcing, scores), facts };
}
