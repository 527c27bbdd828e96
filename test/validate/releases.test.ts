import { describe, expect, it } from 'vitest';
import { FEATURE_GATES, type GateCondition, gateLevel } from '../../src/knowledge/feature-gates.js';
import { expandPoolPath, fieldInRelease, RELEASE_FIELDS } from '../../src/knowledge/release-fields.js';
import { KNOWN_OCP_VERSIONS, olderThan, valueAt } from '../../src/knowledge/releases.js';
import { topologyPlatforms } from '../../src/knowledge/topologies.js';
import {
  HETEROGENEOUS_ARCHITECTURE_PLATFORMS,
  VERSIONED_RULES,
  type VersionedRuleId,
} from '../../src/knowledge/validation-releases.js';
import type { Finding } from '../../src/types.js';
import { nodeAt } from '../../src/validate/field-index.js';
import { validateInstallConfigObject } from '../../src/validate/index.js';
import { BASES, type BaseName, setPath } from './helpers.js';

/*
 * The release tables drive these tests: every field's first release, every removal and deprecation, every gate level,
 * every rule's first release. Adding a release (4.23) is one edit of the tables, and these tests then check it at the
 * release before and the release it starts.
 */

type Json = Record<string, unknown>;
const previous = (version: string) => KNOWN_OCP_VERSIONS[KNOWN_OCP_VERSIONS.indexOf(version as never) - 1];

/** `compute[].diskSetup` → `compute[0].diskSetup`. */
const concrete = (path: string) => path.replaceAll('[]', '[0]');

/** A value of the field's type (any value counts: the release rules look at the key). */
function sample(path: string, kind?: string): unknown {
  const node = nodeAt(path);
  const k =
    kind ??
    (node === 'i' ? 'integer' : node === 'b' ? 'boolean' : node === 's' || node === 0 ? 'string' : 'other');
  if (k === 'integer') return 1;
  if (k === 'boolean') return true;
  if (k === 'string') return 'x';
  // A list holds one entry: an empty list counts as not set.
  return Array.isArray(node) ? [typeof node[0] === 'object' ? {} : 'x'] : {};
}

function configWithField(path: string, value: unknown): Json {
  const config: Json = { apiVersion: 'v1', baseDomain: 'example.com', metadata: { name: 'demo' } };
  setPath(config, concrete(path), value);
  return config;
}

const at = (findings: Finding[], rule: string, path: string) =>
  findings.filter((f) => f.rule === rule && f.path === concrete(path));

describe('fields by release (knowledge/release-fields.ts)', () => {
  const added = RELEASE_FIELDS.filter((f) => f.added !== undefined && previous(f.added as string));
  it.each(
    added.flatMap((f) =>
      expandPoolPath(f.path)
        .slice(0, 1)
        .map((p) => [p, f.added as string] as const),
    ),
  )('%s: unknown (warned and ignored) the release before %s, known from it', (path, since) => {
    const before = previous(since) as string;
    const value = sample(path);
    const old = at(
      validateInstallConfigObject(configWithField(path, value), { ocpVersion: before }),
      'unknown-field',
      path,
    );
    expect(old).toHaveLength(1);
    expect(old[0]?.severity).toBe('warning');
    expect(old[0]?.message).toContain(`added in ${since}`);
    expect(
      at(
        validateInstallConfigObject(configWithField(path, value), { ocpVersion: since }),
        'unknown-field',
        path,
      ),
    ).toEqual([]);
  });

  const removed = RELEASE_FIELDS.filter((f) => f.removed !== undefined);
  it.each(removed.map((f) => [f.path, f.removed as string, f.kind, f.replacement] as const))(
    '%s: accepted the release before %s, gone from it',
    (path, since, kind, replacement) => {
      const before = previous(since) as string;
      const value = sample(path, kind);
      expect(
        at(
          validateInstallConfigObject(configWithField(path, value), { ocpVersion: before }),
          'unknown-field',
          path,
        ),
      ).toEqual([]);
      const gone = at(
        validateInstallConfigObject(configWithField(path, value), { ocpVersion: since }),
        'unknown-field',
        path,
      );
      expect(gone).toHaveLength(1);
      if (replacement) expect(gone[0]?.message).toContain(replacement);
    },
  );

  const deprecated = RELEASE_FIELDS.filter((f) => f.deprecated && previous(f.deprecated.since));
  it.each(deprecated.map((f) => [f.path, f.deprecated?.since as string] as const))(
    '%s: deprecated from %s, not before',
    (path, since) => {
      const value = sample(path);
      const before = previous(since) as string;
      expect(
        at(
          validateInstallConfigObject(configWithField(path, value), { ocpVersion: before }),
          'deprecated-field',
          path,
        ),
      ).toEqual([]);
      const now = at(
        validateInstallConfigObject(configWithField(path, value), { ocpVersion: since }),
        'deprecated-field',
        path,
      );
      expect(now.map((f) => f.severity)).toEqual(['warning']);
    },
  );

  it('from 4.22 a field the release lacks is an error, as every unknown key is', () => {
    const findings = validateInstallConfigObject(
      configWithField('platform.aws.experimentalPropagateUserTags', true),
      {
        ocpVersion: '4.22',
      },
    );
    expect(at(findings, 'unknown-field', 'platform.aws.experimentalPropagateUserTags')[0]?.severity).toBe(
      'error',
    );
  });
});

/** A value that makes a gated field count as used. */
function used(path: string, condition: GateCondition): unknown {
  if (condition.kind === 'equals') return condition.value;
  if (condition.kind === 'prefix') return `${condition.value}de-east-1`;
  return sample(path);
}

describe('feature gates by release (knowledge/feature-gates.ts)', () => {
  const cases = FEATURE_GATES.flatMap((gate) =>
    gate.fields.flatMap((field) =>
      KNOWN_OCP_VERSIONS.filter((v) => fieldInRelease(field.path, v).state === 'present').map(
        (version) => [gate.gate, field.path, version, gateLevel(gate, version), field.condition] as const,
      ),
    ),
  );
  it.each(cases)('%s protects %s in %s (%s)', (gate, path, version, level, condition) => {
    const config = configWithField(path, used(path, condition));
    const off = at(validateInstallConfigObject(config, { ocpVersion: version }), 'feature-gated-field', path);
    if (level === 'GA') {
      expect(off).toEqual([]);
      return;
    }
    expect(off.map((f) => f.severity)).toEqual(['error']);
    expect(off[0]?.message).toContain(gate);
    if (level === 'absent') return;
    const set = level === 'DevPreview' ? 'DevPreviewNoUpgrade' : 'TechPreviewNoUpgrade';
    const on = validateInstallConfigObject({ ...config, featureSet: set }, { ocpVersion: version });
    expect(at(on, 'feature-gated-field', path)).toEqual([]);
    // CustomNoUpgrade turns one gate on by name.
    const custom = { ...config, featureSet: 'CustomNoUpgrade', featureGates: [`${gate}=true`] };
    expect(
      at(validateInstallConfigObject(custom, { ocpVersion: version }), 'feature-gated-field', path),
    ).toEqual([]);
  });
  it('every gate is checked at a Technology Preview (or absent) release and at its GA release, where it has one', () => {
    const levels = new Map<string, Set<string>>();
    for (const [gate, , , level] of cases) levels.set(gate, (levels.get(gate) ?? new Set()).add(level));
    for (const [gate, seen] of levels)
      expect(
        [...seen].some((l) => l !== 'GA'),
        gate,
      ).toBe(true);
    for (const gate of [
      'HighlyAvailableArbiter',
      'DualReplica',
      'AzureClusterHostedDNSInstall',
      'VSphereHostVMGroupZonal',
    ]) {
      expect(levels.get(gate)?.has('GA'), gate).toBe(true);
    }
  });
});

/** For each versioned rule: a config that triggers it, on a base config, and the rule id of its finding. */
const RULE_FIXTURES: Record<VersionedRuleId, { base: BaseName; patch: Json; rule: string }> = {
  'unknown-field-fatal': { base: 'none', patch: { bogusField: 1 }, rule: 'unknown-field' },
  'single-node-platform': {
    base: 'vsphere',
    patch: { 'controlPlane.replicas': 1, 'compute[0].replicas': 0 },
    rule: 'single-node-platform',
  },
  'ovn-default-subnets': {
    base: 'none',
    patch: { 'networking.clusterNetwork': [{ cidr: '100.64.0.0/14', hostPrefix: 23 }] },
    rule: 'ovn-internal-subnet',
  },
  'two-node-control-plane': { base: 'none', patch: { 'controlPlane.replicas': 2 }, rule: 'replicas' },
  'openshift-sdn-removed': {
    base: 'none',
    patch: { 'networking.networkType': 'OpenShiftSDN' },
    rule: 'network-type-removed',
  },
  'kuryr-removed': {
    base: 'none',
    patch: { 'networking.networkType': 'Kuryr' },
    rule: 'network-type-removed',
  },
};

describe('rules by release (knowledge/validation-releases.ts)', () => {
  it('every versioned rule has a fixture', () => {
    expect(Object.keys(RULE_FIXTURES).sort()).toEqual(Object.keys(VERSIONED_RULES).sort());
  });
  const withSince = Object.entries(VERSIONED_RULES).filter(
    ([, r]) => 'since' in r && previous(r.since as string),
  );
  it.each(withSince.map(([id, r]) => [id, (r as { since: string }).since] as const))(
    '%s: no error the release before %s, an error from it',
    (id, since) => {
      const fixture = RULE_FIXTURES[id as VersionedRuleId];
      const config = BASES[fixture.base]();
      for (const [path, value] of Object.entries(fixture.patch)) setPath(config, path, value);
      const errorsAt = (version: string) =>
        validateInstallConfigObject(config, { ocpVersion: version }).filter(
          (f) => f.rule === fixture.rule && f.severity === 'error',
        );
      expect(errorsAt(previous(since) as string)).toEqual([]);
      expect(errorsAt(since).length).toBeGreaterThan(0);
    },
  );
});

describe('platform tables by release', () => {
  const mixed = (platform: BaseName, version: string) => {
    const config = BASES[platform]();
    setPath(config, 'controlPlane.architecture', 'amd64');
    setPath(config, 'compute[0].architecture', 'arm64');
    return validateInstallConfigObject(config, { ocpVersion: version }).filter(
      (f) => f.rule === 'heterogeneous-architecture',
    );
  };
  const platforms: BaseName[] = ['aws', 'gcp', 'baremetal', 'vsphere'];
  it.each(KNOWN_OCP_VERSIONS.flatMap((v) => platforms.map((p) => [p, v] as const)))(
    'mixed architectures on %s in %s follow the table',
    (platform, version) => {
      const allowed = valueAt(HETEROGENEOUS_ARCHITECTURE_PLATFORMS, version, []).includes(platform);
      expect(mixed(platform, version).length === 0).toBe(allowed);
    },
  );
  const arbiterReleases = KNOWN_OCP_VERSIONS.filter((v) => fieldInRelease('arbiter', v).state === 'present');
  it.each(arbiterReleases.flatMap((v) => (['baremetal', 'none'] as BaseName[]).map((p) => [p, v] as const)))(
    'an arbiter pool on %s in %s follows the topology table',
    (platform, version) => {
      const config = BASES[platform]();
      setPath(config, 'controlPlane.replicas', 2);
      setPath(config, 'arbiter', { name: 'arbiter', replicas: 1 });
      setPath(config, 'featureSet', 'TechPreviewNoUpgrade');
      const refused = validateInstallConfigObject(config, { ocpVersion: version }).some(
        (f) => f.path === 'arbiter.platform',
      );
      const table = topologyPlatforms('two-node-arbiter', version);
      expect(refused).toBe(table !== 'all' && !table.includes(platform as never));
    },
  );
  it('a file without a platform is told the platforms of its release: powervc from 4.21, not in 4.20', () => {
    const listed = (version: string) => {
      const config = BASES.none();
      delete config.platform;
      const finding = validateInstallConfigObject(config, { ocpVersion: version }).find(
        (f) => f.rule === 'platform-required',
      );
      return finding?.message ?? '';
    };
    expect(listed('4.20')).toContain(
      '(aws, azure, baremetal, external, gcp, ibmcloud, none, nutanix, openstack, powervs, vsphere)',
    );
    expect(listed('4.21')).toContain('openstack, powervc, powervs');
  });
  it('the tables reach the newest release', () => {
    expect(olderThan('4.19', KNOWN_OCP_VERSIONS.at(-1) as string)).toBe(true);
  });
});
