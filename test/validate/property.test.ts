import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { UsageError } from '../../src/errors.js';
import { validateInstallConfigObject, validateInstallConfigText } from '../../src/validate/index.js';
import { BASES, type BaseName, setPath } from './helpers.js';

/* Random mutations of valid configs never throw anything but UsageError (the validation contract: never a stack trace). */

const BASE_NAMES = Object.keys(BASES) as BaseName[];
const PATHS = [
  'apiVersion',
  'metadata',
  'metadata.name',
  'baseDomain',
  'sshKey',
  'pullSecret',
  'fips',
  'publish',
  'credentialsMode',
  'networking',
  'networking.machineNetwork',
  'networking.machineNetwork[0]',
  'networking.machineNetwork[0].cidr',
  'networking.clusterNetwork[0]',
  'networking.clusterNetwork[0].hostPrefix',
  'networking.serviceNetwork',
  'networking.serviceNetwork[0]',
  'networking.ovnKubernetesConfig',
  'networking.clusterNetworkMTU',
  'controlPlane',
  'controlPlane.replicas',
  'controlPlane.fencing',
  'controlPlane.fencing.credentials',
  'compute',
  'compute[0]',
  'compute[0].architecture',
  'arbiter',
  'platform',
  'platform.aws',
  'platform.baremetal.hosts',
  'platform.baremetal.hosts[0]',
  'platform.vsphere.vcenters',
  'platform.vsphere.failureDomains[0].topology',
  'platform.vsphere.apiVIPs',
  'platform.vsphere.apiVIP',
  'platform.nutanix.prismElements',
  'proxy',
  'proxy.noProxy',
  'imageDigestSources',
  'imageContentSources[0].mirrors',
  'capabilities',
  'capabilities.additionalEnabledCapabilities',
  'featureGates',
  'additionalTrustBundle',
  'bootstrapInPlace',
];

function expectOnlyUsageError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
  }
}

describe('property: mutations never crash the validator', () => {
  it('object mutations (any value at any path)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASE_NAMES),
        fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.anything({ maxDepth: 3, withNullPrototype: true })), {
          minLength: 1,
          maxLength: 4,
        }),
        (base, patches) => {
          const config = BASES[base]();
          for (const [path, value] of patches) setPath(config, path, value);
          expectOnlyUsageError(() => validateInstallConfigObject(config));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('text mutations (delete, insert, replace characters)', () => {
    const texts = BASE_NAMES.map((name) => stringify(BASES[name](), { lineWidth: 0 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 12, unit: 'binary' })), {
          minLength: 1,
          maxLength: 5,
        }),
        (text, edits) => {
          let mutated = text;
          for (const [at, remove, insert] of edits) {
            const i = at % (mutated.length + 1);
            mutated = mutated.slice(0, i) + insert + mutated.slice(i + remove);
          }
          expectOnlyUsageError(() => {
            const result = validateInstallConfigText(mutated);
            for (const f of result.findings) {
              expect(f.line).toBeGreaterThan(0);
              expect(['error', 'warning']).toContain(f.severity);
            }
            expect(result.valid).toBe(!result.findings.some((f) => f.severity === 'error'));
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('line shuffles and duplications keep working', () => {
    const texts = BASE_NAMES.map((name) => stringify(BASES[name](), { lineWidth: 0 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (text, picks) => {
          const lines = text.split('\n');
          for (const p of picks) {
            const i = p % lines.length;
            lines.splice((p * 7) % lines.length, 0, lines[i] ?? '');
          }
          expectOnlyUsageError(() => validateInstallConfigText(lines.join('\n')));
        },
      ),
      { numRuns: 300 },
    );
  });
});
