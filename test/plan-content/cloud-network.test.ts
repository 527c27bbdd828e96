import { describe, expect, it } from 'vitest';
import { missingForMethod } from '../../src/plan/required.js';
import { buildInstallConfig } from '../../src/render/install-config/build.js';
import { planOf } from '../helpers/answers.js';

const base = {
  version: 1,
  clusterName: 'priv',
  baseDomain: 'example.com',
  ownership: { network: 'customer' },
  publish: 'Internal',
};
const noInputs = { credentials: {} } as never;

/** Platform block with an existing network, the keys an answers file without it must be told about, and the check of the render. */
const CASES = [
  {
    platform: 'aws',
    block: { region: 'us-east-1', subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'] },
    missing: ['aws.vpc.subnets'],
  },
  {
    platform: 'azure',
    block: {
      region: 'eastus',
      networkResourceGroupName: 'net-rg',
      virtualNetwork: 'vnet',
      controlPlaneSubnet: 'cp',
      computeSubnet: 'wk',
    },
    missing: [
      'azure.networkResourceGroupName',
      'azure.virtualNetwork',
      'azure.controlPlaneSubnet',
      'azure.computeSubnet',
    ],
  },
  {
    platform: 'gcp',
    block: { projectID: 'my-project-123', network: 'vpc', controlPlaneSubnet: 'cp', computeSubnet: 'wk' },
    missing: ['gcp.network', 'gcp.controlPlaneSubnet', 'gcp.computeSubnet'],
  },
] as const;

describe('customer-owned cloud networks', () => {
  it.each(CASES)('$platform IPI without the existing network is missing exactly its keys', (c) => {
    const region = 'region' in c.block ? { region: c.block.region } : {};
    const projectID = 'projectID' in c.block ? { projectID: c.block.projectID } : {};
    const plan = planOf({
      ...base,
      ocpVersion: '4.18',
      platform: c.platform,
      [c.platform]: { ...region, ...projectID },
    });
    expect(missingForMethod(plan, 'IPI').map((p) => p.key)).toEqual(c.missing);
    // Cloud UPI describes its network in the infrastructure templates, not in install-config.yaml.
    expect(missingForMethod(plan, 'UPI').filter((p) => p.key.startsWith(`${c.platform}.`))).toEqual([]);
  });

  it.each(CASES)('$platform IPI with the existing network is complete', (c) => {
    const plan = planOf({ ...base, ocpVersion: '4.18', platform: c.platform, [c.platform]: c.block });
    expect(missingForMethod(plan, 'IPI')).toEqual([]);
  });

  it.each(['4.14', '4.18', '4.19', '4.22'])('AWS subnets use the spelling of %s', (version) => {
    const plan = planOf({ ...base, ocpVersion: version, platform: 'aws', aws: CASES[0].block });
    const aws =
      (buildInstallConfig(plan, 'IPI', noInputs).config.platform as Record<string, Record<string, unknown>>)
        .aws ?? {};
    const ids = ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'];
    if (version === '4.19' || version === '4.22') {
      expect(aws.vpc).toEqual({ subnets: ids.map((id) => ({ id })) });
      expect(aws.subnets).toBeUndefined();
    } else {
      expect(aws.subnets).toEqual(ids);
      expect(aws.vpc).toBeUndefined();
    }
  });

  it.each(['4.20', '4.21'])('Azure VNet subnets use the spelling of %s', (version) => {
    const plan = planOf({ ...base, ocpVersion: version, platform: 'azure', azure: CASES[1].block });
    const azure =
      (buildInstallConfig(plan, 'IPI', noInputs).config.platform as Record<string, Record<string, unknown>>)
        .azure ?? {};
    expect(azure.networkResourceGroupName).toBe('net-rg');
    expect(azure.virtualNetwork).toBe('vnet');
    if (version === '4.21') {
      expect(azure.subnets).toEqual([
        { name: 'cp', role: 'control-plane' },
        { name: 'wk', role: 'node' },
      ]);
      expect(azure.controlPlaneSubnet).toBeUndefined();
    } else {
      expect(azure.controlPlaneSubnet).toBe('cp');
      expect(azure.computeSubnet).toBe('wk');
      expect(azure.subnets).toBeUndefined();
    }
  });

  it('GCP IPI renders network and both subnets', () => {
    const plan = planOf({ ...base, ocpVersion: '4.18', platform: 'gcp', gcp: CASES[2].block });
    const gcp =
      (buildInstallConfig(plan, 'IPI', noInputs).config.platform as Record<string, Record<string, unknown>>)
        .gcp ?? {};
    expect(gcp).toMatchObject({ network: 'vpc', controlPlaneSubnet: 'cp', computeSubnet: 'wk' });
  });
});
