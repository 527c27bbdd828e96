import type { Architecture, Platform } from '../types.js';

/** the answers-file format: architecture defaults to amd64, s390x for IBM Z and ppc64le for Power Virtual Server. */
export const DEFAULT_ARCHITECTURE: Record<Platform, Architecture> = {
  aws: 'amd64',
  azure: 'amd64',
  gcp: 'amd64',
  vsphere: 'amd64',
  baremetal: 'amd64',
  nutanix: 'amd64',
  openstack: 'amd64',
  ibmcloud: 'amd64',
  powervs: 'ppc64le',
  // PowerVC manages IBM Power servers (ppc64le).
  powervc: 'ppc64le',
  ibmz: 's390x',
  external: 'amd64',
  none: 'amd64',
};

/**
 * Architectures each platform can install (the docs’ supported installation methods per platform support matrix; the docs’ “Selecting a cluster installation method”: AWS, Azure, GCP and bare metal have
 * arm64; IBM Z is s390x only; Power and Power VS are ppc64le; platform-agnostic UPI also serves IBM Z and Power).
 */
export const SUPPORTED_ARCHITECTURES: Record<Platform, readonly Architecture[]> = {
  aws: ['amd64', 'arm64'],
  azure: ['amd64', 'arm64'],
  gcp: ['amd64', 'arm64'],
  vsphere: ['amd64'],
  baremetal: ['amd64', 'arm64', 'ppc64le', 's390x'],
  nutanix: ['amd64'],
  openstack: ['amd64'],
  ibmcloud: ['amd64'],
  powervs: ['ppc64le'],
  powervc: ['ppc64le'],
  ibmz: ['s390x'],
  // Oracle Cloud Infrastructure runs x86_64 and Ampere (arm64) shapes.
  external: ['amd64', 'arm64'],
  none: ['amd64', 'arm64', 'ppc64le', 's390x'],
};

/**
 * Defaults the installer's survey offers for a region-like answer (the installer’s install-config survey: aws us-east-1, azure eastus,
 * gcp us-central1, ibmcloud first region of the sorted list = us-south in practice; Power VS zone dal10).
 */
export const DEFAULT_PLATFORM_ANSWERS: Partial<Record<Platform, Record<string, string>>> = {
  aws: { region: 'us-east-1' },
  azure: { region: 'eastus' },
  gcp: { region: 'us-central1' },
  ibmcloud: { region: 'us-south' },
  powervs: { zone: 'dal10' },
  openstack: { cloud: 'openstack' },
  powervc: { cloud: 'powervc' },
  // Oracle Cloud Infrastructure is the external platform the Agent-based installer documents (platformName oci).
  external: { platformName: 'oci', cloudControllerManager: 'External' },
};

/** Platforms on which API and ingress VIPs exist in the install-config (validateVIPsForPlatform (installconfig.go)). */
export const VIP_PLATFORMS: readonly Platform[] = ['baremetal', 'vsphere', 'nutanix', 'openstack', 'powervc'];

/** Platforms where publish: Internal is accepted (installconfig.go (publish, credentials, mirrors, proxy)). */
export const INTERNAL_PUBLISH_PLATFORMS: readonly Platform[] = ['aws', 'azure', 'gcp', 'ibmcloud', 'powervs'];

/** Platforms where the customer provides everything by default (the answers-file format: none and ibmz have no IPI). */
export const CUSTOMER_OWNED_PLATFORMS: readonly Platform[] = ['none', 'ibmz'];

/** FIPS validated crypto exists on x86_64, ppc64le and s390x only (the docs’ “Selecting a cluster installation method”, "Need extra security?"). */
export const FIPS_ARCHITECTURES: readonly Architecture[] = ['amd64', 'ppc64le', 's390x'];

/** The installer's network defaults (pkg/types/defaults). */
export const DEFAULT_NETWORKING = {
  networkType: 'OVNKubernetes',
  machineNetwork: ['10.0.0.0/16'],
  clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
  serviceNetwork: ['172.30.0.0/16'],
} as const;

/** Power VS defaults its machine network to 192.168.0.0/24 (pkg/types/defaults). */
export const POWERVS_MACHINE_NETWORK = '192.168.0.0/24';
