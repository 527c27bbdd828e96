import { commentText } from './comments.js';
import { credentialsFor } from './credentials.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/**
 * Names of the single failure domain. They are the names the installer itself gives when it converts the legacy
 * flat fields (installer-rules §d up-conversion); with one failure domain they need no vCenter tags (docs §7.5).
 */
export const SINGLE_FAILURE_DOMAIN = {
  name: 'generated-failure-domain',
  region: 'generated-region',
  zone: 'generated-zone',
};

/** vCenter's HTTPS port; the vcenters[] entry carries it explicitly (docs §7.5). */
export const VCENTER_PORT = 443;

/** An inventory path: kept when the answer already is one, else built as `/<dc>/<kind>/<name>` (docs §7.5). */
function inventoryPath(datacenter: string, kind: 'host' | 'datastore' | 'vm', name: string): string {
  return name.startsWith('/') ? name : `/${datacenter}/${kind}/${name}`;
}

/**
 * `platform.vsphere` in the failureDomains/vcenters form (the flat pre-4.13 fields are deprecated, installer-rules
 * §a.5; doc-samples/vsphere-ipi-legacy-4.12.yaml is what not to write). VIPs only for IPI: with UPI your own load
 * balancers serve the API and ingress (doc-samples/vsphere-upi.yaml).
 */
export function vsphereStanza({
  plan,
  method,
  inputs,
  notes,
  values,
}: StanzaContext): Record<string, unknown> {
  const datacenter = stringOf(plan, 'datacenter') ?? '';
  const cluster = stringOf(plan, 'cluster') ?? '';
  const server = (stringOf(plan, 'vcenter') ?? '').toLowerCase();
  const { username, password } = credentialsFor(inputs, plan.platformConfig.credentialsFile);

  const topology: Record<string, unknown> = {
    datacenter,
    computeCluster: inventoryPath(datacenter, 'host', cluster),
    datastore: inventoryPath(datacenter, 'datastore', stringOf(plan, 'datastore') ?? ''),
    networks: [stringOf(plan, 'network') ?? ''],
  };
  // The legacy top-level folder/resourcePool belong to the failure domain's topology, as full paths (docs §7.5).
  const folder = stringOf(plan, 'folder');
  if (folder) topology.folder = inventoryPath(datacenter, 'vm', folder);
  const resourcePool = stringOf(plan, 'resourcePool');
  if (resourcePool) {
    topology.resourcePool = resourcePool.startsWith('/')
      ? resourcePool
      : `${inventoryPath(datacenter, 'host', cluster)}/Resources/${resourcePool}`;
  }

  const stanza: Record<string, unknown> = {};
  if (method === 'IPI') Object.assign(stanza, vipFields(plan, notes, values));
  else notes.add([], commentText('vsphereUpi'));
  notes.add(['failureDomains'], commentText('vsphereFailureDomains'));
  stanza.failureDomains = [{ ...SINGLE_FAILURE_DOMAIN, server, topology }];
  notes.add(['vcenters'], commentText('vsphereVcenters'));
  stanza.vcenters = [{ server, port: VCENTER_PORT, user: username, password, datacenters: [datacenter] }];
  return { ...stanza, ...passthroughOf(plan) };
}
