import { type SinceTable, valueAt } from './releases.js';

/**
 * Feature-gated install-config fields by release, kept the way the installer keeps them: a plain table of
 * {gate, condition, field path} (openshift/installer pkg/types/validation/featuregates.go), with the level each
 * release ships the gate at (openshift/api features/features.go of that release's vendored API; release-note
 * trackers where no branch was read).
 *
 * A TechPreview gate is on only with `featureSet: TechPreviewNoUpgrade`, or `CustomNoUpgrade` listing the gate; a
 * DevPreview gate only with `DevPreviewNoUpgrade` (or CustomNoUpgrade); a GA gate is on in the default set. Before a
 * release adds the field at all, the field does not exist (see release-fields.ts), which is a different finding.
 */

export type GateLevel = 'absent' | 'DevPreview' | 'TechPreview' | 'GA';

/** When a field counts as used: set to anything, set to one value, or a string starting with a prefix. */
export type GateCondition =
  | { kind: 'set' }
  | { kind: 'equals'; value: string }
  | { kind: 'prefix'; value: string };

export interface GatedField {
  /** Installer notation; `[]` stands for every element of a list (compute[].diskSetup). */
  path: string;
  condition: GateCondition;
}

export interface FeatureGate {
  /** Stable id of the feature (plan.json, tests). */
  id: string;
  /** The openshift/api feature gate name. */
  gate: string;
  fields: readonly GatedField[];
  /** Level from each release on; releases before the first entry have the gate absent. */
  levels: SinceTable<GateLevel>;
  /**
   * The installer's own message when the gate is off, where it words it differently from the generic
   * "this field is protected by the … feature gate" sentence (gateOffMessage).
   */
  message?: string;
  /** The path the installer reports, where it differs from the field's path. */
  reportedPath?: string;
  source: string;
}

const SET: GateCondition = { kind: 'set' };
const INSTALLER_GATES =
  'openshift/installer pkg/types/validation/featuregates.go, https://github.com/openshift/installer/blob/master/pkg/types/validation/featuregates.go';
const RN422 =
  'OpenShift Container Platform 4.22 release notes, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/release_notes/';

export const FEATURE_GATES: readonly FeatureGate[] = [
  {
    id: 'arbiter',
    gate: 'HighlyAvailableArbiter',
    fields: [{ path: 'arbiter', condition: SET }],
    levels: { '4.19': 'TechPreview', '4.20': 'GA' },
    message: 'HighlyAvailableArbiter feature must be enabled in order to use arbiter cluster deployment',
    source: `openshift/installer release-4.21 pkg/types/validation/installconfig.go (validateArbiter); ${RN422}`,
  },
  {
    id: 'two-node-fencing',
    gate: 'DualReplica',
    fields: [{ path: 'controlPlane.fencing', condition: SET }],
    levels: { '4.20': 'TechPreview', '4.22': 'GA' },
    reportedPath: 'platform.none.fencingCredentials',
    source: `openshift/installer release-4.21 pkg/types/defaults/validation/featuregates.go; ${RN422} (two-node with fencing: GA)`,
  },
  {
    id: 'os-image-stream',
    gate: 'OSStreams',
    fields: [{ path: 'osImageStream', condition: SET }],
    levels: { '4.21': 'TechPreview' },
    source: `${INSTALLER_GATES}; ${RN422} (RHEL 10 based RHCOS: Technology Preview)`,
  },
  {
    id: 'multi-disk-setup',
    gate: 'MultiDiskSetup',
    fields: [
      { path: 'controlPlane.diskSetup', condition: SET },
      { path: 'compute[].diskSetup', condition: SET },
    ],
    levels: { '4.20': 'TechPreview' },
    source: INSTALLER_GATES,
  },
  {
    id: 'aws-user-provisioned-dns',
    gate: 'AWSClusterHostedDNSInstall',
    fields: [{ path: 'platform.aws.userProvisionedDNS', condition: { kind: 'equals', value: 'Enabled' } }],
    levels: { '4.21': 'TechPreview' },
    source: 'openshift/installer pkg/types/aws/validation/featuregates.go',
  },
  {
    id: 'azure-user-provisioned-dns',
    gate: 'AzureClusterHostedDNSInstall',
    fields: [{ path: 'platform.azure.userProvisionedDNS', condition: { kind: 'equals', value: 'Enabled' } }],
    levels: { '4.21': 'TechPreview', '4.22': 'GA' },
    source: `openshift/installer pkg/types/azure/validation/featuregates.go; ${RN422} (Azure with user-provisioned DNS: GA)`,
  },
  {
    id: 'gcp-user-provisioned-dns',
    gate: 'GCPClusterHostedDNSInstall',
    fields: [{ path: 'platform.gcp.userProvisionedDNS', condition: { kind: 'equals', value: 'Enabled' } }],
    levels: { '4.20': 'TechPreview', '4.21': 'GA' },
    source: 'openshift/installer pkg/types/gcp/validation/featuregates.go; 4.21 release notes',
  },
  {
    id: 'vsphere-host-groups',
    gate: 'VSphereHostVMGroupZonal',
    fields: [{ path: 'platform.vsphere.failureDomains[].topology.hostGroup', condition: SET }],
    levels: { '4.19': 'TechPreview', '4.22': 'GA' },
    source: `openshift/installer pkg/types/vsphere/validation/featuregates.go; ${RN422}`,
  },
  {
    id: 'onprem-dns-records-type',
    gate: 'OnPremDNSRecords',
    fields: [
      { path: 'platform.baremetal.dnsRecordsType', condition: SET },
      { path: 'platform.vsphere.dnsRecordsType', condition: SET },
      { path: 'platform.nutanix.dnsRecordsType', condition: SET },
      { path: 'platform.openstack.dnsRecordsType', condition: SET },
    ],
    levels: { '4.21': 'TechPreview' },
    source: INSTALLER_GATES,
  },
  {
    id: 'azure-multi-disk',
    gate: 'AzureMultiDisk',
    fields: [
      { path: 'controlPlane.platform.azure.dataDisks', condition: SET },
      { path: 'compute[].platform.azure.dataDisks', condition: SET },
      { path: 'platform.azure.defaultMachinePlatform.dataDisks', condition: SET },
    ],
    levels: { '4.20': 'TechPreview' },
    source: 'openshift/installer pkg/types/azure/validation/featuregates.go',
  },
  {
    id: 'aws-dual-stack',
    gate: 'AWSDualStackInstall',
    fields: [{ path: 'platform.aws.ipFamily', condition: SET }],
    levels: { '4.22': 'TechPreview' },
    source: `openshift/installer pkg/types/aws/validation/featuregates.go; ${RN422} (dual stack on AWS: Technology Preview)`,
  },
  {
    id: 'azure-dual-stack',
    gate: 'AzureDualStackInstall',
    fields: [{ path: 'platform.azure.ipFamily', condition: SET }],
    levels: { '4.22': 'TechPreview' },
    source: 'openshift/installer pkg/types/azure/validation/featuregates.go',
  },
  {
    id: 'aws-european-sovereign-cloud',
    gate: 'AWSEuropeanSovereignCloudInstall',
    fields: [{ path: 'platform.aws.region', condition: { kind: 'prefix', value: 'eusc-' } }],
    levels: { '4.22': 'TechPreview' },
    source: `openshift/installer pkg/types/aws/validation/featuregates.go; ${RN422}`,
  },
  {
    id: 'aws-dedicated-hosts',
    gate: 'AWSDedicatedHosts',
    fields: [{ path: 'compute[].platform.aws.hostPlacement', condition: SET }],
    levels: { '4.22': 'TechPreview' },
    source: 'openshift/installer pkg/types/aws/validation/featuregates.go',
  },
  {
    id: 'cluster-api-control-plane',
    gate: 'ClusterAPIControlPlaneInstall',
    fields: [{ path: 'controlPlane.management', condition: { kind: 'equals', value: 'ClusterAPI' } }],
    levels: { '4.22': 'DevPreview' },
    source: INSTALLER_GATES,
  },
  {
    id: 'cluster-api-compute',
    gate: 'ClusterAPIComputeInstall',
    fields: [{ path: 'compute[].management', condition: { kind: 'equals', value: 'ClusterAPI' } }],
    levels: { '4.22': 'DevPreview' },
    source: INSTALLER_GATES,
  },
];

export function gateLevel(gate: FeatureGate, version: string): GateLevel {
  return valueAt(gate.levels, version, 'absent');
}

export function featureGate(id: string): FeatureGate {
  const gate = FEATURE_GATES.find((g) => g.id === id);
  if (!gate) throw new Error(`unknown feature gate id ${id}`);
  return gate;
}

/** Feature sets that switch a gate of this level on without naming it (CustomNoUpgrade must list it). */
export function featureSetsFor(level: GateLevel): readonly string[] {
  if (level === 'GA') return ['', 'TechPreviewNoUpgrade', 'DevPreviewNoUpgrade', 'CustomNoUpgrade'];
  if (level === 'TechPreview') return ['TechPreviewNoUpgrade', 'DevPreviewNoUpgrade'];
  if (level === 'DevPreview') return ['DevPreviewNoUpgrade'];
  return [];
}

/** The installer's sentence when a gated field is used without the gate (pkg/types/validation/featuregates.go). */
export function gateOffMessage(gate: FeatureGate): string {
  return (
    gate.message ??
    `this field is protected by the ${gate.gate} feature gate which must be enabled through either the TechPreviewNoUpgrade or CustomNoUpgrade feature set`
  );
}
