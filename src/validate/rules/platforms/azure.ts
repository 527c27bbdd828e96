import { child } from '../../path.js';
import { type Obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, oneOf, requireField } from './require.js';

/* platform.azure (`inst:pkg/types/azure/validation/platform.go`). */

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
  requireField(azure, base, 'region', report, 'azure.region');
  if (str(config.publish) !== 'Internal') {
    requireField(azure, base, 'baseDomainResourceGroupName', report, 'azure.dns-resource-group');
  }
  oneOf(azure, base, 'cloudName', AZURE_CLOUDS, report);
  oneOf(azure, base, 'outboundType', OUTBOUND, report);
  const vnet = isSet(azure.virtualNetwork);
  if (vnet) {
    requireField(azure, base, 'networkResourceGroupName', report, 'azure.network-resource-group');
    if (!isSet(azure.subnets)) {
      requireField(azure, base, 'computeSubnet', report, 'azure.compute-subnet');
      requireField(azure, base, 'controlPlaneSubnet', report, 'azure.control-plane-subnet');
    }
  }
  for (const field of ['computeSubnet', 'controlPlaneSubnet', 'subnets', 'networkResourceGroupName']) {
    if (isSet(azure[field]) && !vnet) {
      report.error(child(base, field), 'platform-field-combination', 'azure.virtual-network', { field });
      break;
    }
  }
  if (str(azure.outboundType) === 'UserDefinedRouting' && !vnet) {
    report.error(child(base, 'outboundType'), 'platform-field-combination', 'azure.udr');
  }
  const cloud = str(azure.cloudName) || 'AzurePublicCloud';
  if (cloud === 'AzureStackCloud') {
    requireField(azure, base, 'armEndpoint', report, 'azure.arm-endpoint');
  }
  if (isSet(azure.userTags) && cloud !== 'AzurePublicCloud' && cloud !== 'AzureUSGovernmentCloud') {
    report.error(child(base, 'userTags'), 'platform-field-combination', 'azure.user-tags', { cloud });
  }
}
