import type { Host, Plan, Recommendation } from '../../src/types.js';

/**
 * Small Plan and Recommendation factories: the checklist tests do not depend on the answers parser or the
 * recommender, so they build the normalised shapes of src/types.ts directly.
 */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  const topology = overrides.topology ?? 'ha';
  return {
    version: 1,
    ocpVersion: '4.18',
    clusterName: 'prod',
    baseDomain: 'corp.internal',
    platform: 'baremetal',
    architecture: 'amd64',
    topology,
    installMethod: 'auto',
    controlPlaneReplicas: topology === 'sno' ? 1 : 3,
    arbiterReplicas: 0,
    computeReplicas: topology === 'ha' ? 3 : 0,
    ownership: {
      machines: 'customer',
      network: 'customer',
      dns: 'customer',
      loadBalancer: 'customer',
      storage: 'customer',
    },
    requirements: { autoscaling: false, installerCredentials: true, hardenedInfrastructure: false },
    connectivity: 'connected',
    publish: 'External',
    fips: false,
    networking: {
      networkType: 'OVNKubernetes',
      machineNetwork: ['10.0.0.0/16'],
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      serviceNetwork: ['172.30.0.0/16'],
    },
    hosts: [],
    platformConfig: {},
    secrets: { pullSecretFile: '/abs/pull-secret.json', sshKeyFile: '/abs/id_ed25519.pub' },
    ...overrides,
  };
}

export function makeRec(method: 'IPI' | 'UPI', overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    method,
    confidence: 'strong',
    reasons: [
      {
        id: method === 'IPI' ? 'platform-supports-ipi' : 'customer-owns-infrastructure',
        favours: method,
        effect: 'strongly-favours',
        text:
          method === 'IPI'
            ? 'The installer can build this platform.'
            : 'The customer builds machines, DNS and load balancers.',
        source: method === 'IPI' ? 'notes: Full Stack Automation (IPI)' : 'notes: 사용자 지정 인프라 (UPI)',
      },
    ],
    tradeoffs: ['Trade-off sentence.'],
    wouldChangeIf: [
      {
        change: { 'ownership.machines': 'installer' },
        method: method === 'IPI' ? 'UPI' : 'IPI',
        text: 'Change sentence.',
      },
    ],
    alternatives: [{ method: 'Agent-based', when: 'When hosts boot from an ISO.' }],
    warnings: [],
    ...overrides,
  };
}

/** Hosts of a bare-metal HA cluster on 172.16.10.0/24 with three control-plane and two compute machines. */
export function bareMetalHosts(): Host[] {
  return [
    { name: 'cp-0', role: 'control-plane', ip: '172.16.10.10', bootMACAddress: '52:54:00:aa:00:10' },
    { name: 'cp-1', role: 'control-plane', ip: '172.16.10.11', bootMACAddress: '52:54:00:aa:00:11' },
    { name: 'cp-2', role: 'control-plane', ip: '172.16.10.12', bootMACAddress: '52:54:00:aa:00:12' },
    { name: 'compute-0', role: 'worker', ip: '172.16.10.20', bootMACAddress: '52:54:00:aa:00:20' },
    { name: 'compute-1', role: 'worker', ip: '172.16.10.21', bootMACAddress: '52:54:00:aa:00:21' },
  ];
}

/** The plans the tests run through: one per case of the brief. */
export const PLANS = {
  upiBaremetalHa: () =>
    makePlan({
      clusterName: 'bm',
      baseDomain: 'dc.acme.test',
      computeReplicas: 2,
      networking: { ...makePlan().networking, machineNetwork: ['172.16.10.0/24'] },
      vips: { api: ['172.16.10.5'], ingress: ['172.16.10.6'] },
      hosts: bareMetalHosts(),
    }),
  upiVsphereCompact: () =>
    makePlan({
      clusterName: 'vc',
      baseDomain: 'lab.acme.test',
      platform: 'vsphere',
      topology: 'compact',
      controlPlaneReplicas: 3,
      computeReplicas: 0,
      networking: { ...makePlan().networking, machineNetwork: ['192.168.20.0/24'] },
      platformConfig: {
        vcenter: 'vcenter.lab.acme.test',
        datacenter: 'dc1',
        cluster: 'c1',
        datastore: 'ds1',
        network: 'vm-net',
      },
    }),
  snoNone: () =>
    makePlan({
      clusterName: 'edge',
      baseDomain: 'shop.acme.test',
      platform: 'none',
      topology: 'sno',
      controlPlaneReplicas: 1,
      computeReplicas: 0,
      hosts: [
        { name: 'edge-node', role: 'control-plane', ip: '10.0.5.10', installationDisk: '/dev/nvme0n1' },
      ],
    }),
  ipiAws: () =>
    makePlan({
      clusterName: 'cloud',
      baseDomain: 'aws.acme.test',
      platform: 'aws',
      ownership: {
        machines: 'installer',
        network: 'installer',
        dns: 'installer',
        loadBalancer: 'installer',
        storage: 'installer',
      },
      platformConfig: { region: 'eu-west-1' },
    }),
  ipiVsphere: () =>
    makePlan({
      clusterName: 'vsprod',
      baseDomain: 'vmw.acme.test',
      platform: 'vsphere',
      ownership: {
        machines: 'installer',
        network: 'customer',
        dns: 'customer',
        loadBalancer: 'installer',
        storage: 'installer',
      },
      networking: { ...makePlan().networking, machineNetwork: ['192.168.10.0/24'] },
      vips: { api: ['192.168.10.5'], ingress: ['192.168.10.6'] },
      platformConfig: {
        vcenter: 'vcenter.vmw.acme.test',
        datacenter: 'dc1',
        cluster: 'cluster1',
        datastore: 'ds1',
        network: 'ocp-net',
      },
    }),
  disconnected: () =>
    makePlan({
      clusterName: 'dark',
      baseDomain: 'air.acme.test',
      topology: 'compact',
      controlPlaneReplicas: 3,
      computeReplicas: 0,
      connectivity: 'disconnected',
      fips: true,
      mirror: { registry: 'mirror.air.acme.test:5000', caBundleFile: '/abs/mirror-ca.pem' },
    }),
  proxy: () =>
    makePlan({
      clusterName: 'px',
      baseDomain: 'proxy.acme.test',
      platform: 'none',
      topology: 'compact',
      controlPlaneReplicas: 3,
      computeReplicas: 0,
      connectivity: 'proxy',
      networking: { ...makePlan().networking, machineNetwork: ['10.90.0.0/24'] },
      proxy: {
        httpProxy: 'http://10.90.0.2:3128',
        httpsProxy: 'http://10.90.0.2:3128',
        noProxy: '.proxy.acme.test,10.90.0.0/24',
      },
    }),
};
