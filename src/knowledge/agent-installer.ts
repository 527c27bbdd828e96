import type { Architecture, BondMode, Platform } from '../types.js';
import { rulesVersion, type SinceTable, valueAt } from './releases.js';

/**
 * Facts of the Agent-based installer (`openshift-install agent …`) that the planner renders and checks by: which
 * install-configs it accepts in each release, which fields it ignores, what agent-config.yaml may hold, and the
 * defaults the planner writes. Logic in render/agent-config and validate/agent selects from these tables.
 */

const INSTALLER = 'https://github.com/openshift/installer/blob/master';

/** The documentation book of the Agent-based installer for a release (docs.redhat.com keeps one per release). */
export function agentDocs(version: string): string {
  return `Installing an on-premise cluster with the Agent-based Installer, https://docs.redhat.com/en/documentation/openshift_container_platform/${rulesVersion(version)}/html/installing_an_on-premise_cluster_with_the_agent-based_installer/`;
}

/** The Oracle Cloud Infrastructure book of a release. */
export function ociDocs(version: string): string {
  return `Installing on OCI, https://docs.redhat.com/en/documentation/openshift_container_platform/${rulesVersion(version)}/html/installing_on_oci/`;
}

export const AGENT_SOURCES = {
  installConfig: `openshift/installer pkg/asset/agent/installconfig.go, ${INSTALLER}/pkg/asset/agent/installconfig.go`,
  platforms: `openshift/installer pkg/asset/agent/common.go, ${INSTALLER}/pkg/asset/agent/common.go`,
  agentConfig: `openshift/installer pkg/asset/agent/agentconfig/agent_config.go, ${INSTALLER}/pkg/asset/agent/agentconfig/agent_config.go`,
  agentHosts: `openshift/installer pkg/asset/agent/agentconfig/agenthosts.go, ${INSTALLER}/pkg/asset/agent/agentconfig/agenthosts.go`,
  configType: `openshift/installer pkg/types/agent/agent_config_type.go, ${INSTALLER}/pkg/types/agent/agent_config_type.go`,
  rootDeviceHints: `openshift/installer pkg/types/baremetal/validation/platform.go, ${INSTALLER}/pkg/types/baremetal/validation/platform.go`,
  ntp: `openshift/installer pkg/types/baremetal/validation/platform.go (ValidateNTPServers), ${INSTALLER}/pkg/types/baremetal/validation/platform.go`,
  nmstate: `openshift/installer pkg/asset/agent/manifests/staticnetworkconfig/generator.go, ${INSTALLER}/pkg/asset/agent/manifests/staticnetworkconfig/generator.go`,
  commands: `openshift/installer cmd/openshift-install/agent.go, ${INSTALLER}/cmd/openshift-install/agent.go`,
  assisted:
    'openshift/assisted-service internal/cluster/validator.go and internal/host/validator.go, https://github.com/openshift/assisted-service/blob/master/internal/host/validator.go',
} as const;

/**
 * Platforms the agent accepts in `platform.<name>` (SupportedInstallerPlatforms). Nutanix is documented for the
 * agent from 4.19 (the support matrix's change table agrees).
 */
export const AGENT_PLATFORMS: SinceTable<readonly Platform[]> = {
  '4.14': ['baremetal', 'vsphere', 'none', 'external'],
  '4.19': ['baremetal', 'vsphere', 'nutanix', 'none', 'external'],
};

export function agentPlatforms(version: string): readonly Platform[] {
  return valueAt(AGENT_PLATFORMS, version, []);
}

/** Answered platforms whose machines the agent installs with `platform: none` (IBM Z is s390x on none). */
export const AGENT_NONE_PLATFORMS: readonly Platform[] = ['none', 'ibmz'];

/** "CPU architecture "ppc64le" only supports platform "none"" (ValidateSupportedPlatforms). */
export const NONE_ONLY_ARCHITECTURES: readonly Architecture[] = ['ppc64le', 's390x'];

/** "Only platform none and external supports 1 ControlPlane and 0 Compute nodes" (validateSNOConfiguration). */
export const SINGLE_NODE_PLATFORMS: readonly Platform[] = ['none', 'external'];

/**
 * Control-plane sizes the agent accepts per release: 1 or 3 up to 4.15, then 1–5; 2 only with an arbiter or
 * fencing (validateControlPlaneConfiguration).
 */
export const AGENT_CONTROL_PLANE_REPLICAS: SinceTable<readonly number[]> = {
  '4.14': [1, 3],
  '4.16': [1, 3, 4, 5],
};

/** Host roles agent-config.yaml accepts: master and worker, and arbiter from 4.20 (two-node with arbiter). */
export const AGENT_HOST_ROLES: SinceTable<readonly string[]> = {
  '4.14': ['master', 'worker'],
  '4.20': ['master', 'worker', 'arbiter'],
};

export function agentHostRoles(version: string): readonly string[] {
  return valueAt(AGENT_HOST_ROLES, version, ['master', 'worker']);
}

/** The agent-config role of each planner host role (the bootstrap machine does not exist with the agent). */
export const AGENT_ROLE = { 'control-plane': 'master', worker: 'worker', arbiter: 'arbiter' } as const;

/**
 * install-config fields the agent accepts but ignores, with a warning (warnUnusedConfig): the planner does not
 * render them for an Agent-based plan. Paths in installer notation; `compute[]` is every compute pool.
 */
export const AGENT_IGNORED_FIELDS: readonly string[] = [
  'controlPlane.hyperthreading',
  'controlPlane.platform',
  'compute[].hyperthreading',
  'compute[].platform',
  'platform.baremetal.externalBridge',
  'platform.baremetal.provisioningBridge',
  'platform.baremetal.libvirtURI',
  'platform.baremetal.bootstrapProvisioningIP',
  'platform.baremetal.bootstrapExternalStaticIP',
  'platform.baremetal.bootstrapExternalStaticGateway',
  'platform.baremetal.defaultMachinePlatform',
  'platform.vsphere.clusterOSImage',
  'platform.vsphere.defaultMachinePlatform',
  'platform.vsphere.diskType',
  'platform.vsphere.loadBalancer',
  'platform.vsphere.hosts',
  'platform.nutanix.clusterOSImage',
  'platform.nutanix.preloadedOSImageName',
  'platform.nutanix.defaultMachinePlatform',
  'platform.nutanix.loadBalancer',
  'platform.nutanix.prismAPICallTimeout',
  'platform.nutanix.failureDomains',
  'publish',
  'credentialsMode',
  'bootstrapInPlace',
];

/**
 * Bare-metal fields that belong to the IPI provisioning network and host provisioning. The agent boots the hosts
 * from its own image, so the planner leaves them out too; hosts come from agent-config.yaml ("hosts from
 * install-config.yaml are ignored" when agent-config lists hosts, agenthosts.go).
 */
export const AGENT_UNUSED_BAREMETAL_FIELDS: readonly string[] = [
  'platform.baremetal.hosts',
  'platform.baremetal.provisioningNetwork',
  'platform.baremetal.provisioningNetworkCIDR',
  'platform.baremetal.provisioningNetworkInterface',
  'platform.baremetal.provisioningDHCPRange',
  'platform.baremetal.clusterProvisioningIP',
];

/** What the planner writes when the answers leave an agent setting open. */
export const AGENT_DEFAULTS = {
  /** A logical name: the agent maps it to the NIC by its MAC address, so it need not be the kernel's name. */
  interfaceName: 'eno1',
  bondName: 'bond0',
  bondMode: 'active-backup' as BondMode,
  /** miimon of the docs’ bond examples, in milliseconds. */
  bondMiimon: 100,
  /** The main routing table, as in the docs’ default-route examples. */
  routeTable: 254,
  mtu: 1500,
} as const;

/** Platforms whose ISO is minimal by default (`minimalISO` comment in agent_config_type.go). */
export const MINIMAL_ISO_PLATFORMS: readonly Platform[] = ['external'];

/** Certificates embedded in the agent ISO expire: boot every host within 24 hours of creating the image. */
export const ISO_VALIDITY_HOURS = 24;

/** The Assisted service's tolerance for clock differences between hosts (MaximumAllowedTimeDiffMinutes). */
export const MAX_CLOCK_SKEW_MINUTES = 4;
