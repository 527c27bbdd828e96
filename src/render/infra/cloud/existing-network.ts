import type { Plan } from '../../../types.js';

/**
 * The network the answers name, when the cluster joins an existing one instead of the template's (the answers-file format: AWS
 * `aws.vpc.subnets` or `aws.subnets`; Azure `azure.networkResourceGroupName`, `azure.virtualNetwork` and its
 * subnets; GCP `gcp.network`, `gcp.controlPlaneSubnet`, `gcp.computeSubnet`). Then no network stack is created and
 * these ids take the place of its outputs.
 */
export type ExistingNetwork =
  | {
      platform: 'aws';
      subnets: string[];
      /** Known only when the answers give subnet roles (aws.vpc.subnets[].roles); otherwise the script asks AWS. */
      public?: string[];
      private?: string[];
    }
  | {
      platform: 'azure';
      virtualNetwork: string;
      resourceGroup?: string;
      controlPlaneSubnet?: string;
      computeSubnet?: string;
      /** `<name>` of a VNet called `<name>-vnet`: the templates' vnetBaseName; else the VNet's own name. */
      baseName: string;
      /** True when the names follow the templates' `<base>-vnet`, `<base>-master-subnet`, `<base>-worker-subnet`. */
      templateNaming: boolean;
    }
  | {
      platform: 'gcp';
      network: string;
      controlPlaneSubnet: string;
      computeSubnet: string;
      /** Shared VPC: the host project of the network (gcp.networkProjectID). */
      networkProject?: string;
    };

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

// Subnet roles of install-config platform.aws.vpc.subnets[].roles[].type: load balancers facing the internet sit in
// public subnets, the nodes in private ones.
const PUBLIC_ROLES = new Set(['IngressControllerLB', 'ControlPlaneExternalLB', 'BootstrapNode']);
const PRIVATE_ROLES = new Set(['ClusterNode', 'ControlPlaneInternalLB']);

function awsNetwork(block: Record<string, unknown>): ExistingNetwork | undefined {
  const legacy = Array.isArray(block.subnets) ? block.subnets.map(str).filter((s) => s !== undefined) : [];
  if (legacy.length > 0) return { platform: 'aws', subnets: legacy };
  const vpc = block.vpc;
  const entries =
    typeof vpc === 'object' && vpc !== null && Array.isArray((vpc as { subnets?: unknown }).subnets)
      ? ((vpc as { subnets: unknown[] }).subnets as unknown[])
      : [];
  const subnets: { id: string; roles: string[] }[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const id = str((entry as { id?: unknown }).id);
    if (id === undefined) continue;
    const rawRoles = (entry as { roles?: unknown }).roles;
    const roles = Array.isArray(rawRoles)
      ? rawRoles.map((r) => str((r as { type?: unknown } | null)?.type)).filter((r) => r !== undefined)
      : [];
    subnets.push({ id, roles });
  }
  if (subnets.length === 0) return undefined;
  const ids = subnets.map((s) => s.id);
  if (subnets.some((s) => s.roles.length === 0)) return { platform: 'aws', subnets: ids };
  return {
    platform: 'aws',
    subnets: ids,
    public: subnets.filter((s) => s.roles.some((r) => PUBLIC_ROLES.has(r))).map((s) => s.id),
    private: subnets.filter((s) => s.roles.some((r) => PRIVATE_ROLES.has(r))).map((s) => s.id),
  };
}

function azureNetwork(block: Record<string, unknown>): ExistingNetwork | undefined {
  const virtualNetwork = str(block.virtualNetwork);
  if (virtualNetwork === undefined) return undefined;
  const controlPlaneSubnet = str(block.controlPlaneSubnet);
  const computeSubnet = str(block.computeSubnet);
  const resourceGroup = str(block.networkResourceGroupName);
  const match = /^(.+)-vnet$/.exec(virtualNetwork);
  const baseName = match?.[1] ?? virtualNetwork;
  const templateNaming =
    match !== null &&
    controlPlaneSubnet === `${baseName}-master-subnet` &&
    computeSubnet === `${baseName}-worker-subnet`;
  return {
    platform: 'azure',
    virtualNetwork,
    baseName,
    templateNaming,
    ...(resourceGroup ? { resourceGroup } : {}),
    ...(controlPlaneSubnet ? { controlPlaneSubnet } : {}),
    ...(computeSubnet ? { computeSubnet } : {}),
  };
}

function gcpNetwork(block: Record<string, unknown>): ExistingNetwork | undefined {
  const network = str(block.network);
  const controlPlaneSubnet = str(block.controlPlaneSubnet);
  const computeSubnet = str(block.computeSubnet);
  if (network === undefined || controlPlaneSubnet === undefined || computeSubnet === undefined)
    return undefined;
  const networkProject = str(block.networkProjectID);
  return {
    platform: 'gcp',
    network,
    controlPlaneSubnet,
    computeSubnet,
    ...(networkProject ? { networkProject } : {}),
  };
}

export function existingNetwork(plan: Plan): ExistingNetwork | undefined {
  const block = plan.platformConfig;
  if (plan.platform === 'aws') return awsNetwork(block);
  if (plan.platform === 'azure') return azureNetwork(block);
  if (plan.platform === 'gcp') return gcpNetwork(block);
  return undefined;
}
