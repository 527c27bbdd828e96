#!/usr/bin/env node
// `validate` on 1 MiB install-configs: CPU time and peak memory of the whole process, for the
// shapes that used to take tens of seconds and gigabytes. Goal: well under a second of CPU, under 200 MB.
// Prints medians of CPU time (less disturbed by a busy machine than wall time) and the peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const probe = path.join(root, 'bench', 'usage-probe.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(path.join(tmpdir(), 'ocp-planner-bench-large-'));
const LIMIT = 1024 * 1024;
const GOAL_CPU_MS = 750;
const GOAL_RSS_MB = 200;

const head =
  'apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: demo\npullSecret: \'{"auths":{"quay.io":{"auth":"dXNlcjpwYXNz"}}}\'\n';
function fill(open, entry, close = '') {
  const parts = [head, open];
  let size = head.length + open.length + close.length;
  for (let i = 0; ; i++) {
    const next = entry(i);
    if (size + next.length + 2 > LIMIT) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(close);
  return parts.join('');
}

const shapes = {
  'empty vSphere failure domains': fill(
    'platform:\n  vsphere:\n    vcenters: [{server: vc.example.com, user: u, password: p, datacenters: [dc1]}]\n    failureDomains: [',
    (i) => (i === 0 ? '{}' : ',{}'),
    ']\n',
  ),
  'unknown top-level keys': fill('platform: {none: {}}\n', (i) => `k${i}: v\n`),
  'machine networks': fill(
    'platform: {none: {}}\nnetworking:\n  machineNetwork:\n',
    (i) => `  - cidr: 10.${(i >> 8) & 255}.${i & 255}.0/24\n`,
  ),
  'bare-metal hosts': fill('platform:\n  baremetal:\n    hosts:\n', () => '    - {}\n'),
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(`validate on 1 MiB install-configs — median of ${runs} runs (CPU time of the whole process)`);
console.log('input'.padEnd(32), 'CPU'.padStart(9), 'peak RSS'.padStart(10), 'goal'.padStart(18));
let allMet = true;
const results = [];
for (const [name, text] of Object.entries(shapes)) {
  const file = path.join(work, `${name.replaceAll(' ', '-')}.yaml`);
  writeFileSync(file, text);
  const usage = path.join(work, 'usage.jsonl');
  rmSync(usage, { force: true });
  for (let i = 0; i < runs; i++) {
    spawnSync('node', ['--require', probe, cli, 'validate', file], {
      env: { ...process.env, NO_COLOR: '1', OCP_PLANNER_USAGE_FILE: usage },
      stdio: 'ignore',
    });
  }
  const samples = readFileSync(usage, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const cpuMs = median(samples.map((s) => s.cpuMs));
  const rssMb = Math.max(...samples.map((s) => s.maxRssKiB)) / 1024;
  const met = cpuMs <= GOAL_CPU_MS && rssMb <= GOAL_RSS_MB;
  allMet &&= met;
  results.push({
    name,
    bytes: Buffer.byteLength(text),
    cpuMs: Math.round(cpuMs),
    peakRssMB: Number(rssMb.toFixed(1)),
    met,
  });
  console.log(
    name.padEnd(32),
    `${Math.round(cpuMs)} ms`.padStart(9),
    `${rssMb.toFixed(1)} MB`.padStart(10),
    `≤${GOAL_CPU_MS} ms, ≤${GOAL_RSS_MB} MB`.padStart(18),
    met ? '' : '  ← over goal',
  );
}
writeFileSync(
  path.join(root, 'bench', 'results-validate-large.json'),
  `${JSON.stringify({ runs, results }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
if (!allMet) process.exitCode = 1;
