import { fieldInRelease } from '../../knowledge/release-fields.js';
import type { Method } from '../../types.js';
import type { Notes } from './notes.js';

/**
 * The existing network of a cloud install, written in the field names of the plan's release. The answers may give
 * either spelling (an answers file written for another release stays usable); the release table decides which one
 * the install-config carries (knowledge/release-fields.ts).
 */

/** Comments of the existing-network fields, with where their facts come from. */
export const CLOUD_NETWORK_NOTES = {
  awsVpcSubnets: {
    text:
      'Existing subnets of your VPC: the installer creates no VPC, subnets, NAT gateways or routes and uses these. ' +
      'Without roles it picks the subnet roles from the route tables (public and private per availability zone).',
    source: 'openshift/installer pkg/types/aws/platform.go (VPC.Subnets, roles decided automatically)',
  },
  awsSubnets: {
    text: 'Existing subnets of your VPC (by ID): the installer creates no VPC, subnets, NAT gateways or routes and uses these.',
    source: 'openshift/installer pkg/types/aws/platform.go (Subnets, up to 4.18)',
  },
  awsRolesDropped: {
    text: 'Subnet roles exist from OpenShift 4.19; this release takes only the subnet IDs.',
    source: 'openshift/installer pkg/types/aws/platform.go (VPC.Subnets added in 4.19)',
  },
  azureVnet: {
    text:
      'Existing VNet {virtualNetwork} in resource group {networkResourceGroupName}: the installer creates no VNet and ' +
      'places the machines in the subnets named here.',
    source:
      'openshift/installer pkg/types/azure/validation/platform.go (a VNet needs its resource group and subnets)',
  },
  gcpNetwork: {
    text: 'Existing VPC network {network}: the installer creates no network, subnets, Cloud Router or NAT and uses these subnets.',
    source: 'openshift/installer pkg/types/gcp/platform.go (Network, ControlPlaneSubnet, ComputeSubnet)',
  },
} as const;

type Fields = Record<string, unknown>;

interface AwsSubnet {
  id: string;
  roles?: unknown;
}

function awsSubnetList(fields: Fields): AwsSubnet[] {
  const vpc = fields.vpc;
  if (typeof vpc === 'object' && vpc !== null && Array.isArray((vpc as Fields).subnets)) {
    return ((vpc as Fields).subnets as unknown[]).flatMap((entry) => {
      if (typeof entry === 'string') return [{ id: entry }];
      if (typeof entry === 'object' && entry !== null && typeof (entry as Fields).id === 'string') {
        const { id, roles } = entry as Fields;
        return [{ id: id as string, ...(roles !== undefined ? { roles } : {}) }];
      }
      return [];
    });
  }
  if (Array.isArray(fields.subnets)) {
    return fields.subnets.filter((id): id is string => typeof id === 'string').map((id) => ({ id }));
  }
  return [];
}

/**
 * `platform.aws` subnets: `vpc.subnets` [{id, roles?}] from 4.19, the flat `subnets` list of IDs before. Other fields
 * of `vpc` stay where they were given.
 */
export function awsNetworkFields(fields: Fields, version: string, method: Method, notes: Notes): Fields {
  const subnets = awsSubnetList(fields);
  if (subnets.length === 0) return fields;
  const { subnets: _flat, vpc, ...rest } = fields;
  const vpcRest =
    typeof vpc === 'object' && vpc !== null
      ? Object.fromEntries(Object.entries(vpc).filter(([k]) => k !== 'subnets'))
      : {};
  if (fieldInRelease('platform.aws.vpc', version).state === 'present') {
    if (method === 'IPI') notes.add(['vpc', 'subnets'], CLOUD_NETWORK_NOTES.awsVpcSubnets.text);
    return { ...rest, vpc: { ...vpcRest, subnets } };
  }
  if (method === 'IPI') notes.add(['subnets'], CLOUD_NETWORK_NOTES.awsSubnets.text);
  if (subnets.some((s) => s.roles !== undefined))
    notes.add(['subnets'], CLOUD_NETWORK_NOTES.awsRolesDropped.text);
  return { ...rest, subnets: subnets.map((s) => s.id) };
}

interface AzureSubnet {
  name: string;
  role: 'control-plane' | 'node';
}

function azureSubnetList(fields: Fields): AzureSubnet[] {
  if (Array.isArray(fields.subnets)) {
    return fields.subnets.flatMap((entry) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { name, role } = entry as Fields;
      return typeof name === 'string' && (role === 'control-plane' || role === 'node')
        ? [{ name, role }]
        : [];
    });
  }
  const out: AzureSubnet[] = [];
  if (typeof fields.controlPlaneSubnet === 'string')
    out.push({ name: fields.controlPlaneSubnet, role: 'control-plane' });
  if (typeof fields.computeSubnet === 'string') out.push({ name: fields.computeSubnet, role: 'node' });
  return out;
}

/**
 * `platform.azure` VNet subnets: `subnets` [{name, role}] from 4.21 (controlPlaneSubnet/computeSubnet are deprecated
 * there), the two named fields before.
 */
export function azureNetworkFields(fields: Fields, version: string, method: Method, notes: Notes): Fields {
  const subnets = azureSubnetList(fields);
  const { subnets: _list, controlPlaneSubnet: _cp, computeSubnet: _compute, ...rest } = fields;
  if (method === 'IPI' && typeof fields.virtualNetwork === 'string') {
    notes.add(
      ['virtualNetwork'],
      CLOUD_NETWORK_NOTES.azureVnet.text
        .replace('{virtualNetwork}', fields.virtualNetwork)
        .replace('{networkResourceGroupName}', String(fields.networkResourceGroupName ?? '')),
    );
  }
  if (subnets.length === 0) return fields;
  if (fieldInRelease('platform.azure.subnets', version).state === 'present') return { ...rest, subnets };
  const controlPlane = subnets.find((s) => s.role === 'control-plane')?.name;
  const compute = subnets.find((s) => s.role === 'node')?.name;
  return {
    ...rest,
    ...(controlPlane ? { controlPlaneSubnet: controlPlane } : {}),
    ...(compute ? { computeSubnet: compute } : {}),
  };
}

/**
 * `platform.gcp` with an existing VPC: network, then the control-plane and compute subnets, in the order the docs'
 * sample shows them; the comment says what an installer-provisioned install then leaves to the customer.
 */
export function gcpNetworkFields(fields: Fields, method: Method, notes: Notes): Fields {
  if (typeof fields.network !== 'string') return fields;
  if (method === 'IPI')
    notes.add(['network'], CLOUD_NETWORK_NOTES.gcpNetwork.text.replace('{network}', fields.network));
  const { network, controlPlaneSubnet, computeSubnet, ...rest } = fields;
  return {
    ...(fields.networkProjectID !== undefined ? { networkProjectID: fields.networkProjectID } : {}),
    network,
    ...(controlPlaneSubnet !== undefined ? { controlPlaneSubnet } : {}),
    ...(computeSubnet !== undefined ? { computeSubnet } : {}),
    ...rest,
  };
}
