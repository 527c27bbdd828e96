import type { Ownership, Platform } from '../types.js';
import { docsPage } from './topologies.js';

/**
 * IBM PowerVC (platform powervc): installer-provisioned only, a thin layer over the OpenStack provider, Technology
 * Preview in 4.21 and generally available in 4.22 (platform-matrix.ts). What the installation asks of the PowerVC
 * environment, per "Installing a cluster on IBM PowerVC with customizations" and its modules (infrastructure
 * requirements, resource guidelines, the user-managed load balancer sample), and the openstack-for-power-vc-ipi
 * enhancement (what PowerVC lacks compared with OpenStack).
 */

export const POWERVC_DOCS = docsPage(
  '4.22',
  'installing_on_ibm_powervc',
  'Installing on IBM PowerVC: Installing a cluster on IBM PowerVC with customizations',
);
export const POWERVC_ENHANCEMENT =
  'openshift/enhancements enhancements/installer/openstack-for-power-vc-ipi.md, https://github.com/openshift/enhancements/blob/master/enhancements/installer/openstack-for-power-vc-ipi.md';

/** Resources a default cluster (3 control plane, 3 compute, the bootstrap) uses: "Resource guidelines for installing on PowerVC". */
export interface PowervcQuota {
  resource: 'subnets' | 'ram' | 'vcpus' | 'volumeStorage' | 'instances';
  value: number;
  unit?: 'GB';
}

export const POWERVC = {
  /**
   * PowerVC has no Neutron allowed-address pairs, so the cluster cannot hold keepalived VIPs: a load balancer you run
   * serves the API, the Machine Config Server and ingress (the enhancement's "Load Balancing"; the docs’ prerequisite
   * "a load balancing service you can use with the PowerVC network").
   */
  loadBalancerType: 'UserManaged',
  /** PowerVC networks have no native DHCP: a DHCP server you run must serve the installation network. */
  userDhcp: true,
  /** The installer must use an administrative PowerVC account ("account privilege requirements"). */
  adminAccount: true,
  /** Recommended free resources for a default cluster; a cluster might function with fewer. */
  quotas: [
    { resource: 'subnets', value: 1 },
    { resource: 'ram', value: 88, unit: 'GB' },
    { resource: 'vcpus', value: 22 },
    { resource: 'volumeStorage', value: 275, unit: 'GB' },
    { resource: 'instances', value: 7 },
  ] as readonly PowervcQuota[],
  /** How the docs find the RHCOS image to import (then `powervc-image-import`). */
  imageQuery:
    "openshift-install coreos print-stream-json | jq -r '.architectures.ppc64le.artifacts.openstack' | jq -r '.formats.\"qcow2.gz\".disk.location'",
  source: `${POWERVC_DOCS}; ${POWERVC_ENHANCEMENT}`,
} as const;

/**
 * Platforms whose installer-provisioned clusters always sit behind the customer's load balancer
 * (`loadBalancer.type: UserManaged`): there the API and ingress addresses are the load balancer's front ends, not VIPs
 * the cluster holds, so they need not lie inside the machine network and may be one address.
 */
export const USER_MANAGED_LB_PLATFORMS: readonly Platform[] = ['powervc'];

/** Ownership defaults that differ from the answers-file format's "installer" because the installer cannot provide the part there. */
export const OWNERSHIP_DEFAULTS: Readonly<Partial<Record<Platform, Partial<Ownership>>>> = {
  // PowerVC: the installer creates no load balancer and no DNS record (POWERVC_DOCS: DNS records pointing to the
  // load balancer are required for installation).
  powervc: { loadBalancer: 'customer', dns: 'customer' },
};
