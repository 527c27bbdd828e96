import { describe, expect, it } from 'vitest';
import { FEATURE_GATES, featureSetsFor, gateLevel } from '../../src/knowledge/feature-gates.js';
import {
  atLeast,
  compareReleases,
  KNOWN_OCP_VERSIONS,
  NEWEST_KNOWN_VERSION,
  newerReleaseWarning,
  parseRelease,
  releaseProblem,
  releaseStatus,
  rulesVersion,
  valueAt,
} from '../../src/knowledge/releases.js';
import { topologyLevel, topologyPlatforms } from '../../src/knowledge/topologies.js';

describe('release numbers', () => {
  it('compare as {major, minor}: 5.0 is newer than 4.22, 4.9 older than 4.14', () => {
    const v = (text: string) => parseRelease(text) ?? { major: -1, minor: -1 };
    expect(compareReleases(v('5.0'), v('4.22'))).toBeGreaterThan(0);
    expect(compareReleases(v('4.9'), v('4.14'))).toBeLessThan(0);
    expect(atLeast('5.0', '4.22')).toBe(true);
    expect(atLeast('4.22', '5.0')).toBe(false);
    expect(atLeast('4.19', '4.19')).toBe(true);
  });

  it('read patch levels and a leading v, refuse other text', () => {
    expect(parseRelease('v4.22.3')).toEqual({ major: 4, minor: 22 });
    expect(parseRelease('4.19.0-0.nightly-2025-01-01-000000')).toEqual({ major: 4, minor: 19 });
    expect(parseRelease('latest')).toBeUndefined();
    expect(parseRelease('4')).toBeUndefined();
  });

  it('know 4.14 … 4.22, with 4.22 the newest', () => {
    expect(KNOWN_OCP_VERSIONS[0]).toBe('4.14');
    expect(NEWEST_KNOWN_VERSION).toBe('4.22');
    expect(KNOWN_OCP_VERSIONS.at(-1)).toBe(NEWEST_KNOWN_VERSION);
  });

  it('accept a newer release with the newest known rules, refuse an older one', () => {
    expect(releaseStatus('4.22')).toEqual({ kind: 'known', version: '4.22' });
    expect(releaseStatus('5.0')).toEqual({ kind: 'newer', version: '5.0', rulesOf: '4.22' });
    expect(releaseStatus('4.23.1')).toEqual({ kind: 'newer', version: '4.23', rulesOf: '4.22' });
    expect(releaseStatus('4.13').kind).toBe('older');
    expect(rulesVersion('5.0')).toBe('4.22');
    expect(newerReleaseWarning('5.0')?.en).toContain('rules of 4.22');
    expect(newerReleaseWarning('4.21')).toBeUndefined();
    expect(releaseProblem('4.13')?.en).toContain('older than 4.14');
    expect(releaseProblem('4.2')?.en).toContain('"4.20" in quotes');
    expect(releaseProblem('four')?.en).toContain('not an OpenShift release number');
    expect(releaseProblem('5.0')).toBeUndefined();
  });

  it('read a since-table: the value of the newest entry at or before the release', () => {
    const table = { '4.16': 'b', '4.19': 'c' } as const;
    expect(valueAt(table, '4.15', 'a')).toBe('a');
    expect(valueAt(table, '4.16', 'a')).toBe('b');
    expect(valueAt(table, '4.18', 'a')).toBe('b');
    expect(valueAt(table, '4.19', 'a')).toBe('c');
    expect(valueAt(table, '5.0', 'a')).toBe('c');
  });
});

describe('feature gates by release', () => {
  const level = (id: string, version: string) => {
    const gate = FEATURE_GATES.find((g) => g.id === id);
    if (!gate) throw new Error(id);
    return gateLevel(gate, version);
  };

  it('arbiter: absent in 4.18, TechPreview in 4.19, GA from 4.20', () => {
    expect(level('arbiter', '4.18')).toBe('absent');
    expect(level('arbiter', '4.19')).toBe('TechPreview');
    expect(level('arbiter', '4.20')).toBe('GA');
  });

  it('fencing (DualReplica): TechPreview in 4.20 and 4.21, GA from 4.22', () => {
    expect(level('two-node-fencing', '4.19')).toBe('absent');
    expect(level('two-node-fencing', '4.21')).toBe('TechPreview');
    expect(level('two-node-fencing', '4.22')).toBe('GA');
    expect(level('two-node-fencing', '5.0')).toBe('GA');
  });

  it('Azure user-provisioned DNS: TechPreview in 4.21, GA in 4.22', () => {
    expect(level('azure-user-provisioned-dns', '4.21')).toBe('TechPreview');
    expect(level('azure-user-provisioned-dns', '4.22')).toBe('GA');
  });

  it('name the feature sets that turn a gate on', () => {
    expect(featureSetsFor('TechPreview')).toContain('TechPreviewNoUpgrade');
    expect(featureSetsFor('TechPreview')).not.toContain('');
    expect(featureSetsFor('GA')).toContain('');
    expect(featureSetsFor('absent')).toEqual([]);
  });
});

describe('topologies by release', () => {
  it('two-node with arbiter: TechPreview 4.19, GA 4.20; bare metal only until 4.22 adds none and external', () => {
    expect(topologyLevel('two-node-arbiter', '4.18')).toBe('absent');
    expect(topologyLevel('two-node-arbiter', '4.19')).toBe('TechPreview');
    expect(topologyLevel('two-node-arbiter', '4.20')).toBe('GA');
    expect(topologyPlatforms('two-node-arbiter', '4.21')).toEqual(['baremetal']);
    expect(topologyPlatforms('two-node-arbiter', '4.22')).toEqual(['baremetal', 'none', 'external']);
  });

  it('two-node with fencing: TechPreview 4.20–4.21, GA 4.22', () => {
    expect(topologyLevel('two-node-fencing', '4.19')).toBe('absent');
    expect(topologyLevel('two-node-fencing', '4.20')).toBe('TechPreview');
    expect(topologyLevel('two-node-fencing', '4.22')).toBe('GA');
  });

  it('the classic three exist in every release on every platform', () => {
    for (const topology of ['ha', 'compact', 'sno'] as const) {
      expect(topologyLevel(topology, '4.14')).toBe('GA');
      expect(topologyPlatforms(topology, '4.14')).toBe('all');
    }
  });
});
