import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/**
 * `platform.powervc`: PowerVC is installed like OpenStack (openshift/installer pkg/types/powervc is a thin layer over
 * the OpenStack stanza): the clouds.yaml entry, the external network and the VIPs.
 */
export function powervcStanza({ plan, notes, values }: StanzaContext): Record<string, unknown> {
  const stanza: Record<string, unknown> = {
    cloud: stringOf(plan, 'cloud') ?? DEFAULT_PLATFORM_ANSWERS.powervc?.cloud,
  };
  const externalNetwork = stringOf(plan, 'externalNetwork');
  if (externalNetwork) stanza.externalNetwork = externalNetwork;
  Object.assign(stanza, vipFields(plan, notes, values));
  return { ...stanza, ...passthroughOf(plan) };
}
