/** A small file that makes millions of findings stays bounded: capped findings per rule, a count of the rest, no abort. */
import { describe, expect, it } from 'vitest';
import { formatFindingsHuman } from '../../src/validate/format.js';
import { validateInstallConfigText } from '../../src/validate/index.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/validate/report.js';

const BASE = [
  'apiVersion: v1',
  'baseDomain: example.com',
  'metadata:',
  '  name: vsprod',
  'controlPlane: {name: master, replicas: 3}',
  'compute: [{name: worker, replicas: 3}]',
  'platform:',
  '  vsphere:',
  '    vcenters: [{server: vc.example.com, user: u, password: p, datacenters: [dc1]}]',
  `    failureDomains: [${Array.from({ length: 50_000 }, () => '{}').join(',')}]`,
  `pullSecret: '{"auths":{"quay.io":{"auth":"dXNlcjpwYXNz"}}}'`,
  '',
].join('\n');

describe('validate on an amplifying file', () => {
  it(`keeps at most ${MAX_FINDINGS_PER_RULE} findings of each rule, counts the rest and stays invalid`, () => {
    const before = process.memoryUsage().heapUsed;
    const result = validateInstallConfigText(BASE);
    const perRule = new Map<string, number>();
    for (const { rule = '' } of result.findings) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    expect(Math.max(...perRule.values())).toBe(MAX_FINDINGS_PER_RULE);
    // Only the first 1000 entries of a list are checked, and the file is told it is far too long; each checked
    // empty failure domain lacks eight required fields: 8000 findings, 50 kept and 7950 counted.
    expect(result.findings.find((f) => f.rule === 'list-too-long')?.path).toBe(
      'platform.vsphere.failureDomains',
    );
    expect(result.omitted).toEqual([{ rule: 'platform-required-field', errors: 7950, warnings: 0 }]);
    expect(result.valid).toBe(false);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(600 * 1024 * 1024);
    const text = formatFindingsHuman('install-config.yaml', result, false);
    expect(text.length).toBeLessThan(400_000);
  });
});
