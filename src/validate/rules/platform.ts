import { fieldInRelease } from '../../knowledge/release-fields.js';
import { isObj, type Obj, obj } from '../read.js';
import type { Report } from '../report.js';

/*
 * Exactly one platform (validatePlatform). A platform counts when its key holds a value: Go
 * leaves the pointer nil for `aws:` with nothing after it.
 */

export const PLATFORM_NAMES = [
  'aws',
  'azure',
  'baremetal',
  'external',
  'gcp',
  'ibmcloud',
  'none',
  'nutanix',
  'openstack',
  'powervc',
  'powervs',
  'vsphere',
];

/** The platforms the target release has (platform.powervc arrives in 4.21), for the message that lists them. */
function platformsOf(report: Report): string {
  return PLATFORM_NAMES.filter(
    (name) => fieldInRelease(`platform.${name}`, report.version).state === 'present',
  ).join(', ');
}

/** The platform the rest of the rules apply, or undefined when none (or an unusable one) is set. */
export function selectPlatform(config: Obj, report: Report): string | undefined {
  const block = obj(config.platform);
  if (!block) {
    report.error('platform', 'platform-required', 'platform.required', {
      platforms: platformsOf(report),
    });
    return undefined;
  }
  const set = Object.keys(block).filter((key) => block[key] !== null && block[key] !== undefined);
  if (set.includes('ovirt')) {
    report.error('platform.ovirt', 'platform-removed', 'platform.ovirt');
  }
  // PowerVC is a thin layer over the OpenStack stanza and may appear together with it.
  const counted = set.filter((key) => !(key === 'openstack' && set.includes('powervc')));
  if (counted.length === 0) {
    report.error('platform', 'platform-required', 'platform.required', {
      platforms: platformsOf(report),
    });
    return undefined;
  }
  const [first, second] = counted;
  if (second !== undefined) {
    report.error('platform', 'platform-single', 'platform.single', { first: first ?? '', second });
  }
  for (const key of counted) {
    if (!isObj(block[key])) report.error(`platform.${key}`, 'field-type', 'platform.block-type', { key });
  }
  return first === 'ovirt' ? undefined : first;
}
