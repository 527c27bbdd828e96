import { checkCidr, contains, parseIp } from '../../cidr.js';
import { child } from '../../path.js';
import { int, isUnset, list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isDns1123Subdomain } from '../dns.js';
import { oneOf } from './require.js';

/*
 * platform.baremetal (installer-rules §a.5, `inst:pkg/types/baremetal/validation/platform.go`): provisioning network,
 * hosts with BMCs and unique boot MACs, enough hosts for every pool's replicas. VIPs are in vips.ts.
 */

const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;

export interface PoolCounts {
  controlPlane: number;
  compute: number;
  arbiter: number;
  machineApi: boolean;
}

export function checkBaremetal(bm: Obj, counts: PoolCounts, report: Report): void {
  const base = 'platform.baremetal';
  oneOf(bm, base, 'provisioningNetwork', ['Disabled', 'Managed', 'Unmanaged'], report);
  oneOf(
    obj(bm.loadBalancer) ?? {},
    child(base, 'loadBalancer'),
    'type',
    ['OpenShiftManagedDefault', 'UserManaged'],
    report,
  );
  oneOf(bm, base, 'dnsRecordsType', ['Internal', 'External'], report);
  if (str(bm.dnsRecordsType) === 'External' && str(obj(bm.loadBalancer)?.type) !== 'UserManaged') {
    report.error(
      child(base, 'dnsRecordsType'),
      'platform-field-combination',
      'external DNS records can only be configured with user-managed loadbalancers; set loadBalancer.type: UserManaged.',
    );
  }
  const provisioning = str(bm.provisioningNetwork) || 'Managed';
  const cidrText = str(bm.provisioningNetworkCIDR);
  let cidr = provisioning === 'Disabled' ? undefined : checkCidr(cidrText ?? '172.22.0.0/24');
  if (cidrText !== undefined && cidr && !cidr.ok) {
    report.error(
      child(base, 'provisioningNetworkCIDR'),
      cidr.reason === 'host-bits' ? 'network-address' : 'cidr-syntax',
      cidr.reason === 'host-bits'
        ? `invalid network address. got ${cidrText}, expecting ${cidr.expected}.`
        : `"${cidrText}" is not a CIDR such as 172.22.0.0/24.`,
    );
    cidr = undefined;
  }
  for (const field of ['clusterProvisioningIP', 'bootstrapProvisioningIP']) {
    const text = str(bm[field]);
    if (text === undefined || text === '') continue;
    const ip = parseIp(text);
    if (!ip) report.error(child(base, field), 'platform-field-value', `"${text}" is not a valid IP address.`);
    else if (cidr?.ok && !contains(cidr.cidr, ip)) {
      report.error(
        child(base, field),
        'platform-field-value',
        `"${text}" is not in the provisioning network ${cidr.cidr.text}; pick an address inside provisioningNetworkCIDR.`,
      );
    }
  }
  // The bootstrap's static address, gateway and DNS server are IP addresses (installer schema: format ip; the
  // installer checks them with validate.IP). A value that is not one would also reach an HAProxy backend (F8).
  for (const field of [
    'bootstrapExternalStaticIP',
    'bootstrapExternalStaticGateway',
    'bootstrapExternalStaticDNS',
  ]) {
    const text = str(bm[field]);
    if (text !== undefined && text !== '' && !parseIp(text)) {
      report.error(child(base, field), 'platform-field-value', `"${text}" is not a valid IP address.`);
    }
  }
  checkHosts(bm, base, counts, report);
}

function checkHosts(bm: Obj, base: string, counts: PoolCounts, report: Report): void {
  const hosts = list(bm.hosts);
  const path = child(base, 'hosts');
  if (hosts.length === 0) {
    if (counts.machineApi)
      report.error(
        path,
        'platform-required-field',
        'bare metal hosts are missing: list every machine with its BMC and boot MAC address in platform.baremetal.hosts.',
      );
    return;
  }
  const names = new Set<string>();
  const macs = new Set<string>();
  const roles = { master: 0, worker: 0, arbiter: 0, none: 0 };
  hosts.forEach((item, i) => {
    const host = obj(item) ?? {};
    const at = child(path, i);
    const name = str(host.name) ?? '';
    if (name === '')
      report.error(child(at, 'name'), 'platform-required-field', 'Required value: each host needs a name.');
    else if (!isDns1123Subdomain(name))
      report.error(
        child(at, 'name'),
        'baremetal-host',
        `"${name}" is not a valid host name: lower case letters, digits, '-' and '.'.`,
      );
    else if (names.has(name))
      report.error(
        child(at, 'name'),
        'baremetal-host',
        `Duplicate value: "${name}": host names must be unique.`,
      );
    names.add(name);
    const mac = str(host.bootMACAddress) ?? '';
    if (mac === '')
      report.error(
        child(at, 'bootMACAddress'),
        'platform-required-field',
        'Required value: the MAC address of the NIC the host boots from.',
      );
    else if (!MAC.test(mac))
      report.error(
        child(at, 'bootMACAddress'),
        'baremetal-host',
        `"${mac}" is not a MAC address such as 52:54:00:00:00:10.`,
      );
    else if (macs.has(mac.toLowerCase()))
      report.error(
        child(at, 'bootMACAddress'),
        'baremetal-host',
        `Duplicate value: "${mac}": each host boots from its own NIC.`,
      );
    macs.add(mac.toLowerCase());
    oneOf(host, at, 'bootMode', ['UEFI', 'UEFISecureBoot', 'legacy'], report, 'baremetal-host');
    const bmc = obj(host.bmc);
    if (!bmc)
      report.error(
        child(at, 'bmc'),
        'platform-required-field',
        'Required value: the BMC (address, username, password) that powers the host on and off.',
      );
    else {
      for (const field of ['address', 'username', 'password']) {
        if (isUnset(bmc[field]))
          report.error(
            child(child(at, 'bmc'), field),
            'platform-required-field',
            `Required value: bmc.${field}.`,
          );
      }
      const address = str(bmc.address);
      if (address && !/^[a-z0-9+-]+:\/\/\S+$/i.test(address)) {
        report.error(
          child(child(at, 'bmc'), 'address'),
          'baremetal-host',
          `"${address}" is not a BMC address: use a URL such as redfish-virtualmedia://10.0.0.1/redfish/v1/Systems/1 or ipmi://10.0.0.1.`,
        );
      }
    }
    const role = str(host.role) ?? '';
    if (role === 'master' || role === 'control-plane') roles.master++;
    else if (role === 'worker') roles.worker++;
    else if (role === 'arbiter') roles.arbiter++;
    else if (role === '') roles.none++;
    else
      report.error(
        child(at, 'role'),
        'baremetal-host',
        `Unsupported value: "${role}": supported values: "master", "worker", "arbiter".`,
      );
  });
  // Hosts without a role fill the control plane first, then the arbiter, then compute.
  let spare = roles.none;
  const take = (have: number, need: number): number => {
    const used = Math.min(spare, Math.max(0, need - have));
    spare -= used;
    return have + used;
  };
  const masters = take(roles.master, counts.controlPlane);
  if (masters < counts.controlPlane) {
    report.error(
      path,
      'baremetal-host-count',
      `not enough hosts found (${masters}) to support all the configured ControlPlane replicas (${counts.controlPlane}); add hosts with role: master.`,
    );
  }
  const arbiters = take(roles.arbiter, counts.arbiter);
  if (arbiters < counts.arbiter) {
    report.error(
      path,
      'baremetal-host-count',
      `not enough hosts found (${arbiters}) to support all the configured Arbiter replicas (${counts.arbiter}); add hosts with role: arbiter.`,
    );
  }
  const workers = take(roles.worker, counts.compute);
  if (workers < counts.compute) {
    report.error(
      path,
      'baremetal-host-count',
      `not enough hosts found (${workers}) to support all the configured Compute replicas (${counts.compute}); add hosts with role: worker or lower compute replicas.`,
    );
  }
}

export function replicasOf(pool: unknown, fallback: number): number {
  const value = obj(pool)?.replicas;
  return isUnset(value) ? fallback : (int(value) ?? fallback);
}
