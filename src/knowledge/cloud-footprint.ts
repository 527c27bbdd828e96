import type { Architecture, Plan } from '../types.js';

/**
 * The instance types the installer picks on the public clouds when install-config names none, and what a plan's
 * machines therefore use. Quotas and the single-node check are computed from these, per topology, instead of
 * quoting the documentation's figures for the default three-plus-three cluster.
 *
 * Sources: the installer's machine-pool defaults (pkg/asset/machines/master.go and worker.go,
 * pkg/types/aws/defaults/platform.go with `defaultInstanceSizeSingleReplicaTopology = "2xlarge"`,
 * pkg/asset/installconfig/gcp/validation.go `DefaultInstanceTypeForArch`, pkg/types/azure/defaults) and the docs'
 * quota pages "Installing on AWS: AWS account limits", "Installing on Azure: Azure account limits" and
 * "Installing on GCP: GCP account limits". The bootstrap machine uses the control plane's type on all three.
 */
export type FootprintCloud = 'aws' | 'azure' | 'gcp';

export interface InstanceType {
  name: string;
  vcpu: number;
  ramGiB: number;
}

export interface CloudDefaults {
  controlPlane: InstanceType;
  compute: InstanceType;
  /** The type the installer switches to for a single-replica control plane, when it does (only AWS). */
  singleReplica?: InstanceType;
  /** OS disk of each machine, in GB, as the installer sizes it. */
  controlPlaneDiskGb: number;
  computeDiskGb: number;
}

type CloudArch = Extract<Architecture, 'amd64' | 'arm64'>;

export const CLOUD_DEFAULTS: Readonly<Record<FootprintCloud, Readonly<Record<CloudArch, CloudDefaults>>>> = {
  aws: {
    amd64: {
      controlPlane: { name: 'm6i.xlarge', vcpu: 4, ramGiB: 16 },
      compute: { name: 'm6i.xlarge', vcpu: 4, ramGiB: 16 },
      singleReplica: { name: 'm6i.2xlarge', vcpu: 8, ramGiB: 32 },
      controlPlaneDiskGb: 120,
      computeDiskGb: 120,
    },
    arm64: {
      controlPlane: { name: 'm6g.xlarge', vcpu: 4, ramGiB: 16 },
      compute: { name: 'm6g.xlarge', vcpu: 4, ramGiB: 16 },
      singleReplica: { name: 'm6g.2xlarge', vcpu: 8, ramGiB: 32 },
      controlPlaneDiskGb: 120,
      computeDiskGb: 120,
    },
  },
  azure: {
    amd64: {
      controlPlane: { name: 'Standard_D8s_v3', vcpu: 8, ramGiB: 32 },
      compute: { name: 'Standard_D4s_v3', vcpu: 4, ramGiB: 16 },
      controlPlaneDiskGb: 1024,
      computeDiskGb: 128,
    },
    arm64: {
      controlPlane: { name: 'Standard_D8ps_v5', vcpu: 8, ramGiB: 32 },
      compute: { name: 'Standard_D4ps_v5', vcpu: 4, ramGiB: 16 },
      controlPlaneDiskGb: 1024,
      computeDiskGb: 128,
    },
  },
  gcp: {
    amd64: {
      controlPlane: { name: 'n2-standard-4', vcpu: 4, ramGiB: 16 },
      compute: { name: 'n2-standard-4', vcpu: 4, ramGiB: 16 },
      controlPlaneDiskGb: 128,
      computeDiskGb: 128,
    },
    arm64: {
      controlPlane: { name: 't2a-standard-4', vcpu: 4, ramGiB: 16 },
      compute: { name: 't2a-standard-4', vcpu: 4, ramGiB: 16 },
      controlPlaneDiskGb: 128,
      computeDiskGb: 128,
    },
  },
};

/**
 * The smallest machine of the same family that meets the single-node minimum (8 vCPU, 16 GB RAM, 120 GB: "Additional
 * requirements for installing single-node OpenShift on a cloud provider"), where the installer's default does not.
 * GCP keeps its 4-vCPU default for every topology, so a single-node plan must name the type.
 */
export const SINGLE_NODE_TYPES: Readonly<
  Partial<Record<FootprintCloud, Readonly<Record<CloudArch, InstanceType>>>>
> = {
  gcp: {
    amd64: { name: 'n2-standard-8', vcpu: 8, ramGiB: 32 },
    arm64: { name: 't2a-standard-8', vcpu: 8, ramGiB: 32 },
  },
};

export function isFootprintCloud(platform: string): platform is FootprintCloud {
  return platform === 'aws' || platform === 'azure' || platform === 'gcp';
}

function cloudArch(arch: Architecture): CloudArch {
  return arch === 'arm64' ? 'arm64' : 'amd64';
}

/** The control-plane type the installer picks for this plan's cloud and architecture when install-config names none. */
export function installerControlPlaneType(
  plan: Pick<Plan, 'platform' | 'architecture'>,
): InstanceType | undefined {
  if (!isFootprintCloud(plan.platform)) return undefined;
  return CLOUD_DEFAULTS[plan.platform][cloudArch(plan.architecture)].controlPlane;
}

/** The type this plan must write for its single control-plane node, or undefined when the default already fits. */
export function singleNodeTypeFor(
  plan: Pick<Plan, 'platform' | 'topology' | 'architecture'>,
): InstanceType | undefined {
  if (plan.topology !== 'sno' || !isFootprintCloud(plan.platform)) return undefined;
  return SINGLE_NODE_TYPES[plan.platform]?.[cloudArch(plan.architecture)];
}

export interface Footprint {
  /** Machines during the install: the bootstrap, the control plane and the compute nodes. */
  machines: number;
  controlPlaneType: InstanceType;
  computeType: InstanceType;
  /** vCPUs while the bootstrap runs (it uses the control plane's type). */
  vcpu: number;
  /** OS disk space in GB while the bootstrap runs. */
  diskGb: number;
}

/** What an IPI install of this plan uses on its cloud with the installer's types (or the single-node type). */
export function footprintOf(
  plan: Pick<Plan, 'platform' | 'topology' | 'architecture' | 'controlPlaneReplicas' | 'computeReplicas'>,
): Footprint | undefined {
  if (!isFootprintCloud(plan.platform)) return undefined;
  const defaults = CLOUD_DEFAULTS[plan.platform][cloudArch(plan.architecture)];
  const single = plan.controlPlaneReplicas === 1;
  const controlPlaneType =
    singleNodeTypeFor(plan) ?? (single ? defaults.singleReplica : undefined) ?? defaults.controlPlane;
  const compute = plan.computeReplicas;
  const withBootstrap = 1 + plan.controlPlaneReplicas;
  return {
    machines: withBootstrap + compute,
    controlPlaneType,
    computeType: defaults.compute,
    vcpu: withBootstrap * controlPlaneType.vcpu + compute * defaults.compute.vcpu,
    diskGb: withBootstrap * defaults.controlPlaneDiskGb + compute * defaults.computeDiskGb,
  };
}
