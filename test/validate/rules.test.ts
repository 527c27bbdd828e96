import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { type BaseName, check, ED25519, errorsOf, publicKey, RSA } from './helpers.js';

/*
 * One table per rule family, written from the installer's validation code. Each row changes a valid base config and names the finding
 * it must cause: [description, base, patch (path → value, undefined deletes), expected ('ok' = no error at all)].
 */

type Expect = 'ok' | { rule: string; path: string; severity?: Finding['severity'] };
type Row = [string, BaseName, Record<string, unknown>, Expect, string?];

function run(rows: Row[]): void {
  it.each(rows)('%s', (_name, base, patch, expected, version) => {
    const findings = check(base, patch, version);
    if (expected === 'ok') {
      expect(errorsOf(findings)).toEqual([]);
      return;
    }
    const severity = expected.severity ?? 'error';
    const match = findings.find(
      (f) => f.rule === expected.rule && f.path === expected.path && f.severity === severity,
    );
    expect(
      match,
      `expected ${severity} ${expected.rule} at ${expected.path}, got ${JSON.stringify(findings, null, 1)}`,
    ).toBeDefined();
    if (severity === 'warning') expect(errorsOf(findings)).toEqual([]);
  });
}

const err = (rule: string, path: string): Expect => ({ rule, path });
const warn = (rule: string, path: string): Expect => ({ rule, path, severity: 'warning' });

describe('identity: apiVersion, metadata.name, baseDomain', () => {
  run([
    ['apiVersion v1 is valid', 'aws', {}, 'ok'],
    ['apiVersion missing', 'aws', { apiVersion: undefined }, err('api-version', 'apiVersion')],
    ['apiVersion v2 is rejected', 'aws', { apiVersion: 'v2' }, err('api-version', 'apiVersion')],
    [
      'apiVersion v1beta4 is converted with a warning',
      'aws',
      { apiVersion: 'v1beta4' },
      warn('api-version', 'apiVersion'),
    ],
    [
      'cluster name missing',
      'aws',
      { 'metadata.name': undefined },
      err('cluster-name-required', 'metadata.name'),
    ],
    ['metadata missing', 'aws', { metadata: undefined }, err('cluster-name-required', 'metadata.name')],
    [
      'cluster name with upper case',
      'aws',
      { 'metadata.name': 'Prod' },
      err('cluster-name-dns-label', 'metadata.name'),
    ],
    [
      'cluster name with underscore',
      'aws',
      { 'metadata.name': 'my_cluster' },
      err('cluster-name-dns-label', 'metadata.name'),
    ],
    [
      'cluster name ending in a dash',
      'aws',
      { 'metadata.name': 'prod-' },
      err('cluster-name-dns-label', 'metadata.name'),
    ],
    ['cluster name of 54 characters is the maximum', 'aws', { 'metadata.name': 'a'.repeat(54) }, 'ok'],
    [
      'cluster name of 55 characters',
      'aws',
      { 'metadata.name': 'a'.repeat(55) },
      err('cluster-name-length', 'metadata.name'),
    ],
    ['cluster name with a dot is fine on AWS', 'aws', { 'metadata.name': 'prod.east' }, 'ok'],
    [
      'cluster name with a dot on vSphere',
      'vsphere',
      { 'metadata.name': 'prod.east' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'cluster name with a dot on bare metal',
      'baremetal',
      { 'metadata.name': 'prod.east' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'cluster name with a dot on Nutanix',
      'nutanix',
      { 'metadata.name': 'prod.east' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'cluster name starting with a digit on GCP',
      'gcp',
      { 'metadata.name': '1prod' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    ['cluster name starting with a digit is fine on AWS', 'aws', { 'metadata.name': '1prod' }, 'ok'],
    [
      'cluster name starting with a digit on Azure',
      'azure',
      { 'metadata.name': '9lives' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'Azure reserved word',
      'azure',
      { 'metadata.name': 'azure' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'Azure name containing microsoft',
      'azure',
      { 'metadata.name': 'my-microsoft-lab' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'Azure name starting with login',
      'azure',
      { 'metadata.name': 'loginsvc' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    [
      'GCP name containing google',
      'gcp',
      { 'metadata.name': 'my-g00gle' },
      err('cluster-name-platform', 'metadata.name'),
    ],
    ['baseDomain missing', 'aws', { baseDomain: undefined }, err('base-domain-required', 'baseDomain')],
    [
      'baseDomain with upper case',
      'aws',
      { baseDomain: 'Example.com' },
      err('base-domain-format', 'baseDomain'),
    ],
    ['baseDomain with a trailing dot is tolerated', 'aws', { baseDomain: 'example.com.' }, 'ok'],
    [
      'baseDomain with a space',
      'aws',
      { baseDomain: 'example .com' },
      err('base-domain-format', 'baseDomain'),
    ],
    [
      'cluster domain over 253 characters',
      'aws',
      { baseDomain: `${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com` },
      err('cluster-domain-length', 'baseDomain'),
    ],
  ]);
});

describe('sshKey, pullSecret, additionalTrustBundle', () => {
  const cert = '-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n';
  run([
    ['ed25519 key is valid', 'aws', {}, 'ok'],
    ['sshKey is optional', 'aws', { sshKey: undefined }, 'ok'],
    ['two keys on two lines', 'aws', { sshKey: `${ED25519}\n${RSA}\n` }, 'ok'],
    ['authorized_keys options before the key', 'aws', { sshKey: `no-pty ${ED25519}` }, 'ok'],
    ['truncated key data', 'aws', { sshKey: 'ssh-ed25519 AAAA...' }, err('ssh-key-format', 'sshKey')],
    ['a file path instead of a key', 'aws', { sshKey: '~/.ssh/id_rsa.pub' }, err('ssh-key-format', 'sshKey')],
    [
      'a private key',
      'aws',
      { sshKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----' },
      err('ssh-key-format', 'sshKey'),
    ],
    [
      'key data of another type',
      'aws',
      { sshKey: publicKey('ssh-rsa').replace('ssh-rsa', 'ssh-ed25519') },
      err('ssh-key-format', 'sshKey'),
    ],
    ['second line broken', 'aws', { sshKey: `${ED25519}\nnot-a-key` }, err('ssh-key-format', 'sshKey')],
    ['fips with ed25519', 'aws', { fips: true }, err('ssh-key-fips', 'sshKey')],
    ['fips with rsa', 'aws', { fips: true, sshKey: RSA }, 'ok'],
    ['fips with ecdsa', 'aws', { fips: true, sshKey: publicKey('ecdsa-sha2-nistp256', 65) }, 'ok'],
    ['PowerVS needs an sshKey', 'powervs', { sshKey: undefined }, err('ssh-key-required', 'sshKey')],
    ['pullSecret missing', 'aws', { pullSecret: undefined }, err('pull-secret-required', 'pullSecret')],
    ['pullSecret not JSON', 'aws', { pullSecret: '{"auths": ...}' }, err('pull-secret-format', 'pullSecret')],
    [
      'pullSecret auths as a string',
      'aws',
      { pullSecret: '{"auths": "quay.io"}' },
      err('pull-secret-format', 'pullSecret'),
    ],
    ['pullSecret without auths', 'aws', { pullSecret: '{}' }, err('pull-secret-format', 'pullSecret')],
    [
      'pullSecret entry without auth',
      'aws',
      { pullSecret: '{"auths":{"quay.io":{"email":"a@b.c"}}}' },
      err('pull-secret-format', 'pullSecret'),
    ],
    [
      'pullSecret entry with credsStore',
      'aws',
      { pullSecret: '{"auths":{"quay.io":{"credsStore":"desktop"}}}' },
      'ok',
    ],
    ['trust bundle with a certificate', 'aws', { additionalTrustBundle: cert }, 'ok'],
    [
      'trust bundle with a private key',
      'aws',
      { additionalTrustBundle: '-----BEGIN PRIVATE KEY-----\nMAMCAQE=\n-----END PRIVATE KEY-----' },
      err('trust-bundle-format', 'additionalTrustBundle'),
    ],
    [
      'trust bundle without PEM',
      'aws',
      { additionalTrustBundle: 'just text' },
      err('trust-bundle-format', 'additionalTrustBundle'),
    ],
    [
      'trust bundle with a placeholder body',
      'aws',
      { additionalTrustBundle: '-----BEGIN CERTIFICATE-----\n<MY_CA>\n-----END CERTIFICATE-----' },
      err('trust-bundle-format', 'additionalTrustBundle'),
    ],
    ['trust bundle policy Always', 'aws', { additionalTrustBundlePolicy: 'Always' }, 'ok'],
    [
      'trust bundle policy wrong case',
      'aws',
      { additionalTrustBundlePolicy: 'ProxyOnly' },
      err('trust-bundle-policy', 'additionalTrustBundlePolicy'),
    ],
  ]);
});

describe('networking: addresses, overlaps, sizes', () => {
  run([
    ['default networks are valid', 'aws', { networking: undefined }, 'ok'],
    [
      'host bits set in the cluster network',
      'aws',
      { 'networking.clusterNetwork[0].cidr': '10.217.0.0/14' },
      err('network-address', 'networking.clusterNetwork[0].cidr'),
    ],
    [
      'host bits set in the machine network',
      'aws',
      { 'networking.machineNetwork[0].cidr': '10.0.0.1/16' },
      err('network-address', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'host bits set in the service network',
      'aws',
      { 'networking.serviceNetwork[0]': '172.30.0.1/16' },
      err('network-address', 'networking.serviceNetwork[0]'),
    ],
    [
      'machine network without prefix',
      'aws',
      { 'networking.machineNetwork[0].cidr': '10.0.0.0' },
      err('cidr-syntax', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'shorthand IPv4 CIDR',
      'aws',
      { 'networking.machineNetwork[0].cidr': '10/8' },
      err('cidr-syntax', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'prefix out of range',
      'aws',
      { 'networking.machineNetwork[0].cidr': '10.0.0.0/33' },
      err('cidr-syntax', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'unspecified address',
      'aws',
      { 'networking.machineNetwork[0].cidr': '0.0.0.0/0' },
      err('network-address', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'two machine networks overlapping',
      'aws',
      { 'networking.machineNetwork[1]': { cidr: '10.0.1.0/24' } },
      err('cidr-overlap', 'networking.machineNetwork[1].cidr'),
    ],
    [
      'two disjoint machine networks',
      'aws',
      { 'networking.machineNetwork[1]': { cidr: '10.1.0.0/16' } },
      'ok',
    ],
    [
      'service network inside the machine network',
      'aws',
      { 'networking.serviceNetwork[0]': '10.0.0.0/16' },
      err('cidr-overlap', 'networking.serviceNetwork[0]'),
    ],
    [
      'service network containing the machine network',
      'aws',
      { 'networking.serviceNetwork[0]': '10.0.0.0/12' },
      err('cidr-overlap', 'networking.serviceNetwork[0]'),
    ],
    [
      'cluster network containing the machine network',
      'aws',
      { 'networking.clusterNetwork[0].cidr': '10.0.0.0/8' },
      err('cidr-overlap', 'networking.clusterNetwork[0].cidr'),
    ],
    [
      'cluster network overlapping the service network',
      'aws',
      { 'networking.clusterNetwork[0].cidr': '172.30.0.0/16' },
      err('cidr-overlap', 'networking.clusterNetwork[0].cidr'),
    ],
    [
      'two cluster networks overlapping',
      'aws',
      { 'networking.clusterNetwork[1]': { cidr: '10.130.0.0/16', hostPrefix: 23 } },
      err('cidr-overlap', 'networking.clusterNetwork[1].cidr'),
    ],
    [
      'machine network overlapping the default service network',
      'aws',
      { 'networking.machineNetwork[0].cidr': '172.30.0.0/24', 'networking.serviceNetwork': undefined },
      err('cidr-overlap', 'networking.serviceNetwork'),
    ],
    [
      'service network /12 is the largest allowed',
      'aws',
      { 'networking.serviceNetwork[0]': '172.16.0.0/12' },
      'ok',
    ],
    [
      'service network /11 is too large',
      'aws',
      { 'networking.serviceNetwork[0]': '172.0.0.0/11' },
      err('service-network-size', 'networking.serviceNetwork[0]'),
    ],
    [
      'service network /8 is too large',
      'aws',
      { 'networking.serviceNetwork[0]': '11.0.0.0/8' },
      err('service-network-size', 'networking.serviceNetwork[0]'),
    ],
    [
      'hostPrefix smaller than the CIDR prefix',
      'aws',
      { 'networking.clusterNetwork[0].hostPrefix': 12 },
      err('host-prefix', 'networking.clusterNetwork[0].hostPrefix'),
    ],
    ['hostPrefix equal to the CIDR prefix', 'aws', { 'networking.clusterNetwork[0].hostPrefix': 14 }, 'ok'],
    [
      'hostPrefix negative',
      'aws',
      { 'networking.clusterNetwork[0].hostPrefix': -1 },
      err('host-prefix', 'networking.clusterNetwork[0].hostPrefix'),
    ],
    [
      'hostPrefix missing with OVN is 0, below the prefix',
      'aws',
      { 'networking.clusterNetwork[0].hostPrefix': undefined },
      err('host-prefix', 'networking.clusterNetwork[0].hostPrefix'),
    ],
    [
      'hostPrefix longer than an IPv4 address',
      'aws',
      { 'networking.clusterNetwork[0].hostPrefix': 33 },
      err('host-prefix', 'networking.clusterNetwork[0].hostPrefix'),
    ],
    [
      'IPv4 cluster networks with different hostPrefix',
      'aws',
      { 'networking.clusterNetwork[1]': { cidr: '10.132.0.0/14', hostPrefix: 24 } },
      err('host-prefix', 'networking.clusterNetwork[1].hostPrefix'),
    ],
    [
      'hostPrefix as a quoted string',
      'aws',
      { 'networking.clusterNetwork[0].hostPrefix': '23' },
      err('field-type', 'networking.clusterNetwork[0].hostPrefix'),
    ],
    [
      'Docker bridge overlap is a warning',
      'aws',
      { 'networking.machineNetwork[0].cidr': '172.16.0.0/14' },
      warn('docker-bridge-overlap', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'OVN join subnet overlap',
      'aws',
      { 'networking.machineNetwork[0].cidr': '100.64.0.0/16' },
      err('ovn-internal-subnet', 'networking.machineNetwork[0].cidr'),
    ],
    [
      'OVN transit subnet overlap',
      'aws',
      { 'networking.clusterNetwork[0].cidr': '100.88.0.0/14' },
      err('ovn-internal-subnet', 'networking.clusterNetwork[0].cidr'),
    ],
    [
      'OVN masquerade subnet overlap',
      'aws',
      { 'networking.serviceNetwork[0]': '169.254.0.0/16' },
      err('ovn-internal-subnet', 'networking.serviceNetwork[0]'),
    ],
    [
      'join subnet moved away allows 100.64.0.0/16',
      'aws',
      {
        'networking.machineNetwork[0].cidr': '100.64.0.0/16',
        'networking.ovnKubernetesConfig': { ipv4: { internalJoinSubnet: '100.99.0.0/16' } },
      },
      'ok',
    ],
    [
      'join subnet overlapping the machine network',
      'aws',
      { 'networking.ovnKubernetesConfig': { ipv4: { internalJoinSubnet: '10.0.0.0/16' } } },
      err('ovn-internal-subnet', 'networking.ovnKubernetesConfig.ipv4.internalJoinSubnet'),
    ],
    [
      'join subnet too small for the nodes',
      'aws',
      { 'networking.ovnKubernetesConfig': { ipv4: { internalJoinSubnet: '100.99.0.0/24' } } },
      err('ovn-internal-subnet', 'networking.ovnKubernetesConfig.ipv4.internalJoinSubnet'),
    ],
    [
      'ovnKubernetesConfig with another network type',
      'aws',
      {
        'networking.networkType': 'Calico',
        'networking.ovnKubernetesConfig': { ipv4: { internalJoinSubnet: '100.99.0.0/16' } },
      },
      err('ovn-config-network-type', 'networking.networkType'),
    ],
    ['third-party network type is accepted', 'aws', { 'networking.networkType': 'Calico' }, 'ok'],
  ]);
});

describe('networking: network types by version, MTU', () => {
  run([
    [
      'OpenShiftSDN in 4.21',
      'aws',
      { 'networking.networkType': 'OpenShiftSDN' },
      err('network-type-removed', 'networking.networkType'),
    ],
    [
      'OpenShiftSDN in 4.15',
      'aws',
      { 'networking.networkType': 'OpenShiftSDN' },
      err('network-type-removed', 'networking.networkType'),
      '4.15',
    ],
    [
      'OpenShiftSDN in 4.14 is deprecated',
      'aws',
      { 'networking.networkType': 'OpenShiftSDN' },
      warn('network-type-removed', 'networking.networkType'),
      '4.14',
    ],
    [
      'openshiftsdn in any case',
      'aws',
      { 'networking.networkType': 'openshiftsdn' },
      err('network-type-removed', 'networking.networkType'),
    ],
    [
      'Kuryr after 4.14',
      'openstack',
      { 'networking.networkType': 'Kuryr' },
      err('network-type-removed', 'networking.networkType'),
      '4.16',
    ],
    ['MTU on AWS', 'aws', { 'networking.clusterNetworkMTU': 8000 }, 'ok'],
    [
      'MTU over the OVN maximum',
      'aws',
      { 'networking.clusterNetworkMTU': 8950 },
      err('cluster-network-mtu', 'networking.clusterNetworkMTU'),
    ],
    [
      'MTU over 9001',
      'aws',
      { 'networking.clusterNetworkMTU': 9100 },
      err('cluster-network-mtu', 'networking.clusterNetworkMTU'),
    ],
    [
      'MTU under 1000',
      'aws',
      { 'networking.clusterNetworkMTU': 900 },
      err('cluster-network-mtu', 'networking.clusterNetworkMTU'),
    ],
    [
      'MTU on GCP',
      'gcp',
      { 'networking.clusterNetworkMTU': 1400 },
      err('cluster-network-mtu', 'networking.clusterNetworkMTU'),
    ],
    [
      'legacy machineCIDR is converted',
      'aws',
      { 'networking.machineNetwork': undefined, 'networking.machineCIDR': '10.0.0.0/16' },
      warn('deprecated-field', 'networking.machineCIDR'),
    ],
  ]);
});

describe('IP families and dual-stack', () => {
  const dual = {
    'networking.machineNetwork': [{ cidr: '10.0.0.0/16' }, { cidr: 'fd00::/48' }],
    'networking.clusterNetwork': [
      { cidr: '10.128.0.0/14', hostPrefix: 23 },
      { cidr: 'fd01::/48', hostPrefix: 64 },
    ],
    'networking.serviceNetwork': ['172.30.0.0/16', 'fd02::/112'],
  };
  const v6 = {
    'networking.machineNetwork': [{ cidr: 'fd00::/48' }],
    'networking.clusterNetwork': [{ cidr: 'fd01::/48', hostPrefix: 64 }],
    'networking.serviceNetwork': ['fd02::/112'],
  };
  run([
    ['dual-stack on bare metal', 'baremetal', dual, 'ok'],
    ['dual-stack on none', 'none', dual, 'ok'],
    ['dual-stack on GCP', 'gcp', dual, err('ip-family', 'networking')],
    ['dual-stack on AWS without ipFamily', 'aws', dual, err('ip-family', 'networking')],
    [
      // ipFamily is behind the AWSDualStackInstall gate, a Technology Preview in 4.22.
      'dual-stack on AWS with DualStackIPv4Primary',
      'aws',
      { ...dual, 'platform.aws.ipFamily': 'DualStackIPv4Primary', featureSet: 'TechPreviewNoUpgrade' },
      'ok',
    ],
    [
      'AWS IPv6-primary with IPv4 first',
      'aws',
      { ...dual, 'platform.aws.ipFamily': 'DualStackIPv6Primary' },
      err('ip-family', 'networking.clusterNetwork'),
    ],
    [
      'AWS dual-stack ipFamily with one service network',
      'aws',
      { 'platform.aws.ipFamily': 'DualStackIPv4Primary' },
      err('ip-family', 'networking.serviceNetwork'),
    ],
    [
      'dual-stack on Nutanix with IPv6 first',
      'nutanix',
      { ...dual, 'networking.serviceNetwork': ['fd02::/112', '172.30.0.0/16'] },
      err('ip-family', 'networking.serviceNetwork'),
    ],
    [
      'dual-stack with three service networks',
      'baremetal',
      { ...dual, 'networking.serviceNetwork': ['172.30.0.0/16', 'fd02::/112', 'fd03::/112'] },
      err('ip-family', 'networking.serviceNetwork'),
    ],
    [
      'dual-stack without an IPv6 cluster network',
      'baremetal',
      { ...dual, 'networking.clusterNetwork': [{ cidr: '10.128.0.0/14', hostPrefix: 23 }] },
      err('ip-family', 'networking.clusterNetwork'),
    ],
    ['IPv6 cluster network with hostPrefix 64', 'baremetal', dual, 'ok'],
    [
      'IPv6 cluster network with hostPrefix 56',
      'baremetal',
      { ...dual, 'networking.clusterNetwork[1].hostPrefix': 56 },
      err('host-prefix', 'networking.clusterNetwork[1].hostPrefix'),
    ],
    [
      'IPv6 service network /64 is too large',
      'baremetal',
      { ...dual, 'networking.serviceNetwork[1]': 'fd02::/64' },
      err('service-network-size', 'networking.serviceNetwork[1]'),
    ],
    [
      'single-stack IPv6 on bare metal',
      'baremetal',
      { ...v6, 'platform.baremetal.apiVIPs': ['fd00::5'], 'platform.baremetal.ingressVIPs': ['fd00::6'] },
      'ok',
    ],
    ['single-stack IPv6 on Azure', 'azure', v6, err('ip-family', 'networking')],
    [
      'two IPv4 service networks',
      'aws',
      { 'networking.serviceNetwork': ['172.30.0.0/16', '172.31.0.0/16'] },
      err('ip-family', 'networking.serviceNetwork'),
    ],
  ]);
});

describe('VIPs', () => {
  run([
    ['bare metal with VIPs in the machine network', 'baremetal', {}, 'ok'],
    [
      'bare metal without an API VIP',
      'baremetal',
      { 'platform.baremetal.apiVIPs': undefined },
      err('vip-required', 'platform.baremetal.apiVIPs'),
    ],
    [
      'bare metal without an Ingress VIP',
      'baremetal',
      { 'platform.baremetal.ingressVIPs': undefined },
      err('vip-required', 'platform.baremetal.ingressVIPs'),
    ],
    [
      'API VIP outside the machine network',
      'baremetal',
      { 'platform.baremetal.apiVIPs': ['192.168.1.5'] },
      err('vip-in-machine-network', 'platform.baremetal.apiVIPs[0]'),
    ],
    [
      'outside is fine with a user-managed load balancer',
      'baremetal',
      {
        'platform.baremetal.apiVIPs': ['192.168.1.5'],
        'platform.baremetal.loadBalancer': { type: 'UserManaged' },
      },
      'ok',
    ],
    [
      'VIP that is not an IP',
      'baremetal',
      { 'platform.baremetal.apiVIPs': ['foobar'] },
      err('vip-format', 'platform.baremetal.apiVIPs[0]'),
    ],
    [
      'API VIP equal to the Ingress VIP',
      'baremetal',
      { 'platform.baremetal.ingressVIPs': ['10.0.0.5'] },
      err('vip-distinct', 'platform.baremetal.apiVIPs[0]'),
    ],
    [
      'three API VIPs',
      'baremetal',
      { 'platform.baremetal.apiVIPs': ['10.0.0.5', '10.0.0.7', '10.0.0.8'] },
      err('vip-count', 'platform.baremetal.apiVIPs'),
    ],
    [
      'two IPv4 API VIPs',
      'baremetal',
      { 'platform.baremetal.apiVIPs': ['10.0.0.5', '10.0.0.7'] },
      err('vip-family', 'platform.baremetal.apiVIPs'),
    ],
    [
      'vSphere API VIP without Ingress VIP',
      'vsphere',
      { 'platform.vsphere.ingressVIPs': undefined },
      err('vip-pair', 'platform.vsphere.ingressVIPs'),
    ],
    [
      'vSphere without any VIP (UPI)',
      'vsphere',
      { 'platform.vsphere.apiVIPs': undefined, 'platform.vsphere.ingressVIPs': undefined },
      'ok',
    ],
    [
      'vSphere VIP outside the machine network is not checked for IPI',
      'vsphere',
      { 'platform.vsphere.apiVIPs': ['192.168.1.5'] },
      'ok',
    ],
    [
      'singular apiVIP is converted with a warning',
      'vsphere',
      { 'platform.vsphere.apiVIPs': undefined, 'platform.vsphere.apiVIP': '10.0.0.5' },
      warn('vip-deprecated', 'platform.vsphere.apiVIP'),
    ],
    [
      'singular apiVIP disagreeing with apiVIPs',
      'vsphere',
      { 'platform.vsphere.apiVIP': '10.0.0.9' },
      err('vip-conflict', 'platform.vsphere.apiVIP'),
    ],
    [
      'singular apiVIP agreeing with apiVIPs',
      'baremetal',
      { 'platform.baremetal.apiVIP': '10.0.0.5' },
      warn('vip-deprecated', 'platform.baremetal.apiVIP'),
    ],
    [
      'OpenStack user-managed load balancer needs VIPs',
      'openstack',
      {
        'platform.openstack.apiVIPs': undefined,
        'platform.openstack.ingressVIPs': undefined,
        'platform.openstack.loadBalancer': { type: 'UserManaged' },
      },
      err('vip-required', 'platform.openstack.apiVIPs'),
    ],
    [
      'IPv6 VIP equal in another spelling',
      'baremetal',
      {
        'networking.machineNetwork': [{ cidr: 'fd00::/48' }],
        'networking.clusterNetwork': [{ cidr: 'fd01::/48', hostPrefix: 64 }],
        'networking.serviceNetwork': ['fd02::/112'],
        'platform.baremetal.apiVIPs': ['fd00::5'],
        'platform.baremetal.ingressVIPs': ['fd00:0::5'],
      },
      err('vip-distinct', 'platform.baremetal.apiVIPs[0]'),
    ],
  ]);
});

describe('machine pools', () => {
  run([
    ['compute omitted', 'aws', { compute: undefined }, 'ok'],
    ['controlPlane omitted', 'aws', { controlPlane: undefined }, 'ok'],
    [
      'control plane replicas 0',
      'aws',
      { 'controlPlane.replicas': 0 },
      err('replicas', 'controlPlane.replicas'),
    ],
    [
      'negative compute replicas',
      'aws',
      { 'compute[0].replicas': -1 },
      err('replicas', 'compute[0].replicas'),
    ],
    ['compute replicas 0', 'aws', { 'compute[0].replicas': 0 }, 'ok'],
    [
      'compute pool named workers',
      'aws',
      { 'compute[0].name': 'workers' },
      err('machine-pool-name', 'compute[0].name'),
    ],
    ['edge pool on AWS', 'aws', { 'compute[1]': { name: 'edge', replicas: 1 } }, 'ok'],
    [
      'edge pool on GCP',
      'gcp',
      { 'compute[1]': { name: 'edge', replicas: 1 } },
      err('machine-pool-name', 'compute[1].name'),
    ],
    [
      'two worker pools',
      'aws',
      { 'compute[1]': { name: 'worker', replicas: 1 } },
      err('machine-pool-duplicate', 'compute[1].name'),
    ],
    [
      'control plane named controller',
      'aws',
      { 'controlPlane.name': 'controller' },
      warn('machine-pool-name', 'controlPlane.name'),
    ],
    [
      'hyperthreading lower case',
      'aws',
      { 'controlPlane.hyperthreading': 'enabled' },
      err('hyperthreading', 'controlPlane.hyperthreading'),
    ],
    ['hyperthreading Disabled', 'aws', { 'compute[0].hyperthreading': 'Disabled' }, 'ok'],
    [
      's390x on AWS',
      'aws',
      { 'controlPlane.architecture': 's390x', 'compute[0].architecture': 's390x' },
      err('architecture', 'controlPlane.architecture'),
    ],
    [
      'x86_64 is not an architecture name',
      'none',
      { 'controlPlane.architecture': 'x86_64' },
      err('architecture', 'controlPlane.architecture'),
    ],
    [
      'arm64 everywhere on AWS',
      'aws',
      { 'controlPlane.architecture': 'arm64', 'compute[0].architecture': 'arm64' },
      'ok',
    ],
    ['arm64 workers with amd64 control plane on AWS', 'aws', { 'compute[0].architecture': 'arm64' }, 'ok'],
    [
      'arm64 workers with amd64 control plane on Azure',
      'azure',
      { 'compute[0].architecture': 'arm64' },
      err('heterogeneous-architecture', 'compute[0].architecture'),
    ],
    ['arm64 workers on bare metal', 'baremetal', { 'compute[0].architecture': 'arm64' }, 'ok'],
    [
      'amd64 workers with arm64 control plane on bare metal',
      'baremetal',
      { 'controlPlane.architecture': 'arm64' },
      err('heterogeneous-architecture', 'compute[0].architecture'),
    ],
    [
      'pool platform of another cloud',
      'aws',
      { 'compute[0].platform': { gcp: { type: 'n2-standard-4' } } },
      err('pool-platform', 'compute[0].platform.gcp'),
    ],
    [
      'pool platform matching the cluster',
      'aws',
      { 'compute[0].platform': { aws: { type: 'm6i.xlarge' } } },
      'ok',
    ],
    [
      'fencing on a compute pool',
      'none',
      { 'compute[0].fencing': { credentials: [] } },
      err('fencing', 'compute[0].fencing'),
    ],
    ['single node on none', 'none', { 'controlPlane.replicas': 1 }, 'ok'],
    ['single node on AWS', 'aws', { 'controlPlane.replicas': 1, 'compute[0].replicas': 0 }, 'ok'],
    [
      'single node on vSphere',
      'vsphere',
      { 'controlPlane.replicas': 1 },
      err('single-node-platform', 'controlPlane.replicas'),
    ],
    [
      'single node on bare metal with bootstrapInPlace',
      'baremetal',
      { 'controlPlane.replicas': 1, bootstrapInPlace: { installationDisk: '/dev/sda' } },
      err('single-node-platform', 'bootstrapInPlace'),
    ],
    [
      'single node on external with bootstrapInPlace',
      'external',
      { 'controlPlane.replicas': 1, bootstrapInPlace: { installationDisk: '/dev/sda' } },
      'ok',
    ],
    [
      'bootstrapInPlace with three control plane nodes',
      'none',
      { bootstrapInPlace: { installationDisk: '/dev/sda' } },
      err('single-node-platform', 'bootstrapInPlace'),
    ],
    [
      'OpenStack with five control plane nodes',
      'openstack',
      { 'controlPlane.replicas': 5 },
      err('replicas', 'controlPlane.replicas'),
    ],
    [
      'two-node with neither fencing nor arbiter',
      'none',
      { 'controlPlane.replicas': 2 },
      err('replicas', 'controlPlane.replicas'),
    ],
    [
      'arbiter on none',
      'none',
      { 'controlPlane.replicas': 2, arbiter: { name: 'arbiter', replicas: 1 } },
      'ok',
    ],
    [
      'arbiter on AWS',
      'aws',
      { 'controlPlane.replicas': 2, arbiter: { name: 'arbiter', replicas: 1 } },
      err('arbiter', 'arbiter.platform'),
    ],
    [
      'arbiter without replicas',
      'none',
      { 'controlPlane.replicas': 2, arbiter: { name: 'arbiter' } },
      err('arbiter', 'arbiter.replicas'),
    ],
    [
      'arbiter with one control plane node',
      'none',
      { 'controlPlane.replicas': 1, arbiter: { replicas: 1 } },
      err('arbiter', 'controlPlane.replicas'),
    ],
  ]);
});

describe('fencing (two-node)', () => {
  const cred = (n: number, address = `redfish+https://10.1.0.${n}/redfish/v1/Systems/1`) => ({
    address,
    username: 'admin',
    password: 'secret',
    hostName: `master-${n}`,
  });
  run([
    [
      'two credentials for two nodes',
      'none',
      { 'controlPlane.replicas': 2, 'controlPlane.fencing': { credentials: [cred(1), cred(2)] } },
      'ok',
    ],
    [
      'one credential for two nodes',
      'none',
      { 'controlPlane.replicas': 2, 'controlPlane.fencing': { credentials: [cred(1)] } },
      err('fencing', 'controlPlane.fencing.credentials'),
    ],
    [
      'fencing credentials with three nodes',
      'none',
      { 'controlPlane.fencing': { credentials: [cred(1), cred(2)] } },
      err('fencing', 'controlPlane.fencing.credentials'),
    ],
    [
      'fencing on AWS',
      'aws',
      { 'controlPlane.replicas': 2, 'controlPlane.fencing': { credentials: [cred(1), cred(2)] } },
      err('fencing', 'controlPlane.fencing'),
    ],
    [
      'IPMI fencing address',
      'none',
      {
        'controlPlane.replicas': 2,
        'controlPlane.fencing': { credentials: [cred(1, 'ipmi://10.1.0.1'), cred(2)] },
      },
      err('fencing', 'controlPlane.fencing.credentials[0].address'),
    ],
    [
      'same fencing address twice',
      'none',
      { 'controlPlane.replicas': 2, 'controlPlane.fencing': { credentials: [cred(1), cred(1)] } },
      err('fencing', 'controlPlane.fencing.credentials[1].address'),
    ],
    [
      'fencing credential without password',
      'none',
      {
        'controlPlane.replicas': 2,
        'controlPlane.fencing': { credentials: [{ ...cred(1), password: undefined }, cred(2)] },
      },
      err('fencing', 'controlPlane.fencing.credentials[0].password'),
    ],
    [
      'fencing credential without host name or MAC',
      'none',
      {
        'controlPlane.replicas': 2,
        'controlPlane.fencing': { credentials: [{ ...cred(1), hostName: undefined }, cred(2)] },
      },
      err('fencing', 'controlPlane.fencing.credentials[0]'),
    ],
  ]);
});

describe('platform selection and required fields', () => {
  run([
    ['no platform', 'aws', { platform: undefined }, err('platform-required', 'platform')],
    ['empty platform', 'aws', { platform: {} }, err('platform-required', 'platform')],
    [
      'two platforms',
      'aws',
      { 'platform.gcp': { region: 'us-central1', projectID: 'p' } },
      err('platform-single', 'platform'),
    ],
    [
      'ovirt is no longer supported',
      'aws',
      { platform: { ovirt: { ovirt_cluster_id: 'x' } } },
      err('platform-removed', 'platform.ovirt'),
    ],
    [
      'AWS without region',
      'aws',
      { 'platform.aws.region': undefined },
      err('platform-required-field', 'platform.aws.region'),
    ],
    [
      'AWS hosted zone without subnets',
      'aws',
      { 'platform.aws.hostedZone': 'Z3URY6TWQ91KVV' },
      err('platform-field-combination', 'platform.aws.hostedZone'),
    ],
    [
      'AWS hosted zone with subnets',
      'aws',
      { 'platform.aws.hostedZone': 'Z3URY6TWQ91KVV', 'platform.aws.vpc': { subnets: [{ id: 'subnet-1' }] } },
      'ok',
    ],
    [
      'AWS hostedZoneRole in Mint mode',
      'aws',
      {
        'platform.aws.hostedZone': 'Z1',
        'platform.aws.subnets': ['subnet-1'],
        'platform.aws.hostedZoneRole': 'arn:aws:iam::1:role/r',
        credentialsMode: 'Mint',
      },
      err('platform-field-combination', 'platform.aws.hostedZoneRole'),
    ],
    [
      'AWS ipFamily unknown',
      'aws',
      { 'platform.aws.ipFamily': 'IPv6' },
      err('platform-field-value', 'platform.aws.ipFamily'),
    ],
    [
      'AWS service endpoint with a path',
      'aws',
      { 'platform.aws.serviceEndpoints': [{ name: 'ec2', url: 'https://ec2.example.com/path' }] },
      err('platform-field-value', 'platform.aws.serviceEndpoints[0].url'),
    ],
    [
      'AWS subnet roles on some subnets only',
      'aws',
      {
        'platform.aws.vpc': {
          subnets: [{ id: 'subnet-1', roles: [{ type: 'ClusterNode' }] }, { id: 'subnet-2' }],
        },
      },
      err('platform-field-combination', 'platform.aws.vpc.subnets'),
    ],
    [
      'AWS duplicate subnet ids',
      'aws',
      { 'platform.aws.vpc': { subnets: [{ id: 'subnet-1' }, { id: 'subnet-1' }] } },
      err('platform-field-value', 'platform.aws.vpc.subnets[1].id'),
    ],
    [
      'Azure without region',
      'azure',
      { 'platform.azure.region': undefined },
      err('platform-required-field', 'platform.azure.region'),
    ],
    [
      'Azure without DNS resource group',
      'azure',
      { 'platform.azure.baseDomainResourceGroupName': undefined },
      err('platform-required-field', 'platform.azure.baseDomainResourceGroupName'),
    ],
    [
      'Azure internal without DNS resource group',
      'azure',
      { 'platform.azure.baseDomainResourceGroupName': undefined, publish: 'Internal' },
      'ok',
    ],
    [
      'Azure virtual network without subnets',
      'azure',
      { 'platform.azure.virtualNetwork': 'vnet', 'platform.azure.networkResourceGroupName': 'net-rg' },
      err('platform-required-field', 'platform.azure.computeSubnet'),
    ],
    [
      'Azure subnets without virtual network',
      'azure',
      { 'platform.azure.computeSubnet': 'compute' },
      err('platform-field-combination', 'platform.azure.computeSubnet'),
    ],
    [
      'Azure UserDefinedRouting without VNet',
      'azure',
      { 'platform.azure.outboundType': 'UserDefinedRouting' },
      err('platform-field-combination', 'platform.azure.outboundType'),
    ],
    [
      'Azure unknown cloud',
      'azure',
      { 'platform.azure.cloudName': 'AzureCloud' },
      err('platform-field-value', 'platform.azure.cloudName'),
    ],
    [
      'Azure Stack without ARM endpoint',
      'azure',
      { 'platform.azure.cloudName': 'AzureStackCloud', credentialsMode: 'Manual' },
      err('platform-required-field', 'platform.azure.armEndpoint'),
    ],
    [
      'GCP without region',
      'gcp',
      { 'platform.gcp.region': undefined },
      err('platform-required-field', 'platform.gcp.region'),
    ],
    [
      'GCP without project',
      'gcp',
      { 'platform.gcp.projectID': undefined },
      err('platform-required-field', 'platform.gcp.projectID'),
    ],
    [
      'GCP network without subnets',
      'gcp',
      { 'platform.gcp.network': 'vpc' },
      err('platform-required-field', 'platform.gcp.computeSubnet'),
    ],
    [
      'GCP networkProjectID without network',
      'gcp',
      { 'platform.gcp.networkProjectID': 'host-project' },
      err('platform-field-combination', 'platform.gcp.network'),
    ],
    [
      'IBM Cloud without region',
      'ibmcloud',
      { 'platform.ibmcloud.region': undefined },
      err('platform-required-field', 'platform.ibmcloud.region'),
    ],
    [
      'IBM Cloud VPC without subnets',
      'ibmcloud',
      { 'platform.ibmcloud.vpcName': 'vpc' },
      err('platform-required-field', 'platform.ibmcloud.controlPlaneSubnets'),
    ],
    [
      'PowerVS without zone',
      'powervs',
      { 'platform.powervs.zone': undefined },
      err('platform-required-field', 'platform.powervs.zone'),
    ],
    [
      'PowerVS service instance not a UUID',
      'powervs',
      { 'platform.powervs.serviceInstanceGUID': 'abc' },
      err('platform-field-value', 'platform.powervs.serviceInstanceGUID'),
    ],
    [
      'Nutanix without Prism Central address',
      'nutanix',
      { 'platform.nutanix.prismCentral.endpoint.address': undefined },
      err('platform-required-field', 'platform.nutanix.prismCentral.endpoint.address'),
    ],
    [
      'Nutanix with two Prism Elements',
      'nutanix',
      { 'platform.nutanix.prismElements[1]': { uuid: 'x', endpoint: { address: 'pe2' } } },
      err('platform-required-field', 'platform.nutanix.prismElements'),
    ],
    [
      'Nutanix without subnets',
      'nutanix',
      { 'platform.nutanix.subnetUUIDs': undefined },
      err('platform-required-field', 'platform.nutanix.subnetUUIDs'),
    ],
    [
      'external with an unknown cloud controller manager',
      'external',
      { 'platform.external.cloudControllerManager': 'Internal' },
      err('platform-field-value', 'platform.external.cloudControllerManager'),
    ],
    [
      'external with External cloud controller manager',
      'external',
      { 'platform.external.cloudControllerManager': 'External' },
      'ok',
    ],
  ]);
});

describe('vSphere', () => {
  run([
    [
      'vcenters missing',
      'vsphere',
      { 'platform.vsphere.vcenters': undefined },
      err('platform-required-field', 'platform.vsphere.vcenters'),
    ],
    [
      'failureDomains missing',
      'vsphere',
      { 'platform.vsphere.failureDomains': undefined },
      err('platform-required-field', 'platform.vsphere.failureDomains'),
    ],
    [
      'vCenter password missing',
      'vsphere',
      { 'platform.vsphere.vcenters[0].password': undefined },
      err('platform-required-field', 'platform.vsphere.vcenters[0].password'),
    ],
    [
      'vCenter server in upper case',
      'vsphere',
      {
        'platform.vsphere.vcenters[0].server': 'VCenter.Example.com',
        'platform.vsphere.failureDomains[0].server': 'VCenter.Example.com',
      },
      err('platform-field-value', 'platform.vsphere.vcenters[0].server'),
    ],
    [
      'failure domain on an unknown vCenter',
      'vsphere',
      { 'platform.vsphere.failureDomains[0].server': 'other.example.com' },
      err('platform-field-value', 'platform.vsphere.failureDomains[0].server'),
    ],
    [
      'failure domain datacenter not in the vCenter',
      'vsphere',
      // The installer does not compare them statically: a warning, not an error.
      {
        'platform.vsphere.failureDomains[0].topology.datacenter': 'dc2',
        'platform.vsphere.failureDomains[0].topology.computeCluster': '/dc2/host/c1',
        'platform.vsphere.failureDomains[0].topology.datastore': '/dc2/datastore/ds1',
      },
      warn('platform-field-value', 'platform.vsphere.failureDomains[0].topology.datacenter'),
    ],
    [
      'datastore without full path',
      'vsphere',
      { 'platform.vsphere.failureDomains[0].topology.datastore': 'ds1' },
      err('vsphere-inventory-path', 'platform.vsphere.failureDomains[0].topology.datastore'),
    ],
    [
      'folder without full path',
      'vsphere',
      { 'platform.vsphere.failureDomains[0].topology.folder': 'my-folder' },
      err('vsphere-inventory-path', 'platform.vsphere.failureDomains[0].topology.folder'),
    ],
    [
      'folder with full path',
      'vsphere',
      { 'platform.vsphere.failureDomains[0].topology.folder': '/dc1/vm/my-folder' },
      'ok',
    ],
    [
      'computeCluster without full path',
      'vsphere',
      { 'platform.vsphere.failureDomains[0].topology.computeCluster': 'c1' },
      err('vsphere-inventory-path', 'platform.vsphere.failureDomains[0].topology.computeCluster'),
    ],
    [
      'duplicate failure domain names',
      'vsphere',
      {
        'platform.vsphere.failureDomains[1]': {
          name: 'fd1',
          region: 'r1',
          zone: 'z2',
          server: 'vcenter.example.com',
          topology: {
            datacenter: 'dc1',
            computeCluster: '/dc1/host/c2',
            datastore: '/dc1/datastore/ds2',
            networks: ['vm-net'],
          },
        },
      },
      err('platform-field-value', 'platform.vsphere.failureDomains[1].name'),
    ],
    [
      'bad tag id',
      'vsphere',
      { 'platform.vsphere.failureDomains[0].topology.tagIDs': ['tag-1'] },
      err('platform-field-value', 'platform.vsphere.failureDomains[0].topology.tagIDs[0]'),
    ],
    [
      'unknown disk type',
      'vsphere',
      { 'platform.vsphere.diskType': 'sparse' },
      err('platform-field-value', 'platform.vsphere.diskType'),
    ],
    [
      'legacy flat fields are converted with a warning',
      'vsphere',
      {
        'platform.vsphere': {
          vCenter: 'vcenter.example.com',
          username: 'u',
          password: 'p',
          datacenter: 'dc1',
          defaultDatastore: 'ds1',
          cluster: 'c1',
          network: 'vm-net',
          apiVIPs: ['10.0.0.5'],
          ingressVIPs: ['10.0.0.6'],
        },
      },
      warn('vsphere-legacy-fields', 'platform.vsphere.vCenter'),
    ],
  ]);
});

describe('bare metal', () => {
  run([
    [
      'hosts missing',
      'baremetal',
      { 'platform.baremetal.hosts': undefined },
      err('platform-required-field', 'platform.baremetal.hosts'),
    ],
    [
      'hosts not needed without MachineAPI',
      'baremetal',
      {
        'platform.baremetal.hosts': undefined,
        'compute[0].replicas': 0,
        capabilities: {
          baselineCapabilitySet: 'None',
          additionalEnabledCapabilities: ['baremetal', 'Ingress'],
        },
      },
      'ok',
    ],
    [
      'not enough masters',
      'baremetal',
      { 'controlPlane.replicas': 5 },
      err('baremetal-host-count', 'platform.baremetal.hosts'),
    ],
    [
      'not enough workers',
      'baremetal',
      { 'compute[0].replicas': 4 },
      err('baremetal-host-count', 'platform.baremetal.hosts'),
    ],
    [
      'duplicate boot MAC',
      'baremetal',
      { 'platform.baremetal.hosts[1].bootMACAddress': '52:54:00:00:00:10' },
      err('baremetal-host', 'platform.baremetal.hosts[1].bootMACAddress'),
    ],
    [
      'boot MAC missing',
      'baremetal',
      { 'platform.baremetal.hosts[0].bootMACAddress': undefined },
      err('platform-required-field', 'platform.baremetal.hosts[0].bootMACAddress'),
    ],
    [
      'duplicate host name',
      'baremetal',
      { 'platform.baremetal.hosts[1].name': 'm0' },
      err('baremetal-host', 'platform.baremetal.hosts[1].name'),
    ],
    [
      'unknown boot mode',
      'baremetal',
      { 'platform.baremetal.hosts[0].bootMode': 'BIOS' },
      err('baremetal-host', 'platform.baremetal.hosts[0].bootMode'),
    ],
    [
      'unknown provisioning network mode',
      'baremetal',
      { 'platform.baremetal.provisioningNetwork': 'Invalid' },
      err('platform-field-value', 'platform.baremetal.provisioningNetwork'),
    ],
    [
      'provisioning IP outside the provisioning network',
      'baremetal',
      { 'platform.baremetal.clusterProvisioningIP': '172.23.0.3' },
      err('platform-field-value', 'platform.baremetal.clusterProvisioningIP'),
    ],
    [
      'external DNS records need a user-managed load balancer',
      'baremetal',
      { 'platform.baremetal.dnsRecordsType': 'External' },
      err('platform-field-combination', 'platform.baremetal.dnsRecordsType'),
    ],
    [
      'baseline None without the baremetal capability',
      'baremetal',
      {
        capabilities: {
          baselineCapabilitySet: 'None',
          additionalEnabledCapabilities: ['Ingress', 'MachineAPI'],
        },
      },
      err('capabilities', 'capabilities'),
    ],
  ]);
});

describe('publish and credentialsMode', () => {
  run([
    ['Internal on AWS', 'aws', { publish: 'Internal' }, 'ok'],
    ['Internal on vSphere', 'vsphere', { publish: 'Internal' }, err('publish', 'publish')],
    ['unknown publish value', 'aws', { publish: 'Private' }, err('publish', 'publish')],
    [
      'Mixed on AWS',
      'aws',
      { publish: 'Mixed', operatorPublishingStrategy: { apiserver: 'Internal' } },
      err('publish', 'publish'),
    ],
    [
      'Mixed on Azure without strategy',
      'azure',
      { publish: 'Mixed' },
      err('publish', 'operatorPublishingStrategy'),
    ],
    [
      'Mixed on Azure with strategy',
      'azure',
      { publish: 'Mixed', operatorPublishingStrategy: { apiserver: 'Internal', ingress: 'External' } },
      'ok',
    ],
    [
      'Mixed with both internal',
      'azure',
      { publish: 'Mixed', operatorPublishingStrategy: { apiserver: 'Internal', ingress: 'Internal' } },
      err('publish', 'operatorPublishingStrategy'),
    ],
    [
      'strategy without Mixed',
      'azure',
      { operatorPublishingStrategy: { apiserver: 'Internal' } },
      err('publish', 'operatorPublishingStrategy'),
    ],
    ['Mint on AWS', 'aws', { credentialsMode: 'Mint' }, 'ok'],
    ['Mint on Azure', 'azure', { credentialsMode: 'Mint' }, err('credentials-mode', 'credentialsMode')],
    ['Manual on IBM Cloud', 'ibmcloud', {}, 'ok'],
    [
      'Mint on IBM Cloud',
      'ibmcloud',
      { credentialsMode: 'Mint' },
      err('credentials-mode', 'credentialsMode'),
    ],
    [
      'Passthrough on bare metal',
      'baremetal',
      { credentialsMode: 'Passthrough' },
      err('credentials-mode', 'credentialsMode'),
    ],
    [
      'Manual on OpenStack',
      'openstack',
      { credentialsMode: 'Manual' },
      err('credentials-mode', 'credentialsMode'),
    ],
    [
      'Passthrough on Azure Stack',
      'azure',
      {
        credentialsMode: 'Passthrough',
        'platform.azure.cloudName': 'AzureStackCloud',
        'platform.azure.armEndpoint': 'https://management.local',
      },
      err('credentials-mode', 'credentialsMode'),
    ],
  ]);
});

describe('proxy and noProxy', () => {
  run([
    [
      'http and https proxy',
      'aws',
      {
        proxy: {
          httpProxy: 'http://proxy.example.com:3128',
          httpsProxy: 'https://proxy.example.com:3129',
          noProxy: '.example.com,10.0.0.0/16,192.168.1.1',
        },
      },
      'ok',
    ],
    ['empty proxy block', 'aws', { proxy: {} }, err('proxy', 'proxy')],
    [
      'httpProxy with https scheme',
      'aws',
      { proxy: { httpProxy: 'https://proxy.example.com:3128' } },
      err('proxy', 'proxy.httpProxy'),
    ],
    [
      'ftp httpsProxy',
      'aws',
      { proxy: { httpsProxy: 'ftp://proxy.example.com' } },
      err('proxy', 'proxy.httpsProxy'),
    ],
    [
      'proxy that is not a URL',
      'aws',
      { proxy: { httpProxy: 'proxy.example.com:3128' } },
      err('proxy', 'proxy.httpProxy'),
    ],
    [
      'proxy inside the service network',
      'aws',
      { proxy: { httpProxy: 'http://172.30.0.10:3128' } },
      err('proxy', 'proxy.httpProxy'),
    ],
    [
      'noProxy with a space',
      'aws',
      { proxy: { httpProxy: 'http://proxy.example.com:3128', noProxy: '.example.com, .corp' } },
      err('no-proxy', 'proxy.noProxy'),
    ],
    [
      'noProxy with a wildcard',
      'aws',
      { proxy: { httpProxy: 'http://proxy.example.com:3128', noProxy: '.example.com,*.bad-proxy' } },
      err('no-proxy', 'proxy.noProxy'),
    ],
    [
      'noProxy star alone',
      'aws',
      { proxy: { httpProxy: 'http://proxy.example.com:3128', noProxy: '*' } },
      'ok',
    ],
  ]);
});

describe('imageContentSources and imageDigestSources', () => {
  const sources = [
    {
      source: 'quay.io/openshift-release-dev/ocp-release',
      mirrors: ['registry.example.com:5000/ocp4/openshift4'],
    },
  ];
  run([
    ['digest sources', 'aws', { imageDigestSources: sources }, 'ok'],
    [
      'content sources are deprecated',
      'aws',
      { imageContentSources: sources },
      warn('image-content-sources-deprecated', 'imageContentSources'),
    ],
    [
      'both lists',
      'aws',
      { imageContentSources: sources, imageDigestSources: sources },
      err('image-source', 'imageDigestSources'),
    ],
    [
      'source with a tag',
      'aws',
      { imageDigestSources: [{ ...sources[0], source: 'quay.io/openshift-release-dev/ocp-release:4.18.1' }] },
      err('image-source', 'imageDigestSources[0].source'),
    ],
    [
      'mirror with a digest',
      'aws',
      {
        imageDigestSources: [
          { ...sources[0], mirrors: [`registry.example.com:5000/ocp4@sha256:${'a'.repeat(64)}`] },
        ],
      },
      err('image-source', 'imageDigestSources[0].mirrors[0]'),
    ],
    [
      'mirror in upper case',
      'aws',
      { imageDigestSources: [{ ...sources[0], mirrors: ['registry.example.com/OCP4'] }] },
      err('image-source', 'imageDigestSources[0].mirrors[0]'),
    ],
    [
      'bare host mirror',
      'aws',
      { imageDigestSources: [{ ...sources[0], mirrors: ['registry.example.com:5000'] }] },
      'ok',
    ],
    [
      'source missing',
      'aws',
      { imageDigestSources: [{ mirrors: ['registry.example.com:5000/ocp4'] }] },
      err('image-source', 'imageDigestSources[0].source'),
    ],
    [
      'sourcePolicy without mirror',
      'aws',
      { imageDigestSources: [{ source: 'quay.io/ocp', sourcePolicy: 'NeverContactSource' }] },
      err('image-source', 'imageDigestSources[0].sourcePolicy'),
    ],
    [
      'unknown sourcePolicy',
      'aws',
      { imageDigestSources: [{ ...sources[0], sourcePolicy: 'Never' }] },
      err('image-source', 'imageDigestSources[0].sourcePolicy'),
    ],
    [
      'mirror not in the pull secret',
      'aws',
      { imageDigestSources: [{ ...sources[0], mirrors: ['mirror.corp.example:8443/ocp4'] }] },
      warn('mirror-pull-secret', 'imageDigestSources[0].mirrors[0]'),
    ],
  ]);
});

describe('capabilities, featureSet, featureGates', () => {
  run([
    ['vCurrent baseline', 'aws', { capabilities: { baselineCapabilitySet: 'vCurrent' } }, 'ok'],
    [
      'empty baseline',
      'aws',
      { capabilities: { baselineCapabilitySet: '' } },
      err('capabilities', 'capabilities.baselineCapabilitySet'),
    ],
    [
      'baseline newer than the target release',
      'aws',
      { capabilities: { baselineCapabilitySet: 'v4.16' } },
      err('capabilities', 'capabilities.baselineCapabilitySet'),
      '4.15',
    ],
    ['baseline v4.16 on 4.16', 'none', { capabilities: { baselineCapabilitySet: 'v4.16' } }, 'ok', '4.16'],
    [
      'unknown capability',
      'none',
      { capabilities: { baselineCapabilitySet: 'vCurrent', additionalEnabledCapabilities: ['Console2'] } },
      err('capabilities', 'capabilities.additionalEnabledCapabilities[0]'),
    ],
    [
      'marketplace without OLM',
      'none',
      {
        capabilities: {
          baselineCapabilitySet: 'None',
          additionalEnabledCapabilities: ['marketplace', 'Ingress'],
        },
      },
      err('capabilities', 'capabilities'),
    ],
    [
      'baseline None on none keeps Ingress',
      'none',
      { capabilities: { baselineCapabilitySet: 'None', additionalEnabledCapabilities: ['Ingress'] } },
      'ok',
    ],
    [
      'Ingress disabled',
      'none',
      { capabilities: { baselineCapabilitySet: 'None' } },
      err('capabilities', 'capabilities'),
    ],
    [
      'CloudCredential disabled on AWS',
      'aws',
      {
        capabilities: {
          baselineCapabilitySet: 'None',
          additionalEnabledCapabilities: ['Ingress', 'CloudControllerManager', 'MachineAPI'],
        },
      },
      err('capabilities', 'capabilities'),
    ],
    ['TechPreviewNoUpgrade', 'aws', { featureSet: 'TechPreviewNoUpgrade' }, 'ok'],
    ['unknown feature set', 'aws', { featureSet: 'Default' }, err('feature-set', 'featureSet')],
    ['OKD feature set', 'aws', { featureSet: 'OKD' }, err('feature-set', 'featureSet')],
    [
      'featureGates without CustomNoUpgrade',
      'aws',
      { featureGates: ['GateA=true'] },
      err('feature-gates', 'featureGates'),
    ],
    [
      'featureGates with CustomNoUpgrade',
      'aws',
      { featureSet: 'CustomNoUpgrade', featureGates: ['GateA=true', 'GateB=false'] },
      'ok',
    ],
    [
      'featureGate without value',
      'aws',
      { featureSet: 'CustomNoUpgrade', featureGates: ['GateA'] },
      err('feature-gates', 'featureGates[0]'),
    ],
    [
      'featureGate with a non-boolean',
      'aws',
      { featureSet: 'CustomNoUpgrade', featureGates: ['GateA=yes'] },
      err('feature-gates', 'featureGates[0]'),
    ],
    [
      'osImageStream without the gate',
      'aws',
      { osImageStream: 'rhel-10' },
      err('feature-gated-field', 'osImageStream'),
    ],
    [
      'osImageStream with TechPreview',
      'aws',
      { osImageStream: 'rhel-10', featureSet: 'TechPreviewNoUpgrade' },
      'ok',
    ],
    [
      'osImageStream with its custom gate',
      'aws',
      { osImageStream: 'rhel-9', featureSet: 'CustomNoUpgrade', featureGates: ['OSStreams=true'] },
      'ok',
    ],
    [
      'unknown osImageStream',
      'aws',
      { osImageStream: 'rhel-8', featureSet: 'TechPreviewNoUpgrade' },
      err('os-image-stream', 'osImageStream'),
    ],
  ]);
});

describe('unknown fields, case variants, types', () => {
  run([
    ['misspelled top-level key', 'aws', { pullSecrets: 'x' }, err('unknown-field', 'pullSecrets')],
    [
      'misspelled nested key',
      'aws',
      { 'controlPlane.replica': 3 },
      err('unknown-field', 'controlPlane.replica'),
    ],
    [
      'unknown key in a platform',
      'aws',
      { 'platform.aws.regoin': 'x' },
      err('unknown-field', 'platform.aws.regoin'),
    ],
    [
      'unknown key in a list entry',
      'aws',
      { 'networking.clusterNetwork[0].hostprefx': 23 },
      err('unknown-field', 'networking.clusterNetwork[0].hostprefx'),
    ],
    [
      'unknown key under platform none',
      'none',
      { 'platform.none.foo': 1 },
      err('unknown-field', 'platform.none.foo'),
    ],
    [
      'free keys in AWS userTags',
      'aws',
      { 'platform.aws.userTags': { costCenter: 7536, 'kubernetes.io/owner': 'me' } },
      'ok',
    ],
    ['labels in metadata are free', 'aws', { 'metadata.labels': { anything: 'x' } }, 'ok'],
    [
      'key differing only in case',
      'aws',
      {
        'networking.clusternetwork': [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
        'networking.clusterNetwork': undefined,
      },
      warn('field-case', 'networking.clusterNetwork'),
    ],
    [
      'controlPlane written as a list',
      'aws',
      { controlPlane: [{ name: 'master', replicas: 3 }] },
      err('field-type', 'controlPlane'),
    ],
    [
      'replicas as a quoted number',
      'aws',
      { 'compute[0].replicas': '3' },
      err('field-type', 'compute[0].replicas'),
    ],
    ['fips as a string', 'aws', { fips: 'true' }, err('field-type', 'fips')],
    ['a number where a string is expected is accepted', 'aws', { 'platform.aws.amiID': 12345 }, 'ok'],
    [
      'serviceNetwork entry as a mapping',
      'aws',
      { 'networking.serviceNetwork[0]': { cidr: '172.30.0.0/16' } },
      err('field-type', 'networking.serviceNetwork[0]'),
    ],
  ]);
});

describe('suggestions name the closest valid key', () => {
  it('suggests replicas for replica', () => {
    const finding = check('aws', { 'controlPlane.replica': 3 }).find((f) => f.rule === 'unknown-field');
    expect(finding?.message).toContain('did you mean "replicas"?');
  });
  it('suggests machineNetwork for machineNetworks', () => {
    const finding = check('aws', { 'networking.machineNetworks': [] }).find(
      (f) => f.rule === 'unknown-field',
    );
    expect(finding?.message).toContain('"machineNetwork"');
  });
  it('gives the expected network address for host bits', () => {
    const finding = check('aws', { 'networking.clusterNetwork[0].cidr': '10.217.0.0/14' }).find(
      (f) => f.rule === 'network-address',
    );
    expect(finding?.message).toContain('got 10.217.0.0/14, expecting 10.216.0.0/14');
  });
  it('names the canonical spelling of a case variant', () => {
    const finding = check('aws', {
      'platform.aws.Region': 'us-east-1',
      'platform.aws.region': undefined,
    }).find((f) => f.rule === 'field-case');
    expect(finding?.message).toContain('"region"');
  });
  it('never repeats the pull secret in a message', () => {
    const secret = '{"auths":{"quay.io":{"email":"sekrit-value"}}}';
    const findings = check('aws', { pullSecret: secret });
    expect(findings.some((f) => f.message.includes('sekrit-value'))).toBe(false);
  });
});
