import { VIP_PLATFORMS } from '../../knowledge/platform-defaults.js';
import { isCloudPlatform, supportFor } from '../../knowledge/platform-matrix.js';
import { USER_MANAGED_LB_PLATFORMS } from '../../knowledge/powervc.js';
import { NEWEST_KNOWN_VERSION } from '../../knowledge/releases.js';
import type { Architecture, Method, OwnershipPart, Platform } from '../../types.js';

/**
 * What the installer can build by itself on each platform when the method is IPI. A part the installer cannot build
 * stays a customer task even with IPI: on vSphere, bare metal, Nutanix and OpenStack the installer never writes DNS
 * records (ipi-vsphere-installation-reqs in the docs: api and *.apps must exist before the install), and the customer's network carries the
 * VIPs. On the clouds it creates the VPC, DNS records and load balancers (installation-aws-limits in the docs).
 */
/** The release-independent facts of the support matrix (knowledge/platform-matrix.ts) this module reads. */
const facts = (platform: Platform) => supportFor(platform, NEWEST_KNOWN_VERSION);
// On-prem IPI platforms serve the API and ingress on VIPs (knowledge/platform-defaults.ts).
const ON_PREM_IPI = VIP_PLATFORMS;

/**
 * vSphere, bare metal, Nutanix, OpenStack IPI: API and ingress VIPs served by keepalived on the nodes. Not PowerVC,
 * whose installer-provisioned cluster sits behind the customer's load balancer like a user-provisioned one.
 */
export function isOnPremIpi(platform: Platform, method: Method): boolean {
  return method === 'IPI' && ON_PREM_IPI.includes(platform) && !USER_MANAGED_LB_PLATFORMS.includes(platform);
}

/** Parts the installer provisions itself with IPI on this platform. */
export function installerBuilds(platform: Platform, part: OwnershipPart): boolean {
  if (part === 'machines') return platform !== 'none' && platform !== 'ibmz';
  // The clouds and OpenStack create their own network (OpenStack: tenant network, subnet and router unless
  // machinesSubnet names one); on-prem DNS records stay the customer's.
  if (part === 'network') return facts(platform).ipiCreatesNetwork;
  if (part === 'dns') return isCloudPlatform(platform);
  if (part === 'loadBalancer')
    return (
      !USER_MANAGED_LB_PLATFORMS.includes(platform) &&
      (isCloudPlatform(platform) || ON_PREM_IPI.includes(platform))
    );
  // Registry storage: object storage on the clouds and OpenStack, a vSphere volume; bare metal and Nutanix leave the
  // registry Removed until someone gives it storage (the docs’ UPI prerequisites, registry-configuring-storage-baremetal).
  return facts(platform).ipiStorageClass;
}

/**
 * UPI platforms whose nodes need the per-node forward and reverse records of installation-dns-user-infra (docs) (the clouds resolve node
 * names with their own internal DNS, so AWS/Azure/GCP UPI do not need them).
 */
export function needsNodeRecords(platform: Platform): boolean {
  return !isCloudPlatform(platform);
}

/**
 * Whether this plan's DNS holds one record per node: UPI off the clouds, and bare-metal IPI, whose hosts take their
 * names from DHCP reservations and DNS ("Installing on bare metal: Networking requirements"). vSphere, Nutanix and
 * OpenStack IPI need only api and *.apps: the installer creates the machines, and their addresses are not known
 * before the install.
 */
export function wantsNodeRecords(platform: Platform, method: Method): boolean {
  return needsNodeRecords(platform) && (method === 'UPI' || platform === 'baremetal');
}

/**
 * The image registry is set to Removed on platforms without object storage: bare metal, platform none, IBM Z,
 * vSphere (IPI and UPI: "Image registry removed during installation"), Nutanix. OpenStack keeps it on Swift.
 */
export function registryNeedsStorage(platform: Platform, method: Method): boolean {
  if (method === 'IPI') return platform === 'baremetal' || platform === 'nutanix' || platform === 'vsphere';
  return !isCloudPlatform(platform) && platform !== 'openstack';
}

/**
 * What the registry's volume will be after the install. `block`: the platform's default storage class gives
 * ReadWriteOnce volumes (vSphere thin-csi), so the operator's own claim (ReadWriteMany, 100 Gi) would stay Pending
 * and the registry needs a ReadWriteOnce claim with the Recreate rollout strategy and one replica. `nutanix-csi`:
 * the same, after the Nutanix CSI Operator and its default storage container are installed (there is no storage
 * class before that). `customer`: no default class; the customer's file storage (ReadWriteMany) or block storage
 * decides. Sources: "Configuring registry storage for VMware vSphere", "Configuring block registry storage",
 * "Configuring the default storage container" (Nutanix).
 */
export type RegistryVolume = 'block' | 'nutanix-csi' | 'customer';

const REGISTRY_VOLUME: Partial<Record<Platform, RegistryVolume>> = {
  vsphere: 'block',
  nutanix: 'nutanix-csi',
};

/** The registry volume of a plan: customer-owned storage always is the customer's choice. */
export function registryVolume(platform: Platform, storage: 'installer' | 'customer'): RegistryVolume {
  const own = REGISTRY_VOLUME[platform];
  if (own === 'nutanix-csi') return own;
  return storage === 'customer' ? 'customer' : (own ?? 'customer');
}

/** Names RHCOS stream metadata uses for each architecture (`openshift-install coreos print-stream-json`). */
export const STREAM_ARCH: Record<Architecture, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  ppc64le: 'ppc64le',
  s390x: 's390x',
};
