import type { Architecture, Platform, Topology } from '../types.js';
import type { GateLevel } from './feature-gates.js';
import { SUPPORTED_ARCHITECTURES } from './platform-defaults.js';
import {
  atLeast,
  KNOWN_OCP_VERSIONS,
  type KnownVersion,
  NEWEST_KNOWN_VERSION,
  rulesVersion,
} from './releases.js';

export type { KnownVersion } from './releases.js';
export { isKnownVersion } from './releases.js';

/** Where the platform's machines live; the weight of customer-owned network, DNS, LB and storage depends on it. */
export type PlatformKind = 'cloud' | 'on-premises' | 'agnostic';

/** What one platform offers in one release: the documented installation methods and their limits. */
export interface PlatformSupport {
  kind: PlatformKind;
  /** Whether the platform exists in this release, and at which support level. */
  available: GateLevel;
  /** Installer-provisioned infrastructure exists (the installer’s platform list platform.go list). */
  ipi: boolean;
  /** A user-provisioned procedure is documented (the docs’ supported installation methods per platform UPI column, the installer’s docs/user). */
  upi: boolean;
  agentBased: boolean;
  assisted: boolean;
  /** IPI has a restricted-network (disconnected) procedure. */
  ipiDisconnected: boolean;
  /** IPI may publish Internal (private cluster). */
  ipiPrivate: boolean;
  /** Topologies IPI can install; single node only where master.go accepts one replica (pkg/types/validation/machinepools.go). */
  ipiTopologies: readonly Topology[];
  /** Architectures with a documented IPI procedure on this platform. */
  ipiArchitectures: readonly Architecture[];
  /** Architectures the platform runs at all, with any method. */
  architectures: readonly Architecture[];
  /** IPI creates the VPC / tenant network itself; on vSphere, bare metal and Nutanix it joins yours. */
  ipiCreatesNetwork: boolean;
  /** IPI sets up the platform's CSI driver and a default storage class (clouds, vSphere, OpenStack). */
  ipiStorageClass: boolean;
  source: string;
}

const MATRIX_SOURCE =
  'the docs’ supported installation methods per platform support matrix; the installer’s platform list';
const SNO_SOURCE =
  'pkg/types/validation/machinepools.go (master.go single-node list; bootstrapInPlace on baremetal rejected)';

const ALL_IPI_TOPOLOGIES: readonly Topology[] = ['ha', 'compact', 'sno'];
const MULTI_NODE: readonly Topology[] = ['ha', 'compact'];

/** The rows of the docs’ supported installation methods per platform (unchanged from 4.14 to the newest text), before per-release changes are applied. */
const BASE: Record<Platform, PlatformSupport> = {
  aws: {
    kind: 'cloud',
    available: 'GA',
    ipi: true,
    upi: true,
    agentBased: false,
    assisted: false,
    ipiDisconnected: true,
    ipiPrivate: true,
    ipiTopologies: ALL_IPI_TOPOLOGIES,
    ipiArchitectures: ['amd64', 'arm64'],
    architectures: SUPPORTED_ARCHITECTURES.aws,
    ipiCreatesNetwork: true,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}`,
  },
  azure: {
    kind: 'cloud',
    available: 'GA',
    ipi: true,
    upi: true,
    agentBased: false,
    assisted: false,
    ipiDisconnected: true,
    ipiPrivate: true,
    ipiTopologies: ALL_IPI_TOPOLOGIES,
    ipiArchitectures: ['amd64', 'arm64'],
    architectures: SUPPORTED_ARCHITECTURES.azure,
    ipiCreatesNetwork: true,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}`,
  },
  gcp: {
    kind: 'cloud',
    available: 'GA',
    ipi: true,
    upi: true,
    agentBased: false,
    assisted: false,
    ipiDisconnected: true,
    ipiPrivate: true,
    ipiTopologies: ALL_IPI_TOPOLOGIES,
    ipiArchitectures: ['amd64', 'arm64'],
    architectures: SUPPORTED_ARCHITECTURES.gcp,
    ipiCreatesNetwork: true,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}`,
  },
  vsphere: {
    kind: 'on-premises',
    available: 'GA',
    ipi: true,
    upi: true,
    agentBased: true,
    assisted: true,
    ipiDisconnected: true,
    ipiPrivate: false,
    ipiTopologies: MULTI_NODE,
    ipiArchitectures: ['amd64'],
    architectures: SUPPORTED_ARCHITECTURES.vsphere,
    ipiCreatesNetwork: false,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}`,
  },
  baremetal: {
    kind: 'on-premises',
    available: 'GA',
    ipi: true,
    upi: true,
    agentBased: true,
    assisted: true,
    ipiDisconnected: true,
    ipiPrivate: false,
    ipiTopologies: MULTI_NODE,
    // the docs’ supported installation methods per platform: bare-metal IPI rows are x86_64 and arm64; Power and Z hardware install through UPI or the agent.
    ipiArchitectures: ['amd64', 'arm64'],
    architectures: SUPPORTED_ARCHITECTURES.baremetal,
    ipiCreatesNetwork: false,
    ipiStorageClass: false,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}`,
  },
  nutanix: {
    kind: 'on-premises',
    available: 'GA',
    ipi: true,
    upi: false,
    agentBased: false,
    assisted: true,
    ipiDisconnected: true,
    ipiPrivate: false,
    ipiTopologies: MULTI_NODE,
    ipiArchitectures: ['amd64'],
    architectures: SUPPORTED_ARCHITECTURES.nutanix,
    ipiCreatesNetwork: false,
    ipiStorageClass: false,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}; the installer’s docs/user (no UPI doc for Nutanix)`,
  },
  openstack: {
    kind: 'on-premises',
    available: 'GA',
    ipi: true,
    upi: true,
    agentBased: false,
    assisted: false,
    ipiDisconnected: true,
    ipiPrivate: false,
    ipiTopologies: MULTI_NODE,
    ipiArchitectures: ['amd64'],
    architectures: SUPPORTED_ARCHITECTURES.openstack,
    // OpenStack IPI creates its own tenant network, subnet and router, like a public cloud.
    ipiCreatesNetwork: true,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}`,
  },
  ibmcloud: {
    kind: 'cloud',
    available: 'GA',
    ipi: true,
    upi: false,
    agentBased: false,
    assisted: false,
    ipiDisconnected: true,
    ipiPrivate: true,
    // The decision tree lists compact clusters only for AWS, Azure, GCP, vSphere, Nutanix, OpenStack and bare metal.
    ipiTopologies: ['ha', 'sno'],
    ipiArchitectures: ['amd64'],
    architectures: SUPPORTED_ARCHITECTURES.ibmcloud,
    ipiCreatesNetwork: true,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}; the installer’s docs/user (no UPI doc for IBM Cloud)`,
  },
  powervs: {
    kind: 'cloud',
    available: 'GA',
    ipi: true,
    upi: false,
    agentBased: false,
    assisted: false,
    ipiDisconnected: true,
    ipiPrivate: true,
    ipiTopologies: ['ha', 'sno'],
    ipiArchitectures: ['ppc64le'],
    architectures: SUPPORTED_ARCHITECTURES.powervs,
    ipiCreatesNetwork: true,
    ipiStorageClass: true,
    source: `${MATRIX_SOURCE}; ${SNO_SOURCE}; the installer’s docs/user (no UPI doc for Power VS)`,
  },
  powervc: {
    // PowerVC is IPI only, on an OpenStack-style stanza; it exists from 4.21 (Technology Preview), GA in 4.22.
    kind: 'on-premises',
    available: 'absent',
    ipi: false,
    upi: false,
    agentBased: false,
    assisted: false,
    ipiDisconnected: false,
    ipiPrivate: false,
    ipiTopologies: MULTI_NODE,
    ipiArchitectures: ['ppc64le'],
    architectures: SUPPORTED_ARCHITECTURES.powervc,
    ipiCreatesNetwork: false,
    ipiStorageClass: false,
    source:
      'openshift/installer pkg/types/powervc; OpenShift Container Platform 4.22 release notes, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/release_notes/',
  },
  external: {
    // Oracle Cloud Infrastructure and other external platforms: the Agent-based installer or the Assisted Installer only.
    kind: 'cloud',
    available: 'DevPreview',
    ipi: false,
    upi: false,
    agentBased: true,
    assisted: true,
    ipiDisconnected: false,
    ipiPrivate: false,
    ipiTopologies: [],
    ipiArchitectures: [],
    architectures: SUPPORTED_ARCHITECTURES.external,
    ipiCreatesNetwork: false,
    ipiStorageClass: false,
    source:
      'Installing a cluster on Oracle Cloud Infrastructure by using the Agent-based Installer, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_oci/',
  },
  ibmz: {
    kind: 'on-premises',
    available: 'GA',
    ipi: false,
    upi: true,
    agentBased: true,
    assisted: true,
    ipiDisconnected: false,
    ipiPrivate: false,
    ipiTopologies: [],
    ipiArchitectures: [],
    architectures: SUPPORTED_ARCHITECTURES.ibmz,
    ipiCreatesNetwork: false,
    ipiStorageClass: false,
    source: `${MATRIX_SOURCE} (IBM Z / LinuxONE: UPI, Assisted and Agent-based only)`,
  },
  none: {
    kind: 'agnostic',
    available: 'GA',
    ipi: false,
    upi: true,
    agentBased: true,
    assisted: true,
    ipiDisconnected: false,
    ipiPrivate: false,
    ipiTopologies: [],
    ipiArchitectures: [],
    architectures: SUPPORTED_ARCHITECTURES.none,
    ipiCreatesNetwork: false,
    ipiStorageClass: false,
    source: `${MATRIX_SOURCE} (platform agnostic: "does not support automated infrastructure provisioning")`,
  },
};

/** Changes between 4.14 and the newest release (the release notes version timeline). */
interface MatrixChange {
  platform: Platform;
  since: KnownVersion;
  patch: Partial<PlatformSupport>;
  source: string;
}

const CHANGES: readonly MatrixChange[] = [
  {
    platform: 'nutanix',
    since: '4.19',
    patch: { agentBased: true },
    source: 'the release notes version timeline (Agent-based on Nutanix from 4.19)',
  },
  {
    platform: 'external',
    since: '4.15',
    patch: { available: 'TechPreview' },
    source:
      'openshift-docs PR #76850 (Oracle Cloud Infrastructure: Technology Preview label removed from 4.16)',
  },
  { platform: 'external', since: '4.16', patch: { available: 'GA' }, source: 'openshift-docs PR #76850' },
  {
    platform: 'powervc',
    since: '4.21',
    patch: { available: 'TechPreview', ipi: true },
    source: '4.21 release notes (IBM PowerVC installer-provisioned infrastructure: Technology Preview)',
  },
  {
    platform: 'powervc',
    since: '4.22',
    patch: { available: 'GA' },
    source:
      '4.22 release notes ("Installer-provisioned infrastructure for IBM PowerVC is now generally available")',
  },
];

function supportIn(platform: Platform, version: KnownVersion): PlatformSupport {
  let row = BASE[platform];
  for (const change of CHANGES) {
    if (change.platform !== platform || !atLeast(version, change.since)) continue;
    row = { ...row, ...change.patch, source: `${row.source}; ${change.source}` };
  }
  return row;
}

/** Platform × release table (4.14 … newest known), every entry citing where its facts come from. */
export const PLATFORM_MATRIX: Readonly<Record<Platform, Readonly<Record<KnownVersion, PlatformSupport>>>> =
  Object.fromEntries(
    Object.keys(BASE).map((platform) => [
      platform,
      Object.fromEntries(KNOWN_OCP_VERSIONS.map((v) => [v, supportIn(platform as Platform, v)])),
    ]),
  ) as Record<Platform, Record<KnownVersion, PlatformSupport>>;

/**
 * The nearest release the matrix covers: a newer one reads as the newest known (releases.ts rulesVersion), since
 * features are not withdrawn within the covered range.
 */
export function matrixVersion(version: string): KnownVersion {
  return rulesVersion(version);
}

export function supportFor(platform: Platform, ocpVersion: string): PlatformSupport {
  return PLATFORM_MATRIX[platform][matrixVersion(ocpVersion)];
}

/** Whether installer-provisioned infrastructure exists for the platform in that release. */
export function ipiSupported(platform: Platform, ocpVersion: string): boolean {
  return supportFor(platform, ocpVersion).ipi;
}

/** Public clouds (kind 'cloud' in the matrix): the installer builds their network, DNS and load balancers with IPI. */
export function isCloudPlatform(platform: Platform): boolean {
  return supportFor(platform, NEWEST_KNOWN_VERSION).kind === 'cloud';
}
