import type { Problem } from '../answers/problems.js';
import type { Method, Plan, Platform } from '../types.js';

/**
 * One answer an installer-provisioned cloud install into an existing network cannot do without. `anyOf` lists the
 * answers keys of the platform block that each satisfy it (AWS takes the subnets in the newer `vpc.subnets` form or the
 * older `subnets` list; the renderer writes the form of the plan's release).
 */
interface NetworkAnswer {
  anyOf: readonly string[];
  message: string;
  ko: string;
}

interface CloudNetworkRule {
  answers: readonly NetworkAnswer[];
  source: string;
}

/**
 * What an existing network must be named by, per cloud, when ownership.network is customer. Without these fields the
 * installer silently builds a network of its own instead of using the customer's. Cloud UPI is not listed: there the
 * customer's network is described in the infrastructure templates, not in install-config.yaml.
 */
export const CLOUD_NETWORK_ANSWERS: Partial<Record<Platform, CloudNetworkRule>> = {
  aws: {
    answers: [
      {
        anyOf: ['vpc.subnets', 'subnets'],
        message:
          'is required when the customer owns the network: the IDs of the existing subnets the cluster uses (aws.vpc.subnets or aws.subnets)',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 클러스터가 쓸 기존 서브넷의 ID를 적으십시오(aws.vpc.subnets 또는 aws.subnets)',
      },
    ],
    source:
      'Installing a cluster on AWS into an existing VPC (docs.redhat.com); openshift/installer pkg/types/aws/platform.go (VPC.Subnets)',
  },
  azure: {
    answers: [
      {
        anyOf: ['networkResourceGroupName'],
        message: 'is required when the customer owns the network: the resource group of the existing VNet',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 기존 VNet이 있는 리소스 그룹을 적으십시오',
      },
      {
        anyOf: ['virtualNetwork'],
        message: 'is required when the customer owns the network: the name of the existing VNet',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 기존 VNet의 이름을 적으십시오',
      },
      {
        anyOf: ['controlPlaneSubnet', 'subnets'],
        message: 'is required when the customer owns the network: the VNet subnet of the control plane',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 컨트롤 플레인이 쓸 VNet 서브넷을 적으십시오',
      },
      {
        anyOf: ['computeSubnet', 'subnets'],
        message: 'is required when the customer owns the network: the VNet subnet of the compute machines',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 컴퓨트 머신이 쓸 VNet 서브넷을 적으십시오',
      },
    ],
    source:
      'Installing a cluster on Azure into an existing VNet (docs.redhat.com); openshift/installer pkg/types/azure/validation/platform.go (a VNet needs its resource group and both subnets)',
  },
  gcp: {
    answers: [
      {
        anyOf: ['network'],
        message: 'is required when the customer owns the network: the name of the existing VPC network',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 기존 VPC 네트워크의 이름을 적으십시오',
      },
      {
        anyOf: ['controlPlaneSubnet'],
        message: 'is required when the customer owns the network: the VPC subnet of the control plane',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 컨트롤 플레인이 쓸 VPC 서브넷을 적으십시오',
      },
      {
        anyOf: ['computeSubnet'],
        message: 'is required when the customer owns the network: the VPC subnet of the compute machines',
        ko: '고객이 네트워크를 소유할 때 필요합니다. 컴퓨트 머신이 쓸 VPC 서브넷을 적으십시오',
      },
    ],
    source:
      'Installing a cluster on GCP into an existing VPC (docs.redhat.com); openshift/installer pkg/types/gcp/validation/platform.go (network needs both subnets)',
  },
};

/** A dotted answer inside the platform block (`vpc.subnets`), present and not empty. */
function answered(block: Record<string, unknown>, dottedKey: string): boolean {
  let value: unknown = block;
  for (const part of dottedKey.split('.')) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<string, unknown>)[part];
  }
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== '';
}

/** The existing-network answers an IPI plan on a cloud lacks when the customer owns the network. */
export function missingCloudNetwork(plan: Plan, method: Method): Problem[] {
  const rule = CLOUD_NETWORK_ANSWERS[plan.platform];
  if (!rule || method !== 'IPI' || plan.ownership.network !== 'customer') return [];
  return rule.answers
    .filter((answer) => !answer.anyOf.some((key) => answered(plan.platformConfig, key)))
    .map((answer) => ({
      key: `${plan.platform}.${answer.anyOf[0]}`,
      message: answer.message,
      ko: answer.ko,
    }));
}
