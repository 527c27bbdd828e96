import type { Problem } from '../answers/problems.js';
import type { Plan } from '../types.js';

/**
 * Answers the schema knows but the renderer does not produce yet: the Agent-based path and the external platform.
 * Refused with a plain sentence until they render, so that no plan is written that the installer would refuse.
 */
export function checkPending(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const pending = (key: string, what: string) =>
    problems.push({ key, message: `${what} cannot be planned by this version of ocp-planner yet` });
  if (plan.installMethod === 'agent')
    pending('installMethod', 'the Agent-based installer (installMethod: agent)');
  if (plan.platform === 'external') pending('platform', `platform ${plan.platform}`);
  return problems;
}
