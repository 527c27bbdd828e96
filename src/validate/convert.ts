import { parseIp, sameIp } from './cidr.js';
import { child } from './path.js';
import { isObj, isUnset, list, type Obj, obj, str } from './read.js';
import type { Report } from './report.js';

/*
 * The installer up-converts deprecated fields before validating (`inst:pkg/types/conversion/installconfig.go`). We
 * do the same on a copy, with a warning that names the new field, so the remaining rules see the modern shape and
 * users learn what to write instead.
 */

/** Legacy flat vSphere fields (pre-4.13), replaced by vcenters and failureDomains. */
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

/**
 * A copy of what the conversion changes (networking, its cluster networks, the platform blocks); the rest is shared
 * with `config`, which is never changed. A deep copy of a large file would cost more than all the rules together.
 */
function copyForConversion(config: Obj): Obj {
  const out: Obj = { ...config };
  const net = obj(config.networking);
  if (net) {
    out.networking = {
      ...net,
      ...(Array.isArray(net.clusterNetwork)
        ? { clusterNetwork: net.clusterNetwork.map((e) => (isObj(e) ? { ...e } : e)) }
        : {}),
      ...(Array.isArray(net.clusterNetworks)
        ? { clusterNetworks: net.clusterNetworks.map((e) => (isObj(e) ? { ...e } : e)) }
        : {}),
    };
  }
  const platform = obj(config.platform);
  if (platform) {
    const blocks: Obj = {};
    for (const [name, block] of Object.entries(platform)) blocks[name] = isObj(block) ? { ...block } : block;
    out.platform = blocks;
  }
  return out;
}

export interface Converted {
  config: Obj;
  /** The vSphere block is an old-style UPI one (flat fields, vCenter set, no network and no cluster). */
  legacyVsphereUpi: boolean;
}

/** Returns a converted copy; `config` is not changed. */
export function upConvert(config: Obj, report: Report): Converted {
  const out = copyForConversion(config);
  let legacyVsphereUpi = false;
  convertNetworking(out, report);
  const platform = obj(out.platform);
  if (!platform) return { config: out, legacyVsphereUpi };
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
  if (vsphere) legacyVsphereUpi = convertVsphere(vsphere, report);
  const openstack = obj(platform.openstack);
  if (openstack) {
    renameField(openstack, 'platform.openstack', 'lbFloatingIP', 'apiFloatingIP', report);
    if (!isUnset(openstack.computeFlavor)) {
      report.warn('platform.openstack.computeFlavor', 'deprecated-field', 'convert.compute-flavor');
      const dmp = { ...(obj(openstack.defaultMachinePlatform) ?? {}) };
      if (isUnset(dmp.type)) dmp.type = openstack.computeFlavor;
      openstack.defaultMachinePlatform = dmp;
      delete openstack.computeFlavor;
    }
  }
  const baremetal = obj(platform.baremetal);
  if (baremetal)
    renameField(baremetal, 'platform.baremetal', 'provisioningHostIP', 'clusterProvisioningIP', report);
  // Fields deprecated in a release (platform.aws.subnets from 4.19 …) are reported from knowledge/release-fields.ts.
  return { config: out, legacyVsphereUpi };
}

function renameField(block: Obj, base: string, old: string, next: string, report: Report): void {
  if (isUnset(block[old])) return;
  report.warn(child(base, old), 'deprecated-field', 'convert.renamed', {
    path: child(base, old),
    replacement: child(base, next),
  });
  if (isUnset(block[next])) block[next] = block[old];
  delete block[old];
}

function convertNetworking(config: Obj, report: Report): void {
  const net = obj(config.networking);
  if (!net) return;
  const old = (name: string, replacement: string): boolean => {
    if (isUnset(net[name])) return false;
    report.warn(`networking.${name}`, 'deprecated-field', 'convert.renamed', {
      path: `networking.${name}`,
      replacement: `networking.${replacement}`,
    });
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
    report.warn(path, 'deprecated-field', 'convert.host-subnet-length', { path });
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
    report.warn(child(base, singular), 'vip-deprecated', 'convert.vip', {
      path: child(base, singular),
      replacement: child(base, plural),
      value: oldText,
    });
    block[plural] = [old];
  } else {
    const oldIp = parseIp(oldText);
    const included = current.some((v) => {
      const ip = parseIp(str(v) ?? '');
      return oldIp && ip ? sameIp(oldIp, ip) : str(v) === oldText;
    });
    if (included) {
      report.warn(child(base, singular), 'vip-deprecated', 'convert.vip-both', {
        path: child(base, singular),
        replacement: child(base, plural),
        field: singular,
      });
    } else {
      report.error(child(base, singular), 'vip-conflict', 'convert.vip-conflict', {
        path: child(base, singular),
        replacement: child(base, plural),
        value: oldText,
        field: singular,
      });
    }
  }
  delete block[singular];
}

/** Where a value the conversion generated came from, so findings name the field the user wrote. */
const GENERATED_VCENTER: Array<[string, string]> = [
  ['platform.vsphere.vcenters[0].server', 'platform.vsphere.vCenter'],
  ['platform.vsphere.vcenters[0].user', 'platform.vsphere.username'],
  ['platform.vsphere.vcenters[0].password', 'platform.vsphere.password'],
  ['platform.vsphere.vcenters[0].datacenters', 'platform.vsphere.datacenter'],
  ['platform.vsphere.vcenters[0]', 'platform.vsphere'],
];
const GENERATED_DOMAIN: Array<[string, string]> = [
  ['platform.vsphere.failureDomains[0].topology.datastore', 'platform.vsphere.defaultDatastore'],
  ['platform.vsphere.failureDomains[0].topology.computeCluster', 'platform.vsphere.cluster'],
  ['platform.vsphere.failureDomains[0].topology.networks', 'platform.vsphere.network'],
  ['platform.vsphere.failureDomains[0].topology.folder', 'platform.vsphere.folder'],
  ['platform.vsphere.failureDomains[0].topology.resourcePool', 'platform.vsphere.resourcePool'],
  ['platform.vsphere.failureDomains[0].topology.datacenter', 'platform.vsphere.datacenter'],
  ['platform.vsphere.failureDomains[0].server', 'platform.vsphere.vCenter'],
  ['platform.vsphere.failureDomains[0]', 'platform.vsphere'],
];

/** Converts the flat fields as the installer does; returns whether the file is an old-style UPI one. */
function convertVsphere(vsphere: Obj, report: Report): boolean {
  const present = VSPHERE_LEGACY_FIELDS.filter((f) => !isUnset(vsphere[f]));
  const first = present[0];
  if (first === undefined) return false;
  report.warn(`platform.vsphere.${first}`, 'vsphere-legacy-fields', 'convert.vsphere-legacy', {
    fields: present.join(', '),
  });
  // pkg/types/vsphere/validation/platform.go: network and cluster empty but vCenter set is the legacy UPI case, where
  // the missing network and compute cluster are only warned about.
  const legacyUpi = isUnset(vsphere.network) && isUnset(vsphere.cluster) && !isUnset(vsphere.vCenter);
  // The installer builds one vCenter and one failure domain from the flat fields when the new ones are absent.
  const server = str(vsphere.vCenter);
  const dc = str(vsphere.datacenter);
  if (list(vsphere.vcenters).length === 0 && server) {
    vsphere.vcenters = [
      { server, user: vsphere.username, password: vsphere.password, datacenters: dc ? [dc] : [] },
    ];
    for (const [from, to] of GENERATED_VCENTER) report.renamePath(from, to);
  }
  if (list(vsphere.failureDomains).length === 0 && server) {
    for (const [from, to] of GENERATED_DOMAIN) report.renamePath(from, to);
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
  return legacyUpi;
}
