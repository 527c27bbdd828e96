import { isObj, type Obj, obj } from '../read.js';
import type { Report } from '../report.js';

/*
 * Exactly one platform (installer-rules §a.5, validatePlatform). A platform counts when its key holds a value: Go
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

/** The platform the rest of the rules apply, or undefined when none (or an unusable one) is set. */
export function selectPlatform(config: Obj, report: Report): string | undefined {
  const block = obj(config.platform);
  if (!block) {
    report.error(
      'platform',
      'platform-required',
      `must specify one of the platforms (${PLATFORM_NAMES.join(', ')}); for example "platform: {none: {}}" for user-provisioned bare metal.`,
    );
    return undefined;
  }
  const set = Object.keys(block).filter((key) => block[key] !== null && block[key] !== undefined);
  if (set.includes('ovirt')) {
    report.error(
      'platform.ovirt',
      'platform-removed',
      'platform oVirt is no longer supported (removed in OpenShift 4.14); install on another platform such as baremetal or none.',
    );
  }
  // PowerVC is a thin layer over the OpenStack stanza and may appear together with it.
  const counted = set.filter((key) => !(key === 'openstack' && set.includes('powervc')));
  if (counted.length === 0) {
    report.error(
      'platform',
      'platform-required',
      `must specify one of the platforms (${PLATFORM_NAMES.join(', ')}); for example "platform: {none: {}}" for user-provisioned bare metal.`,
    );
    return undefined;
  }
  const [first, second] = counted;
  if (second !== undefined) {
    report.error(
      'platform',
      'platform-single',
      `must only specify a single type of platform; cannot use both "${first}" and "${second}" — keep the one you install on.`,
    );
  }
  for (const key of counted) {
    if (!isObj(block[key]))
      report.error(
        `platform.${key}`,
        'field-type',
        `platform.${key} must be a mapping (use {} for no settings).`,
      );
  }
  return first === 'ovirt' ? undefined : first;
}
