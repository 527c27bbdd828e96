import type { Host, Plan, Platform, Topology } from '../../src/types.js';
import { CREDENTIAL_FILES, makePlan } from '../install-config/factory.js';

/** Two control-plane hosts with Redfish BMCs, and the arbiter host when the topology has one. */
export function twoNodeHosts(topology: Topology, overrides: Partial<Host>[] = []): Host[] {
  const hosts: Host[] = [0, 1].map((i) => ({
    name: `master-${i}`,
    role: 'control-plane',
    ip: `10.0.0.${10 + i}`,
    bootMACAddress: `52:54:00:00:00:1${i}`,
    bmc: {
      address: `redfish-virtualmedia://10.1.0.${10 + i}/redfish/v1/Systems/1`,
      credentialsFile: CREDENTIAL_FILES.bmc,
    },
    ...overrides[i],
  }));
  if (topology === 'two-node-arbiter') {
    hosts.push({
      name: 'arbiter-0',
      role: 'arbiter',
      ip: '10.0.0.12',
      bootMACAddress: '52:54:00:00:00:12',
      bmc: {
        address: 'redfish-virtualmedia://10.1.0.12/redfish/v1/Systems/1',
        credentialsFile: CREDENTIAL_FILES.bmc,
      },
      ...overrides[2],
    });
  }
  return hosts;
}

/** A complete two-node plan on `platform` for `ocpVersion`, as buildPlan would make it from answers. */
export function twoNodePlan(
  topology: 'two-node-arbiter' | 'two-node-fencing',
  ocpVersion: string,
  platform: Platform = 'baremetal',
  overrides: Partial<Plan> = {},
): Plan {
  const plan = makePlan(platform, topology, {
    ocpVersion,
    controlPlaneReplicas: 2,
    arbiterReplicas: topology === 'two-node-arbiter' ? 1 : 0,
    computeReplicas: 0,
    hosts: twoNodeHosts(topology),
    ...overrides,
  });
  // VIPs exist on bare metal only among the two-node platforms (none and external take load balancers).
  if (platform === 'baremetal' && !('vips' in overrides))
    plan.vips = { api: ['10.0.0.5'], ingress: ['10.0.0.7'] };
  return plan;
}
