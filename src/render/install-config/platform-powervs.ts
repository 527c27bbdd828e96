import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { commentText } from './comments.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/** Written when the answers lack a field the Power VS docs call required (installation-config-parameters (docs)); the comment says so. */
export const POWERVS_PLACEHOLDERS = {
  userID: 'REPLACE_WITH_IBM_CLOUD_USER_ID',
  powervsResourceGroup: 'REPLACE_WITH_RESOURCE_GROUP',
};

/**
 * The Power VS region of a zone: the zone name without its trailing number (dal10 → dal, eu-de-1 → eu-de),
 * which is how the installer derives it (validatePlatform (installconfig.go)).
 */
export function powervsRegionOf(zone: string): string {
  return zone.replace(/-?\d+$/, '');
}

/**
 * `platform.powervs`: userID, powervsResourceGroup, region and zone, the four fields the docs list as required
 * (installation-config-parameters (docs)). The answers' `resourceGroup` is the install-config's `powervsResourceGroup`.
 */
export function powervsStanza({ plan, notes }: StanzaContext): Record<string, unknown> {
  const { userID, powervsResourceGroup, ...rest } = passthroughOf(plan);
  const zone = stringOf(plan, 'zone') ?? DEFAULT_PLATFORM_ANSWERS.powervs?.zone ?? '';
  const group =
    stringOf(plan, 'resourceGroup') ??
    (typeof powervsResourceGroup === 'string' ? powervsResourceGroup : undefined);
  const user = typeof userID === 'string' && userID !== '' ? userID : undefined;
  if (!user) notes.add(['userID'], commentText('powervsAccountPlaceholder', notes.lang));
  if (!group) notes.add(['powervsResourceGroup'], commentText('powervsGroupPlaceholder', notes.lang));
  notes.add(['zone'], commentText('powervsZone', notes.lang));
  return {
    userID: user ?? POWERVS_PLACEHOLDERS.userID,
    powervsResourceGroup: group ?? POWERVS_PLACEHOLDERS.powervsResourceGroup,
    region: stringOf(plan, 'region') ?? powervsRegionOf(zone),
    zone,
    ...rest,
  };
}
