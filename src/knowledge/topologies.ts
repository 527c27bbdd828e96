import type { Platform, Topology } from '../types.js';
import { featureGate, type GateLevel, gateLevel } from './feature-gates.js';
import { type SinceTable, valueAt } from './releases.js';

/**
 * What each topology is made of, from which release it exists, which platforms and installation methods take it,
 * and the machines it needs, per the installer and the documentation. A level of TechPreview means the install-config
 * needs `featureSet: TechPreviewNoUpgrade` in that release.
 */

/** The ways a plan can be installed, as far as a topology cares: the installer's IPI, UPI, or the Agent-based installer. */
export type TopologyMethod = 'IPI' | 'UPI' | 'agent';

export interface TopologyFacts {
  id: Topology;
  /** Control-plane replicas; ha may also take 4 or 5 with the Agent-based installer (controlPlaneReplicas). */
  controlPlane: number;
  arbiter: number;
  /** Smallest number of workers, and whether workers are allowed at all. */
  minCompute: number;
  computeAllowed: boolean;
  /**
   * The feature gate that guards the topology's install-config fields (feature-gates.ts): its level per release is
   * the topology's support level. Classic topologies have none and are GA in every known release.
   */
  gate?: string;
  /** Platforms whose install-config the installer accepts with this topology, per release (answered platform names). */
  platforms: SinceTable<readonly Platform[] | 'all'>;
  /**
   * For the new topologies: on which answered platforms each method renders the topology, per release, as the
   * documentation's samples and the installer's checks have it. Absent for the classic topologies, which every method
   * of the support matrix (platform-matrix.ts) installs.
   */
  methods?: Readonly<Record<TopologyMethod, SinceTable<readonly Platform[]>>>;
  source: string;
}

/** Documentation pages of the release a plan targets (the newest known for a newer release). */
export function docsPage(version: string, book: string, title: string): string {
  return `${title}, https://docs.redhat.com/en/documentation/openshift_container_platform/${version}/html/${book}/`;
}

const DOCS_VERSION = '4.22';
const RN422 = docsPage(DOCS_VERSION, 'release_notes', 'OpenShift Container Platform 4.22 release notes');
const TWO_NODE_BOOK = 'installing_a_two_node_openshift_cluster';
const INSTALLER_MACHINE_POOLS =
  'openshift/installer pkg/types/validation/installconfig.go (validateArbiter, validateFencing), https://github.com/openshift/installer/blob/master/pkg/types/validation/installconfig.go';
const AGENT_INSTALL_CONFIG =
  'openshift/installer pkg/asset/agent/installconfig.go (validateControlPlaneConfiguration), https://github.com/openshift/installer/blob/master/pkg/asset/agent/installconfig.go';

export const TOPOLOGY_FACTS: Readonly<Record<Topology, TopologyFacts>> = {
  ha: {
    id: 'ha',
    controlPlane: 3,
    arbiter: 0,
    minCompute: 2,
    computeAllowed: true,
    platforms: { '4.14': 'all' },
    source: docsPage(DOCS_VERSION, 'installation_overview', 'Installation overview'),
  },
  compact: {
    id: 'compact',
    controlPlane: 3,
    arbiter: 0,
    minCompute: 0,
    computeAllowed: false,
    platforms: { '4.14': 'all' },
    source: docsPage(DOCS_VERSION, 'installation_overview', 'Installation overview'),
  },
  sno: {
    id: 'sno',
    controlPlane: 1,
    arbiter: 0,
    minCompute: 0,
    computeAllowed: false,
    platforms: { '4.14': 'all' },
    source: docsPage(DOCS_VERSION, 'installing_on_a_single_node', 'Installing on a single node'),
  },
  'two-node-arbiter': {
    id: 'two-node-arbiter',
    controlPlane: 2,
    arbiter: 1,
    minCompute: 0,
    computeAllowed: true,
    gate: 'arbiter',
    // 4.19–4.21 accept the arbiter only on bare metal (release-4.21 pkg/types/validation/installconfig.go);
    // none and external follow in 4.22 (openshift-docs PR #110815 "Support TNA with Platform=none").
    platforms: { '4.19': ['baremetal'], '4.22': ['baremetal', 'none', 'external'] },
    methods: {
      // "Configuring a local arbiter node by using installer-provisioned infrastructure" (bare metal, from 4.19).
      IPI: { '4.19': ['baremetal'] },
      // UPI renders platform none, which takes an arbiter only from 4.22.
      UPI: { '4.22': ['baremetal', 'none'] },
      // The Agent-based installer takes the arbiter from 4.20 (installer PR #9780), on platform none from 4.22.
      agent: { '4.20': ['baremetal'], '4.22': ['baremetal', 'none', 'external'] },
    },
    source: `${docsPage(DOCS_VERSION, TWO_NODE_BOOK, 'Installing a two-node OpenShift cluster: Two-Node with Arbiter')}; ${INSTALLER_MACHINE_POOLS}`,
  },
  'two-node-fencing': {
    id: 'two-node-fencing',
    controlPlane: 2,
    arbiter: 0,
    minCompute: 0,
    computeAllowed: false,
    gate: 'two-node-fencing',
    platforms: { '4.20': ['baremetal', 'none', 'external'] },
    methods: {
      // Both documented samples: IPI on platform baremetal, UPI on platform none.
      IPI: { '4.20': ['baremetal'] },
      UPI: { '4.20': ['baremetal', 'none'] },
      // release-4.21 pkg/asset/agent/installconfig.go takes two control-plane replicas only with an arbiter; the
      // Agent-based installer accepts fencing from 4.22 (DualReplica GA).
      agent: { '4.22': ['baremetal', 'none', 'external'] },
    },
    source: `${docsPage(DOCS_VERSION, TWO_NODE_BOOK, 'Installing a two-node OpenShift cluster: Preparing to install a two-node OpenShift cluster with fencing')}; ${RN422}`,
  },
};

/** Support level of the topology in a release: the level of its feature gate, GA for the classic three. */
export function topologyLevel(topology: Topology, version: string): GateLevel {
  const gate = TOPOLOGY_FACTS[topology].gate;
  return gate === undefined ? 'GA' : gateLevel(featureGate(gate), version);
}

/** The first release that has the topology at all (undefined: every known release). */
export function topologySince(topology: Topology): string | undefined {
  const gate = TOPOLOGY_FACTS[topology].gate;
  return gate === undefined ? undefined : Object.keys(featureGate(gate).levels)[0];
}

/** The first release in which the topology is generally available. */
export function topologyGaSince(topology: Topology): string | undefined {
  const gate = TOPOLOGY_FACTS[topology].gate;
  if (gate === undefined) return undefined;
  const levels = featureGate(gate).levels as Record<string, GateLevel>;
  return Object.keys(levels).find((version) => levels[version] === 'GA');
}

/** Platforms that accept the topology in that release ('all' for the classic three). */
export function topologyPlatforms(topology: Topology, version: string): readonly Platform[] | 'all' {
  return valueAt(TOPOLOGY_FACTS[topology].platforms, version, []);
}

/** Answered platforms on which `method` renders the topology in that release ('all' for the classic three). */
export function topologyMethodPlatforms(
  topology: Topology,
  method: TopologyMethod,
  version: string,
): readonly Platform[] | 'all' {
  const methods = TOPOLOGY_FACTS[topology].methods;
  return methods === undefined ? 'all' : valueAt(methods[method], version, []);
}

/** The first release in which `method` renders the topology on `platform`, if any known release does. */
export function topologyMethodSince(
  topology: Topology,
  method: TopologyMethod,
  platform: Platform,
): string | undefined {
  const table = TOPOLOGY_FACTS[topology].methods?.[method] as
    | Record<string, readonly Platform[] | undefined>
    | undefined;
  if (table === undefined) return undefined;
  return Object.keys(table).find((version) => table[version]?.includes(platform));
}

/**
 * Control-plane sizes other than the topology's own: 4 and 5 control-plane nodes for ha with the Agent-based
 * installer from 4.18 (assisted-service MinimumVersionForNonStandardHAOCPControlPlane = "4.18";
 * openshift/installer pkg/asset/agent/installconfig.go accepts 1, 3, 4 or 5). The installer-provisioned and
 * user-provisioned procedures are documented for three control-plane machines only.
 */
export const LARGE_CONTROL_PLANE = {
  replicas: [4, 5] as const,
  since: '4.18',
  methods: ['agent'] as readonly TopologyMethod[],
  source: `${docsPage(DOCS_VERSION, 'installing_an_on-premise_cluster_with_the_agent-based_installer', 'Installing an on-premise cluster with the Agent-based Installer')}; ${AGENT_INSTALL_CONFIG}`,
} as const;

/** The machines of a two-node layout, with their smallest size. */
export type TwoNodeRole = 'bootstrap' | 'control-plane' | 'arbiter';

export interface RoleMinimum {
  /** CPU threads (one vCPU per thread when simultaneous multithreading is on). */
  threads: number;
  ramGb: number;
  storageGb: number;
  /** The docs ask for SSD or equivalent storage (etcd). */
  ssd: boolean;
  iops?: number;
}

export interface TwoNodeHardware {
  roles: Readonly<Partial<Record<TwoNodeRole, RoleMinimum>>>;
  /** End-to-end latency between the arbiter and the control plane, disk I/O included. */
  arbiterLatencyMs?: number;
  source: string;
}

/**
 * Minimum machines of the two-node layouts. Arbiter clusters: "Configuring a local arbiter node" (installing on bare
 * metal, and the Agent-based Installer's "About a local arbiter node"): arbiter 2 threads, 8 GB RAM, 50 GB SSD;
 * control plane 4 threads, 16 GB, 120 GB SSD; latency under 500 ms including disk I/O, else the etcd slow profile.
 * Fencing clusters: "Minimum resource requirements for installing the two-node OpenShift cluster with fencing":
 * 4 CPUs, 16 GB, 120 GB, 300 IOPS per control-plane machine and for the bootstrap.
 */
export const TWO_NODE_HARDWARE: Readonly<Record<'two-node-arbiter' | 'two-node-fencing', TwoNodeHardware>> = {
  'two-node-arbiter': {
    roles: {
      'control-plane': { threads: 4, ramGb: 16, storageGb: 120, ssd: true },
      arbiter: { threads: 2, ramGb: 8, storageGb: 50, ssd: true },
    },
    arbiterLatencyMs: 500,
    source: docsPage(
      DOCS_VERSION,
      'installing_on_bare_metal',
      'Installing on bare metal: Configuring a local arbiter node',
    ),
  },
  'two-node-fencing': {
    roles: {
      bootstrap: { threads: 4, ramGb: 16, storageGb: 120, ssd: false, iops: 300 },
      'control-plane': { threads: 4, ramGb: 16, storageGb: 120, ssd: false, iops: 300 },
    },
    source: docsPage(
      DOCS_VERSION,
      TWO_NODE_BOOK,
      'Minimum resource requirements for installing the two-node OpenShift cluster with fencing',
    ),
  },
};

export function isTwoNode(topology: Topology): topology is 'two-node-arbiter' | 'two-node-fencing' {
  return topology === 'two-node-arbiter' || topology === 'two-node-fencing';
}
