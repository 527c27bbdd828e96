import {
  FEATURE_GATES,
  type FeatureGate,
  featureGate,
  type GateCondition,
  type GateLevel,
  gateLevel,
} from '../knowledge/feature-gates.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import type { Plan } from '../types.js';

/** A feature gate the plan's answers switch on, with its level in the plan's release. */
export interface GateUse {
  gate: FeatureGate;
  level: GateLevel;
  /** The install-config path that uses it, in the installer's notation. */
  path: string;
}

/** The feature set the installer needs for a TechPreview gate (featureSetsFor in feature-gates.ts lists the others). */
export const TECH_PREVIEW_FEATURE_SET = 'TechPreviewNoUpgrade';

function matches(condition: GateCondition, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (condition.kind === 'set') return true;
  if (typeof value !== 'string') return false;
  return condition.kind === 'equals' ? value === condition.value : value.startsWith(condition.value);
}

/** Values at a dotted path with `[]` for every element of a list: `failureDomains[].topology.hostGroup`. */
function valuesAt(root: unknown, segments: readonly string[]): unknown[] {
  const [head, ...rest] = segments;
  if (head === undefined) return [root];
  if (!root || typeof root !== 'object') return [];
  const list = head.endsWith('[]');
  const value = (root as Record<string, unknown>)[list ? head.slice(0, -2) : head];
  if (!list) return valuesAt(value, rest);
  return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
}

/**
 * The gated features this plan uses: the topology's own gate (arbiter, fencing) and any gated install-config field
 * given in the answers' platform block (it passes through to platform.<name>). The table is feature-gates.ts; this
 * only looks up which rows the plan touches.
 */
export function gatedFeaturesOf(plan: Plan): GateUse[] {
  const uses: GateUse[] = [];
  const topologyGate = TOPOLOGY_FACTS[plan.topology].gate;
  if (topologyGate !== undefined) {
    const gate = featureGate(topologyGate);
    const field = gate.fields[0];
    if (field) uses.push({ gate, level: gateLevel(gate, plan.ocpVersion), path: field.path });
  }
  const prefix = `platform.${plan.platform}.`;
  for (const gate of FEATURE_GATES) {
    for (const field of gate.fields) {
      if (!field.path.startsWith(prefix)) continue;
      const segments = field.path.slice(prefix.length).split('.');
      if (valuesAt(plan.platformConfig, segments).some((value) => matches(field.condition, value))) {
        uses.push({ gate, level: gateLevel(gate, plan.ocpVersion), path: field.path });
      }
    }
  }
  return uses;
}

/** The gated features of the plan that are Technology Preview in its release. */
export function techPreviewFeaturesOf(plan: Plan): GateUse[] {
  return gatedFeaturesOf(plan).filter((use) => use.level === 'TechPreview');
}

/**
 * `featureSet` of the install-config: TechPreviewNoUpgrade exactly when a feature the plan uses is Technology
 * Preview in its release (arbiter in 4.19, fencing in 4.20–4.21 …), else none (the default set).
 */
export function featureSetFor(plan: Plan): string | undefined {
  return techPreviewFeaturesOf(plan).length > 0 ? TECH_PREVIEW_FEATURE_SET : undefined;
}
