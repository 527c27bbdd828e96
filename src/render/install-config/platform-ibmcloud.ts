import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { commentText } from './comments.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/** `platform.ibmcloud`: the VPC region (validatePlatform (installconfig.go): required); vpcName, subnets … pass through. */
export function ibmcloudStanza({ plan, notes }: StanzaContext): Record<string, unknown> {
  notes.add(['region'], commentText('ibmcloudRegion', notes.lang));
  return {
    region: stringOf(plan, 'region') ?? DEFAULT_PLATFORM_ANSWERS.ibmcloud?.region,
    ...passthroughOf(plan),
  };
}
