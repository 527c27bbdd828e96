import { DEFAULT_ARCHITECTURE } from '../../src/knowledge/platform-defaults.js';
import type {
  Architecture,
  Connectivity,
  Ownership,
  Plan,
  Platform,
  Publish,
  Requirements,
  Topology,
} from '../../src/types.js';

export interface PlanSpec {
  platform: Platform;
  topology?: Topology;
  ocpVersion?: string;
  architecture?: Architecture;
  ownership?: Partial<Ownership>;
  requirements?: Partial<Requirements>;
  connectivity?: Connectivity;
  publish?: Publish;
  fips?: boolean;
}

/**
 * A normalised plan with the answers-file format defaults: every part owned by the installer except on none and ibmz (customer),
 * control plane 3 (1 for sno), workers 3 for ha and 0 otherwise, architecture by platform.
 */
export function makePlan(spec: PlanSpec): Plan {
  const topology = spec.topology ?? 'ha';
  const owner = spec.platform === 'none' || spec.platform === 'ibmz' ? 'customer' : 'installer';
  return {
    version: 1,
    ocpVersion: spec.ocpVersion ?? '4.18',
    clusterName: 'test',
    baseDomain: 'example.com',
    platform: spec.platform,
    architecture: spec.architecture ?? DEFAULT_ARCHITECTURE[spec.platform],
    topology,
    installMethod: 'auto',
    controlPlaneReplicas: topology === 'sno' ? 1 : 3,
    arbiterReplicas: 0,
    computeReplicas: topology === 'ha' ? 3 : 0,
    ownership: {
      machines: owner,
      network: owner,
      dns: owner,
      loadBalancer: owner,
      storage: owner,
      ...spec.ownership,
    },
    requirements: {
      autoscaling: false,
      installerCredentials: true,
      hardenedInfrastructure: false,
      ...spec.requirements,
    },
    connectivity: spec.connectivity ?? 'connected',
    publish: spec.publish ?? 'External',
    fips: spec.fips ?? false,
    networking: {
      networkType: 'OVNKubernetes',
      machineNetwork: ['10.0.0.0/16'],
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      serviceNetwork: ['172.30.0.0/16'],
    },
    hosts: [],
    platformConfig: {},
    secrets: {},
  };
}
