import { parseIp } from '../../cidr.js';
import { child } from '../../path.js';
import { list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { oneOf, requireField } from './require.js';

/* platform.openstack, platform.nutanix and platform.external (installer-rules §a.5). */

export function checkOpenstack(openstack: Obj, base: string, report: Report): void {
  oneOf(
    obj(openstack.loadBalancer) ?? {},
    child(base, 'loadBalancer'),
    'type',
    ['OpenShiftManagedDefault', 'UserManaged'],
    report,
  );
  // The floating IPs become DNS records and are associated by address (installer: validateFloatingIPs uses net.ParseIP).
  for (const field of ['apiFloatingIP', 'ingressFloatingIP']) {
    const text = str(openstack[field]);
    if (text !== undefined && text !== '' && !parseIp(text)) {
      report.error(child(base, field), 'platform-field-value', `"${text}" is not a valid IP address.`);
    }
  }
  const fixedIPs = list(obj(openstack.controlPlanePort)?.fixedIPs);
  if (fixedIPs.length > 2) {
    report.error(
      child(base, 'controlPlanePort.fixedIPs'),
      'platform-field-value',
      `Too many: ${fixedIPs.length}: must have at most 2 items (one IPv4 and one IPv6 subnet).`,
    );
  }
}

export function checkNutanix(nutanix: Obj, report: Report): void {
  const base = 'platform.nutanix';
  const pc = obj(nutanix.prismCentral);
  if (!pc) {
    report.error(
      child(base, 'prismCentral'),
      'platform-required-field',
      'Required value: must specify the Prism Central endpoint address, port, username and password.',
    );
  } else {
    const at = child(base, 'prismCentral');
    const endpoint = obj(pc.endpoint) ?? {};
    requireField(
      endpoint,
      child(at, 'endpoint'),
      'address',
      report,
      'must specify the Prism Central endpoint address.',
    );
    requireField(pc, at, 'username', report, 'must specify the Prism Central username.');
    requireField(pc, at, 'password', report, 'must specify the Prism Central password.');
  }
  const elements = list(nutanix.prismElements);
  if (elements.length !== 1) {
    report.error(
      child(base, 'prismElements'),
      'platform-required-field',
      `exactly one Prism Element is required (uuid and endpoint address), ${elements.length} found.`,
    );
  }
  elements.forEach((item, i) => {
    const pe = obj(item) ?? {};
    const at = child(child(base, 'prismElements'), i);
    requireField(pe, at, 'uuid', report, 'must specify the Prism Element UUID.');
    requireField(
      obj(pe.endpoint) ?? {},
      child(at, 'endpoint'),
      'address',
      report,
      'must specify the Prism Element endpoint address.',
    );
  });
  const subnets = list(nutanix.subnetUUIDs).map((s) => str(s) ?? '');
  if (subnets.length === 0) {
    report.error(
      child(base, 'subnetUUIDs'),
      'platform-required-field',
      'Required value: must specify at least one subnet UUID for the machines.',
    );
  } else if (subnets.length > 32) {
    report.error(
      child(base, 'subnetUUIDs'),
      'platform-field-value',
      `Too many: ${subnets.length}: must have at most 32 items.`,
    );
  }
  subnets.forEach((s, i) => {
    if (subnets.indexOf(s) !== i)
      report.error(
        child(child(base, 'subnetUUIDs'), i),
        'platform-field-value',
        `Duplicate value: "${s}": list each subnet once.`,
      );
  });
}

export function checkExternal(external: Obj, report: Report): void {
  oneOf(external, 'platform.external', 'cloudControllerManager', ['', 'External'], report);
}
