import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, planOf, SCENARIOS } from '../helpers/answers.js';

describe('buildPlan applies the defaults of the answers-file format', () => {
  it('fills every default for a minimal aws answer', () => {
    const plan = planOf({ clusterName: 'prod', baseDomain: 'example.com.', platform: 'aws' });
    expect(plan).toMatchObject({
      ocpVersion: '4.22',
      baseDomain: 'example.com',
      architecture: 'amd64',
      topology: 'ha',
      controlPlaneReplicas: 3,
      computeReplicas: 3,
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
        machineNetwork: ['10.0.0.0/16'],
        clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
        serviceNetwork: ['172.30.0.0/16'],
      },
      platformConfig: { region: 'us-east-1' },
    });
  });

  it('makes none and ibmz customer-owned, s390x for ibmz, ppc64le and 192.168.0.0/24 for powervs', () => {
    expect(planOf({ clusterName: 'z', baseDomain: 'e.com', platform: 'ibmz' })).toMatchObject({
      architecture: 's390x',
      ownership: {
        machines: 'customer',
        dns: 'customer',
        loadBalancer: 'customer',
        network: 'customer',
        storage: 'customer',
      },
    });
    expect(planOf({ clusterName: 'p', baseDomain: 'e.com', platform: 'powervs' })).toMatchObject({
      architecture: 'ppc64le',
      networking: { machineNetwork: ['192.168.0.0/24'] },
      platformConfig: { zone: 'dal10' },
    });
  });

  it('gives sno one control-plane node and no workers, compact three and none', () => {
    expect(
      planOf({ clusterName: 's', baseDomain: 'e.com', platform: 'none', topology: 'sno' }),
    ).toMatchObject({
      controlPlaneReplicas: 1,
      computeReplicas: 0,
    });
    expect(
      planOf({ clusterName: 'c', baseDomain: 'e.com', platform: 'none', topology: 'compact' }),
    ).toMatchObject({
      controlPlaneReplicas: 3,
      computeReplicas: 0,
    });
  });

  it('resolves file references against the answers folder and ~ against home', () => {
    const plan = planOf({
      clusterName: 'v',
      baseDomain: 'e.com',
      platform: 'vsphere',
      vsphere: { credentialsFile: './files/vsphere.yaml' },
      hosts: [
        {
          name: 'm0',
          role: 'control-plane',
          bmc: { address: 'redfish://x', credentialsFile: 'files/bmc.yaml' },
        },
      ],
      secrets: { pullSecretFile: './files/pull-secret.json', sshKeyFile: '~/.ssh/id_ed25519.pub' },
    });
    expect(plan.platformConfig.credentialsFile).toBe(path.join(FILES, 'vsphere.yaml'));
    expect(plan.hosts[0]?.bmc?.credentialsFile).toBe(path.join(SCENARIOS, 'files', 'bmc.yaml'));
    expect(plan.secrets).toEqual({
      pullSecretFile: path.join(FILES, 'pull-secret.json'),
      sshKeyFile: '/home/tester/.ssh/id_ed25519.pub',
    });
  });

  it('reads an unquoted YAML version number as text', () => {
    expect(
      planOf({ clusterName: 'p', baseDomain: 'e.com', platform: 'aws', ocpVersion: 4.16 }).ocpVersion,
    ).toBe('4.16');
  });
});
