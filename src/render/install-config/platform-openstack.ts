import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { commentText } from './comments.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/**
 * `platform.openstack`: the clouds.yaml entry, the external network, VIPs when given, and the flavor written as
 * `defaultMachinePlatform.type` (the installer up-converts the legacy `computeFlavor` to it, pkg/types/defaults).
 */
export function openstackStanza({ plan, method, notes, values }: StanzaContext): Record<string, unknown> {
  if (method === 'UPI') notes.add([], commentText('cloudUpi', notes.lang, values));
  const { defaultMachinePlatform, ...rest } = passthroughOf(plan);
  notes.add(['cloud'], commentText('openstackCloud', notes.lang));
  const stanza: Record<string, unknown> = {
    cloud: stringOf(plan, 'cloud') ?? DEFAULT_PLATFORM_ANSWERS.openstack?.cloud,
  };
  const externalNetwork = stringOf(plan, 'externalNetwork');
  if (externalNetwork) stanza.externalNetwork = externalNetwork;
  Object.assign(stanza, vipFields(plan, notes, values));
  const flavor = stringOf(plan, 'computeFlavor');
  const pool =
    defaultMachinePlatform && typeof defaultMachinePlatform === 'object'
      ? { ...(defaultMachinePlatform as Record<string, unknown>) }
      : undefined;
  if (flavor && pool?.type === undefined) {
    notes.add(['defaultMachinePlatform', 'type'], commentText('openstackFlavor', notes.lang));
    stanza.defaultMachinePlatform = { ...pool, type: flavor };
  } else if (pool) {
    stanza.defaultMachinePlatform = pool;
  }
  return { ...stanza, ...rest };
}
