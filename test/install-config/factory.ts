import type { Host, Inputs, Method, Plan, Platform, Topology } from '../../src/types.js';

/** Fake secrets: every test checks they appear only where the installer needs them, never in a comment. */
export const SECRETS = {
  pullSecret: '{"auths":{"quay.io":{"auth":"dGVzdDpzZWNyZXQtcHVsbA==","email":"t@example.com"}}}',
  sshKey:
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPGYdm/rpJs92uE5RqSbOOboYba/Xu127w2iL3NpHSLh tester@example.com',
  vcenterPassword: 'vc-Secret-1!',
  prismPassword: 'prism-Secret-2!',
  bmcPassword: 'bmc-Secret-3!',
};

export const CREDENTIAL_FILES = {
  vsphere: '/plans/files/vsphere.yaml',
  nutanix: '/plans/files/nutanix.yaml',
  bmc: '/plans/files/bmc.yaml',
};

export const PEM = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBszCCAVmgAwIBAgIUTESTTESTTESTTESTTESTTESTTEST0wCgYIKoZIzj0EAwIw',
  '-----END CERTIFICATE-----',
  '',
].join('\n');

/** The answers platform block a test plan carries, with the defaults the plan builder would apply. */
const PLATFORM_BLOCKS: Record<Platform, Record<string, unknown>> = {
  aws: { region: 'us-east-2' },
  azure: { region: 'eastus', baseDomainResourceGroupName: 'dns-rg' },
  gcp: { projectID: 'my-project', region: 'us-central1' },
  vsphere: {
    vcenter: 'vcenter.example.com',
    datacenter: 'dc1',
    cluster: 'cluster1',
    datastore: 'ds1',
    network: 'vm-net',
    credentialsFile: CREDENTIAL_FILES.vsphere,
  },
  baremetal: {},
  nutanix: {
    prismCentral: 'pc.example.com',
    prismElementUUID: '0005b0f1-8f43-a0f2-02b7-3cecef193712',
    subnetUUID: 'c7938dc6-7659-453e-a688-e26020c68e43',
    credentialsFile: CREDENTIAL_FILES.nutanix,
  },
  openstack: { cloud: 'openstack', externalNetwork: 'external', computeFlavor: 'm1.xlarge' },
  ibmcloud: { region: 'us-south' },
  powervs: { zone: 'dal10', resourceGroup: 'ocp-rg' },
  powervc: { cloud: 'powervc', externalNetwork: 'external' },
  ibmz: {},
  external: { platformName: 'oci', cloudControllerManager: 'External' },
  none: {},
};

const ARCH: Partial<Record<Platform, Plan['architecture']>> = { powervs: 'ppc64le', ibmz: 's390x' };
const VIP_PLATFORMS: Platform[] = ['vsphere', 'baremetal', 'nutanix', 'openstack'];

/** Bare-metal hosts with BMCs for every replica (validatePlatform (installconfig.go): enough hosts per role). */
export function hostsFor(topology: Topology, workers: number): Host[] {
  const masters = topology === 'sno' ? 1 : 3;
  const hosts: Host[] = [];
  for (let i = 0; i < masters; i++) {
    hosts.push({
      name: `master-${i}`,
      role: 'control-plane',
      ip: `10.0.0.${10 + i}`,
      bootMACAddress: `52:54:00:00:00:1${i}`,
      ...(i === 0 ? { installationDisk: '/dev/sda' } : {}),
      bmc: {
        address: `redfish-virtualmedia://10.1.0.${10 + i}/redfish/v1/Systems/1`,
        credentialsFile: CREDENTIAL_FILES.bmc,
      },
    });
  }
  for (let i = 0; i < workers; i++) {
    hosts.push({
      name: `worker-${i}`,
      role: 'worker',
      ip: `10.0.0.${20 + i}`,
      bootMACAddress: `52:54:00:00:00:2${i}`,
      bmc: { address: `ipmi://10.1.0.${20 + i}`, credentialsFile: CREDENTIAL_FILES.bmc },
    });
  }
  return hosts;
}

/** A complete, valid plan for `platform` and `topology`; `overrides` replace whole fields. */
export function makePlan(platform: Platform, topology: Topology = 'ha', overrides: Partial<Plan> = {}): Plan {
  const computeReplicas = topology === 'ha' ? 3 : 0;
  const plan: Plan = {
    version: 1,
    ocpVersion: '4.18',
    clusterName: 'demo',
    baseDomain: 'example.com',
    platform,
    architecture: ARCH[platform] ?? 'amd64',
    topology,
    installMethod: 'auto',
    controlPlaneReplicas: topology === 'sno' ? 1 : 3,
    arbiterReplicas: 0,
    computeReplicas,
    ownership: {
      machines: 'installer',
      network: 'installer',
      dns: 'installer',
      loadBalancer: 'installer',
      storage: 'installer',
    },
    requirements: { autoscaling: false, installerCredentials: true, hardenedInfrastructure: false },
    connectivity: 'connected',
    publish: 'External',
    fips: false,
    networking: {
      networkType: 'OVNKubernetes',
      machineNetwork: [platform === 'powervs' ? '192.168.0.0/24' : '10.0.0.0/16'],
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      serviceNetwork: ['172.30.0.0/16'],
    },
    hosts: platform === 'baremetal' ? hostsFor(topology, computeReplicas) : [],
    platformConfig: { ...PLATFORM_BLOCKS[platform] },
    secrets: { pullSecretFile: '/plans/files/pull-secret.json', sshKeyFile: '/plans/files/id.pub' },
  };
  if (VIP_PLATFORMS.includes(platform)) plan.vips = { api: ['10.0.0.5'], ingress: ['10.0.0.7'] };
  return { ...plan, ...overrides };
}

/** File contents for a plan: pull secret, SSH key and every credentials file; `overrides` replace fields. */
export function makeInputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    pullSecret: SECRETS.pullSecret,
    sshKey: SECRETS.sshKey,
    credentials: {
      [CREDENTIAL_FILES.vsphere]: {
        username: 'administrator@vsphere.local',
        password: SECRETS.vcenterPassword,
      },
      [CREDENTIAL_FILES.nutanix]: { username: 'admin', password: SECRETS.prismPassword },
      [CREDENTIAL_FILES.bmc]: { username: 'root', password: SECRETS.bmcPassword },
    },
    ...overrides,
  };
}

/** Platforms with installer-provisioned infrastructure (the installer’s platform list). */
export const IPI_PLATFORMS: Platform[] = [
  'aws',
  'azure',
  'gcp',
  'vsphere',
  'baremetal',
  'nutanix',
  'openstack',
  'ibmcloud',
  'powervs',
];
/** Every platform has a user-provisioned (or platform none) path. */
export const UPI_PLATFORMS: Platform[] = [...IPI_PLATFORMS, 'ibmz', 'none'];

/**
 * Where single-node is accepted (pkg/types/validation/machinepools.go: AWS, GCP, Azure, Power VS, IBM Cloud and none; not bare-metal
 * IPI). With UPI, bare metal, IBM Z, vSphere, OpenStack and the IPI-only platforms render platform none for a single
 * node, so single-node works there.
 */
export function snoSupported(platform: Platform, method: Method): boolean {
  if (['aws', 'azure', 'gcp', 'ibmcloud', 'powervs'].includes(platform)) return true;
  // vSphere and OpenStack keep their stanza for UPI, except a single node, which the installer accepts only on
  // platform none (bootstrap-in-place).
  return (
    method === 'UPI' && ['baremetal', 'ibmz', 'none', 'nutanix', 'vsphere', 'openstack'].includes(platform)
  );
}

/** Every valid platform × method × topology. */
export function allCombinations(): { platform: Platform; method: Method; topology: Topology }[] {
  const out: { platform: Platform; method: Method; topology: Topology }[] = [];
  for (const [method, platforms] of [
    ['IPI', IPI_PLATFORMS],
    ['UPI', UPI_PLATFORMS],
  ] as const) {
    for (const platform of platforms) {
      for (const topology of ['ha', 'compact', 'sno'] as const) {
        if (topology === 'sno' && !snoSupported(platform, method)) continue;
        out.push({ platform, method, topology });
      }
    }
  }
  return out;
}
