import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { fill } from '../i18n/text.js';
import type { GateLevel } from '../knowledge/feature-gates.js';
import { featureGate } from '../knowledge/feature-gates.js';
import { fencingAddress } from '../knowledge/fencing.js';
import { PLATFORM_MATRIX, supportFor } from '../knowledge/platform-matrix.js';
import { USER_MANAGED_LB_PLATFORMS } from '../knowledge/powervc.js';
import { atLeast, KNOWN_OCP_VERSIONS, rulesVersion } from '../knowledge/releases.js';
import {
  LARGE_CONTROL_PLANE,
  TOPOLOGY_FACTS,
  type TopologyMethod,
  topologyGaSince,
  topologyLevel,
  topologyMethodPlatforms,
  topologyMethodSince,
  topologyPlatforms,
  topologySince,
} from '../knowledge/topologies.js';
import type { Lang, Plan, Platform, Text } from '../types.js';
import { TOPOLOGY_MESSAGES as M } from './check-topology-messages.js';
import { agentStanza } from './install-path.js';
import { INSTALL_PATH_READS } from './install-path-reads.js';
import { methodKey, methodOf } from './method-of.js';

/**
 * Cross-field rules for topology × release × platform × method × hosts (the answers-file format; openshift/installer
 * pkg/types/validation/installconfig.go validateArbiter/validateFencing and pkg/asset/agent/installconfig.go; the release
 * tables of knowledge/topologies.ts and platform-matrix.ts). Each rule declares the answers keys it reads, so the
 * wizard can run it as soon as they are known, and returns problems keyed by the answer to change, in both languages.
 */

export interface PlanProblem extends Problem {
  /** The same sentence in Korean (the languages contract); `message` is the English one. */
  ko: string;
  rule: string;
}

export interface PlanRule {
  id: string;
  /** Answers keys (dotted, `hosts` for the whole list) the rule reads. */
  reads: readonly string[];
  check(plan: Plan, answers: Answers): PlanProblem[];
}

type Values = Record<string, string | number>;

function problem(rule: string, key: string, text: Text, values: Values = {}): PlanProblem {
  return { key, message: fill(text.en, values), ko: fill(text.ko, values), rule };
}

/** Both languages of a value that is itself a sentence fragment. */
type Bilingual = Record<Lang, string>;

function joinBoth(parts: Bilingual[], separator: Text): Bilingual {
  return { en: parts.map((p) => p.en).join(separator.en), ko: parts.map((p) => p.ko).join(separator.ko) };
}

/** "Technology Preview from 4.19, generally available from 4.20", from a level table. */
function levelsText(levels: Readonly<Record<string, GateLevel>>): Bilingual {
  const text: Partial<Record<GateLevel, Text>> = {
    TechPreview: M.levelTechPreview,
    GA: M.levelGa,
    DevPreview: M.levelDevPreview,
  };
  const parts = Object.entries(levels).flatMap(([version, level]) => {
    const t = text[level];
    return t ? [{ en: fill(t.en, { version }), ko: fill(t.ko, { version }) }] : [];
  });
  return joinBoth(parts, M.levelSeparator);
}

/** Two bilingual problems folded into one: the English sentence filled with English values, the Korean with Korean. */
function bilingual(rule: string, key: string, text: Text, en: Values, ko: Values): PlanProblem {
  return { key, message: fill(text.en, en), ko: fill(text.ko, ko), rule };
}

const METHOD_TEXT: Record<TopologyMethod, Text> = {
  IPI: M.methodIPI,
  UPI: M.methodUPI,
  agent: M.methodagent,
};

const topologyRelease: PlanRule = {
  id: 'topology-release',
  reads: ['topology', 'ocpVersion'],
  check(plan) {
    if (topologyLevel(plan.topology, plan.ocpVersion) !== 'absent') return [];
    const gate = TOPOLOGY_FACTS[plan.topology].gate;
    const since = topologySince(plan.topology);
    if (gate === undefined || since === undefined) return [];
    const levels = levelsText(featureGate(gate).levels as Record<string, GateLevel>);
    const values = { topology: plan.topology, since, suggest: topologyGaSince(plan.topology) ?? since };
    return [
      bilingual(
        'topology-release',
        'topology',
        M.topologyRelease,
        { ...values, levels: levels.en },
        {
          ...values,
          levels: levels.ko,
        },
      ),
    ];
  },
};

/** The first known release, at or after `version`, in which `accepts` holds. */
function firstReleaseWhere(version: string, accepts: (v: string) => boolean): string | undefined {
  return KNOWN_OCP_VERSIONS.find((v) => atLeast(v, rulesVersion(version)) && accepts(v));
}

const topologyPlatform: PlanRule = {
  id: 'topology-platform',
  reads: ['topology', 'ocpVersion', 'platform'],
  check(plan) {
    if (topologyLevel(plan.topology, plan.ocpVersion) === 'absent') return [];
    const platforms = topologyPlatforms(plan.topology, plan.ocpVersion);
    if (platforms === 'all' || platforms.includes(plan.platform)) return [];
    const later = firstReleaseWhere(plan.ocpVersion, (v) => {
      const list = topologyPlatforms(plan.topology, v);
      return list === 'all' || list.includes(plan.platform);
    });
    const values = {
      topology: plan.topology,
      platform: plan.platform,
      platforms: platforms.join(', '),
      version: rulesVersion(plan.ocpVersion),
      first: platforms[0] ?? 'baremetal',
    };
    if (later)
      return [problem('topology-platform', 'platform', M.topologyPlatformLater, { ...values, later })];
    return [problem('topology-platform', 'platform', M.topologyPlatformNever, values)];
  },
};

const METHODS: readonly TopologyMethod[] = ['IPI', 'UPI', 'agent'];

function methodRenders(plan: Plan, method: TopologyMethod, version: string): boolean {
  const platforms = topologyMethodPlatforms(plan.topology, method, version);
  // The Agent-based install-config may carry platform none for these answers (ppc64le on bare metal, say).
  const rendered = method === 'agent' ? agentStanza(plan) : plan.platform;
  return platforms === 'all' || platforms.includes(rendered);
}

const topologyMethod: PlanRule = {
  id: 'topology-method',
  reads: INSTALL_PATH_READS,
  check(plan) {
    if (TOPOLOGY_FACTS[plan.topology].methods === undefined) return [];
    // Release and platform are reported by their own rules; this one only judges the method.
    const platforms = topologyPlatforms(plan.topology, plan.ocpVersion);
    if (platforms === 'all' || !platforms.includes(plan.platform)) return [];
    const method = methodOf(plan);
    if (methodRenders(plan, method, plan.ocpVersion)) return [];
    const others = METHODS.filter(
      (other) =>
        other !== method &&
        methodRenders(plan, other, plan.ocpVersion) &&
        (other !== 'IPI' || supportFor(plan.platform, plan.ocpVersion).ipi),
    );
    const fixes: Bilingual[] = [];
    if (others.length > 0) {
      fixes.push({
        en: fill(M.fixInstallMethod.en, { methods: others.join(M.methodOr.en) }),
        ko: fill(M.fixInstallMethod.ko, { methods: others.join(M.methodOr.ko) }),
      });
    }
    const later = topologyMethodSince(plan.topology, method, plan.platform);
    if (later && !atLeast(plan.ocpVersion, later)) {
      fixes.push({
        en: fill(M.fixOcpVersion.en, { version: later }),
        ko: fill(M.fixOcpVersion.ko, { version: later }),
      });
    }
    const fix =
      fixes.length === 0
        ? { en: M.fixNone.en, ko: M.fixNone.ko }
        : (() => {
            const joined = joinBoth(fixes, M.fixOr);
            return { en: joined.en + M.fixEnd.en, ko: joined.ko + M.fixEnd.ko };
          })();
    const values = {
      topology: plan.topology,
      platform: plan.platform,
      version: rulesVersion(plan.ocpVersion),
    };
    return [
      bilingual(
        'topology-method',
        methodKey(plan),
        M.topologyMethod,
        { ...values, method: METHOD_TEXT[method].en, fix: fix.en },
        { ...values, method: METHOD_TEXT[method].ko, fix: fix.ko },
      ),
    ];
  },
};

const replicasForTopology: PlanRule = {
  id: 'control-plane-replicas-topology',
  reads: ['controlPlaneReplicas', 'topology'],
  check(plan, answers) {
    const replicas = answers.controlPlaneReplicas;
    const fixed = TOPOLOGY_FACTS[plan.topology].controlPlane;
    if (replicas === undefined || plan.topology === 'ha' || replicas === fixed) return [];
    return [
      problem('control-plane-replicas-topology', 'controlPlaneReplicas', M.replicasForTopology, {
        replicas,
        topology: plan.topology,
        fixed,
      }),
    ];
  },
};

/** Topologies that have the given control-plane size, for the "choose topology" hint. */
function topologiesWith(replicas: number): string {
  return Object.values(TOPOLOGY_FACTS)
    .filter((facts) => facts.controlPlane === replicas)
    .map((facts) => facts.id)
    .join(' or ');
}

const replicasForHa: PlanRule = {
  id: 'control-plane-replicas-ha',
  reads: ['controlPlaneReplicas', 'topology'],
  check(plan) {
    if (plan.topology !== 'ha' || plan.controlPlaneReplicas >= 3) return [];
    return [
      problem('control-plane-replicas-ha', 'controlPlaneReplicas', M.replicasForHa, {
        replicas: plan.controlPlaneReplicas,
        topologies: topologiesWith(plan.controlPlaneReplicas),
      }),
    ];
  },
};

const largeControlPlane: PlanRule = {
  id: 'large-control-plane',
  reads: INSTALL_PATH_READS,
  check(plan) {
    const replicas = plan.controlPlaneReplicas;
    if (plan.topology !== 'ha' || !(LARGE_CONTROL_PLANE.replicas as readonly number[]).includes(replicas))
      return [];
    const key = 'controlPlaneReplicas';
    if (!atLeast(plan.ocpVersion, LARGE_CONTROL_PLANE.since)) {
      return [
        problem('large-control-plane', key, M.largeControlPlaneRelease, {
          replicas,
          since: LARGE_CONTROL_PLANE.since,
        }),
      ];
    }
    if (!supportFor(plan.platform, plan.ocpVersion).agentBased) {
      return [
        problem('large-control-plane', key, M.largeControlPlanePlatform, {
          replicas,
          platform: plan.platform,
        }),
      ];
    }
    if (!LARGE_CONTROL_PLANE.methods.includes(methodOf(plan))) {
      return [problem('large-control-plane', methodKey(plan), M.largeControlPlaneMethod, { replicas })];
    }
    return [];
  },
};

const oneWorker: PlanRule = {
  id: 'topology-workers',
  reads: ['computeReplicas', 'topology'],
  check(plan) {
    // ha has its own minimum (check.ts); a two-node arbiter cluster takes 0 workers or a pair, like any cluster whose
    // routers move to workers ("You cannot install the cluster with only one compute node", bare-metal IPI docs).
    if (plan.topology === 'ha' || !TOPOLOGY_FACTS[plan.topology].computeAllowed) return [];
    return plan.computeReplicas === 1 ? [problem('topology-workers', 'computeReplicas', M.oneWorker)] : [];
  },
};

const arbiterHosts: PlanRule = {
  id: 'arbiter-hosts',
  reads: ['hosts', 'topology'],
  check(plan) {
    const problems: PlanProblem[] = [];
    const arbiters = plan.hosts.flatMap((host, i) => (host.role === 'arbiter' ? [i] : []));
    if (plan.arbiterReplicas === 0) {
      for (const i of arbiters)
        problems.push(
          problem('arbiter-hosts', `hosts[${i}].role`, M.arbiterRole, { topology: plan.topology }),
        );
    } else if (arbiters.length > plan.arbiterReplicas) {
      problems.push(
        problem('arbiter-hosts', 'hosts', M.arbiterCount, {
          count: arbiters.length,
          replicas: plan.arbiterReplicas,
        }),
      );
    }
    return problems;
  },
};

const fencingBmcs: PlanRule = {
  id: 'fencing-bmc',
  reads: ['hosts', 'topology'],
  check(plan) {
    if (plan.topology !== 'two-node-fencing') return [];
    const problems: PlanProblem[] = [];
    const seen = new Map<string, number>();
    plan.hosts.forEach((host, i) => {
      if (host.role !== 'control-plane' || !host.bmc) return;
      const key = `hosts[${i}].bmc.address`;
      const address = host.bmc.address;
      const parsed = fencingAddress(address);
      if (!parsed.ok) {
        if (parsed.reason === 'not-redfish')
          problems.push(
            problem('fencing-bmc', key, M.fencingNotRedfish, { address, scheme: parsed.scheme ?? '' }),
          );
        else if (parsed.reason === 'no-system-path')
          problems.push(
            problem('fencing-bmc', key, M.fencingNoPath, {
              address,
              example: `${address.replace(/\/+$/, '')}/redfish/v1/Systems/1`,
            }),
          );
        else problems.push(problem('fencing-bmc', key, M.fencingNotUrl, { address }));
        return;
      }
      const other = seen.get(parsed.address);
      if (other !== undefined)
        problems.push(problem('fencing-bmc', key, M.fencingDuplicate, { address, other }));
      seen.set(parsed.address, i);
    });
    return problems;
  },
};

/** The first known release in which the platform exists, and the first in which it is GA. */
function platformSince(platform: Platform): { since?: string; ga?: string } {
  const rows = PLATFORM_MATRIX[platform];
  return {
    since: KNOWN_OCP_VERSIONS.find((v) => rows[v].available !== 'absent'),
    ga: KNOWN_OCP_VERSIONS.find((v) => rows[v].available === 'GA'),
  };
}

const platformRelease: PlanRule = {
  id: 'platform-release',
  reads: ['platform', 'ocpVersion'],
  check(plan) {
    if (supportFor(plan.platform, plan.ocpVersion).available !== 'absent') return [];
    const { since, ga } = platformSince(plan.platform);
    if (since === undefined) return [];
    // The levels the platform goes through from its first release on (PowerVC: TechPreview 4.21, GA 4.22).
    const changes: Record<string, GateLevel> = {};
    let previous: GateLevel = 'absent';
    for (const v of KNOWN_OCP_VERSIONS) {
      const level = PLATFORM_MATRIX[plan.platform][v].available;
      if (level !== previous) changes[v] = level;
      previous = level;
    }
    const levels = levelsText(changes);
    const values = { version: plan.ocpVersion, platform: plan.platform, since, suggest: ga ?? since };
    return [
      bilingual(
        'platform-release',
        'ocpVersion',
        M.platformRelease,
        { ...values, levels: levels.en },
        {
          ...values,
          levels: levels.ko,
        },
      ),
    ];
  },
};

const powervcExternalNetwork: PlanRule = {
  id: 'powervc-external-network',
  reads: ['platform', 'powervc.externalNetwork'],
  check(plan) {
    if (plan.platform !== 'powervc' || plan.platformConfig.externalNetwork === undefined) return [];
    return [problem('powervc-external-network', 'powervc.externalNetwork', M.powervcExternalNetwork)];
  },
};

const userManagedLoadBalancer: PlanRule = {
  id: 'user-managed-load-balancer',
  reads: INSTALL_PATH_READS,
  check(plan) {
    if (!USER_MANAGED_LB_PLATFORMS.includes(plan.platform) || plan.ownership.loadBalancer !== 'installer')
      return [];
    if (methodOf(plan) !== 'IPI') return [];
    return [
      problem('user-managed-load-balancer', 'ownership.loadBalancer', M.userManagedLoadBalancer, {
        platform: plan.platform,
      }),
    ];
  },
};

/** Every rule of this file, in the order their problems are reported. */
export const TOPOLOGY_RULES: readonly PlanRule[] = [
  platformRelease,
  topologyRelease,
  topologyPlatform,
  topologyMethod,
  replicasForTopology,
  replicasForHa,
  largeControlPlane,
  oneWorker,
  arbiterHosts,
  fencingBmcs,
  powervcExternalNetwork,
  userManagedLoadBalancer,
];

/** The problems of every topology rule (check.ts calls this). */
export function checkTopologyRules(plan: Plan, answers: Answers): PlanProblem[] {
  return TOPOLOGY_RULES.flatMap((rule) => rule.check(plan, answers));
}

/**
 * Whether the rules that judge the answers themselves (release, platform, method, sizes; not the host list) refuse
 * the plan: the recommendation's "this becomes UPI if …" advice must not propose such a change.
 */
export function refusedByTopologyRules(plan: Plan): boolean {
  return TOPOLOGY_RULES.some((rule) => !rule.reads.includes('hosts') && rule.check(plan, {}).length > 0);
}
