/**
 * The built CLI against hostile files, signals and concurrent runs: every probe ends, gets the
 * exit code of the command-line contract, and leaves no secret outside install-config.yaml.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { CLI, runCli, tempDir } from '../e2e/run-cli.js';
import { ROOT, SCENARIOS } from '../helpers/answers.js';
import { MARKERS, markedFiles } from '../io/plan-fixture.js';

const work = tempDir('ocp-planner-hostile-');
const files = markedFiles();
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

/** The bundled scenarios, copied beside a `files/` folder of marker secrets. */
cpSync(files, path.join(work, 'files'), { recursive: true });
for (const name of listScenarioNames(ROOT))
  cpSync(path.join(SCENARIOS, `${name}.yaml`), path.join(work, `${name}.yaml`));
writeFileSync(path.join(work, 'files', 'bmc.yaml'), 'username: root\npassword: "BMCPWMARKER_9Qw"\n', {
  mode: 0o600,
});
writeFileSync(path.join(work, 'files', 'nutanix.yaml'), 'username: admin\npassword: "PRISMPWMARKER_3Kd"\n', {
  mode: 0o600,
});
const SECRETS = [
  MARKERS.pullAuth,
  'PULLSECRETMARKER',
  MARKERS.vsphere,
  'BMCPWMARKER_9Qw',
  'PRISMPWMARKER_3Kd',
];

/** Files of `dir` (recursively) that hold a marker secret. */
function leaks(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => {
      const file = path.join(dir, name);
      try {
        const text = readFileSync(file, 'utf8');
        return SECRETS.some((secret) => text.includes(secret));
      } catch {
        return false;
      }
    })
    .sort();
}

/** Starts the built CLI, waits `delayMs`, sends `signal`, and resolves with its exit code and stderr. */
function signalled(
  args: string[],
  signal: NodeJS.Signals,
  delayMs: number,
  env: Record<string, string> = {},
) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, NO_COLOR: '1', LANG: 'C', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    setTimeout(() => child.kill(signal), delayMs);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('no secret outside install-config.yaml, for every bundled scenario', () => {
  it.each(listScenarioNames(ROOT))(
    '%s: plan, plan --json, recommend --json, plan --check, validate --json',
    async (name) => {
      const out = path.join(work, `out-${name}`);
      const plan = await runCli([
        'plan',
        '--answers',
        path.join(work, `${name}.yaml`),
        '--out',
        out,
        '--json',
      ]);
      expect(plan.code, plan.stderr).toBe(0);
      expect(leaks(out).filter((f) => f !== 'install-config.yaml')).toEqual([]);
      const recommend = await runCli(['recommend', '--answers', path.join(work, `${name}.yaml`), '--json']);
      const validate = await runCli(['validate', path.join(out, 'install-config.yaml'), '--json']);
      const config = path.join(out, 'install-config.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replaceAll(MARKERS.pullAuth, 'b2xkOk9MRA=='));
      const check = await runCli([
        'plan',
        '--answers',
        path.join(out, 'answers.yaml'),
        '--out',
        out,
        '--check',
      ]);
      expect(check.code).toBe(existsSync(config) && readFileSync(config, 'utf8').includes('b2xk') ? 1 : 0);
      for (const result of [plan, recommend, validate, check]) {
        for (const secret of SECRETS) expect(result.stdout + result.stderr).not.toContain(secret);
      }
      // The old pull secret of a stale install-config.yaml is masked too.
      expect(check.stdout).not.toContain('b2xkOk9MRA==');
    },
  );
});

describe('hostile files end at once with exit 2', () => {
  it('refuses a FIFO as --answers, as the pull secret, and to validate, without waiting for a writer', async () => {
    const fifo = path.join(work, 'answers.fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const answers = await runCli([
      'plan',
      '--answers',
      fifo,
      '--out',
      path.join(work, 'o-fifo'),
      '--non-interactive',
    ]);
    expect(answers.code).toBe(2);
    expect(answers.stderr).toContain('is a named pipe (FIFO), not a regular file');
    const validate = await runCli(['validate', fifo]);
    expect(validate.code).toBe(2);
    execFileSync('mkfifo', [path.join(work, 'files', 'ps.fifo')]);
    writeFileSync(
      path.join(work, 'vs-fifo.yaml'),
      readFileSync(path.join(work, 'vsphere-ipi-ha.yaml'), 'utf8').replace(
        './files/pull-secret.json',
        './files/ps.fifo',
      ),
    );
    const secret = await runCli([
      'plan',
      '--answers',
      path.join(work, 'vs-fifo.yaml'),
      '--out',
      path.join(work, 'o2'),
    ]);
    expect(secret.code, secret.stderr).toBe(2);
    expect(secret.stderr).toContain('secrets.pullSecretFile');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses /dev/stdin from a pipe and /dev/zero', () => {
    const piped = spawn('bash', [
      '-c',
      `echo 'apiVersion: v1' | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} validate /dev/stdin`,
    ]);
    return new Promise<void>((resolve) => {
      piped.on('exit', async (code) => {
        expect(code).toBe(2);
        expect((await runCli(['validate', '/dev/zero'])).code).toBe(2);
        resolve();
      });
    });
  });
});

describe('signals', () => {
  it('SIGTERM and SIGHUP during verify exit 130 and remove the secret copy', async () => {
    const bin = path.join(work, 'bin-exec');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'openshift-install'), '#!/bin/bash\nexec sleep 1001\n');
    chmodSync(path.join(bin, 'openshift-install'), 0o755);
    const plan = path.join(work, 'verify-plan');
    expect(
      (await runCli(['plan', '--answers', path.join(work, 'vsphere-ipi-ha.yaml'), '--out', plan])).code,
    ).toBe(0);
    for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
      const tmp = path.join(work, `tmp-${signal}`);
      mkdirSync(tmp);
      const result = await signalled(['verify', plan], signal, 1500, {
        PATH: `${bin}:${process.env.PATH}`,
        TMPDIR: tmp,
      });
      expect(result.code, `${signal}: ${result.stderr}`).toBe(130);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });
});

describe('concurrent runs and file-system errors', () => {
  it('of two plain runs started together, one writes and the other is refused with exit 2', async () => {
    const out = path.join(work, 'race');
    const answers = path.join(work, 'vsphere-ipi-ha.yaml');
    const [a, b] = await Promise.all([
      runCli(['plan', '--answers', answers, '--out', out]),
      runCli(['plan', '--answers', answers, '--out', out]),
    ]);
    expect([a.code, b.code].sort()).toEqual([0, 2]);
    expect(readdirSync(out)).not.toContain('.ocp-planner.lock');
  });

  it('gives exit 2 with a sentence for paths that cannot be plan folders, never "internal error"', async () => {
    const answers = path.join(work, 'vsphere-ipi-ha.yaml');
    writeFileSync(path.join(work, 'afile'), 'x');
    symlinkSync(path.join(work, 'nowhere', 't'), path.join(work, 'dangling'));
    symlinkSync('l2', path.join(work, 'l1'));
    symlinkSync('l1', path.join(work, 'l2'));
    const cases: [string, RegExp][] = [
      [path.join(work, 'afile', 'sub'), /a part of the path is not a folder/],
      [path.join(work, 'x'.repeat(300)), /the name is too long/],
      [path.join(work, 'dangling'), /does not exist/],
      [path.join(work, 'l1'), /symbolic links form a loop/],
      ['~', /literal ~/],
    ];
    for (const [out, message] of cases) {
      const result = await runCli(['plan', '--answers', answers, '--out', out]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain('internal error');
    }
  });

  it('--check in another locale compares in the language the plan was written in', async () => {
    const out = path.join(work, 'lang');
    expect(
      (
        await runCli([
          'plan',
          '--answers',
          path.join(work, 'vsphere-ipi-ha.yaml'),
          '--out',
          out,
          '--lang',
          'ko',
        ])
      ).code,
    ).toBe(0);
    const check = await runCli(
      ['plan', '--answers', path.join(out, 'answers.yaml'), '--out', out, '--check'],
      {
        env: { LANG: 'en_US.UTF-8' },
      },
    );
    expect(check.code, check.stdout).toBe(0);
    expect(readFileSync(path.join(out, 'checklist.md'), 'utf8')).toMatch(/[\uAC00-\uD7A3]/);
  });
});
