import { atLeast, type KnownVersion, olderThan } from './releases.js';

/**
 * install-config fields that appeared, were deprecated or were removed within the releases the planner knows. A field
 * not listed here exists in every known release (the installer schema of the newest release lists them all).
 * Paths are in the installer's notation; `[]` stands for every element of a list. `*` as the first segment of a
 * machine-pool path means controlPlane, compute[] and platform.<p>.defaultMachinePlatform alike.
 *
 * How a release treats a field it does not have: up to 4.21 the installer warns about the unknown key and drops it;
 * from 4.22 unknown keys are fatal (openshift/installer PR #10287 "Enable strict unmarshaling for user invocations").
 */
export interface ReleaseField {
  path: string;
  /**
   * The value's shape, for a field the newest installer schema no longer has (so an older release's file that uses it
   * can still be read): 'string', 'boolean', 'integer', or 'object' (keys not checked).
   */
  kind?: 'string' | 'boolean' | 'integer' | 'object';
  /** First release that has the field. */
  added?: KnownVersion;
  /** First release that calls it deprecated, and what to write instead. */
  deprecated?: { since: KnownVersion; use?: string };
  /** First release that no longer has the field, and what to write instead. */
  removed?: KnownVersion;
  replacement?: string;
  source: string;
}

const MASTER =
  'openshift/installer pkg/types (master), https://github.com/openshift/installer/tree/master/pkg/types';
const REL414 =
  'openshift/installer pkg/types (4.14, commit db0eb03e5f), https://github.com/openshift/installer/tree/db0eb03e5f9d/pkg/types';
const REL415 =
  'openshift/installer pkg/types (release-4.15), https://github.com/openshift/installer/tree/release-4.15/pkg/types';
const REL418 =
  'openshift/installer pkg/types (release-4.18), https://github.com/openshift/installer/tree/release-4.18/pkg/types';
const REL421 =
  'openshift/installer pkg/types (release-4.21), https://github.com/openshift/installer/tree/release-4.21/pkg/types';

export const RELEASE_FIELDS: readonly ReleaseField[] = [
  { path: 'arbiter', added: '4.19', source: `${REL421} installconfig.go (Arbiter machine pool)` },
  { path: 'controlPlane.fencing', added: '4.19', source: `${REL421} machinepools.go (Fencing)` },
  {
    path: 'controlPlane.fencing.credentials[].macAddress',
    added: '4.22',
    source: `${MASTER} fencing.go (openshift/installer PR #10513)`,
  },
  { path: 'controlPlane.diskSetup', added: '4.20', source: `${REL421} machinepools.go (DiskSetup)` },
  { path: 'compute[].diskSetup', added: '4.20', source: `${REL421} machinepools.go (DiskSetup)` },
  { path: 'controlPlane.management', added: '4.22', source: `${MASTER} machinepools.go (Management)` },
  { path: 'compute[].management', added: '4.22', source: `${MASTER} machinepools.go (Management)` },
  { path: 'osImageStream', added: '4.22', source: `${MASTER} installconfig.go (OSImageStream)` },
  {
    path: 'imageDigestSources[].sourcePolicy',
    added: '4.21',
    source: `${REL421} installconfig.go (ImageDigestSource.SourcePolicy)`,
  },
  {
    path: 'platform.aws.vpc',
    added: '4.19',
    source: `${REL421} aws/platform.go (VPC, subnets with roles)`,
  },
  {
    path: 'platform.aws.subnets',
    deprecated: { since: '4.19', use: 'platform.aws.vpc.subnets' },
    source: `${REL421} aws/platform.go ("Deprecated: use platform.aws.vpc.subnets")`,
  },
  {
    path: 'platform.aws.experimentalPropagateUserTags',
    removed: '4.21',
    replacement: 'platform.aws.propagateUserTags',
    kind: 'boolean',
    source: `${REL421} aws/platform.go (field no longer present)`,
  },
  {
    // 4.14 names the Power VS workspace by serviceInstanceID; 4.15 renamed it serviceInstanceGUID.
    path: 'platform.powervs.serviceInstanceID',
    removed: '4.15',
    replacement: 'platform.powervs.serviceInstanceGUID',
    kind: 'string',
    source: `${REL414} powervs/platform.go (ServiceInstanceID)`,
  },
  {
    path: 'platform.powervs.serviceInstanceGUID',
    added: '4.15',
    source: `${REL415} powervs/platform.go (ServiceInstanceGUID)`,
  },
  {
    path: 'networking.ovnKubernetesConfig',
    added: '4.18',
    source: `${REL418} installconfig.go (Networking.OVNKubernetesConfig)`,
  },
  { path: 'platform.aws.userProvisionedDNS', added: '4.21', source: `${REL421} aws/platform.go` },
  { path: 'platform.aws.ipFamily', added: '4.22', source: `${MASTER} aws/platform.go (IPFamily)` },
  {
    path: '*.aws.cpuOptions.confidentialCompute',
    added: '4.21',
    source: `${REL421} aws/machinepool.go (CPUOptions)`,
  },
  { path: '*.aws.rootVolume.throughput', added: '4.21', source: `${REL421} aws/machinepool.go` },
  { path: '*.aws.hostPlacement', added: '4.22', source: `${MASTER} aws/machinepool.go (HostPlacement)` },
  { path: 'platform.azure.userProvisionedDNS', added: '4.21', source: `${REL421} azure/platform.go` },
  { path: 'platform.azure.subnets', added: '4.21', source: `${REL421} azure/platform.go (Subnets)` },
  {
    path: 'platform.azure.controlPlaneSubnet',
    deprecated: { since: '4.21', use: 'platform.azure.subnets' },
    source: `${REL421} azure/platform.go ("Deprecated: use platform.Azure.Subnets")`,
  },
  {
    path: 'platform.azure.computeSubnet',
    deprecated: { since: '4.21', use: 'platform.azure.subnets' },
    source: `${REL421} azure/platform.go ("Deprecated: use platform.Azure.Subnets")`,
  },
  { path: 'platform.azure.allowSharedKeyAccess', added: '4.22', source: `${MASTER} azure/platform.go` },
  { path: 'platform.azure.ipFamily', added: '4.22', source: `${MASTER} azure/platform.go (IPFamily)` },
  { path: '*.azure.identity', added: '4.19', source: `${REL421} azure/machinepool.go (Identity)` },
  { path: '*.azure.bootDiagnostics', added: '4.19', source: `${REL421} azure/machinepool.go` },
  { path: '*.azure.dataDisks', added: '4.20', source: `${REL421} azure/machinepool.go (DataDisks)` },
  { path: 'platform.gcp.dns', added: '4.20', source: `${REL421} gcp/platform.go (DNS.PrivateZone)` },
  { path: 'platform.gcp.endpoint', added: '4.21', source: `${REL421} gcp/platform.go (PSC endpoint)` },
  {
    path: 'platform.gcp.firewallRulesManagement',
    added: '4.21',
    source: `${REL421} gcp/platform.go (FirewallRulesManagement)`,
  },
  {
    path: 'platform.vsphere.failureDomains[].regionType',
    added: '4.19',
    source: `${REL421} vsphere/platform.go`,
  },
  {
    path: 'platform.vsphere.failureDomains[].zoneType',
    added: '4.19',
    source: `${REL421} vsphere/platform.go`,
  },
  {
    path: 'platform.vsphere.failureDomains[].topology.hostGroup',
    added: '4.19',
    source: `${REL421} vsphere/platform.go`,
  },
  { path: '*.vsphere.dataDisks', added: '4.19', source: `${REL421} vsphere/machinepool.go (DataDisks)` },
  { path: 'platform.vsphere.dnsRecordsType', added: '4.21', source: `${REL421} vsphere/platform.go` },
  { path: 'platform.baremetal.dnsRecordsType', added: '4.21', source: `${REL421} baremetal/platform.go` },
  { path: 'platform.nutanix.dnsRecordsType', added: '4.21', source: `${REL421} nutanix/platform.go` },
  { path: 'platform.openstack.dnsRecordsType', added: '4.21', source: `${REL421} openstack/platform.go` },
  { path: 'platform.baremetal.bmcVerifyCA', added: '4.21', source: `${REL421} baremetal/platform.go` },
  {
    path: 'platform.baremetal.provisioningNetworkGateway',
    added: '4.22',
    source: `${MASTER} baremetal/platform.go`,
  },
  {
    path: 'platform.baremetal.clusterOSImage',
    deprecated: { since: '4.22' },
    source: `${MASTER} baremetal/platform.go (openshift/installer PR #9814: the OS image is part of the release)`,
  },
  {
    path: 'platform.baremetal.bootstrapOSImage',
    deprecated: { since: '4.22' },
    source: `${MASTER} baremetal/platform.go (openshift/installer PR #9814: the OS image is part of the release)`,
  },
  { path: 'platform.powervc', added: '4.21', source: `${REL421} powervc/platform.go` },
];

/** The entries for a path, for the validator and the renderer. */
export function releaseFieldsFor(path: string): readonly ReleaseField[] {
  return RELEASE_FIELDS.filter((field) => field.path === path);
}

/**
 * A machine-pool path written with `*` (`*.aws.rootVolume.throughput`) in every place a machine pool's platform
 * stanza appears: controlPlane, compute[], arbiter and platform.<p>.defaultMachinePlatform.
 */
export function expandPoolPath(path: string): string[] {
  if (!path.startsWith('*.')) return [path];
  const [platform, ...rest] = path.slice(2).split('.');
  const tail = rest.length > 0 ? `.${rest.join('.')}` : '';
  return [
    `controlPlane.platform.${platform}${tail}`,
    `compute[].platform.${platform}${tail}`,
    `arbiter.platform.${platform}${tail}`,
    `platform.${platform}.defaultMachinePlatform${tail}`,
  ];
}

let byPath: Map<string, ReleaseField[]> | undefined;

/** The entries for a path with list indexes written as `[]` (`compute[].diskSetup`), machine-pool paths expanded. */
export function releaseFieldsAt(path: string): readonly ReleaseField[] {
  if (!byPath) {
    byPath = new Map();
    for (const field of RELEASE_FIELDS) {
      for (const concrete of expandPoolPath(field.path)) {
        byPath.set(concrete, [...(byPath.get(concrete) ?? []), field]);
      }
    }
  }
  return byPath.get(path) ?? [];
}

/** How a release treats a field: there, not there yet, or gone; and whether it is deprecated there. */
export type FieldInRelease =
  | { state: 'present'; deprecated?: { since: KnownVersion; use?: string; source: string } }
  | { state: 'not-yet'; added: KnownVersion; source: string }
  | { state: 'removed'; removed: KnownVersion; replacement?: string; source: string };

export function fieldInRelease(path: string, version: string): FieldInRelease {
  let deprecated: { since: KnownVersion; use?: string; source: string } | undefined;
  for (const field of releaseFieldsAt(path)) {
    if (field.added && olderThan(version, field.added)) {
      return { state: 'not-yet', added: field.added, source: field.source };
    }
    if (field.removed && atLeast(version, field.removed)) {
      return {
        state: 'removed',
        removed: field.removed,
        ...(field.replacement ? { replacement: field.replacement } : {}),
        source: field.source,
      };
    }
    if (field.deprecated && atLeast(version, field.deprecated.since)) {
      deprecated = {
        since: field.deprecated.since,
        ...(field.deprecated.use ? { use: field.deprecated.use } : {}),
        source: field.source,
      };
    }
  }
  return deprecated ? { state: 'present', deprecated } : { state: 'present' };
}
