import type { TopologyMethod } from '../knowledge/topologies.js';
import { evaluate } from '../recommend/model.js';
import type { Plan } from '../types.js';
import { installChoiceOf } from './install-path.js';

/**
 * The method a plan is installed with, as the topology tables name it: the path install-path.ts chooses (installMethod
 * when answered, else the recommendation, the Agent-based installer where nothing else installs).
 */
export function methodOf(plan: Plan): TopologyMethod {
  const { method } = installChoiceOf(plan);
  return method === 'Agent-based' ? 'agent' : method;
}

/** Answers keys behind the facts that force UPI (decision-factors.ts), so a rule can name the answer to change. */
const FORCING_KEYS: Readonly<Record<string, string>> = {
  'customer-provisions-machines': 'ownership.machines',
  'installer-credentials-forbidden': 'requirements.installerCredentials',
  'architecture-without-ipi': 'architecture',
  'platform-has-no-ipi': 'platform',
};

/**
 * The answers key to name when the method is wrong for an answer: installMethod when it was answered, else the
 * answer that forced the recommendation, else installMethod (the answer that overrides the recommendation).
 */
export function methodKey(plan: Plan): string {
  if (plan.installMethod !== 'auto') return 'installMethod';
  const forcing = evaluate(plan).matched.find((factor) => factor.effect === 'forces');
  return (forcing && FORCING_KEYS[forcing.id]) ?? 'installMethod';
}
