import { featureSetFor, techPreviewFeaturesOf } from '../../plan/feature-set.js';
import type { Plan } from '../../types.js';
import { topologyComment } from './comments-topology.js';
import type { Notes } from './notes.js';

/**
 * `featureSet: TechPreviewNoUpgrade` exactly when a feature the plan uses is Technology Preview in its release
 * (plan/feature-set.ts reads feature-gates.ts), with the warning that it cannot be undone and blocks updates; nothing
 * otherwise, so the default feature set applies.
 */
export function featureSetOf(plan: Plan, notes: Notes): { featureSet?: string } {
  const featureSet = featureSetFor(plan);
  if (featureSet === undefined) return {};
  const features = techPreviewFeaturesOf(plan)
    .map((use) => `${use.gate.gate} (${use.path})`)
    .join(', ');
  notes.add(
    ['featureSet'],
    topologyComment('featureSet', notes.lang, { features, version: plan.ocpVersion }),
  );
  return { featureSet };
}
