/**
 * Serves generated zones with a real BIND (`named`) on 127.0.0.1 and a free high port, loading them through the
 * generated named.conf.zones, and asks it with `dig` — the check the docs prescribe before installing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import type { Artifact } from '../../src/types.js';
import { baremetalIpi, snoNone } from './plans.js';
import { run, TOOL_PATH, tempDir, writeArtifact } from './real-tools.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(),
      );
    });
  });
}

const tmp = tempDir('infra-named-');
let named: ChildProcess | undefined;
let port = 0;
let log = '';

async function dig(...args: string[]): Promise<string> {
  const result = await run('dig', [
    `@127.0.0.1`,
    '-p',
    String(port),
    '+short',
    '+time=2',
    '+tries=1',
    ...args,
  ]);
  expect(result.exitCode, result.output).toBe(0);
  return result.output.trim();
}

/** One named.conf that includes the generated snippet of each plan (each in its own folder, as a customer would). */
function setUp(): void {
  const includes: string[] = [];
  for (const [name, artifacts] of [
    ['sno', renderInfraFiles(snoNone(), 'UPI')],
    ['ipi', renderInfraFiles(baremetalIpi(), 'IPI')],
  ] as [string, Artifact[]][]) {
    const dir = path.join(tmp.dir, name);
    for (const artifact of artifacts.filter((a) => a.path.startsWith('infra/dns/'))) {
      writeArtifact(tmp.mkdir(name), artifact);
    }
    // The snippet's file names are relative to named's directory: point them into this plan's folder.
    const snippet = artifacts.find((a) => a.path === 'infra/dns/named.conf.zones')?.content ?? '';
    writeFileSync(path.join(dir, 'named.conf.zones'), snippet.replace(/file "/g, `file "${dir}/`));
    includes.push(`include "${dir}/named.conf.zones";`);
  }
  writeFileSync(
    path.join(tmp.dir, 'named.conf'),
    [
      'options {',
      `  directory "${tmp.dir}";`,
      `  pid-file "${tmp.dir}/named.pid";`,
      `  session-keyfile "${tmp.dir}/session.key";`,
      `  managed-keys-directory "${tmp.dir}";`,
      `  listen-on port ${port} { 127.0.0.1; };`,
      '  listen-on-v6 { none; };',
      '  recursion no;',
      '  dnssec-validation no;',
      '};',
      // No rndc control channel: it would otherwise listen on 127.0.0.1:953 with the system's rndc.key.
      'controls { };',
      ...includes,
      '',
    ].join('\n'),
  );
}

beforeAll(async () => {
  port = await freePort();
  setUp();
  // -g: foreground, logs to stderr; -4: IPv4 only. Loopback only; stopped in afterAll, and `timeout` ends it after
  // two minutes even if this worker dies first.
  named = spawn('timeout', ['120', 'named', '-g', '-4', '-c', path.join(tmp.dir, 'named.conf')], {
    env: { PATH: TOOL_PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const spawnError = new Promise<never>((_, reject) =>
    named?.once('error', (error) => reject(new Error(`could not start named: ${error.message}`))),
  );
  named.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`named did not start within 20 s:\n${log}`)), 20_000);
    const poll = setInterval(() => {
      // The last start-up line is a bare "running" (an earlier one reads "running on Linux …").
      if (/ running\n/.test(log)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
      if (named?.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`named exited (${named?.exitCode}):\n${log}`));
      }
    }, 100);
  });
  await Promise.race([ready, spawnError]);
}, 30_000);

afterAll(async () => {
  const server = named;
  if (server !== undefined && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    // `timeout` passes SIGTERM on to named, which shuts down cleanly; SIGKILL if it has not within 5 s.
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  tmp.remove();
});

describe('generated zones served by named on 127.0.0.1', () => {
  it('loaded every zone without errors', () => {
    expect(log).toContain('zone tiny.edge.test/IN: loaded serial 1');
    expect(log).toContain('zone 100.168.192.in-addr.arpa/IN: loaded serial 1');
    expect(log).toContain('zone ipi.dc.corp.test/IN: loaded serial 1');
    expect(log).toContain('zone 10.16.172.in-addr.arpa/IN: loaded serial 1');
    expect(log).not.toContain('command channel listening');
  });

  it('SNO: api, api-int and a name under *.apps resolve to the node', async () => {
    expect(await dig('api.tiny.edge.test', 'A')).toBe('192.168.100.10');
    expect(await dig('api-int.tiny.edge.test', 'A')).toBe('192.168.100.10');
    expect(await dig('console-openshift-console.apps.tiny.edge.test', 'A')).toBe('192.168.100.10');
  });

  it('SNO: the node address reverses to the node name (its host name at boot)', async () => {
    expect(await dig('-x', '192.168.100.10')).toBe('tiny-0.tiny.edge.test.');
  });

  it('IPI: api → API VIP, *.apps → Ingress VIP, nodes forward and reverse', async () => {
    expect(await dig('api.ipi.dc.corp.test', 'A')).toBe('172.16.10.5');
    expect(await dig('oauth-openshift.apps.ipi.dc.corp.test', 'A')).toBe('172.16.10.6');
    expect(await dig('master-1.ipi.dc.corp.test', 'A')).toBe('172.16.10.11');
    expect(await dig('-x', '172.16.10.21')).toBe('worker-1.ipi.dc.corp.test.');
  });
});
