/** A small file that makes millions of findings stays bounded (F12): capped findings, a count of the rest, no abort. */
import { describe, expect, it } from 'vitest';
import { formatFindingsHuman } from '../../src/validate/format.js';
import { validateInstallConfigText } from '../../src/validate/index.js';
import { MAX_FINDINGS } from '../../src/validate/report.js';

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
  it(`keeps at most ${MAX_FINDINGS} findings, counts the rest and stays invalid`, () => {
    const before = process.memoryUsage().heapUsed;
    const result = validateInstallConfigText(BASE);
    expect(result.findings).toHaveLength(MAX_FINDINGS);
    expect(result.truncated).toBeGreaterThan(100_000);
    expect(result.valid).toBe(false);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(600 * 1024 * 1024);
    const text = formatFindingsHuman('install-config.yaml', result, false);
    expect(text).toContain(`install-config.yaml: … and ${result.truncated} more findings`);
    expect(text.length).toBeLessThan(400_000);
  });
});
