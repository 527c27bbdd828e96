import type { Plan, Platform } from '../../types.js';

/**
 * Keys of each answers platform block that the planner itself interprets (the answers-file format). Every other key of the block is
 * an install-config field of that platform and passes through unchanged to `platform.<name>`.
 */
export const ANSWER_KEYS: Record<Platform, readonly string[]> = {
  aws: ['region'],
  azure: ['region', 'baseDomainResourceGroupName'],
  gcp: ['projectID', 'region'],
  // folder and resourcePool are moved into the failure domain's topology (installation-config-parameters (docs)), not left as legacy fields.
  vsphere: [
    'vcenter',
    'datacenter',
    'cluster',
    'datastore',
    'network',
    'credentialsFile',
    'folder',
    'resourcePool',
  ],
  baremetal: [],
  // prismElementAddress is read when present: the answers have no Prism Element address yet (see platform-nutanix.ts).
  nutanix: [
    'prismCentral',
    'prismElementUUID',
    'prismElementAddress',
    'subnetUUID',
    'credentialsFile',
    'port',
  ],
  openstack: ['cloud', 'externalNetwork', 'computeFlavor'],
  ibmcloud: ['region'],
  powervs: ['zone', 'region', 'resourceGroup'],
  powervc: ['cloud', 'subnetID', 'computeFlavor', 'externalNetwork'],
  ibmz: [],
  external: ['platformName', 'cloudControllerManager'],
  none: [],
};

/** The install-config fields given in the answers platform block, in the order they were written. */
export function passthroughOf(plan: Plan): Record<string, unknown> {
  const own = ANSWER_KEYS[plan.platform];
  return Object.fromEntries(
    Object.entries(plan.platformConfig).filter(([key, value]) => !own.includes(key) && value !== undefined),
  );
}

/** A string answer of the platform block, or undefined. */
export function stringOf(plan: Plan, key: string): string | undefined {
  const value = plan.platformConfig[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
