import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/**
 * `platform.external`: the platform's name and whether it brings its own cloud controller manager. Oracle Cloud
 * needs `platformName: oci` with `cloudControllerManager: External` ("When using external oci platform,
 * platform.external.cloudControllerManager must be set to External", openshift/installer pkg/asset/agent).
 */
export function externalStanza({ plan }: StanzaContext): Record<string, unknown> {
  const defaults = DEFAULT_PLATFORM_ANSWERS.external ?? {};
  const platformName = stringOf(plan, 'platformName') ?? defaults.platformName;
  const stanza: Record<string, unknown> = { platformName };
  const ccm =
    stringOf(plan, 'cloudControllerManager') ??
    (platformName === 'oci' ? defaults.cloudControllerManager : undefined);
  if (ccm) stanza.cloudControllerManager = ccm;
  return { ...stanza, ...passthroughOf(plan) };
}
