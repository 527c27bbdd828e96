import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureGate, gateLevel } from '../../src/knowledge/feature-gates.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { TOPOLOGY_FACTS, topologyLevel } from '../../src/knowledge/topologies.js';
import { featureSetFor, gatedFeaturesOf } from '../../src/plan/feature-set.js';
import { recommend } from '../../src/recommend/recommend.js';
import { makePlan } from '../install-config/factory.js';
import { render } from '../install-config/helpers.js';
import { twoNodePlan } from './factory.js';

const RELEASES = [...KNOWN_OCP_VERSIONS, '4.23', '5.0'];

describe('featureSet: TechPreviewNoUpgrade', () => {
  it('appears exactly when the release table says the topology is Technology Preview', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RELEASES),
        fc.constantFrom('two-node-arbiter' as const, 'two-node-fencing' as const),
        (version, topology) => {
          const level = topologyLevel(topology, version);
          fc.pre(level !== 'absent');
          const gate = featureGate(TOPOLOGY_FACTS[topology].gate ?? '');
          const { config } = render(twoNodePlan(topology, version), 'IPI');
          const techPreview = gateLevel(gate, version) === 'TechPreview';
          expect(config.featureSet).toBe(techPreview ? 'TechPreviewNoUpgrade' : undefined);
          // The recommendation says it cannot be undone exactly then.
          const warned = recommend(twoNodePlan(topology, version), 'en').warnings.some((w) =>
            w.includes('cannot be undone'),
          );
          expect(warned).toBe(techPreview);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is the releases of the issue: arbiter 4.19, fencing 4.20–4.21, neither from 4.22', () => {
    const set = (topology: 'two-node-arbiter' | 'two-node-fencing', v: string) =>
      featureSetFor(twoNodePlan(topology, v));
    expect(['4.19', '4.20', '4.21', '4.22', '5.0'].map((v) => set('two-node-arbiter', v))).toEqual([
      'TechPreviewNoUpgrade',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(['4.20', '4.21', '4.22', '5.0'].map((v) => set('two-node-fencing', v))).toEqual([
      'TechPreviewNoUpgrade',
      'TechPreviewNoUpgrade',
      undefined,
      undefined,
    ]);
  });

  it('never appears for the classic topologies without gated fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RELEASES),
        fc.constantFrom('ha' as const, 'compact' as const, 'sno' as const),
        fc.constantFrom('aws' as const, 'baremetal' as const, 'none' as const, 'vsphere' as const),
        (version, topology, platform) => {
          const plan = makePlan(platform, topology, { ocpVersion: version });
          expect(gatedFeaturesOf(plan)).toEqual([]);
          expect(featureSetFor(plan)).toBeUndefined();
        },
      ),
      { numRuns: 80 },
    );
  });

  it('follows a gated install-config field of the platform block by its own gate', () => {
    const azure = (v: string) =>
      makePlan('azure', 'ha', {
        ocpVersion: v,
        platformConfig: {
          region: 'eastus',
          baseDomainResourceGroupName: 'rg',
          userProvisionedDNS: 'Enabled',
        },
      });
    // AzureClusterHostedDNSInstall: Technology Preview in 4.21, GA in 4.22.
    expect(featureSetFor(azure('4.21'))).toBe('TechPreviewNoUpgrade');
    expect(featureSetFor(azure('4.22'))).toBeUndefined();
    expect(gatedFeaturesOf(azure('4.21')).map((u) => u.gate.gate)).toEqual(['AzureClusterHostedDNSInstall']);
    // "Disabled" does not use the feature.
    const off = makePlan('azure', 'ha', {
      ocpVersion: '4.21',
      platformConfig: { region: 'eastus', baseDomainResourceGroupName: 'rg', userProvisionedDNS: 'Disabled' },
    });
    expect(featureSetFor(off)).toBeUndefined();
  });
});
