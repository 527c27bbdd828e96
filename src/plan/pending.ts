import type { Problem } from '../answers/problems.js';
import type { Plan } from '../types.js';

/**
 * Answers the schema knows but the renderer does not produce yet: the two-node topologies, 4–5 control-plane nodes and
 * the PowerVC platform. Refused with a plain sentence until they render,
 * so that no plan is written that the installer would refuse.
 */
export function checkPending(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const pending = (key: string, what: string) =>
    problems.push({ key, message: `${what} cannot be planned by this version of ocp-planner yet` });
  if (plan.topology === 'two-node-arbiter' || plan.topology === 'two-node-fencing')
    pending('topology', `topology ${plan.topology}`);
  if (plan.controlPlaneReplicas !== 3 && plan.topology === 'ha')
    pending('controlPlaneReplicas', `${plan.controlPlaneReplicas} control-plane nodes`);
  if (plan.platform === 'powervc') pending('platform', `platform ${plan.platform}`);
  return problems;
}
