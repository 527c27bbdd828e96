import { say } from '../i18n/text.js';
import { ALTERNATIVES, RENDERED_BY_AGENT } from '../knowledge/decision-alternatives.js';
import { TRADEOFFS } from '../knowledge/decision-tradeoffs.js';
import { DECISION_WARNINGS } from '../knowledge/decision-warnings.js';
import { lifecycleNotice } from '../knowledge/lifecycle.js';
import { resolveSources } from '../knowledge/source-refs.js';
import { chooseInstall, isAgentPath } from '../plan/install-path.js';
import type { Alternative, Lang, Method, Plan, Reason, Recommendation } from '../types.js';
import { findFlips } from './counterfactuals.js';
import { describeChange } from './describe-change.js';
import { evaluate } from './model.js';
import { textValues } from './text-values.js';

export { ipiSupported } from '../knowledge/platform-matrix.js';

/**
 * IPI or UPI for this plan, with the reasons (forcing first, then by weight), what the chosen method gives up, the
 * smallest answer changes that flip it, other installers worth a look and unsupported combinations.
 */
export function recommend(plan: Plan, lang: Lang): Recommendation {
  const evaluation = evaluate(plan);
  const { facts, method } = evaluation;
  const values = textValues(plan, lang, method);

  // A reason cites the pages of the side it argues for, in the plan's release and platform book.
  const reasons: Reason[] = evaluation.matched.map((factor) => ({
    id: factor.id,
    favours: factor.favours,
    effect: factor.effect,
    text: say(factor.text, lang, values),
    source: resolveSources(factor.source, {
      version: plan.ocpVersion,
      lang,
      platform: plan.platform,
      architecture: plan.architecture,
      method: factor.favours,
      agent: false,
      singleNode: plan.topology === 'sno',
    }),
  }));

  const tradeoffs = TRADEOFFS.filter((t) => t.method === method && (t.applies?.(facts) ?? true)).map((t) =>
    say(t.text, lang, values),
  );

  const wouldChangeIf = findFlips(plan).map((flip) => ({
    change: flip.change,
    method: flip.method,
    text: describeChange(flip.change, flip.method, lang),
  }));

  const shownGroups = new Set<string>();
  const alternatives: Alternative[] = [];
  // The Agent-based installer is no alternative to itself when it is the path the plan renders.
  const agentRendered = isAgentPath(chooseInstall(plan, method));
  for (const entry of ALTERNATIVES) {
    if (shownGroups.has(entry.group) || !entry.applies(facts, method)) continue;
    if (agentRendered && entry.group === 'agent-based') continue;
    shownGroups.add(entry.group);
    const when = say(entry.when, lang, values);
    alternatives.push(
      entry.renderedBy
        ? {
            method: entry.method,
            when: `${when} ${say(RENDERED_BY_AGENT, lang)}`,
            renderedBy: entry.renderedBy,
          }
        : { method: entry.method, when },
    );
  }

  const warnings = DECISION_WARNINGS.filter((w) => w.applies(facts, method)).map((w) =>
    say(w.text, lang, values),
  );
  // A release past maintenance is worth saying first: the whole plan is for it.
  const lifecycle = lifecycleNotice(plan.ocpVersion, plan.document?.date);
  if (lifecycle) warnings.unshift(say(lifecycle.text, lang, lifecycle.values));

  return {
    method,
    confidence: evaluation.confidence,
    reasons,
    tradeoffs,
    wouldChangeIf,
    alternatives,
    warnings,
  };
}

/** Only the method, without texts or counterfactuals: what the answers stage needs to know which questions apply. */
export function chooseMethod(plan: Plan): Method {
  return evaluate(plan).method;
}
