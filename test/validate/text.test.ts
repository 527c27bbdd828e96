import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { formatFindingsHuman } from '../../src/validate/format.js';
import {
  KNOWN_OCP_VERSIONS,
  NEWEST_OCP_VERSION,
  validateInstallConfigObject,
  validateInstallConfigText,
} from '../../src/validate/index.js';
import { ED25519, PULL_SECRET } from './helpers.js';

/* Text input: positions, YAML details, hostile input (the validation contract), and the human format. */

const VALID = `apiVersion: v1
baseDomain: example.com
metadata:
  name: prod
platform:
  aws:
    region: us-east-1
pullSecret: '${PULL_SECRET}'
sshKey: ${ED25519}
`;

function usageError(text: string): UsageError {
  try {
    validateInstallConfigText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('positions', () => {
  it('a valid file has no findings', () => {
    expect(validateInstallConfigText(VALID)).toEqual({ findings: [], valid: true });
  });
  it('points at the value of metadata.name (line 4, column 9, as in the validation contract)', () => {
    const result = validateInstallConfigText(VALID.replace('name: prod', 'name: Prod_1'));
    expect(result.valid).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({ path: 'metadata.name', rule: 'cluster-name-dns-label', line: 4, column: 9 }),
    ]);
  });
  it('points at the key of an unknown field', () => {
    const result = validateInstallConfigText(
      VALID.replace('    region: us-east-1', '    region: us-east-1\n    regoin: x'),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({ path: 'platform.aws.regoin', rule: 'unknown-field', line: 8, column: 5 }),
    ]);
  });
  it('points at the parent for a missing field', () => {
    const result = validateInstallConfigText(VALID.replace('    region: us-east-1', '    amiID: ami-1'));
    expect(result.findings).toEqual([
      expect.objectContaining({ path: 'platform.aws.region', line: 6, column: 3 }),
    ]);
  });
  it('points at a list entry', () => {
    const text = `${VALID}networking:\n  clusterNetwork:\n  - cidr: 10.217.0.0/14\n    hostPrefix: 23\n`;
    const result = validateInstallConfigText(text);
    expect(result.findings).toEqual([
      expect.objectContaining({
        path: 'networking.clusterNetwork[0].cidr',
        rule: 'network-address',
        line: 12,
        column: 11,
      }),
    ]);
  });
  it('finds the line of a key written in another case under its canonical path', () => {
    const result = validateInstallConfigText(VALID.replace('    region: us-east-1', '    Region: us-east-1'));
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'platform.aws.region',
        rule: 'field-case',
        line: 7,
        column: 5,
      }),
    ]);
    expect(result.valid).toBe(true);
  });
  it('points a converted apiVIP finding at the legacy key', () => {
    const text = VALID.replace(
      '  aws:\n    region: us-east-1',
      '  baremetal:\n    apiVIP: 10.0.0.5\n    ingressVIP: 10.0.0.5\n    hosts: []',
    ).replace(
      'baseDomain',
      'capabilities: {baselineCapabilitySet: None, additionalEnabledCapabilities: [baremetal, Ingress]}\ncompute: [{name: worker, replicas: 0}]\nbaseDomain',
    );
    const result = validateInstallConfigText(text);
    const distinct = result.findings.find((f) => f.rule === 'vip-distinct');
    expect(distinct).toMatchObject({ path: 'platform.baremetal.apiVIPs[0]', line: 9 });
  });
  it('reports the version-dependent OpenShiftSDN rule per --ocp-version', () => {
    const text = `${VALID}networking:\n  networkType: OpenShiftSDN\n`;
    expect(validateInstallConfigText(text, { ocpVersion: '4.14' }).valid).toBe(true);
    expect(validateInstallConfigText(text, { ocpVersion: '4.15' }).valid).toBe(false);
    expect(validateInstallConfigText(text).valid).toBe(false);
  });
});

describe('YAML details', () => {
  it('accepts a byte order mark', () => {
    expect(validateInstallConfigText(`\uFEFF${VALID}`).valid).toBe(true);
  });
  it('accepts CRLF line ends and keeps line numbers', () => {
    const result = validateInstallConfigText(
      VALID.replace('name: prod', 'name: Prod').replace(/\n/g, '\r\n'),
    );
    expect(result.findings).toEqual([expect.objectContaining({ path: 'metadata.name', line: 4, column: 9 })]);
  });
  it('reports a duplicate key as an error finding with its line', () => {
    const result = validateInstallConfigText(`${VALID}baseDomain: example.org\n`);
    expect(result.valid).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'duplicate-key', path: 'baseDomain', line: 10, column: 1 }),
    ]);
  });
  it('reads yes as a boolean like the installer (YAML 1.1)', () => {
    expect(validateInstallConfigText(`${VALID}fips: yes\n`).findings.map((f) => f.rule)).toEqual([
      'ssh-key-fips',
    ]);
  });
  it('resolves anchors and merge keys', () => {
    const text = `${VALID}controlPlane: &pool\n  hyperthreading: Enabled\n  name: master\ncompute:\n- <<: *pool\n`;
    const result = validateInstallConfigText(text);
    // The merged pool is named master: compute pools must be named worker.
    expect(result.findings.map((f) => `${f.rule}@${f.path}`)).toEqual(['machine-pool-name@compute[0].name']);
  });
  it('refuses a key that a merge already set, as go-yaml v2 does in strict mode ("already set in map")', () => {
    const text = `${VALID}controlPlane: &pool\n  hyperthreading: Enabled\n  name: master\ncompute:\n- <<: *pool\n  name: worker\n`;
    const result = validateInstallConfigText(text);
    expect(result.valid).toBe(false);
    const duplicate = result.findings.find((f) => f.rule === 'duplicate-key');
    expect(duplicate).toMatchObject({ path: 'compute[0].name', line: 15, column: 3 });
    expect(duplicate?.message).toContain('merge');
  });
});

describe('hostile input is a usage error, never a crash or a hang', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not YAML', 'apiVersion: v1\n  bad: [indent\n', /not valid YAML/],
    ['unclosed flow', '{a: [1, 2', /not valid YAML/],
    ['binary data', '\u0000\u0001\u0002PNG', /control character 0x00/],
    ['a control character in text', 'apiVersion: v1\u0007\n', /control character 0x07 on line 1/],
    ['invalid UTF-8 decoded as replacement characters', 'apiVersion: \uFFFD\uFFFD\n', /not UTF-8/],
    ['a list at the top', '- apiVersion: v1\n', /top level is a list/],
    ['a scalar at the top', 'hello\n', /top level is a single value/],
    ['an empty file', '\n\n', /holds no settings/],
    ['only comments', '# nothing here\n', /holds no settings/],
    ['more than 1 MiB', `a: "${'x'.repeat(1024 * 1024)}"\n`, /larger than 1 MiB/],
    [
      'flow nesting 10000 deep',
      `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
      /deeper than|not valid YAML/,
    ],
    // 10000 indented levels would exceed 1 MiB; 1000 levels stay under it and must hit the depth limit.
    [
      'block nesting 1000 deep',
      `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
      /deeper than|not valid YAML/,
    ],
    ['sequence nesting 10000 deep', `a: ${'- '.repeat(10000)}x\n`, /deeper than|not valid YAML/],
    [
      'nesting 150 deep parses but is refused',
      `a: ${'['.repeat(150)}${']'.repeat(150)}\n`,
      /deeper than 100/,
    ],
    [
      'an alias bomb',
      [
        'a: &a [x,x,x,x,x,x,x,x,x]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      ].join('\n'),
      /YAML bomb/,
    ],
    ['an undefined alias', 'a: *nothing\n', /the alias \*nothing refers to no anchor/],
    [
      'mapping nesting 10000 deep in flow style',
      `a: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`,
      /deeper than|not valid YAML/,
    ],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    const started = Date.now();
    expect(usageError(text).message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('a mapping of 40,000 unknown keys keeps 50 findings and counts the rest', () => {
    const text = `${VALID}${Array.from({ length: 40000 }, (_, i) => `k${i}: 1`).join('\n')}\n`;
    const result = validateInstallConfigText(text);
    expect(result.findings.filter((f) => f.rule === 'unknown-field')).toHaveLength(50);
    expect(result.omitted).toEqual([{ rule: 'unknown-field', errors: 39950, warnings: 0 }]);
    expect(result.valid).toBe(false);
  });
  it('an unknown --ocp-version is a usage error', () => {
    expect(() => validateInstallConfigText(VALID, { ocpVersion: '4.9' })).toThrow(UsageError);
    expect(validateInstallConfigText(VALID, { ocpVersion: '4.18.3' }).valid).toBe(true);
  });
  it('an object that is not a mapping is a usage error', () => {
    expect(() => validateInstallConfigObject([1, 2])).toThrow(UsageError);
    expect(() => validateInstallConfigObject(null)).toThrow(UsageError);
  });
});

describe('versions', () => {
  it('knows 4.14 to 4.22, newest 4.22', () => {
    expect(KNOWN_OCP_VERSIONS).toEqual([
      '4.14',
      '4.15',
      '4.16',
      '4.17',
      '4.18',
      '4.19',
      '4.20',
      '4.21',
      '4.22',
    ]);
    expect(NEWEST_OCP_VERSION).toBe('4.22');
  });
});

describe('human format', () => {
  const result = validateInstallConfigText(
    `${VALID.replace('name: prod', 'name: Prod')}imageContentSources:\n- source: quay.io/ocp\n  mirrors: [registry.example.com:5000/ocp]\n`,
  );
  it('prints errors first like a compiler, then warnings and a count', () => {
    const text = formatFindingsHuman('install-config.yaml', result, false);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^install-config\.yaml:4:9: error: metadata\.name: .* \[cluster-name-dns-label\]$/,
    );
    expect(lines[1]).toMatch(
      /^install-config\.yaml:10:1: warning: imageContentSources: .* \[image-content-sources-deprecated\]$/,
    );
    expect(lines[2]).toBe('install-config.yaml: 1 error, 1 warning');
    expect(text).not.toContain('\u001b[');
  });
  it('uses ANSI colour only when asked', () => {
    expect(formatFindingsHuman('f.yaml', result, true)).toContain('\u001b[31merror\u001b[0m');
  });
  it('says so when nothing is wrong', () => {
    expect(formatFindingsHuman('f.yaml', { findings: [], valid: true }, false)).toBe(
      'f.yaml: no problems found\n',
    );
  });
});
