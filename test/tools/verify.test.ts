import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/commands/verify.js';
import { ToolError, UsageError } from '../../src/errors.js';
import { verifyInstallConfig } from '../../src/tools/verify.js';
import { captureContext, fakeRunner } from './fakes.js';

const CONFIG = 'apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: prod\n';

let work: string;
let planDir: string;
let tmpRoot: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'verify-unit-'));
  planDir = path.join(work, 'prod-plan');
  tmpRoot = path.join(work, 'tmp');
  mkdirSync(planDir);
  mkdirSync(tmpRoot);
  writeFileSync(path.join(planDir, 'install-config.yaml'), CONFIG);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** An installer that records what it saw in --dir while it ran. */
function recordingInstaller(answer: { exitCode?: number; stderr?: string; timedOut?: boolean }) {
  const seen: { dir?: string; config?: string; mode?: number } = {};
  const runner = fakeRunner({
    'openshift-install': (args) => {
      const dir = args[3] ?? '';
      seen.dir = dir;
      seen.config = readFileSync(path.join(dir, 'install-config.yaml'), 'utf8');
      return { exitCode: answer.exitCode, stderr: answer.stderr ?? '', timedOut: answer.timedOut ?? false };
    },
  });
  return { runner, seen };
}

describe('verifyInstallConfig', () => {
  it('runs create manifests on a copy in a fresh temporary folder and removes it afterwards', async () => {
    const { runner, seen } = recordingInstaller({
      exitCode: 0,
      stderr: 'level=info msg="Manifests created"\n',
    });
    const result = await verifyInstallConfig(runner, planDir, { timeoutSeconds: 300, tmpRoot });
    expect(result).toMatchObject({ valid: true, exitCode: 0, findings: [] });
    const call = runner.calls[0];
    expect(call?.file).toBe('openshift-install');
    expect(call?.args.slice(0, 3)).toEqual(['create', 'manifests', '--dir']);
    expect(path.dirname(seen.dir ?? '')).toBe(tmpRoot);
    expect(seen.dir).not.toBe(planDir);
    expect(seen.config).toBe(CONFIG);
    // 300 s in milliseconds, the default limit of the brief.
    expect(call?.options.timeoutMs).toBe(300_000);
    expect(readdirSync(tmpRoot)).toEqual([]);
    expect(readFileSync(path.join(planDir, 'install-config.yaml'), 'utf8')).toBe(CONFIG);
  });

  it('turns level=error and level=fatal lines into errors and exits invalid', async () => {
    const { runner } = recordingInstaller({
      exitCode: 1,
      stderr: [
        'time="2026-01-05T10:00:00Z" level=info msg="Consuming Install Config from target directory"',
        'time="2026-01-05T10:00:00Z" level=warning msg="Release Image Architecture not detected"',
        'time="2026-01-05T10:00:01Z" level=fatal msg="failed to fetch Master Machines: failed to load asset \\"Install Config\\": invalid install-config"',
      ].join('\n'),
    });
    const result = await verifyInstallConfig(runner, planDir, { timeoutSeconds: 300, tmpRoot });
    expect(result.valid).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.findings).toEqual([
      { severity: 'warning', message: 'Release Image Architecture not detected' },
      {
        severity: 'error',
        message:
          'failed to fetch Master Machines: failed to load asset "Install Config": invalid install-config',
      },
    ]);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('keeps the last words of an installer that fails without an error line', async () => {
    const { runner } = recordingInstaller({
      exitCode: 2,
      stderr: 'panic: runtime error: index out of range\n',
    });
    const result = await verifyInstallConfig(runner, planDir, { timeoutSeconds: 300, tmpRoot });
    expect(result.findings).toEqual([
      {
        severity: 'error',
        message: 'openshift-install exited with code 2: panic: runtime error: index out of range',
      },
    ]);
  });

  it('is a ToolError naming where to get the installer when it is not on PATH, and cleans up', async () => {
    const promise = verifyInstallConfig(fakeRunner({}), planDir, { timeoutSeconds: 300, tmpRoot });
    await expect(promise).rejects.toBeInstanceOf(ToolError);
    await expect(promise).rejects.toThrow('https://mirror.openshift.com/pub/openshift-v4/clients/ocp/');
    await expect(promise).rejects.toThrow('console.redhat.com/openshift/downloads');
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('is a ToolError when the installer outlives the time limit', async () => {
    const { runner } = recordingInstaller({ timedOut: true });
    await expect(verifyInstallConfig(runner, planDir, { timeoutSeconds: 5, tmpRoot })).rejects.toThrow(
      /did not finish within 5 s/,
    );
    expect(runner.calls[0]?.options.timeoutMs).toBe(5000);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('is a UsageError for a folder without install-config.yaml, a missing folder or a file', async () => {
    rmSync(path.join(planDir, 'install-config.yaml'));
    const runner = fakeRunner({ 'openshift-install': {} });
    await expect(verifyInstallConfig(runner, planDir, { timeoutSeconds: 300, tmpRoot })).rejects.toThrow(
      /has no install-config\.yaml/,
    );
    await expect(
      verifyInstallConfig(runner, path.join(work, 'nowhere'), { timeoutSeconds: 300, tmpRoot }),
    ).rejects.toBeInstanceOf(UsageError);
    writeFileSync(path.join(work, 'file.yaml'), CONFIG);
    await expect(
      verifyInstallConfig(runner, path.join(work, 'file.yaml'), { timeoutSeconds: 300, tmpRoot }),
    ).rejects.toBeInstanceOf(UsageError);
    // Nothing ran and no temporary folder was made.
    expect(runner.calls).toEqual([]);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });
});

describe('verifyCommand', () => {
  it('prints {dir, valid, findings, exitCode} on stdout with --json and exits 1 when rejected', async () => {
    const { runner } = recordingInstaller({
      exitCode: 1,
      stderr: 'level=error msg="platform.aws.region: Required value"\n',
    });
    const ctx = captureContext({ cwd: work });
    const code = await verifyCommand('prod-plan', { json: true }, ctx, runner);
    expect(code).toBe(1);
    expect(ctx.err).toEqual([]);
    const parsed = JSON.parse(ctx.out.join(''));
    expect(parsed).toMatchObject({
      dir: 'prod-plan',
      valid: false,
      exitCode: 1,
      findings: [{ severity: 'error', message: 'platform.aws.region: Required value' }],
    });
  });

  it('groups findings for a person on stdout and exits 0 when accepted', async () => {
    const { runner } = recordingInstaller({
      exitCode: 0,
      stderr: 'level=warning msg="a deprecated field"\n',
    });
    const ctx = captureContext({ cwd: work });
    const code = await verifyCommand(planDir, {}, ctx, runner);
    expect(code).toBe(0);
    const text = ctx.out.join('');
    expect(text).toContain('Warnings (1):');
    expect(text).toContain('a deprecated field');
    expect(text).toContain('was not changed');
    expect(text).not.toContain('\r');
  });

  it('shows a spinner only in an interactive terminal, and stops it', async () => {
    const { runner } = recordingInstaller({ exitCode: 0 });
    const ctx = captureContext({ cwd: work, interactive: true });
    await verifyCommand(planDir, {}, ctx, runner);
    const text = ctx.err.join('');
    expect(text).toContain('openshift-install create manifests …');
    // Cleared with carriage return + erase-line before the report.
    expect(text).toContain('\r\u001b[K');
    const written = ctx.err.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ctx.err.length).toBe(written);
  });

  it('rejects a time limit that is not a positive number', async () => {
    const runner = fakeRunner({ 'openshift-install': {} });
    await expect(
      verifyCommand(planDir, { timeoutSeconds: 0 }, captureContext(), runner),
    ).rejects.toBeInstanceOf(UsageError);
    expect(existsSync(path.join(planDir, 'install-config.yaml'))).toBe(true);
  });
});
