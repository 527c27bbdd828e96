import { parseIp, sameIp } from './cidr.js';
import { child } from './path.js';
import { isObj, isUnset, list, type Obj, obj, str } from './read.js';
import type { Report } from './report.js';

/*
 * The installer up-converts deprecated fields before validating (installer-rules §0 step 2, §d "Up-conversion",
 * `inst:pkg/types/conversion/installconfig.go`). We do the same on a copy, with a warning that names the new field,
 * so the remaining rules see the modern shape and users learn what to write instead.
 */

/** Legacy flat vSphere fields (pre-4.13), replaced by vcenters and failureDomains (installer-rules §a.5). */
export const VSPHERE_LEGACY_FIELDS = [
  'vCenter',
  'username',
  'password',
  'datacenter',
  'defaultDatastore',
  'folder',
  'cluster',
  'resourcePool',
  'network',
];

/** Returns a converted copy; `config` is not changed. */
export function upConvert(config: Obj, report: Report): Obj {
  const out: Obj = structuredClone(config);
  convertNetworking(out, report);
  const platform = obj(out.platform);
  if (!platform) return out;
  for (const name of ['baremetal', 'vsphere', 'openstack', 'nutanix']) {
    const block = obj(platform[name]);
    if (block) {
      convertVip(block, `platform.${name}`, 'apiVIP', 'apiVIPs', report);
      convertVip(block, `platform.${name}`, 'ingressVIP', 'ingressVIPs', report);
    }
  }
  const ovirt = obj(platform.ovirt);
  if (ovirt) {
    convertVip(ovirt, 'platform.ovirt', 'api_vip', 'api_vips', report);
    convertVip(ovirt, 'platform.ovirt', 'ingress_vip', 'ingress_vips', report);
  }
  const vsphere = obj(platform.vsphere);
  if (vsphere) convertVsphere(vsphere, report);
  const openstack = obj(platform.openstack);
  if (openstack) {
    renameField(openstack, 'platform.openstack', 'lbFloatingIP', 'apiFloatingIP', report);
    if (!isUnset(openstack.computeFlavor)) {
      report.warn(
        'platform.openstack.computeFlavor',
        'deprecated-field',
        'computeFlavor is deprecated; set platform.openstack.defaultMachinePlatform.type instead.',
      );
      const dmp = obj(openstack.defaultMachinePlatform) ?? {};
      if (isUnset(dmp.type)) dmp.type = openstack.computeFlavor;
      openstack.defaultMachinePlatform = dmp;
      delete openstack.computeFlavor;
    }
  }
  const baremetal = obj(platform.baremetal);
  if (baremetal)
    renameField(baremetal, 'platform.baremetal', 'provisioningHostIP', 'clusterProvisioningIP', report);
  const aws = obj(platform.aws);
  // platform.aws.subnets gave way to platform.aws.vpc.subnets in 4.19; older releases know only the flat list.
  if (aws && report.atLeast('4.19') && list(aws.subnets).length > 0) {
    report.warn(
      'platform.aws.subnets',
      'deprecated-field',
      'platform.aws.subnets is deprecated; list the subnets as platform.aws.vpc.subnets[].id instead.',
    );
  }
  return out;
}

function renameField(block: Obj, base: string, old: string, next: string, report: Report): void {
  if (isUnset(block[old])) return;
  report.warn(
    child(base, old),
    'deprecated-field',
    `${child(base, old)} is deprecated; use ${child(base, next)} instead.`,
  );
  if (isUnset(block[next])) block[next] = block[old];
  delete block[old];
}

function convertNetworking(config: Obj, report: Report): void {
  const net = obj(config.networking);
  if (!net) return;
  const old = (name: string, replacement: string): boolean => {
    if (isUnset(net[name])) return false;
    report.warn(
      `networking.${name}`,
      'deprecated-field',
      `networking.${name} is deprecated; use networking.${replacement} instead.`,
    );
    return true;
  };
  if (old('machineCIDR', 'machineNetwork') && list(net.machineNetwork).length === 0)
    net.machineNetwork = [{ cidr: net.machineCIDR }];
  if (old('serviceCIDR', 'serviceNetwork') && list(net.serviceNetwork).length === 0)
    net.serviceNetwork = [net.serviceCIDR];
  if (old('type', 'networkType') && isUnset(net.networkType)) net.networkType = net.type;
  if (old('clusterNetworks', 'clusterNetwork') && list(net.clusterNetwork).length === 0)
    net.clusterNetwork = net.clusterNetworks;
  delete net.machineCIDR;
  delete net.serviceCIDR;
  delete net.type;
  delete net.clusterNetworks;
  list(net.clusterNetwork).forEach((entry, i) => {
    if (!isObj(entry) || isUnset(entry.hostSubnetLength)) return;
    const path = `networking.clusterNetwork[${i}].hostSubnetLength`;
    report.warn(
      path,
      'deprecated-field',
      `${path} is deprecated; use hostPrefix (address bits minus hostSubnetLength, e.g. 23 for 9).`,
    );
    const cidr = str(entry.cidr) ?? '';
    const length = typeof entry.hostSubnetLength === 'number' ? entry.hostSubnetLength : Number.NaN;
    if (isUnset(entry.hostPrefix) && Number.isFinite(length))
      entry.hostPrefix = (cidr.includes(':') ? 128 : 32) - length;
    delete entry.hostSubnetLength;
  });
}

function convertVip(block: Obj, base: string, singular: string, plural: string, report: Report): void {
  const old = block[singular];
  if (isUnset(old)) return;
  const oldText = str(old) ?? '';
  const current = list(block[plural]);
  if (current.length === 0) {
    report.warn(
      child(base, singular),
      'vip-deprecated',
      `${child(base, singular)} is deprecated since 4.12; write ${child(base, plural)}: [${oldText}] instead (converted for this check).`,
    );
    block[plural] = [old];
  } else {
    const oldIp = parseIp(oldText);
    const included = current.some((v) => {
      const ip = parseIp(str(v) ?? '');
      return oldIp && ip ? sameIp(oldIp, ip) : str(v) === oldText;
    });
    if (included) {
      report.warn(
        child(base, singular),
        'vip-deprecated',
        `${child(base, singular)} is deprecated; only ${child(base, plural)} needs to be specified — remove ${singular}.`,
      );
    } else {
      report.error(
        child(base, singular),
        'vip-conflict',
        `${child(base, singular)} is deprecated; only ${child(base, plural)} needs to be specified, and ${oldText} is not among them — remove ${singular}.`,
      );
    }
  }
  delete block[singular];
}

function convertVsphere(vsphere: Obj, report: Report): void {
  const present = VSPHERE_LEGACY_FIELDS.filter((f) => !isUnset(vsphere[f]));
  const first = present[0];
  if (first === undefined) return;
  report.warn(
    `platform.vsphere.${first}`,
    'vsphere-legacy-fields',
    `the flat vSphere fields (${present.join(', ')}) are deprecated since 4.13; describe the vCenter in platform.vsphere.vcenters and the placement in platform.vsphere.failureDomains instead.`,
  );
  // The installer builds one vCenter and one failure domain from the flat fields when the new ones are absent.
  const server = str(vsphere.vCenter);
  const dc = str(vsphere.datacenter);
  if (list(vsphere.vcenters).length === 0 && server) {
    vsphere.vcenters = [
      { server, user: vsphere.username, password: vsphere.password, datacenters: dc ? [dc] : [] },
    ];
  }
  if (list(vsphere.failureDomains).length === 0 && server) {
    const prefix = (value: unknown, kind: string): string | undefined => {
      const text = str(value);
      if (!text) return undefined;
      return text.startsWith('/') ? text : `/${dc}/${kind}/${text}`;
    };
    const topology: Obj = { datacenter: dc };
    const datastore = prefix(vsphere.defaultDatastore, 'datastore');
    const cluster = prefix(vsphere.cluster, 'host');
    const folder = prefix(vsphere.folder, 'vm');
    if (datastore) topology.datastore = datastore;
    if (cluster) topology.computeCluster = cluster;
    if (folder) topology.folder = folder;
    if (str(vsphere.network)) topology.networks = [str(vsphere.network)];
    if (str(vsphere.resourcePool)) topology.resourcePool = str(vsphere.resourcePool);
    vsphere.failureDomains = [
      {
        name: 'generated-failure-domain',
        region: 'generated-region',
        zone: 'generated-zone',
        server,
        topology,
      },
    ];
  }
  for (const f of VSPHERE_LEGACY_FIELDS) delete vsphere[f];
}
