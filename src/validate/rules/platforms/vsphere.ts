import { child } from '../../path.js';
import { isUnset, list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isHostOrIp } from '../dns.js';
import { oneOf } from './require.js';

/*
 * platform.vsphere (installer-rules §a.5, `inst:pkg/types/vsphere/validation/platform.go`): vcenters, then failure
 * domains with inventory paths in the installer's fixed formats. Legacy flat fields were converted in convert.ts.
 */

const PATH_FORMATS: Record<string, { pattern: RegExp; format: string }> = {
  datastore: { pattern: /^\/.+\/datastore\/.+$/, format: '/<datacenter>/datastore/<datastore>' },
  computeCluster: { pattern: /^\/.+\/host\/.+$/, format: '/<datacenter>/host/<cluster>' },
  folder: { pattern: /^\/.+\/vm\/.+$/, format: '/<datacenter>/vm/<folder>' },
  resourcePool: {
    pattern: /^\/.+\/host\/.+\/Resources.*$/,
    format: '/<datacenter>/host/<cluster>/Resources/<resourcePool>',
  },
};
const TAG_ID =
  /^urn:vmomi:InventoryServiceTag:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:GLOBAL$/i;

function required(block: Obj, at: string, field: string, report: Report, what: string): void {
  if (isUnset(block[field]) || (Array.isArray(block[field]) && (block[field] as unknown[]).length === 0)) {
    report.error(child(at, field), 'platform-required-field', `Required value: ${what}`);
  }
}

export function checkVsphere(vsphere: Obj, report: Report): void {
  const base = 'platform.vsphere';
  oneOf(vsphere, base, 'diskType', ['thin', 'thick', 'eagerZeroedThick'], report);
  const vcenters = list(vsphere.vcenters);
  if (vcenters.length === 0) {
    report.error(
      child(base, 'vcenters'),
      'platform-required-field',
      'Required value: must be defined — describe the vCenter (server, user, password, datacenters) in platform.vsphere.vcenters.',
    );
    return;
  }
  const datacentersByServer = new Map<string, string[]>();
  vcenters.forEach((item, i) => {
    const vc = obj(item) ?? {};
    const at = child(child(base, 'vcenters'), i);
    const server = str(vc.server) ?? '';
    if (server === '') required(vc, at, 'server', report, 'the vCenter host name or IP address.');
    else if (!isHostOrIp(server))
      report.error(
        child(at, 'server'),
        'platform-field-value',
        `"${server}" must be the domain name or IP address of the vCenter (lower case, e.g. vcenter.example.com).`,
      );
    required(vc, at, 'user', report, 'the vCenter user name (e.g. administrator@vsphere.local).');
    required(vc, at, 'password', report, 'the vCenter password.');
    required(vc, at, 'datacenters', report, 'list at least one datacenter the cluster uses.');
    datacentersByServer.set(
      server,
      list(vc.datacenters).map((d) => str(d) ?? ''),
    );
  });
  const domains = list(vsphere.failureDomains);
  if (domains.length === 0) {
    report.error(
      child(base, 'failureDomains'),
      'platform-required-field',
      'Required value: must be defined — describe where machines go (server, datacenter, computeCluster, datastore, networks) in platform.vsphere.failureDomains.',
    );
    return;
  }
  const names = new Set<string>();
  const zones = new Set<string>();
  domains.forEach((item, i) => {
    const fd = obj(item) ?? {};
    const at = child(child(base, 'failureDomains'), i);
    const name = str(fd.name) ?? '';
    if (name === '') required(fd, at, 'name', report, 'each failure domain needs a name.');
    else if (names.has(name))
      report.error(
        child(at, 'name'),
        'platform-field-value',
        `Duplicate value: "${name}": failure domain names must be unique.`,
      );
    names.add(name);
    required(fd, at, 'region', report, 'the failure domain region (a vSphere tag category value).');
    required(fd, at, 'zone', report, 'the failure domain zone (a vSphere tag category value).');
    const zoneKey = `${str(fd.region)}/${str(fd.zone)}`;
    if (!isUnset(fd.zone) && zones.has(zoneKey))
      report.error(
        child(at, 'zone'),
        'platform-field-value',
        `Duplicate value: zone "${str(fd.zone)}" is already used in region "${str(fd.region)}".`,
      );
    zones.add(zoneKey);
    const server = str(fd.server) ?? '';
    if (server === '') required(fd, at, 'server', report, 'the vCenter this failure domain lives in.');
    else if (!datacentersByServer.has(server)) {
      report.error(
        child(at, 'server'),
        'platform-field-value',
        `server "${server}" is not one of the vcenters; use the server name from platform.vsphere.vcenters.`,
      );
    }
    const topology = obj(fd.topology) ?? {};
    const tAt = child(at, 'topology');
    const dc = str(topology.datacenter) ?? '';
    if (dc === '') required(topology, tAt, 'datacenter', report, 'the datacenter of this failure domain.');
    else if (datacentersByServer.has(server) && !(datacentersByServer.get(server) ?? []).includes(dc)) {
      report.error(
        child(tAt, 'datacenter'),
        'platform-field-value',
        `datacenter "${dc}" is not listed in the datacenters of vCenter ${server}; add it there.`,
      );
    }
    required(
      topology,
      tAt,
      'computeCluster',
      report,
      `full path of the cluster in format ${PATH_FORMATS.computeCluster?.format}.`,
    );
    required(
      topology,
      tAt,
      'datastore',
      report,
      `full path of the datastore in format ${PATH_FORMATS.datastore?.format}.`,
    );
    required(topology, tAt, 'networks', report, 'at least one port group (network) for the machines.');
    for (const [field, { pattern, format }] of Object.entries(PATH_FORMATS)) {
      const value = str(topology[field]);
      if (value && !pattern.test(value)) {
        report.error(
          child(tAt, field),
          'vsphere-inventory-path',
          `"${value}": full path of ${field} must be provided in format ${format}.`,
        );
      }
    }
    const networks = list(topology.networks);
    if (networks.length > 10)
      report.error(
        child(tAt, 'networks'),
        'platform-field-value',
        `Too many: ${networks.length}: must have at most 10 networks.`,
      );
    const tags = list(topology.tagIDs);
    if (tags.length > 10)
      report.error(
        child(tAt, 'tagIDs'),
        'platform-field-value',
        `Too many: ${tags.length}: must have at most 10 tag IDs.`,
      );
    tags.forEach((tag, j) => {
      if (!TAG_ID.test(str(tag) ?? ''))
        report.error(
          child(child(tAt, 'tagIDs'), j),
          'platform-field-value',
          `"${str(tag)}" is not a tag ID: use the form urn:vmomi:InventoryServiceTag:<UUID>:GLOBAL.`,
        );
    });
    if (!isUnset(topology.template) && !isUnset(vsphere.clusterOSImage)) {
      report.error(
        child(tAt, 'template'),
        'platform-field-combination',
        'a template and platform.vsphere.clusterOSImage cannot both be set; keep one.',
      );
    }
  });
}
