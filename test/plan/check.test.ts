import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plan/check.js';
import { answers, planOf } from '../helpers/answers.js';

const base = { clusterName: 'prod', baseDomain: 'example.com' };

function keysOf(raw: Record<string, unknown>) {
  return checkPlan(planOf(raw), answers(raw));
}

describe('cross-field rules of the answers', () => {
  it.each([
    ['aws ha defaults', { ...base, platform: 'aws' }],
    [
      'vsphere VIPs inside the default machine network',
      { ...base, platform: 'vsphere', vips: { api: ['10.0.0.5'], ingress: ['10.0.0.6'] } },
    ],
    [
      'compact without computeReplicas',
      { ...base, platform: 'gcp', topology: 'compact', gcp: { projectID: 'my-project' } },
    ],
    [
      'compact with computeReplicas 0',
      { ...base, platform: 'gcp', topology: 'compact', computeReplicas: 0, gcp: { projectID: 'my-project' } },
    ],
    [
      'proxy block with connectivity proxy',
      { ...base, platform: 'none', connectivity: 'proxy', proxy: { httpProxy: 'http://p:3128' } },
    ],
    [
      'disconnected with a mirror',
      {
        ...base,
        platform: 'none',
        connectivity: 'disconnected',
        mirror: { registry: 'mirror.example.com:5000' },
      },
    ],
    [
      'publish Internal on azure',
      { ...base, platform: 'azure', publish: 'Internal', azure: { region: 'eastus' } },
    ],
    [
      'dual-stack VIPs',
      {
        ...base,
        platform: 'baremetal',
        networking: { machineNetwork: ['10.0.0.0/16', 'fd00::/48'] },
        vips: { api: ['10.0.0.5', 'fd00::5'], ingress: ['10.0.0.6', 'fd00::6'] },
      },
    ],
    ['arm64 on aws', { ...base, platform: 'aws', architecture: 'arm64' }],
    ['fips on s390x', { ...base, platform: 'ibmz', fips: true }],
  ])('accepts %s', (_name, raw) => {
    expect(keysOf(raw)).toEqual([]);
  });

  it.each([
    [
      'another platform block',
      { ...base, platform: 'aws', gcp: { projectID: 'other-project' } },
      'gcp',
      'platform is "aws"',
    ],
    ['gcp without projectID', { ...base, platform: 'gcp' }, 'gcp.projectID', 'required'],
    [
      'azure External without DNS resource group',
      { ...base, platform: 'azure' },
      'azure.baseDomainResourceGroupName',
      'required',
    ],
    ['ha with one worker', { ...base, platform: 'aws', computeReplicas: 1 }, 'computeReplicas', 'at least 2'],
    [
      'compact with workers',
      { ...base, platform: 'aws', topology: 'compact', computeReplicas: 2 },
      'computeReplicas',
      'must be 0',
    ],
    [
      'sno with workers',
      { ...base, platform: 'none', topology: 'sno', computeReplicas: 1 },
      'computeReplicas',
      'must be 0',
    ],
    [
      'proxy connectivity without a proxy block',
      { ...base, platform: 'aws', connectivity: 'proxy' },
      'proxy',
      'required',
    ],
    [
      'proxy block while connected',
      { ...base, platform: 'aws', proxy: { httpProxy: 'http://p:3128' } },
      'proxy',
      'connectivity: proxy',
    ],
    [
      'https scheme for httpProxy',
      { ...base, platform: 'aws', connectivity: 'proxy', proxy: { httpProxy: 'https://p:3128' } },
      'proxy.httpProxy',
      'http://',
    ],
    [
      'empty proxy block',
      { ...base, platform: 'aws', connectivity: 'proxy', proxy: {} },
      'proxy',
      'httpProxy or httpsProxy',
    ],
    [
      'noProxy with spaces',
      {
        ...base,
        platform: 'aws',
        connectivity: 'proxy',
        proxy: { httpProxy: 'http://p:1', noProxy: 'a, b' },
      },
      'proxy.noProxy',
      'without spaces',
    ],
    [
      'noProxy wildcard',
      {
        ...base,
        platform: 'aws',
        connectivity: 'proxy',
        proxy: { httpProxy: 'http://p:1', noProxy: '*.corp' },
      },
      'proxy.noProxy',
      'wildcards',
    ],
    [
      'disconnected without a mirror',
      { ...base, platform: 'aws', connectivity: 'disconnected' },
      'mirror',
      'required',
    ],
    [
      'mirror with a scheme',
      { ...base, platform: 'aws', connectivity: 'disconnected', mirror: { registry: 'https://m:5000' } },
      'mirror.registry',
      'host[:port]',
    ],
    [
      'publish Internal on vsphere',
      { ...base, platform: 'vsphere', publish: 'Internal' },
      'publish',
      'Internal is supported only',
    ],
    [
      'arm64 on vsphere',
      { ...base, platform: 'vsphere', architecture: 'arm64' },
      'architecture',
      'not available on vsphere',
    ],
    ['fips on arm64', { ...base, platform: 'aws', architecture: 'arm64', fips: true }, 'fips', 'FIPS'],
    ['unknown release', { ...base, platform: 'aws', ocpVersion: '4.9' }, 'ocpVersion', '"4.90"'],
    [
      'machine network not a CIDR',
      { ...base, platform: 'none', networking: { machineNetwork: ['10.0.0.0'] } },
      'networking.machineNetwork[0]',
      'not a CIDR',
    ],
    [
      'host bits set',
      { ...base, platform: 'none', networking: { machineNetwork: ['10.0.3.0/16'] } },
      'networking.machineNetwork[0]',
      'use the network address 10.0.0.0/16',
    ],
    [
      'machine network overlaps the cluster network',
      { ...base, platform: 'none', networking: { machineNetwork: ['10.128.0.0/16'] } },
      'networking.clusterNetwork[0].cidr',
      'overlaps machine network 0',
    ],
    [
      'service network overlaps the machine network',
      { ...base, platform: 'none', networking: { serviceNetwork: ['10.0.0.0/16'] } },
      'networking.serviceNetwork[0]',
      'overlaps machine network 0',
    ],
    [
      'cluster overlaps service',
      { ...base, platform: 'none', networking: { serviceNetwork: ['10.130.0.0/16'] } },
      'networking.clusterNetwork[0].cidr',
      'overlaps service network 0',
    ],
    [
      'service network too large',
      { ...base, platform: 'none', networking: { serviceNetwork: ['172.0.0.0/11'] } },
      'networking.serviceNetwork[0]',
      '/12 or smaller',
    ],
    [
      'hostPrefix below the prefix',
      {
        ...base,
        platform: 'none',
        networking: { clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 12 }] },
      },
      'networking.clusterNetwork[0].hostPrefix',
      'between',
    ],
    [
      'IPv6 hostPrefix not 64',
      {
        ...base,
        platform: 'none',
        networking: {
          machineNetwork: ['10.0.0.0/16', 'fd00::/48'],
          clusterNetwork: [
            { cidr: '10.128.0.0/14', hostPrefix: 23 },
            { cidr: 'fd01::/48', hostPrefix: 56 },
          ],
        },
      },
      'networking.clusterNetwork[1].hostPrefix',
      '64',
    ],
    [
      'VIP outside the machine network',
      { ...base, platform: 'vsphere', vips: { api: ['192.168.1.5'], ingress: ['10.0.0.6'] } },
      'vips.api[0]',
      'outside the machine network',
    ],
    [
      'API and ingress VIP equal',
      { ...base, platform: 'baremetal', vips: { api: ['10.0.0.5'], ingress: ['10.0.0.5'] } },
      'vips.ingress[0]',
      'also the API VIP',
    ],
    [
      'API VIP without ingress',
      { ...base, platform: 'baremetal', vips: { api: ['10.0.0.5'] } },
      'vips.ingress',
      'required',
    ],
    [
      'two IPv4 VIPs',
      { ...base, platform: 'baremetal', vips: { api: ['10.0.0.5', '10.0.0.7'], ingress: ['10.0.0.6'] } },
      'vips.api',
      'one IPv4 and one IPv6',
    ],
    [
      'VIPs on aws',
      { ...base, platform: 'aws', vips: { api: ['10.0.0.5'], ingress: ['10.0.0.6'] } },
      'vips',
      'exist only on',
    ],
    [
      'duplicate host names',
      {
        ...base,
        platform: 'none',
        hosts: [
          { name: 'm0', role: 'control-plane' },
          { name: 'm0', role: 'control-plane' },
        ],
      },
      'hosts[1].name',
      'already hosts[0]',
    ],
    [
      'host outside the machine network',
      { ...base, platform: 'none', hosts: [{ name: 'm0', role: 'control-plane', ip: '192.168.0.1' }] },
      'hosts[0].ip',
      'outside the machine network',
    ],
    [
      'host IP equal to a VIP',
      {
        ...base,
        platform: 'baremetal',
        vips: { api: ['10.0.0.5'], ingress: ['10.0.0.6'] },
        hosts: [{ name: 'm0', role: 'control-plane', ip: '10.0.0.5' }],
      },
      'hosts[0].ip',
      'also a VIP',
    ],
    [
      'too many control-plane hosts',
      {
        ...base,
        platform: 'none',
        topology: 'sno',
        hosts: [
          { name: 'a', role: 'control-plane' },
          { name: 'b', role: 'control-plane' },
        ],
      },
      'hosts',
      'has 1',
    ],
    [
      'workers on compact',
      { ...base, platform: 'none', topology: 'compact', hosts: [{ name: 'w', role: 'worker' }] },
      'hosts',
      'no workers',
    ],
    [
      'two bootstrap hosts',
      {
        ...base,
        platform: 'none',
        hosts: [
          { name: 'b0', role: 'bootstrap' },
          { name: 'b1', role: 'bootstrap' },
        ],
      },
      'hosts',
      'one bootstrap machine',
    ],
    [
      'a bootstrap host for a single node',
      { ...base, platform: 'none', topology: 'sno', hosts: [{ name: 'b0', role: 'bootstrap' }] },
      'hosts',
      'bootstraps in place',
    ],
    [
      'duplicate MACs',
      {
        ...base,
        platform: 'none',
        hosts: [
          { name: 'a', role: 'control-plane', bootMACAddress: '52:54:00:00:00:01' },
          { name: 'b', role: 'control-plane', bootMACAddress: '52:54:00:00:00:01' },
        ],
      },
      'hosts[1].bootMACAddress',
      'already',
    ],
  ])('rejects %s', (_name, raw, key, fragment) => {
    const found = keysOf(raw);
    const problem = found.find((p) => p.key === key);
    expect(problem, JSON.stringify(found)).toBeDefined();
    expect(problem?.message).toContain(fragment);
  });
});
