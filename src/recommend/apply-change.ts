import { DEFAULT_ARCHITECTURE, SUPPORTED_ARCHITECTURES } from '../knowledge/platform-defaults.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import { CONTROL_PLANE_REPLICAS } from '../plan/build.js';
import {
  ARCHITECTURES,
  CONNECTIVITIES,
  OWNERS,
  OWNERSHIP_PARTS,
  type OwnershipPart,
  PLATFORMS,
  type Plan,
  type Platform,
  PUBLISH_STRATEGIES,
  type Requirements,
  TOPOLOGIES,
  type Topology,
} from '../types.js';

/** The answers contract: ha needs at least 2 workers (default 3); compact and single node have none. */
export function computeReplicasFor(topology: Topology, current: number): number {
  if (topology !== 'ha') return 0;
  return current >= 2 ? current : 3;
}

function oneOf<T extends string>(allowed: readonly T[], key: string, value: unknown): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`applyChange: ${JSON.stringify(value)} is not a valid ${key} (${allowed.join(', ')})`);
}

function bool(key: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new Error(`applyChange: ${key} takes true or false, not ${JSON.stringify(value)}`);
}

/**
 * A copy of `plan` with one answer (dotted answers-file key) changed and the fields derived from it recomputed the way
 * the plan builder would: the topology sets the control-plane size and the worker count, a new platform keeps the
 * architecture only if it runs there and starts with an empty platform block. Throws on keys it does not know.
 */
export function applyChange(plan: Plan, dottedKey: string, value: unknown): Plan {
  const dot = dottedKey.indexOf('.');
  const head = dot < 0 ? dottedKey : dottedKey.slice(0, dot);
  const part = dot < 0 ? undefined : dottedKey.slice(dot + 1);
  if (head === 'ownership' && part !== undefined && (OWNERSHIP_PARTS as readonly string[]).includes(part)) {
    const owner = oneOf(OWNERS, dottedKey, value);
    return { ...plan, ownership: { ...plan.ownership, [part as OwnershipPart]: owner } };
  }
  if (
    head === 'requirements' &&
    (part === 'autoscaling' || part === 'installerCredentials' || part === 'hardenedInfrastructure')
  ) {
    const requirements: Requirements = { ...plan.requirements, [part]: bool(dottedKey, value) };
    return { ...plan, requirements };
  }
  switch (dottedKey) {
    case 'topology': {
      const topology = oneOf(TOPOLOGIES, dottedKey, value);
      return {
        ...plan,
        topology,
        controlPlaneReplicas: CONTROL_PLANE_REPLICAS[topology],
        arbiterReplicas: TOPOLOGY_FACTS[topology].arbiter,
        computeReplicas: computeReplicasFor(topology, plan.computeReplicas),
      };
    }
    case 'computeReplicas':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new Error(`applyChange: computeReplicas takes a whole number, not ${JSON.stringify(value)}`);
      }
      return { ...plan, computeReplicas: value };
    case 'platform': {
      const platform: Platform = oneOf(PLATFORMS, dottedKey, value);
      const architecture = SUPPORTED_ARCHITECTURES[platform].includes(plan.architecture)
        ? plan.architecture
        : DEFAULT_ARCHITECTURE[platform];
      return { ...plan, platform, architecture, platformConfig: {} };
    }
    case 'architecture':
      return { ...plan, architecture: oneOf(ARCHITECTURES, dottedKey, value) };
    case 'connectivity':
      return { ...plan, connectivity: oneOf(CONNECTIVITIES, dottedKey, value) };
    case 'publish':
      return { ...plan, publish: oneOf(PUBLISH_STRATEGIES, dottedKey, value) };
    case 'fips':
      return { ...plan, fips: bool(dottedKey, value) };
    case 'ocpVersion':
      if (typeof value !== 'string') throw new Error('applyChange: ocpVersion takes a "4.N" string');
      return { ...plan, ocpVersion: value };
    default:
      throw new Error(`applyChange: unsupported answer key ${dottedKey}`);
  }
}

/** Applies every entry of a `wouldChangeIf` change object, in order. */
export function applyChanges(plan: Plan, change: Record<string, unknown>): Plan {
  return Object.entries(change).reduce((current, [key, value]) => applyChange(current, key, value), plan);
}
