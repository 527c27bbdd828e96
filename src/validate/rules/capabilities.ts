import { atLeast } from '../../knowledge/releases.js';
import { child } from '../path.js';
import { list, type Obj, obj, quoteList, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * capabilities.baselineCapabilitySet, additionalEnabledCapabilities and the combinations the installer refuses.
 * Baseline sets follow openshift/api's ClusterVersionCapabilitySets: each v4.N set is the previous one plus the
 * capabilities introduced in 4.N; the vendored API knows sets up to v4.18.
 */

export const CAPABILITIES_BY_RELEASE: Array<[number, string[]]> = [
  [11, ['baremetal', 'marketplace', 'openshift-samples']],
  [12, ['Console', 'Insights', 'Storage', 'CSISnapshot']],
  [13, ['NodeTuning']],
  [14, ['MachineAPI', 'Build', 'DeploymentConfig', 'ImageRegistry']],
  [15, ['OperatorLifecycleManager', 'CloudCredential']],
  [16, ['CloudControllerManager', 'Ingress']],
  [18, ['OperatorLifecycleManagerV1']],
];
const NEWEST_BASELINE = 18;

export const ALL_CAPABILITIES = CAPABILITIES_BY_RELEASE.flatMap(([, caps]) => caps);

function introducedIn(capability: string): string {
  return `4.${CAPABILITIES_BY_RELEASE.find(([, caps]) => caps.includes(capability))?.[0] ?? 0}`;
}

/** The baseline sets a release accepts: None, v4.11 up to the release itself (at most v4.18), vCurrent. */
export function knownBaselines(version: string): string[] {
  const sets = ['None'];
  for (let m = 11; m <= NEWEST_BASELINE && atLeast(version, `4.${m}`); m++) sets.push(`v4.${m}`);
  sets.push('vCurrent');
  return sets;
}

function baselineContents(baseline: string): string[] {
  if (baseline === 'vCurrent') return ALL_CAPABILITIES;
  const m = /^v4\.(\d+)$/.exec(baseline);
  if (!m) return [];
  const upTo = Number(m[1]);
  return CAPABILITIES_BY_RELEASE.filter(([release]) => release <= upTo).flatMap(([, caps]) => caps);
}

export function checkCapabilities(config: Obj, platform: string | undefined, report: Report): void {
  const caps = obj(config.capabilities);
  if (!caps) return;
  const baseline = str(caps.baselineCapabilitySet) ?? '';
  const sets = knownBaselines(report.version);
  if (!sets.includes(baseline)) {
    report.error('capabilities.baselineCapabilitySet', 'capabilities', 'caps.baseline', {
      value: baseline,
      allowed: quoteList(sets),
    });
    return;
  }
  const enabled = new Set(baselineContents(baseline));
  list(caps.additionalEnabledCapabilities).forEach((item, i) => {
    const name = str(item) ?? '';
    if (!ALL_CAPABILITIES.includes(name)) {
      report.error(child('capabilities.additionalEnabledCapabilities', i), 'capabilities', 'caps.unknown', {
        value: name,
        allowed: quoteList(ALL_CAPABILITIES),
      });
    }
    enabled.add(name);
  });
  const path = 'capabilities';
  const known = (cap: string): boolean => report.atLeast(introducedIn(cap));
  if (
    enabled.has('marketplace') &&
    !enabled.has('OperatorLifecycleManager') &&
    known('OperatorLifecycleManager')
  ) {
    report.error(path, 'capabilities', 'caps.marketplace');
  }
  if (platform === 'baremetal' && !enabled.has('baremetal')) {
    report.error(path, 'capabilities', 'caps.baremetal');
  }
  if (
    known('CloudCredential') &&
    !enabled.has('CloudCredential') &&
    platform !== 'none' &&
    platform !== 'baremetal'
  ) {
    report.error(path, 'capabilities', 'caps.cloud-credential');
  }
  const ccmOff =
    platform === 'none' ||
    platform === 'baremetal' ||
    (platform === 'external' && !str(obj(obj(config.platform)?.external)?.cloudControllerManager));
  if (known('CloudControllerManager') && !enabled.has('CloudControllerManager') && !ccmOff) {
    report.error(path, 'capabilities', 'caps.ccm');
  }
  if (known('Ingress') && !enabled.has('Ingress')) {
    report.error(path, 'capabilities', 'caps.ingress');
  }
}
