import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../e2e/run-cli.js';
import { ROOT } from '../helpers/answers.js';

/*
 * A 1 MiB install-config stays cheap: memory stays under 200 MB, the output under a few
 * kilobytes, and findings of one rule are capped at 50 with a count of the rest. Time is measured by `npm run bench`
 * (bench/validate-large.mjs), not here: a timed test would fail on a busy machine for no fault of the code.
 */

const CLI = path.join(ROOT, 'dist', 'cli.js');
const PROBE = path.join(ROOT, 'bench', 'rss-probe.cjs');
const LIMIT = 1024 * 1024;
const HEAD = `apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
pullSecret: '{"auths":{"quay.io":{"auth":"dXNlcjpwYXNz"}}}'
sshKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBEgd+zLZkqZnqXURBOcJ6Bz7qQ1oABujEE+HPmkT6qQ core@example
`;

/** HEAD, then `open`, then `entry` repeated until the file is just under 1 MiB, then `close`. */
function fill(open: string, entry: (i: number) => string, close = ''): string {
  const parts = [HEAD, open];
  let size = HEAD.length + open.length + close.length;
  for (let i = 0; ; i++) {
    const next = entry(i);
    if (size + next.length + 2 > LIMIT) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(close);
  return parts.join('');
}

const SHAPES: Record<string, string> = {
  // The review's reproduction: hundreds of thousands of empty vSphere failure domains in one flow list.
  'empty failure domains': fill(
    'controlPlane: {name: master, replicas: 3}\nplatform:\n  vsphere:\n    vcenters: [{server: vc.example.com, user: u, password: p, datacenters: [dc1]}]\n    failureDomains: [',
    (i) => (i === 0 ? '{}' : ',{}'),
    ']\n',
  ),
  'unknown keys': fill('platform: {none: {}}\n', (i) => `k${i}: v\n`),
  'machine networks': fill(
    'platform: {none: {}}\nnetworking:\n  machineNetwork:\n',
    (i) => `  - cidr: 10.${(i >> 8) & 255}.${i & 255}.0/24\n`,
  ),
  'bare-metal hosts': fill('platform:\n  baremetal:\n    hosts:\n', () => '    - {}\n'),
};

let dir: string;
beforeAll(() => {
  dir = tempDir('ocp-planner-big-');
  for (const [name, text] of Object.entries(SHAPES)) {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(LIMIT);
    writeFileSync(path.join(dir, `${name.replaceAll(' ', '-')}.yaml`), text);
  }
});

async function run(file: string, json = false) {
  const rss = path.join(dir, `${path.basename(file)}.rss`);
  rmSync(rss, { force: true });
  const result = await execa(
    process.execPath,
    ['--require', PROBE, CLI, 'validate', file, ...(json ? ['--json'] : [])],
    {
      env: { NO_COLOR: '1', OCP_PLANNER_RSS_FILE: rss },
      reject: false,
      timeout: 120_000,
    },
  );
  const maxRssKiB = Number(readFileSync(rss, 'utf8').trim().split('\n').pop());
  return {
    code: result.exitCode,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    mb: maxRssKiB / 1024,
  };
}

describe('a 1 MiB install-config', () => {
  it.each(Object.keys(SHAPES))(
    '%s: under 200 MB, a short report, at most 50 findings of a rule',
    async (name) => {
      const file = path.join(dir, `${name.replaceAll(' ', '-')}.yaml`);
      const human = await run(file);
      // Distinct /24 machine networks are valid (one warning that only the first 1000 are checked); the others are not.
      expect(human.code).toBe(name === 'machine networks' ? 0 : 1);
      expect(human.mb).toBeLessThan(200);
      expect(human.stdout.length).toBeLessThan(64 * 1024);
      expect(human.stderr).not.toMatch(/FATAL|heap|internal error|\n\s+at /);
      const lines = human.stdout.trimEnd().split('\n');
      const perRule = new Map<string, number>();
      for (const line of lines) {
        const rule = /\[([\w-]+)\]$/.exec(line)?.[1];
        if (rule && !line.includes('… and')) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
      }
      for (const [rule, count] of perRule) expect(count, rule).toBeLessThanOrEqual(50);
      const json = JSON.parse((await run(file, true)).stdout) as { findings: unknown[]; omitted?: unknown[] };
      expect(json.findings.length).toBeLessThan(1000);
    },
  );

  it('the failure domains beyond the first 1000 are counted in one warning, and the rest of the file is still read', async () => {
    const file = path.join(dir, 'empty-failure-domains.yaml');
    const { stdout, stderr: errors } = await run(file);
    const stderr = stdout + errors;
    expect(stderr).toMatch(
      /platform\.vsphere\.failureDomains has \d{6} entries, far more than any cluster uses; only the first 1000 are checked/,
    );
    expect(stderr).toMatch(/… and \d+ more \[platform-required-field\]/);
  });
});
