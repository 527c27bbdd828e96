import { commentText } from './comments.js';
import { credentialsFor } from './credentials.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/**
 * Names of the single failure domain. They are the names the installer itself gives when it converts the legacy
 * flat fields (pkg/types/defaults up-conversion); with one failure domain they need no vCenter tags (installation-config-parameters (docs)).
 */
export const SINGLE_FAILURE_DOMAIN = {
  name: 'generated-failure-domain',
  region: 'generated-region',
  zone: 'generated-zone',
};

/** vCenter's HTTPS port; the vcenters[] entry carries it explicitly (installation-config-parameters (docs)). */
export const VCENTER_PORT = 443;

/** An inventory path: kept when the answer already is one, else built as `/<dc>/<kind>/<name>` (installation-config-parameters (docs)). */
function inventoryPath(datacenter: string, kind: 'host' | 'datastore' | 'vm', name: string): string {
  return name.startsWith('/') ? name : `/${datacenter}/${kind}/${name}`;
}

/**
 * `platform.vsphere` in the failureDomains/vcenters form (the flat pre-4.13 fields are deprecated: the
 * installer converts them with a warning in pkg/types/vsphere/conversion). VIPs only for IPI: with UPI your own load
 * balancers serve the API and ingress, as in the documented vSphere UPI sample install-config.
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
  // The legacy top-level folder/resourcePool belong to the failure domain's topology, as full paths (installation-config-parameters (docs)).
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
  else notes.add([], commentText('vsphereUpi', notes.lang));
  notes.add(['failureDomains'], commentText('vsphereFailureDomains', notes.lang));
  stanza.failureDomains = [{ ...SINGLE_FAILURE_DOMAIN, server, topology }];
  notes.add(['vcenters'], commentText('vsphereVcenters', notes.lang));
  stanza.vcenters = [{ server, port: VCENTER_PORT, user: username, password, datacenters: [datacenter] }];
  return { ...stanza, ...passthroughOf(plan) };
}
