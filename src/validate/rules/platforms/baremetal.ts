import { checkCidr, contains, parseIp } from '../../cidr.js';
import { msg } from '../../messages/index.js';
import { child } from '../../path.js';
import { int, isUnset, list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isDns1123Subdomain } from '../dns.js';
import { oneOf } from './require.js';

/*
 * platform.baremetal (`inst:pkg/types/baremetal/validation/platform.go`): provisioning network,
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
    report.error(child(base, 'dnsRecordsType'), 'platform-field-combination', 'baremetal.dns-records');
  }
  const provisioning = str(bm.provisioningNetwork) || 'Managed';
  const cidrText = str(bm.provisioningNetworkCIDR);
  let cidr = provisioning === 'Disabled' ? undefined : checkCidr(cidrText ?? '172.22.0.0/24');
  if (cidrText !== undefined && cidr && !cidr.ok) {
    if (cidr.reason === 'host-bits') {
      report.error(child(base, 'provisioningNetworkCIDR'), 'network-address', 'net.host-bits', {
        text: cidrText,
        expected: cidr.expected ?? '',
        kind: msg('baremetal.provisioning-network'),
      });
    } else {
      report.error(child(base, 'provisioningNetworkCIDR'), 'cidr-syntax', 'baremetal.provisioning-cidr', {
        text: cidrText,
      });
    }
    cidr = undefined;
  }
  for (const field of ['clusterProvisioningIP', 'bootstrapProvisioningIP']) {
    const text = str(bm[field]);
    if (text === undefined || text === '') continue;
    const ip = parseIp(text);
    if (!ip) report.error(child(base, field), 'platform-field-value', 'baremetal.ip', { text });
    else if (cidr?.ok && !contains(cidr.cidr, ip)) {
      report.error(child(base, field), 'platform-field-value', 'baremetal.ip-provisioning', {
        text,
        network: cidr.cidr.text,
      });
    }
  }
  // The bootstrap's static address, gateway and DNS server are IP addresses (installer schema: format ip; the
  // installer checks them with validate.IP). A value that is not one would also reach an HAProxy backend.
  for (const field of [
    'bootstrapExternalStaticIP',
    'bootstrapExternalStaticGateway',
    'bootstrapExternalStaticDNS',
  ]) {
    const text = str(bm[field]);
    if (text !== undefined && text !== '' && !parseIp(text)) {
      report.error(child(base, field), 'platform-field-value', 'baremetal.ip', { text });
    }
  }
  // The Agent-based installer takes its hosts from agent-config.yaml and never uses the BMCs: the installer skips the
  // host rules for it (usingAgentMethod, pkg/types/baremetal/validation/platform.go).
  if (!report.agent) checkHosts(bm, base, counts, report);
}

function checkHosts(bm: Obj, base: string, counts: PoolCounts, report: Report): void {
  const hosts = list(bm.hosts);
  const path = child(base, 'hosts');
  if (hosts.length === 0) {
    if (counts.machineApi) report.error(path, 'platform-required-field', 'baremetal.hosts-missing');
    return;
  }
  const names = new Set<string>();
  const macs = new Set<string>();
  const roles = { master: 0, worker: 0, arbiter: 0, none: 0 };
  hosts.forEach((item, i) => {
    const host = obj(item) ?? {};
    const at = child(path, i);
    const name = str(host.name) ?? '';
    if (name === '') report.error(child(at, 'name'), 'platform-required-field', 'baremetal.host-name');
    else if (!isDns1123Subdomain(name))
      report.error(child(at, 'name'), 'baremetal-host', 'baremetal.host-name-format', { name });
    else if (names.has(name))
      report.error(child(at, 'name'), 'baremetal-host', 'baremetal.host-name-duplicate', { name });
    names.add(name);
    const mac = str(host.bootMACAddress) ?? '';
    if (mac === '')
      report.error(child(at, 'bootMACAddress'), 'platform-required-field', 'baremetal.mac-required');
    else if (!MAC.test(mac))
      report.error(child(at, 'bootMACAddress'), 'baremetal-host', 'baremetal.mac-format', { mac });
    else if (macs.has(mac.toLowerCase())) {
      report.error(child(at, 'bootMACAddress'), 'baremetal-host', 'baremetal.mac-duplicate', { mac });
    }
    macs.add(mac.toLowerCase());
    oneOf(host, at, 'bootMode', ['UEFI', 'UEFISecureBoot', 'legacy'], report, 'baremetal-host');
    const bmc = obj(host.bmc);
    // openshift-install checks the BMC credentials only when it provisions the hosts (create cluster,
    // pkg/asset/installconfig/platformprovisioncheck.go ValidateProvisioning), not when it reads the file: a warning.
    if (!bmc) report.warn(child(at, 'bmc'), 'baremetal-bmc', 'baremetal.bmc-required');
    else {
      for (const field of ['address', 'username', 'password']) {
        if (isUnset(bmc[field])) {
          report.warn(child(child(at, 'bmc'), field), 'baremetal-bmc', 'baremetal.bmc-field', {
            field,
          });
        }
      }
      const address = str(bmc.address);
      if (address && !/^[a-z0-9+-]+:\/\/\S+$/i.test(address)) {
        report.error(child(child(at, 'bmc'), 'address'), 'baremetal-host', 'baremetal.bmc-address', {
          address,
        });
      } else if (address && /^ipmi:/i.test(address) && str(host.bootMode) === 'UEFISecureBoot') {
        // pkg/types/baremetal/validation/platform.go: the IPMI driver cannot do secure boot.
        report.error(child(at, 'bootMode'), 'baremetal-host', 'baremetal.ipmi-secure-boot');
      }
    }
    const role = str(host.role) ?? '';
    if (role === 'master' || role === 'control-plane') roles.master++;
    else if (role === 'worker') roles.worker++;
    else if (role === 'arbiter') roles.arbiter++;
    else if (role === '') roles.none++;
    else report.error(child(at, 'role'), 'baremetal-host', 'baremetal.role', { role });
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
    report.error(path, 'baremetal-host-count', 'baremetal.count-control-plane', {
      found: masters,
      replicas: counts.controlPlane,
    });
  }
  const arbiters = take(roles.arbiter, counts.arbiter);
  if (arbiters < counts.arbiter) {
    report.error(path, 'baremetal-host-count', 'baremetal.count-arbiter', {
      found: arbiters,
      replicas: counts.arbiter,
    });
  }
  const workers = take(roles.worker, counts.compute);
  if (workers < counts.compute) {
    report.error(path, 'baremetal-host-count', 'baremetal.count-compute', {
      found: workers,
      replicas: counts.compute,
    });
  }
}

export function replicasOf(pool: unknown, fallback: number): number {
  const value = obj(pool)?.replicas;
  return isUnset(value) ? fallback : (int(value) ?? fallback);
}
