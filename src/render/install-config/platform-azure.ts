import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { azureNetworkFields } from './cloud-network.js';
import { commentText } from './comments.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/**
 * `platform.azure`: region, and the DNS zone's resource group when given (required for publish External,
 * validatePlatform (installconfig.go); a private cluster may leave it out). cloudName, outboundType … pass through; an
 * existing VNet's subnets are written in the release's spelling (subnets[] from 4.21, controlPlaneSubnet/computeSubnet before).
 */
export function azureStanza({ plan, method, notes, values }: StanzaContext): Record<string, unknown> {
  if (method === 'UPI') notes.add([], commentText('cloudUpi', notes.lang, values));
  notes.add(['region'], commentText('azureRegion', notes.lang));
  const stanza: Record<string, unknown> = {
    region: stringOf(plan, 'region') ?? DEFAULT_PLATFORM_ANSWERS.azure?.region,
  };
  const dnsGroup = stringOf(plan, 'baseDomainResourceGroupName');
  if (dnsGroup) {
    stanza.baseDomainResourceGroupName = dnsGroup;
    notes.add(['baseDomainResourceGroupName'], commentText('azureDnsGroup', notes.lang));
  }
  return { ...stanza, ...azureNetworkFields(passthroughOf(plan), plan.ocpVersion, method, notes) };
}
