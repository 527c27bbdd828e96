import { installerControlPlaneType, singleNodeTypeFor } from '../../knowledge/cloud-footprint.js';
import { fencingAddress, fencingTakesMacAddress } from '../../knowledge/fencing.js';
import { PLATFORM_NAMES } from '../../knowledge/platform-names.js';
import { TOPOLOGY_FACTS, TWO_NODE_HARDWARE } from '../../knowledge/topologies.js';
import type { Host, Inputs, Lang, Method, Plan } from '../../types.js';
import { commentText } from './comments.js';
import { topologyComment } from './comments-topology.js';
import { CREDENTIAL_PLACEHOLDERS, credentialsFor } from './credentials.js';
import type { Notes } from './notes.js';
import { passthroughOf } from './passthrough.js';

/** Hyperthreading stays on, the installer's default (pkg/types/defaults), written out for the reader. */
export const HYPERTHREADING = 'Enabled';

/**
 * Workers the installer is told to create: 0 for UPI (installation-config-parameters (docs), "UPI: must be 0": you boot them yourself), 0 for
 * topologies without workers (compact, single node, two-node with fencing), else the planned count (ha, and the
 * optional workers of a two-node cluster with an arbiter).
 */
export function computeReplicasOf(plan: Plan, method: Method): number {
  if (method === 'UPI' || !TOPOLOGY_FACTS[plan.topology].computeAllowed) return 0;
  return plan.computeReplicas;
}

export interface MachinePools {
  controlPlane: Record<string, unknown>;
  /** The arbiter pool of a two-node cluster with an arbiter (install-config `arbiter`, 4.19 and newer). */
  arbiter?: Record<string, unknown>;
  compute: Record<string, unknown>[];
}

/** Written for a fencing credential whose control-plane host the answers do not list (required.ts asks for it). */
export const FENCING_PLACEHOLDER = {
  hostName: 'REPLACE_WITH_CONTROL_PLANE_HOST_NAME',
  address: 'redfish+https://REPLACE_WITH_BMC_ADDRESS/redfish/v1/Systems/1',
};

/**
 * `controlPlane.fencing.credentials`: one per control-plane host, from its Redfish BMC (the answers-file format). The address is the
 * Redfish URL Pacemaker fences through (knowledge/fencing.ts), username and password come from the host's BMC
 * credentials file, certificateVerification from bmc.disableCertificateVerification, and macAddress (4.22 and newer)
 * from its boot MAC. hostName is the node's host name, the name DHCP hands out (infra/dhcp).
 */
function fencingCredentials(plan: Plan, inputs: Inputs, notes: Notes): Record<string, unknown>[] {
  const hosts = plan.hosts
    .filter((host) => host.role === 'control-plane')
    .slice(0, plan.controlPlaneReplicas);
  const withMac = fencingTakesMacAddress(plan.ocpVersion);
  const credentials: Record<string, unknown>[] = hosts.map((host: Host) => {
    const entry: Record<string, unknown> = { hostName: host.name };
    if (withMac && host.bootMACAddress) entry.macAddress = host.bootMACAddress;
    const parsed = host.bmc ? fencingAddress(host.bmc.address) : undefined;
    entry.address = parsed?.ok ? parsed.address : (host.bmc?.address ?? FENCING_PLACEHOLDER.address);
    const { username, password } = host.bmc
      ? credentialsFor(inputs, host.bmc.credentialsFile)
      : CREDENTIAL_PLACEHOLDERS;
    entry.username = username;
    entry.password = password;
    const disabled = host.bmc?.disableCertificateVerification;
    if (disabled !== undefined) entry.certificateVerification = disabled ? 'Disabled' : 'Enabled';
    return entry;
  });
  if (withMac && credentials.some((entry) => entry.macAddress !== undefined)) {
    notes.add(['credentials'], topologyComment('fencingMacAddress', notes.lang));
  }
  for (let i = credentials.length; i < plan.controlPlaneReplicas; i++) {
    notes.add(['credentials', i], topologyComment('fencingPlaceholder', notes.lang));
    credentials.push({
      hostName: `${FENCING_PLACEHOLDER.hostName}_${i}`,
      address: FENCING_PLACEHOLDER.address.replace(
        'REPLACE_WITH_BMC_ADDRESS',
        `REPLACE_WITH_BMC_ADDRESS_${i}`,
      ),
      ...CREDENTIAL_PLACEHOLDERS,
    });
  }
  return credentials;
}

/**
 * A single node on a cloud whose installer default is below the single-node minimum gets a large enough type, unless
 * the answers already name one for every pool (platform defaultMachinePlatform.type).
 */
function singleNodeType(
  plan: Plan,
  lang: Lang,
): { type: string; comment: Record<string, string | number> } | undefined {
  const wanted = singleNodeTypeFor(plan);
  const defaults = installerControlPlaneType(plan);
  if (wanted === undefined || defaults === undefined) return undefined;
  const given = passthroughOf(plan).defaultMachinePlatform;
  if (typeof given === 'object' && given !== null && 'type' in given) return undefined;
  return {
    type: wanted.name,
    comment: {
      platform: PLATFORM_NAMES[plan.platform][lang],
      defaultType: defaults.name,
      defaultVcpu: defaults.vcpu,
      type: wanted.name,
      vcpu: wanted.vcpu,
      ramGiB: wanted.ramGiB,
    },
  };
}

/**
 * `controlPlane` (one pool named master), the `arbiter` pool of a two-node cluster with an arbiter, and `compute`
 * (one pool named worker), all with the plan's architecture; a two-node cluster with fencing carries its fencing
 * credentials under controlPlane.
 */
export function machinePools(plan: Plan, method: Method, notes: Notes, inputs: Inputs): MachinePools {
  if (plan.topology === 'two-node-arbiter' || plan.topology === 'two-node-fencing') {
    notes.add(
      ['controlPlane'],
      topologyComment('controlPlaneTwoNode', notes.lang, { topology: plan.topology }),
    );
  } else {
    notes.add(
      ['controlPlane'],
      commentText('controlPlane', notes.lang, { replicas: plan.controlPlaneReplicas }),
    );
  }
  const replicas = computeReplicasOf(plan, method);
  if (plan.topology === 'sno') notes.add(['compute'], commentText('computeSno', notes.lang));
  else if (plan.topology === 'compact') notes.add(['compute'], commentText('computeCompact', notes.lang));
  else if (plan.topology === 'two-node-fencing')
    notes.add(['compute'], topologyComment('computeFencing', notes.lang));
  else if (method === 'UPI') {
    notes.add(
      ['compute'],
      `${commentText('computeUpi', notes.lang, { planned: plan.computeReplicas })}\n${commentText('computeUpiSchedulable', notes.lang)}`,
    );
  } else if (plan.topology === 'two-node-arbiter')
    notes.add(['compute'], topologyComment('computeArbiter', notes.lang, { replicas }));
  else notes.add(['compute'], commentText('computeIpi', notes.lang, { replicas }));
  const pool = (name: string, count: number) => ({
    name,
    replicas: count,
    architecture: plan.architecture,
    hyperthreading: HYPERTHREADING,
  });
  const controlPlane: Record<string, unknown> = pool('master', plan.controlPlaneReplicas);
  const singleNode = method === 'IPI' ? singleNodeType(plan, notes.lang) : undefined;
  if (singleNode) {
    notes.add(
      ['controlPlane', 'platform'],
      commentText('controlPlaneSingleNodeType', notes.lang, singleNode.comment),
    );
    controlPlane.platform = { [plan.platform]: { type: singleNode.type } };
  }
  if (plan.topology === 'two-node-fencing') {
    notes.add(['controlPlane', 'fencing'], topologyComment('fencing', notes.lang));
    controlPlane.fencing = {
      credentials: fencingCredentials(plan, inputs, notes.at(['controlPlane', 'fencing'])),
    };
  }
  const pools: MachinePools = { controlPlane, compute: [pool('worker', replicas)] };
  if (plan.arbiterReplicas > 0) {
    notes.add(
      ['arbiter'],
      topologyComment('arbiter', notes.lang, {
        latency: TWO_NODE_HARDWARE['two-node-arbiter'].arbiterLatencyMs ?? 500,
      }),
    );
    pools.arbiter = pool('arbiter', plan.arbiterReplicas);
  }
  return pools;
}
