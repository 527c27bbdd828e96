/**
 * The process runner against real processes: bash stand-ins from test/fixtures/bin/ copied into a temporary folder
 * that is the whole PATH, so nothing on the machine's own PATH is seen.
 */
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/commands/doctor.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { ToolError } from '../../src/errors.js';
import { createProcessRunner } from '../../src/tools/process-runner.js';
import { verifyInstallConfig } from '../../src/tools/verify.js';
import { captureContext } from './fakes.js';

const FIXTURE_BIN = fileURLToPath(new URL('../fixtures/bin/', import.meta.url));
const CONFIG = 'apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: prod\nplatform:\n  none: {}\n';

let work: string;

/** A folder holding copies of the named stand-ins, executable, to use as PATH. */
function binWith(...names: string[]): string {
  const bin = mkdtempSync(path.join(work, 'bin-'));
  for (const name of names) {
    copyFileSync(path.join(FIXTURE_BIN, name), path.join(bin, name));
    chmodSync(path.join(bin, name), 0o755);
  }
  return bin;
}

/** Every file under `dir` with its content, for before/after comparison. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = readFileSync(full, 'base64');
    }
  }
  return files;
}

function planFolder(content: string): string {
  const dir = mkdtempSync(path.join(work, 'plan-'));
  writeFileSync(path.join(dir, 'install-config.yaml'), content, { mode: 0o600 });
  writeFileSync(path.join(dir, 'checklist.md'), '# checklist\n');
  mkdirSync(path.join(dir, 'notes'));
  writeFileSync(path.join(dir, 'notes', 'a.txt'), 'keep me\n');
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ocp-planner-stand-ins-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('process runner', () => {
  it('reports a program that is not on PATH as notFound, and locates one that is', async () => {
    const bin = binWith('oc');
    const runner = createProcessRunner({ PATH: bin });
    const missing = await runner.run('openshift-install', ['version']);
    expect(missing).toMatchObject({ notFound: true, timedOut: false });
    expect(missing.exitCode).toBeUndefined();
    expect(await runner.locate('openshift-install')).toBeUndefined();
    expect(await runner.locate('oc')).toBe(path.join(bin, 'oc'));
    const oc = await runner.run('oc', ['version', '--client']);
    expect(oc).toMatchObject({
      exitCode: 0,
      notFound: false,
      stdout: 'Client Version: 4.17.10\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\n',
    });
  });

  it('passes arguments as an array, never through a shell', async () => {
    const bin = binWith('oc');
    const runner = createProcessRunner({ PATH: bin });
    // With a shell, "; echo pwned" would run; as one argument it is just an unknown oc argument.
    const result = await runner.run('oc', ['version; echo pwned', '--client']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain('pwned');
  });
});

describe('doctor with stand-ins', () => {
  it('finds the stand-ins, reads their versions and warns about the older oc', async () => {
    const bin = binWith('openshift-install', 'oc', 'ssh-keygen', 'ssh');
    const ctx = captureContext();
    const code = await doctorCommand(
      { ocpVersion: '4.18', json: true },
      ctx,
      createProcessRunner({ PATH: bin }),
    );
    expect(code).toBe(0);
    const report = JSON.parse(ctx.out.join(''));
    expect(report.ok).toBe(true);
    expect(report.tools).toEqual([
      {
        name: 'openshift-install',
        found: true,
        version: '4.18.3',
        path: path.join(bin, 'openshift-install'),
        status: 'ok',
        message: 'installs OpenShift 4.18.3 (release architecture amd64).',
      },
      expect.objectContaining({ name: 'oc', found: true, version: '4.17.10', status: 'warning' }),
      expect.objectContaining({ name: 'ssh-keygen', found: true, version: '9.6p1', status: 'ok' }),
    ]);
  });

  it('exits 3 (an external tool failed) when a needed tool is not on PATH', async () => {
    const bin = binWith('oc', 'ssh-keygen');
    const ctx = captureContext();
    const code = await doctorCommand({ ocpVersion: '4.17' }, ctx, createProcessRunner({ PATH: bin }));
    expect(code).toBe(3);
    expect(ctx.out.join('')).toMatch(/openshift-install\s+missing/);
  });
});

describe('verify with the stand-in installer', () => {
  it('accepts a good config, discards the manifests and leaves DIR byte-identical', async () => {
    const bin = binWith('openshift-install');
    const dir = planFolder(CONFIG);
    const before = snapshot(dir);
    const tmpRoot = mkdtempSync(path.join(work, 'tmp-'));
    const result = await verifyInstallConfig(createProcessRunner({ PATH: bin }), dir, {
      timeoutSeconds: 30,
      tmpRoot,
    });
    expect(result).toMatchObject({ valid: true, exitCode: 0, findings: [] });
    expect(result.manifests).toEqual([
      'manifests/cluster-config.yaml',
      'openshift/99_openshift-cluster-api_master-machines-0.yaml',
    ]);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('reports the fatal line of a rejected config, exit 1, DIR unchanged', async () => {
    const bin = binWith('openshift-install');
    const dir = planFolder(`${CONFIG}# FAILME\n`);
    const before = snapshot(dir);
    const ctx = captureContext();
    const code = await verifyCommand(dir, { json: true }, ctx, createProcessRunner({ PATH: bin }));
    expect(code).toBe(1);
    const parsed = JSON.parse(ctx.out.join(''));
    expect(parsed.valid).toBe(false);
    expect(parsed.exitCode).toBe(1);
    expect(parsed.findings).toEqual([
      { severity: 'error', message: 'stand-in error line before the fatal one' },
      {
        severity: 'error',
        message:
          'failed to fetch Master Machines: failed to load asset "Install Config": failed to create install config: invalid "install-config.yaml" file: invalid install-config',
      },
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('rejects a config without apiVersion: v1 and passes warnings through', async () => {
    const bin = binWith('openshift-install');
    const dir = planFolder('baseDomain: example.com\n# WARNME\n');
    const result = await verifyInstallConfig(createProcessRunner({ PATH: bin }), dir, {
      timeoutSeconds: 30,
      tmpRoot: work,
    });
    expect(result.valid).toBe(false);
    expect(result.findings[0]).toEqual({
      severity: 'warning',
      message: 'stand-in warning: the WARNME marker is present',
    });
  });

  it('stops an installer that outlives the time limit (ToolError) and still cleans up', async () => {
    const bin = binWith('openshift-install');
    const dir = planFolder(`${CONFIG}# SLEEPME\n`);
    const tmpRoot = mkdtempSync(path.join(work, 'tmp-'));
    const started = Date.now();
    await expect(
      verifyInstallConfig(createProcessRunner({ PATH: bin }), dir, { timeoutSeconds: 1, tmpRoot }),
    ).rejects.toThrow(/did not finish within 1 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('is a ToolError with download places when openshift-install is not on PATH', async () => {
    const bin = binWith('oc');
    const dir = planFolder(CONFIG);
    const promise = verifyCommand(dir, {}, captureContext(), createProcessRunner({ PATH: bin }));
    await expect(promise).rejects.toBeInstanceOf(ToolError);
    await expect(promise).rejects.toThrow(/mirror\.openshift\.com\/pub\/openshift-v4\/clients\/ocp\//);
  });
});
