import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { gcpNetworkFields } from './cloud-network.js';
import { commentText } from './comments.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/** `platform.gcp`: project and region (installation-config-parameters (docs): both required); network, subnets … pass through. */
export function gcpStanza({ plan, method, notes, values }: StanzaContext): Record<string, unknown> {
  if (method === 'UPI') notes.add([], commentText('cloudUpi', notes.lang, values));
  notes.add(['projectID'], commentText('gcpProject', notes.lang));
  return {
    projectID: stringOf(plan, 'projectID'),
    region: stringOf(plan, 'region') ?? DEFAULT_PLATFORM_ANSWERS.gcp?.region,
    ...gcpNetworkFields(passthroughOf(plan), method, notes),
  };
}
