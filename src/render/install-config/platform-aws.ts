import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { awsNetworkFields } from './cloud-network.js';
import { commentText } from './comments.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/**
 * `platform.aws`: the region (required, validatePlatform (installconfig.go)) and the answers' own AWS fields, the existing
 * subnets written in the release's spelling (vpc.subnets from 4.19, subnets before).
 */
export function awsStanza({ plan, method, notes, values }: StanzaContext): Record<string, unknown> {
  if (method === 'UPI') notes.add([], commentText('awsUpi', notes.lang));
  notes.add(['region'], commentText('awsRegion', notes.lang, values));
  return {
    region: stringOf(plan, 'region') ?? DEFAULT_PLATFORM_ANSWERS.aws?.region,
    ...awsNetworkFields(passthroughOf(plan), plan.ocpVersion, method, notes),
  };
}
