import { describe, expect, it } from 'vitest';
import { problemsFromZod } from '../../src/answers/problems.js';
import { AnswersSchema } from '../../src/answers/schema.js';

function problems(raw: Record<string, unknown>) {
  const result = AnswersSchema.safeParse(raw);
  return result.success ? [] : problemsFromZod(result.error);
}

describe('answers schema: field rules', () => {
  it.each([
    [{ clusterName: 'prod', baseDomain: 'example.com', platform: 'aws' }],
    [{ clusterName: 'a', baseDomain: 'example.com.', platform: 'none', topology: 'sno' }],
    [
      {
        clusterName: 'x-1',
        baseDomain: 'lab.example.com',
        platform: 'vsphere',
        vsphere: { vcenter: 'vc', folder: '/dc/vm/f' },
      },
    ],
    [
      {
        clusterName: 'p',
        baseDomain: 'e.com',
        platform: 'aws',
        aws: { region: 'us-east-1', userTags: { team: 'x' } },
      },
    ],
    [
      {
        clusterName: 'p',
        baseDomain: 'e.com',
        platform: 'powervs',
        powervs: { zone: 'dal10', resourceGroup: 'rg' },
      },
    ],
    [{ clusterName: 'p', baseDomain: 'e.com', platform: 'aws', ocpVersion: 4.18 }],
  ])('accepts %j', (raw) => {
    expect(problems(raw)).toEqual([]);
  });

  it.each([
    [{ clusterName: 'Prod' }, 'clusterName', 'lower-case'],
    [{ clusterName: '-prod' }, 'clusterName', 'RFC 1123'],
    [{ clusterName: 'a'.repeat(55) }, 'clusterName', '54'],
    [{ baseDomain: 'Example.com' }, 'baseDomain', 'lower-case DNS domain'],
    [{ baseDomain: 'exa mple.com' }, 'baseDomain', 'lower-case DNS domain'],
    [{ platform: 'ovirt' }, 'platform', '"aws"'],
    [{ topology: 'two-node' }, 'topology', '"compact"'],
    [{ computeReplicas: -1 }, 'computeReplicas', '>=0'],
    [{ computeReplicas: 2.5 }, 'computeReplicas', 'int'],
    [{ ownership: { machines: 'me' } }, 'ownership.machines', '"customer"'],
    [{ requirements: { autoscaling: 'yes' } }, 'requirements.autoscaling', 'boolean'],
    [{ connectivity: 'airgap' }, 'connectivity', '"disconnected"'],
    [{ publish: 'internal' }, 'publish', '"Internal"'],
    [{ fips: 'true' }, 'fips', 'boolean'],
    [{ vips: { api: ['1.1.1.1', '2.2.2.2', '3.3.3.3'] } }, 'vips.api', 'at most two'],
    [{ hosts: [{ name: 'Master_0', role: 'control-plane' }] }, 'hosts[0].name', 'host name'],
    [{ hosts: [{ name: 'm0', role: 'master' }] }, 'hosts[0].role', '"control-plane"'],
    [
      { hosts: [{ name: 'm0', role: 'worker', bootMACAddress: '52:54:00' }] },
      'hosts[0].bootMACAddress',
      'MAC',
    ],
    [
      { networking: { clusterNetwork: [{ cidr: '10.128.0.0/14' }] } },
      'networking.clusterNetwork[0].hostPrefix',
      'number',
    ],
    [{ version: 2 }, 'version', '1'],
  ])('rejects %j at %s', (raw, key, fragment) => {
    const found = problems({ clusterName: 'ok', baseDomain: 'example.com', platform: 'aws', ...raw });
    const problem = found.find((p) => p.key === key);
    expect(problem, JSON.stringify(found)).toBeDefined();
    expect(problem?.message).toContain(fragment);
  });

  it('names unknown keys and suggests the closest valid one', () => {
    const found = problems({ clustername: 'prod', baseDomain: 'example.com', platform: 'aws' });
    expect(found).toContainEqual({
      key: 'clustername',
      message: 'unknown key "clustername"; did you mean "clusterName"?',
      ko: '알 수 없는 키 "clustername"입니다. "clusterName"을(를) 쓰려던 것입니까?',
    });
  });

  it('suggests inside nested blocks', () => {
    const found = problems({
      clusterName: 'p',
      baseDomain: 'e.com',
      platform: 'aws',
      ownership: { loadbalancer: 'customer' },
      networking: { machineNetworks: ['10.0.0.0/16'] },
    });
    expect(found).toContainEqual({
      key: 'ownership.loadbalancer',
      message: 'unknown key "loadbalancer"; did you mean "loadBalancer"?',
      ko: '알 수 없는 키 "loadbalancer"입니다. "loadBalancer"을(를) 쓰려던 것입니까?',
    });
    expect(found).toContainEqual({
      key: 'networking.machineNetworks',
      message: 'unknown key "machineNetworks"; did you mean "machineNetwork"?',
      ko: '알 수 없는 키 "machineNetworks"입니다. "machineNetwork"을(를) 쓰려던 것입니까?',
    });
  });

  it('lists the valid keys when nothing is close', () => {
    const found = problems({
      clusterName: 'p',
      baseDomain: 'e.com',
      platform: 'aws',
      requirements: { zzzzzzzz: true },
    });
    expect(found[0]?.message).toContain('autoscaling, installerCredentials, hardenedInfrastructure');
  });

  it('refuses inline secrets in platform blocks: secrets are file references only', () => {
    const found = problems({
      clusterName: 'p',
      baseDomain: 'e.com',
      platform: 'vsphere',
      vsphere: { password: 'x' },
    });
    expect(found.map((p) => p.key)).toEqual(['vsphere.password']);
  });
});
