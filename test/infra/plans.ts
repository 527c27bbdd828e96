import type { Host, Plan } from '../../src/types.js';

/** A complete Plan with the installer's default networks; tests override what they are about. */
export function makePlan(overrides: Partial<Plan>): Plan {
  return {
    version: 1,
    ocpVersion: '4.18',
    clusterName: 'ocp',
    baseDomain: 'lab.test',
    platform: 'none',
    architecture: 'amd64',
    topology: 'ha',
    installMethod: 'auto',
    controlPlaneReplicas: 3,
    arbiterReplicas: 0,
    computeReplicas: 2,
    ownership: {
      machines: 'customer',
      network: 'customer',
      dns: 'customer',
      loadBalancer: 'customer',
      storage: 'customer',
    },
    requirements: { autoscaling: false, installerCredentials: false, hardenedInfrastructure: true },
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
    secrets: {},
    ...overrides,
  };
}

/** UPI bare metal, HA: 3 control plane + 2 workers, every IP and MAC known, machine network 172.16.10.0/24. */
export function baremetalUpiHa(): Plan {
  const host = (name: string, role: Host['role'], last: number): Host => ({
    name,
    role,
    ip: `172.16.10.${last}`,
    bootMACAddress: `52:54:00:aa:00:${last}`,
  });
  return makePlan({
    clusterName: 'bm',
    baseDomain: 'dc.corp.test',
    platform: 'baremetal',
    networking: { ...makePlan({}).networking, machineNetwork: ['172.16.10.0/24'] },
    hosts: [
      host('master-0', 'control-plane', 10),
      host('master-1', 'control-plane', 11),
      host('master-2', 'control-plane', 12),
      host('worker-0', 'worker', 20),
      host('worker-1', 'worker', 21),
    ],
  });
}

/** UPI vSphere compact: 3 schedulable control-plane VMs, no workers, IPs known but no MACs (VMware assigns them). */
export function vsphereUpiCompact(): Plan {
  return makePlan({
    clusterName: 'vc',
    baseDomain: 'vmw.corp.test',
    platform: 'vsphere',
    topology: 'compact',
    computeReplicas: 0,
    networking: { ...makePlan({}).networking, machineNetwork: ['192.168.20.0/24'] },
    hosts: [
      { name: 'cp-0', role: 'control-plane', ip: '192.168.20.10' },
      { name: 'cp-1', role: 'control-plane', ip: '192.168.20.11' },
      { name: 'cp-2', role: 'control-plane', ip: '192.168.20.12' },
    ],
    platformConfig: { vcenter: 'vcenter.vmw.corp.test', datacenter: 'dc1' },
  });
}

/** Single node on platform none, UPI: api, api-int and *.apps all point at the node. */
export function snoNone(): Plan {
  return makePlan({
    clusterName: 'tiny',
    baseDomain: 'edge.test',
    platform: 'none',
    topology: 'sno',
    controlPlaneReplicas: 1,
    computeReplicas: 0,
    networking: { ...makePlan({}).networking, machineNetwork: ['192.168.100.0/24'] },
    hosts: [
      { name: 'tiny-0', role: 'control-plane', ip: '192.168.100.10', bootMACAddress: '52:54:00:bb:00:10' },
    ],
  });
}

/** HA on platform none where master-2 has no IP and only one of two workers is listed. */
export function oneUnknownIp(): Plan {
  return makePlan({
    clusterName: 'gap',
    baseDomain: 'corp.test',
    networking: { ...makePlan({}).networking, machineNetwork: ['10.1.0.0/16'] },
    hosts: [
      { name: 'master-0', role: 'control-plane', ip: '10.1.2.10', bootMACAddress: '52:54:00:cc:00:10' },
      { name: 'master-1', role: 'control-plane', ip: '10.1.2.11', bootMACAddress: '52:54:00:cc:00:11' },
      { name: 'master-2', role: 'control-plane', bootMACAddress: '52:54:00:cc:00:12' },
      { name: 'worker-0', role: 'worker', ip: '10.1.3.20', bootMACAddress: '52:54:00:cc:00:20' },
    ],
  });
}

/** Bare-metal IPI, customer DNS and network, installer-managed VIPs. */
export function baremetalIpi(): Plan {
  const base = baremetalUpiHa();
  return {
    ...base,
    clusterName: 'ipi',
    ownership: {
      machines: 'installer',
      network: 'customer',
      dns: 'customer',
      loadBalancer: 'customer',
      storage: 'installer',
    },
    vips: { api: ['172.16.10.5'], ingress: ['172.16.10.6'] },
  };
}
