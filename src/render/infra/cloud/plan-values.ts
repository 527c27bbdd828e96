import ipaddr from 'ipaddr.js';
import { AWS_VPC_LIMITS, awsInstanceTypes } from '../../../knowledge/cloud-upi-aws.js';
import { azureImageArchitecture, azureVmSizes } from '../../../knowledge/cloud-upi-azure.js';
import { GCP_DISK, gcpMachineType } from '../../../knowledge/cloud-upi-gcp.js';
import type { PlanValue } from '../../../knowledge/cloud-upi-model.js';
import { DEFAULT_PLATFORM_ANSWERS } from '../../../knowledge/platform-defaults.js';
import type { Plan } from '../../../types.js';
import { parseCidrText } from '../../../util/ip-address.js';
import { existingNetwork } from './existing-network.js';

export type ParamValue = string | number | boolean;

function text(plan: Plan, key: string): string | undefined {
  const value = plan.platformConfig[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The instance type the answers name for every pool (platform.<cloud>.defaultMachinePlatform.type), if any. */
function answeredType(plan: Plan): string | undefined {
  const pool = plan.platformConfig.defaultMachinePlatform;
  if (typeof pool !== 'object' || pool === null) return undefined;
  const type = (pool as Record<string, unknown>).type;
  return typeof type === 'string' && type !== '' ? type : undefined;
}

function machineTypes(plan: Plan): { controlPlane: string; compute: string; bootstrap: string } {
  if (plan.platform === 'aws') return awsInstanceTypes(plan.architecture);
  if (plan.platform === 'azure') return azureVmSizes(plan.architecture);
  const type = gcpMachineType(plan.architecture);
  return { controlPlane: type, compute: type, bootstrap: type };
}

/** The first IPv4 machine network: the CIDR every cloud template carves its subnets from. */
export function machineCidr(plan: Plan): string {
  return (
    plan.networking.machineNetwork.find((cidr) => !cidr.includes(':')) ??
    plan.networking.machineNetwork[0] ??
    ''
  );
}

/**
 * The VPC template's SubnetBits: each of its six subnets is `/(32 - bits)`. The largest that fits six subnets into the
 * VPC (three more prefix bits), capped at the template's default 12 (/20 subnets) and kept within its limits 5–13.
 */
export function subnetBits(cidr: string): number {
  const prefix = Number(cidr.split('/')[1]);
  const fit = 32 - (prefix + 3);
  return Math.max(AWS_VPC_LIMITS.minSubnetBits, Math.min(12, fit, AWS_VPC_LIMITS.maxSubnetBits));
}

/** The two halves of the machine network, for GCP's control-plane and compute subnets (the docs’ /17 + /17 of a /16). */
export function halves(cidr: string): [string, string] {
  try {
    const [address, prefix] = parseCidrText(cidr);
    if (address.kind() !== 'ipv4' || prefix >= 32) return [cidr, cidr];
    const base = ipaddr.IPv4.networkAddressFromCIDR(cidr).toByteArray();
    const start = ((base[0] ?? 0) << 24) | ((base[1] ?? 0) << 16) | ((base[2] ?? 0) << 8) | (base[3] ?? 0);
    const second = (start >>> 0) + 2 ** (32 - prefix - 1);
    const octets = [24, 16, 8, 0].map((shift) => (second >>> shift) & 255);
    return [
      `${ipaddr.IPv4.networkAddressFromCIDR(cidr).toString()}/${prefix + 1}`,
      `${octets.join('.')}/${prefix + 1}`,
    ];
  } catch {
    return [cidr, cidr];
  }
}

/**
 * Azure storage account names are 3–24 lower-case letters and digits, unique across Azure; the documentation names
 * the account `<cluster>sa`, which a cluster name with hyphens would break, so the other characters are dropped.
 */
export function storageAccountName(clusterName: string): string {
  const base = clusterName.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${base.slice(0, 22)}sa`;
}

/** Zones the cluster spreads over: one for a single node, three otherwise (one per control-plane machine). */
export function zoneCount(plan: Plan): number {
  return plan.topology === 'sno' ? 1 : 3;
}

/** The value of a parameter the plan knows from the answers alone. */
export function planValue(plan: Plan, value: PlanValue): ParamValue {
  const domain = `${plan.clusterName}.${plan.baseDomain}`;
  const cidr = machineCidr(plan);
  const types = machineTypes(plan);
  const answered = answeredType(plan);
  switch (value) {
    case 'clusterName':
      return plan.clusterName;
    case 'baseDomain':
      return plan.baseDomain;
    case 'clusterDomain':
      return domain;
    case 'region':
      return text(plan, 'region') ?? DEFAULT_PLATFORM_ANSWERS[plan.platform]?.region ?? '';
    case 'project':
      return text(plan, 'projectID') ?? '';
    case 'machineCidr':
      return cidr;
    case 'subnetBits':
      return subnetBits(cidr);
    case 'zoneCount':
      return zoneCount(plan);
    case 'masterSubnetCidr':
      return halves(cidr)[0];
    case 'workerSubnetCidr':
      return halves(cidr)[1];
    case 'controlPlaneType':
      return answered ?? types.controlPlane;
    case 'computeType':
      return answered ?? types.compute;
    case 'bootstrapType':
      return types.bootstrap;
    case 'controlPlaneCount':
      return plan.controlPlaneReplicas;
    case 'computeCount':
      return plan.computeReplicas;
    // The Machine Config Server answers on api-int, port 22623 (installation-creating-aws-control-plane).
    case 'controlPlaneIgnition':
      return `https://api-int.${domain}:22623/config/master`;
    case 'computeIgnition':
      return `https://api-int.${domain}:22623/config/worker`;
    // The bootstrap template opens SSH to 0.0.0.0/0 by default; the plan narrows it to the machine network.
    case 'bootstrapSshCidr':
      return cidr;
    // "For an internal cluster, set this value to ${NETWORK_CIDR}" (installation-creating-gcp-firewall-rules-vpc).
    case 'allowedExternalCidr':
      return plan.publish === 'Internal' ? cidr : '0.0.0.0/0';
    case 'publicCluster':
      return plan.publish !== 'Internal';
    case 'storageAccount':
      return storageAccountName(plan.clusterName);
    case 'imageArchitecture':
      return azureImageArchitecture(plan.architecture);
    case 'diskSizeGb':
      return GCP_DISK.sizeGb;
    case 'diskType':
      return GCP_DISK.type;
    case 'vnetBaseName': {
      const vnet = existingNetwork(plan);
      return vnet?.platform === 'azure' ? vnet.baseName : '';
    }
  }
}
