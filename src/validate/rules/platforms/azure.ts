import { child } from '../../path.js';
import { type Obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, oneOf, requireField } from './require.js';

/* platform.azure (installer-rules §a.5, `inst:pkg/types/azure/validation/platform.go`). */

export const AZURE_CLOUDS = [
  'AzurePublicCloud',
  'AzureUSGovernmentCloud',
  'AzureChinaCloud',
  'AzureGermanCloud',
  'AzureStackCloud',
];
const OUTBOUND = ['Loadbalancer', 'NATGatewayMultiZone', 'NATGatewaySingleZone', 'UserDefinedRouting'];

export function checkAzure(azure: Obj, config: Obj, report: Report): void {
  const base = 'platform.azure';
  requireField(
    azure,
    base,
    'region',
    report,
    'region should be set to one of the supported Azure regions (for example eastus).',
  );
  if (str(config.publish) !== 'Internal') {
    requireField(
      azure,
      base,
      'baseDomainResourceGroupName',
      report,
      'baseDomainResourceGroupName is the resource group name where the azure dns zone is deployed; set it, or use publish: Internal.',
    );
  }
  oneOf(azure, base, 'cloudName', AZURE_CLOUDS, report);
  oneOf(azure, base, 'outboundType', OUTBOUND, report);
  const vnet = isSet(azure.virtualNetwork);
  if (vnet) {
    requireField(
      azure,
      base,
      'networkResourceGroupName',
      report,
      'must provide a network resource group when a virtual network is specified.',
    );
    if (!isSet(azure.subnets)) {
      requireField(
        azure,
        base,
        'computeSubnet',
        report,
        'must provide a compute subnet when a virtual network is specified.',
      );
      requireField(
        azure,
        base,
        'controlPlaneSubnet',
        report,
        'must provide a control plane subnet when a virtual network is specified.',
      );
    }
  }
  for (const field of ['computeSubnet', 'controlPlaneSubnet', 'subnets', 'networkResourceGroupName']) {
    if (isSet(azure[field]) && !vnet) {
      report.error(
        child(base, field),
        'platform-field-combination',
        `must provide a virtual network when supplying subnets: set platform.azure.virtualNetwork, or remove ${field}.`,
      );
      break;
    }
  }
  if (str(azure.outboundType) === 'UserDefinedRouting' && !vnet) {
    report.error(
      child(base, 'outboundType'),
      'platform-field-combination',
      'UserDefinedRouting is only allowed when installing to pre-existing network; set platform.azure.virtualNetwork and its subnets.',
    );
  }
  const cloud = str(azure.cloudName) || 'AzurePublicCloud';
  if (cloud === 'AzureStackCloud') {
    requireField(
      azure,
      base,
      'armEndpoint',
      report,
      'ARM endpoint must be set when installing on Azure Stack.',
    );
  }
  if (isSet(azure.userTags) && cloud !== 'AzurePublicCloud' && cloud !== 'AzureUSGovernmentCloud') {
    report.error(
      child(base, 'userTags'),
      'platform-field-combination',
      `userTags are supported only on AzurePublicCloud and AzureUSGovernmentCloud, not ${cloud}; remove them.`,
    );
  }
}
