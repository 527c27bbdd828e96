import { fill } from '../../i18n/text.js';
import { fieldInRelease } from '../../knowledge/release-fields.js';
import type { Method, Text } from '../../types.js';
import type { Notes } from './notes.js';

/**
 * The existing network of a cloud install, written in the field names of the plan's release. The answers may give
 * either spelling (an answers file written for another release stays usable); the release table decides which one
 * the install-config carries (knowledge/release-fields.ts).
 */

/** Comments of the existing-network fields in both languages, with where their facts come from. */
export const CLOUD_NETWORK_NOTES = {
  awsVpcSubnets: {
    text: {
      en:
        'Existing subnets of your VPC: the installer creates no VPC, subnets, NAT gateways or routes and uses these. ' +
        'Without roles it picks the subnet roles from the route tables (public and private per availability zone).',
      ko:
        '고객 VPC의 기존 서브넷입니다. 설치 프로그램은 VPC, 서브넷, NAT 게이트웨이, 라우트를 만들지 않고 이 서브넷을 ' +
        '사용합니다. roles가 없으면 라우팅 테이블을 보고 서브넷 역할을 정합니다(가용 영역마다 퍼블릭과 프라이빗).',
    },
    source: 'openshift/installer pkg/types/aws/platform.go (VPC.Subnets, roles decided automatically)',
  },
  awsSubnets: {
    text: {
      en: 'Existing subnets of your VPC (by ID): the installer creates no VPC, subnets, NAT gateways or routes and uses these.',
      ko: '고객 VPC의 기존 서브넷(ID)입니다. 설치 프로그램은 VPC, 서브넷, NAT 게이트웨이, 라우트를 만들지 않고 이 서브넷을 사용합니다.',
    },
    source: 'openshift/installer pkg/types/aws/platform.go (Subnets, up to 4.18)',
  },
  awsRolesDropped: {
    text: {
      en: 'Subnet roles exist from OpenShift 4.19; this release takes only the subnet IDs.',
      ko: '서브넷 역할(roles)은 OpenShift 4.19부터 있습니다. 이 릴리스에는 서브넷 ID만 지정합니다.',
    },
    source: 'openshift/installer pkg/types/aws/platform.go (VPC.Subnets added in 4.19)',
  },
  azureVnet: {
    text: {
      en:
        'Existing VNet {virtualNetwork} in resource group {networkResourceGroupName}: the installer creates no VNet and ' +
        'places the machines in the subnets named here.',
      ko:
        '리소스 그룹 {networkResourceGroupName}에 있는 기존 VNet {virtualNetwork}입니다. 설치 프로그램은 VNet을 만들지 ' +
        '않고 여기 지정한 서브넷에 머신을 배치합니다.',
    },
    source:
      'openshift/installer pkg/types/azure/validation/platform.go (a VNet needs its resource group and subnets)',
  },
  gcpNetwork: {
    text: {
      en: 'Existing VPC network {network}: the installer creates no network, subnets, Cloud Router or NAT and uses these subnets.',
      ko: '기존 VPC 네트워크 {network}입니다. 설치 프로그램은 네트워크, 서브넷, Cloud Router, NAT를 만들지 않고 이 서브넷을 사용합니다.',
    },
    source: 'openshift/installer pkg/types/gcp/platform.go (Network, ControlPlaneSubnet, ComputeSubnet)',
  },
} satisfies Record<string, { text: Text; source: string }>;

/** The comment `id` in the notes' language with its placeholders filled. */
function networkNote(
  id: keyof typeof CLOUD_NETWORK_NOTES,
  notes: Notes,
  values: Record<string, string> = {},
): string {
  return fill(CLOUD_NETWORK_NOTES[id].text[notes.lang], values);
}

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
    if (method === 'IPI') notes.add(['vpc', 'subnets'], networkNote('awsVpcSubnets', notes));
    return { ...rest, vpc: { ...vpcRest, subnets } };
  }
  if (method === 'IPI') notes.add(['subnets'], networkNote('awsSubnets', notes));
  if (subnets.some((s) => s.roles !== undefined))
    notes.add(['subnets'], networkNote('awsRolesDropped', notes));
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
      networkNote('azureVnet', notes, {
        virtualNetwork: fields.virtualNetwork,
        networkResourceGroupName: String(fields.networkResourceGroupName ?? ''),
      }),
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
  if (method === 'IPI') notes.add(['network'], networkNote('gcpNetwork', notes, { network: fields.network }));
  const { network, controlPlaneSubnet, computeSubnet, ...rest } = fields;
  return {
    ...(fields.networkProjectID !== undefined ? { networkProjectID: fields.networkProjectID } : {}),
    network,
    ...(controlPlaneSubnet !== undefined ? { controlPlaneSubnet } : {}),
    ...(computeSubnet !== undefined ? { computeSubnet } : {}),
    ...rest,
  };
}
