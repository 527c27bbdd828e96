import type { MessageKey } from '../../messages/index.js';
import { child } from '../../path.js';
import { isUnset, list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isHostOrIp } from '../dns.js';
import { oneOf } from './require.js';

/*
 * platform.vsphere (`inst:pkg/types/vsphere/validation/platform.go` ValidatePlatform): vcenters,
 * then failure domains with inventory paths in the installer's fixed formats. Legacy flat fields were converted in
 * convert.ts, as the installer converts them. Two installer modes change the rules:
 * - a legacy UPI file (flat fields with vCenter but neither network nor cluster) only gets warnings for the missing
 *   network and compute cluster;
 * - the Agent-based installer (usingAgentMethod) may leave out the vCenter and its failure domains altogether.
 */

export const GENERATED_FAILURE_DOMAIN = 'generated-failure-domain';

/** The installer's path formats (its messages quote them), by topology field. */
const PATH_FORMATS: Record<string, { pattern: RegExp; message: MessageKey }> = {
  datastore: { pattern: /^\/(.*?)\/datastore\/(.*?)$/, message: 'vsphere.path-datastore' },
  computeCluster: { pattern: /^\/(.*?)\/host\/(.*?)$/, message: 'vsphere.path-cluster' },
  folder: { pattern: /^\/(.*?)\/vm\/(.*?)$/, message: 'vsphere.path-folder' },
  resourcePool: { pattern: /^\/(.*?)\/host\/(.*?)\/(.*?)$/, message: 'vsphere.path-resource-pool' },
};
const TAG_ID =
  /^urn:vmomi:InventoryServiceTag:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:GLOBAL$/i;

function missing(value: unknown): boolean {
  return isUnset(value) || (Array.isArray(value) && value.length === 0);
}

function required(block: Obj, at: string, field: string, report: Report, why: MessageKey): void {
  if (missing(block[field])) report.error(child(at, field), 'platform-required-field', why);
}

export interface VsphereMode {
  /** A legacy UPI file: flat fields with vCenter, without network and cluster (isLegacyUpi in the installer). */
  legacyUpi: boolean;
}

export function checkVsphere(vsphere: Obj, mode: VsphereMode, report: Report): void {
  const base = 'platform.vsphere';
  oneOf(vsphere, base, 'diskType', ['thin', 'thick', 'eagerZeroedThick'], report);
  oneOf(
    obj(vsphere.loadBalancer) ?? {},
    child(base, 'loadBalancer'),
    'type',
    ['OpenShiftManagedDefault', 'UserManaged'],
    report,
  );
  const vcenters = list(vsphere.vcenters);
  const domains = list(vsphere.failureDomains);
  if (report.agent) {
    // The agent may be given no vCenter at all; what is given is checked once it is complete.
    const first = obj(vcenters[0]) ?? {};
    const complete = ['server', 'user', 'password', 'datacenters'].every((f) => !missing(first[f]));
    const datacenters = complete ? checkVcenters(vcenters, base, report) : datacentersOf(vcenters);
    const generated = str(obj(domains[0])?.name) === GENERATED_FAILURE_DOMAIN;
    if (domains.length > 0 && !generated) checkFailureDomains(domains, vsphere, datacenters, mode, report);
    return;
  }
  if (vcenters.length === 0) {
    report.error(child(base, 'vcenters'), 'platform-required-field', 'vsphere.vcenters-required');
    return;
  }
  const datacenters = checkVcenters(vcenters, base, report);
  if (domains.length === 0) {
    report.error(
      child(base, 'failureDomains'),
      'platform-required-field',
      'vsphere.failure-domains-required',
    );
    return;
  }
  checkFailureDomains(domains, vsphere, datacenters, mode, report);
}

function datacentersOf(vcenters: unknown[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of vcenters) {
    const vc = obj(item) ?? {};
    out.set(
      str(vc.server) ?? '',
      list(vc.datacenters).map((d) => str(d) ?? ''),
    );
  }
  return out;
}

function checkVcenters(vcenters: unknown[], base: string, report: Report): Map<string, string[]> {
  vcenters.forEach((item, i) => {
    const vc = obj(item) ?? {};
    const at = child(child(base, 'vcenters'), i);
    const server = str(vc.server) ?? '';
    if (server === '') required(vc, at, 'server', report, 'vsphere.server-required');
    else if (!isHostOrIp(server))
      report.error(child(at, 'server'), 'platform-field-value', 'vsphere.server-format', { server });
    required(vc, at, 'user', report, 'vsphere.user-required');
    required(vc, at, 'password', report, 'vsphere.password-required');
    required(vc, at, 'datacenters', report, 'vsphere.datacenters-required');
  });
  return datacentersOf(vcenters);
}

function checkFailureDomains(
  domains: unknown[],
  vsphere: Obj,
  datacentersByServer: Map<string, string[]>,
  mode: VsphereMode,
  report: Report,
): void {
  const base = 'platform.vsphere.failureDomains';
  const names = new Set<string>();
  const zones = new Set<string>();
  domains.forEach((item, i) => {
    const fd = obj(item) ?? {};
    const at = child(base, i);
    const name = str(fd.name) ?? '';
    if (name === '') required(fd, at, 'name', report, 'vsphere.fd-name-required');
    else if (names.has(name))
      report.error(child(at, 'name'), 'platform-field-value', 'vsphere.fd-name-duplicate', { name });
    names.add(name);
    const regionType = str(fd.regionType) ?? '';
    const zoneType = str(fd.zoneType) ?? '';
    if (regionType === '' && zoneType !== '')
      report.error(child(at, 'regionType'), 'platform-required-field', 'vsphere.region-type');
    if (regionType !== '' && zoneType === '')
      report.error(child(at, 'zoneType'), 'platform-required-field', 'vsphere.zone-type');
    if (regionType === 'HostGroup')
      report.error(child(at, 'regionType'), 'platform-field-value', 'vsphere.region-host-group');
    required(fd, at, 'region', report, 'vsphere.fd-region-required');
    required(fd, at, 'zone', report, 'vsphere.fd-zone-required');
    const zoneKey = `${str(fd.region)}/${str(fd.zone)}`;
    if (!isUnset(fd.zone) && zones.has(zoneKey)) {
      report.error(child(at, 'zone'), 'platform-field-value', 'vsphere.fd-zone-duplicate', {
        zone: str(fd.zone) ?? '',
        region: str(fd.region) ?? '',
      });
    }
    zones.add(zoneKey);
    const server = str(fd.server) ?? '';
    if (server === '') required(fd, at, 'server', report, 'vsphere.fd-server-required');
    else if (!datacentersByServer.has(server)) {
      report.error(child(at, 'server'), 'platform-field-value', 'vsphere.fd-server-unknown', { server });
    }
    const topology = obj(fd.topology) ?? {};
    const tAt = child(at, 'topology');
    const dc = str(topology.datacenter) ?? '';
    if (zoneType === 'HostGroup' && missing(topology.hostGroup)) {
      report.error(child(tAt, 'hostGroup'), 'platform-required-field', 'vsphere.host-group-required');
    }
    if (dc === '') required(topology, tAt, 'datacenter', report, 'vsphere.datacenter-required');
    else if (datacentersByServer.has(server) && !(datacentersByServer.get(server) ?? []).includes(dc)) {
      // The installer does not compare these (it merges vcenters only when they are absent); the install would fail
      // later when the machines cannot be placed, so this is a warning.
      report.warn(child(tAt, 'datacenter'), 'platform-field-value', 'vsphere.datacenter-unlisted', {
        dc,
        server,
      });
    }
    if (missing(topology.computeCluster)) {
      if (mode.legacyUpi)
        report.warn('platform.vsphere.cluster', 'vsphere-legacy-upi', 'vsphere.legacy-cluster');
      else required(topology, tAt, 'computeCluster', report, 'vsphere.cluster-required');
    }
    required(topology, tAt, 'datastore', report, 'vsphere.datastore-required');
    if (missing(topology.networks)) {
      if (mode.legacyUpi)
        report.warn('platform.vsphere.network', 'vsphere-legacy-upi', 'vsphere.legacy-network');
      else required(topology, tAt, 'networks', report, 'vsphere.networks-required');
    }
    for (const [field, { pattern, message }] of Object.entries(PATH_FORMATS)) {
      const value = str(topology[field]);
      if (!value) continue;
      const parts = pattern.exec(value);
      if (!parts) {
        report.error(child(tAt, field), 'vsphere-inventory-path', message, { value });
        continue;
      }
      if (dc === '') continue;
      // The path must lie in the failure domain's datacenter (the installer compares the path's datacenter part).
      const pathDc = parts[1] ?? '';
      const inDc = field === 'datastore' || field === 'folder' ? value.includes(dc) : dc.includes(pathDc);
      if (!inDc) {
        report.error(child(tAt, field), 'vsphere-inventory-path', 'vsphere.path-datacenter', {
          field,
          value,
          dc,
        });
      }
      if (field === 'resourcePool') {
        const cluster = str(topology.computeCluster) ?? '';
        if (cluster !== '' && !cluster.includes(parts[2] ?? '')) {
          report.error(child(tAt, field), 'vsphere-inventory-path', 'vsphere.resource-pool-cluster', {
            value,
            cluster,
          });
        }
      }
    }
    const networks = list(topology.networks);
    if (networks.length > 10) {
      report.error(child(tAt, 'networks'), 'platform-field-value', 'vsphere.networks-max', {
        count: networks.length,
      });
    }
    const tags = list(topology.tagIDs);
    if (tags.length > 10)
      report.error(child(tAt, 'tagIDs'), 'platform-field-value', 'vsphere.tags-max', { count: tags.length });
    tags.slice(0, 10).forEach((tag, j) => {
      if (!TAG_ID.test(str(tag) ?? '')) {
        report.error(child(child(tAt, 'tagIDs'), j), 'platform-field-value', 'vsphere.tag-format', {
          value: str(tag) ?? '',
        });
      }
    });
    if (!isUnset(topology.template) && !isUnset(vsphere.clusterOSImage)) {
      report.error(child(tAt, 'template'), 'platform-field-combination', 'vsphere.template-and-image');
    }
  });
}
