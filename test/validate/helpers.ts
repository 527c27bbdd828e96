import type { Finding } from '../../src/types.js';
import { validateInstallConfigObject } from '../../src/validate/index.js';

/** An authorized_keys line built from the SSH wire format: string(type) followed by the key data. */
export function publicKey(type: string, dataLength = 32): string {
  const field = (bytes: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const blob = Buffer.concat([field(Buffer.from(type)), field(Buffer.alloc(dataLength, 7))]);
  return `${type} ${blob.toString('base64')} user@host`;
}

export const ED25519 = publicKey('ssh-ed25519');
export const RSA = publicKey('ssh-rsa', 64);
export const PULL_SECRET = JSON.stringify({
  auths: { 'quay.io': { auth: 'dXNlcjpwYXNz' }, 'registry.example.com:5000': { auth: 'dXNlcjpwYXNz' } },
});

type Json = Record<string, unknown>;

function common(): Json {
  return {
    apiVersion: 'v1',
    baseDomain: 'example.com',
    metadata: { name: 'prod' },
    controlPlane: { name: 'master', replicas: 3, hyperthreading: 'Enabled' },
    compute: [{ name: 'worker', replicas: 3 }],
    networking: {
      networkType: 'OVNKubernetes',
      machineNetwork: [{ cidr: '10.0.0.0/16' }],
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      serviceNetwork: ['172.30.0.0/16'],
    },
    pullSecret: PULL_SECRET,
    sshKey: ED25519,
  };
}

/** Minimal valid install-configs per platform, written from the installer's validation code (each satisfies every rule). */
export const BASES = {
  aws: (): Json => ({ ...common(), platform: { aws: { region: 'us-east-1' } } }),
  none: (): Json => ({ ...common(), compute: [{ name: 'worker', replicas: 0 }], platform: { none: {} } }),
  gcp: (): Json => ({ ...common(), platform: { gcp: { projectID: 'my-project', region: 'us-central1' } } }),
  azure: (): Json => ({
    ...common(),
    platform: { azure: { region: 'eastus', baseDomainResourceGroupName: 'dns-rg' } },
  }),
  baremetal: (): Json => ({
    ...common(),
    compute: [{ name: 'worker', replicas: 2 }],
    platform: {
      baremetal: {
        apiVIPs: ['10.0.0.5'],
        ingressVIPs: ['10.0.0.6'],
        hosts: ['m0', 'm1', 'm2', 'w0', 'w1'].map((name, i) => ({
          name,
          role: name.startsWith('m') ? 'master' : 'worker',
          bootMACAddress: `52:54:00:00:00:1${i}`,
          bmc: {
            address: `redfish-virtualmedia://10.1.0.1${i}/redfish/v1/Systems/1`,
            username: 'admin',
            password: 'secret',
          },
        })),
      },
    },
  }),
  vsphere: (): Json => ({
    ...common(),
    platform: {
      vsphere: {
        apiVIPs: ['10.0.0.5'],
        ingressVIPs: ['10.0.0.6'],
        vcenters: [
          {
            server: 'vcenter.example.com',
            user: 'admin@vsphere.local',
            password: 'secret',
            datacenters: ['dc1'],
          },
        ],
        failureDomains: [
          {
            name: 'fd1',
            region: 'r1',
            zone: 'z1',
            server: 'vcenter.example.com',
            topology: {
              datacenter: 'dc1',
              computeCluster: '/dc1/host/c1',
              datastore: '/dc1/datastore/ds1',
              networks: ['vm-net'],
            },
          },
        ],
      },
    },
  }),
  nutanix: (): Json => ({
    ...common(),
    credentialsMode: 'Manual',
    platform: {
      nutanix: {
        apiVIPs: ['10.0.0.5'],
        ingressVIPs: ['10.0.0.6'],
        prismCentral: {
          endpoint: { address: 'pc.example.com', port: 9440 },
          username: 'admin',
          password: 'secret',
        },
        prismElements: [
          {
            uuid: '0005b0f1-8f43-a0f2-02b7-3cecef193712',
            endpoint: { address: 'pe.example.com', port: 9440 },
          },
        ],
        subnetUUIDs: ['c7938dc6-7659-453e-a688-e26020c68e43'],
      },
    },
  }),
  openstack: (): Json => ({
    ...common(),
    platform: {
      openstack: {
        cloud: 'openstack',
        externalNetwork: 'external',
        apiVIPs: ['10.0.0.5'],
        ingressVIPs: ['10.0.0.7'],
      },
    },
  }),
  ibmcloud: (): Json => ({
    ...common(),
    credentialsMode: 'Manual',
    platform: { ibmcloud: { region: 'us-south' } },
  }),
  powervs: (): Json => ({ ...common(), credentialsMode: 'Manual', platform: { powervs: { zone: 'dal10' } } }),
  external: (): Json => ({
    ...common(),
    compute: [{ name: 'worker', replicas: 0 }],
    platform: { external: { platformName: 'oci' } },
  }),
} as const;
export type BaseName = keyof typeof BASES;

/** Sets (or with `undefined` deletes) the value at a path such as `networking.clusterNetwork[0].cidr`. */
export function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: Record<string, unknown> | unknown[] = target;
  parts.forEach((part, i) => {
    const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
    const container = node as Record<string | number, unknown>;
    if (i === parts.length - 1) {
      if (value === undefined) {
        if (Array.isArray(container)) container.splice(key as number, 1);
        else delete container[key];
      } else container[key] = value;
      return;
    }
    if (typeof container[key] !== 'object' || container[key] === null)
      container[key] = /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
    node = container[key] as Record<string, unknown>;
  });
}

export function configWith(base: BaseName, patch: Record<string, unknown>): Json {
  const config = BASES[base]();
  for (const [path, value] of Object.entries(patch)) setPath(config, path, value);
  return config;
}

export function errorsOf(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

export function check(base: BaseName, patch: Record<string, unknown>, ocpVersion?: string): Finding[] {
  return validateInstallConfigObject(configWith(base, patch), ocpVersion ? { ocpVersion } : {});
}
