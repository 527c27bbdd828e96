import { parseIp } from '../../cidr.js';
import { child } from '../../path.js';
import { list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { oneOf, requireField } from './require.js';

/* platform.openstack, platform.nutanix and platform.external. */

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
      report.error(child(base, field), 'platform-field-value', 'baremetal.ip', { text });
    }
  }
  const fixedIPs = list(obj(openstack.controlPlanePort)?.fixedIPs);
  if (fixedIPs.length > 2) {
    report.error(child(base, 'controlPlanePort.fixedIPs'), 'platform-field-value', 'openstack.fixed-ips', {
      count: fixedIPs.length,
    });
  }
}

export function checkNutanix(nutanix: Obj, report: Report): void {
  const base = 'platform.nutanix';
  const pc = obj(nutanix.prismCentral);
  if (!pc) {
    report.error(child(base, 'prismCentral'), 'platform-required-field', 'nutanix.prism-central');
  } else {
    const at = child(base, 'prismCentral');
    const endpoint = obj(pc.endpoint) ?? {};
    requireField(endpoint, child(at, 'endpoint'), 'address', report, 'nutanix.pc-address');
    requireField(pc, at, 'username', report, 'nutanix.pc-username');
    requireField(pc, at, 'password', report, 'nutanix.pc-password');
  }
  const elements = list(nutanix.prismElements);
  if (elements.length !== 1) {
    report.error(child(base, 'prismElements'), 'platform-required-field', 'nutanix.prism-elements', {
      count: elements.length,
    });
  }
  elements.forEach((item, i) => {
    const pe = obj(item) ?? {};
    const at = child(child(base, 'prismElements'), i);
    requireField(pe, at, 'uuid', report, 'nutanix.pe-uuid');
    requireField(obj(pe.endpoint) ?? {}, child(at, 'endpoint'), 'address', report, 'nutanix.pe-address');
  });
  const subnets = list(nutanix.subnetUUIDs).map((s) => str(s) ?? '');
  if (subnets.length === 0) {
    report.error(child(base, 'subnetUUIDs'), 'platform-required-field', 'nutanix.subnets');
  } else if (subnets.length > 32) {
    report.error(child(base, 'subnetUUIDs'), 'platform-field-value', 'nutanix.subnets-max', {
      count: subnets.length,
    });
  }
  const seenSubnets = new Set<string>();
  subnets.forEach((s, i) => {
    if (seenSubnets.has(s)) {
      report.error(child(child(base, 'subnetUUIDs'), i), 'platform-field-value', 'nutanix.subnet-duplicate', {
        value: s,
      });
    }
    seenSubnets.add(s);
  });
}

export function checkExternal(external: Obj, report: Report): void {
  oneOf(external, 'platform.external', 'cloudControllerManager', ['', 'External'], report);
}
