import type { Platform, Topology } from '../types.js';
import type { GateLevel } from './feature-gates.js';
import { type SinceTable, valueAt } from './releases.js';

/**
 * What each topology is made of and from which release it exists, per the installer and the documentation.
 * A level of TechPreview means the install-config needs `featureSet: TechPreviewNoUpgrade` in that release.
 */
export interface TopologyFacts {
  id: Topology;
  /** Control-plane replicas; ha may also take 4 or 5 with the Agent-based installer (controlPlaneReplicas). */
  controlPlane: number;
  arbiter: number;
  /** Smallest number of workers, and whether workers are allowed at all. */
  minCompute: number;
  computeAllowed: boolean;
  levels: SinceTable<GateLevel>;
  /** Platforms whose install-config the installer accepts with this topology, per release. */
  platforms: SinceTable<readonly Platform[] | 'all'>;
  source: string;
}

const RN422 =
  'OpenShift Container Platform 4.22 release notes, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/release_notes/';

export const TOPOLOGY_FACTS: Readonly<Record<Topology, TopologyFacts>> = {
  ha: {
    id: 'ha',
    controlPlane: 3,
    arbiter: 0,
    minCompute: 2,
    computeAllowed: true,
    levels: { '4.14': 'GA' },
    platforms: { '4.14': 'all' },
    source:
      'Installation overview, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installation_overview/',
  },
  compact: {
    id: 'compact',
    controlPlane: 3,
    arbiter: 0,
    minCompute: 0,
    computeAllowed: false,
    levels: { '4.14': 'GA' },
    platforms: { '4.14': 'all' },
    source:
      'Installation overview, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installation_overview/',
  },
  sno: {
    id: 'sno',
    controlPlane: 1,
    arbiter: 0,
    minCompute: 0,
    computeAllowed: false,
    levels: { '4.14': 'GA' },
    platforms: { '4.14': 'all' },
    source:
      'Installing on a single node, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_a_single_node/',
  },
  'two-node-arbiter': {
    id: 'two-node-arbiter',
    controlPlane: 2,
    arbiter: 1,
    minCompute: 0,
    computeAllowed: true,
    levels: { '4.19': 'TechPreview', '4.20': 'GA' },
    // 4.19–4.21 accept the arbiter only on bare metal (release-4.21 pkg/types/validation/installconfig.go);
    // none and external follow in 4.22 (openshift-docs PR #110815 "Support TNA with Platform=none").
    platforms: { '4.19': ['baremetal'], '4.22': ['baremetal', 'none', 'external'] },
    source: `Installing a two-node OpenShift cluster with an arbiter node, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_bare_metal/; ${RN422}`,
  },
  'two-node-fencing': {
    id: 'two-node-fencing',
    controlPlane: 2,
    arbiter: 0,
    minCompute: 0,
    computeAllowed: false,
    levels: { '4.20': 'TechPreview', '4.22': 'GA' },
    platforms: { '4.20': ['baremetal', 'none', 'external'] },
    source: `Installing a two-node OpenShift cluster with fencing, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_bare_metal/; ${RN422}`,
  },
};

export function topologyLevel(topology: Topology, version: string): GateLevel {
  return valueAt(TOPOLOGY_FACTS[topology].levels, version, 'absent');
}

/** Platforms that accept the topology in that release ('all' for the classic three). */
export function topologyPlatforms(topology: Topology, version: string): readonly Platform[] | 'all' {
  return valueAt(TOPOLOGY_FACTS[topology].platforms, version, []);
}

/**
 * Control-plane sizes other than the topology's own: 4 and 5 control-plane nodes for ha with the Agent-based
 * installer from 4.18 (assisted-service MinimumVersionForNonStandardHAOCPControlPlane = "4.18";
 * openshift/installer pkg/asset/agent/installconfig.go accepts 1, 3, 4 or 5).
 */
export const LARGE_CONTROL_PLANE = {
  replicas: [4, 5] as const,
  since: '4.18',
  source:
    'openshift/installer pkg/asset/agent/installconfig.go (validateControlPlaneConfiguration); assisted-service internal/common/common.go',
} as const;
