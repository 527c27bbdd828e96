import { INTERNAL_PUBLISH_PLATFORMS } from '../knowledge/platform-defaults.js';
import { topologyLevel, topologyPlatforms } from '../knowledge/topologies.js';
import { refusedByTopologyRules } from '../plan/check-topology.js';
import {
  CONNECTIVITIES,
  type Method,
  OWNERSHIP_PARTS,
  type Plan,
  type Platform,
  PUBLISH_STRATEGIES,
  TOPOLOGIES,
  type Topology,
} from '../types.js';
import { applyChanges, computeReplicasFor } from './apply-change.js';
import { methodOf } from './model.js';

/** One answer change; `change` may carry a companion key the answer drags along (topology → computeReplicas). */
export interface Move {
  key: string;
  change: Record<string, unknown>;
}

export interface Flip {
  change: Record<string, unknown>;
  method: Method;
}

/**
 * Platform changes that describe the same machines differently: bare-metal servers
 * can be installed platform-agnostic and the reverse. Switching clouds is a new project, not an answer tweak.
 */
const SENSIBLE_PLATFORM_MOVES: Partial<Record<Platform, readonly Platform[]>> = {
  baremetal: ['none'],
  none: ['baremetal'],
};

/**
 * A topology is worth proposing only where the release has it and the installer accepts it on the plan's platform
 * (knowledge/topologies.ts): a two-node cluster is no alternative on a cloud.
 */
function topologyFits(plan: Plan, topology: Topology): boolean {
  if (topologyLevel(topology, plan.ocpVersion) === 'absent') return false;
  const platforms = topologyPlatforms(topology, plan.ocpVersion);
  return platforms === 'all' || platforms.includes(plan.platform);
}

/** The most pairs reported when no single change flips the method. */
const MAX_PAIRS = 6;

const REQUIREMENT_KEYS = ['autoscaling', 'installerCredentials', 'hardenedInfrastructure'] as const;

/**
 * Every single answer change worth trying on this plan, in a stable order. The architecture is left alone: it follows
 * the hardware, it is not a preference one could flip to get another installer.
 */
export function candidateMoves(plan: Plan): Move[] {
  const moves: Move[] = [];
  for (const part of OWNERSHIP_PARTS) {
    const key = `ownership.${part}`;
    moves.push({ key, change: { [key]: plan.ownership[part] === 'installer' ? 'customer' : 'installer' } });
  }
  for (const requirement of REQUIREMENT_KEYS) {
    const key = `requirements.${requirement}`;
    moves.push({ key, change: { [key]: !plan.requirements[requirement] } });
  }
  for (const topology of TOPOLOGIES) {
    if (topology === plan.topology || !topologyFits(plan, topology)) continue;
    const replicas = computeReplicasFor(topology, plan.computeReplicas);
    const change: Record<string, unknown> = { topology };
    // The answers file must stay valid: sno and compact demand 0 workers, ha at least 2.
    if (replicas !== plan.computeReplicas) change.computeReplicas = replicas;
    moves.push({ key: 'topology', change });
  }
  for (const connectivity of CONNECTIVITIES) {
    if (connectivity !== plan.connectivity) moves.push({ key: 'connectivity', change: { connectivity } });
  }
  for (const publish of PUBLISH_STRATEGIES) {
    if (publish === plan.publish) continue;
    // Suggesting publish Internal where the installer rejects it (its platform list for publish: Internal) would be no advice at all.
    if (publish === 'Internal' && !INTERNAL_PUBLISH_PLATFORMS.includes(plan.platform)) continue;
    moves.push({ key: 'publish', change: { publish } });
  }
  for (const platform of SENSIBLE_PLATFORM_MOVES[plan.platform] ?? []) {
    moves.push({ key: 'platform', change: { platform } });
  }
  return moves;
}

/**
 * The smallest answer changes that flip the method, found by re-running the model: every single change that flips it,
 * or, when none does, the first pairs of changes (on different keys) that do. Never written by hand.
 */
export function findFlips(plan: Plan): Flip[] {
  const current = methodOf(plan).method;
  const moves = candidateMoves(plan);
  /**
   * Whether a change flips the method, and the flip when it is also advice one can follow. `from` is the plan with
   * the first part of the change already applied (a pair starts from its first move's plan).
   */
  const tryChange = (
    change: Record<string, unknown>,
    from = plan,
    rest = change,
  ): { changed: Plan; flips: boolean; flip?: Flip } => {
    const changed = applyChanges(from, rest);
    const { method, facts } = methodOf(changed);
    if (method === current) return { changed, flips: false };
    // UPI where the documentation has no user-provisioned procedure (IBM Cloud, Power VS, Nutanix) is no way to install.
    if (method === 'UPI' && !facts.support.upi) return { changed, flips: true };
    // A change that yields a plan the topology rules refuse (UPI for an arbiter before 4.22 …) is no advice at all.
    return refusedByTopologyRules(changed)
      ? { changed, flips: true }
      : { changed, flips: true, flip: { change, method } };
  };

  // Each single change is evaluated once: its outcome says both whether it is advice and whether it may be paired.
  const outcomes = moves.map((move) => ({ move, ...tryChange(move.change) }));
  const singles = outcomes.flatMap((outcome) => (outcome.flip ? [outcome.flip] : []));
  if (singles.length > 0) return singles;

  // A pair is only advice when neither change flips the method alone (a refused single change still does). The
  // keys differ, so applying the second move to the first move's plan is applying both, in order.
  const alone = outcomes.filter((outcome) => !outcome.flips);
  const pairs: Flip[] = [];
  for (let i = 0; i < alone.length && pairs.length < MAX_PAIRS; i++) {
    for (let j = i + 1; j < alone.length && pairs.length < MAX_PAIRS; j++) {
      const a = alone[i];
      const b = alone[j];
      if (!a || !b || a.move.key === b.move.key) continue;
      const flip = tryChange({ ...a.move.change, ...b.move.change }, a.changed, b.move.change).flip;
      if (flip) pairs.push(flip);
    }
  }
  return pairs;
}
