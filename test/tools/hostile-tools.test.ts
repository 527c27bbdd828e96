/**
 * verify and doctor against hostile fake tools: programs that leave children holding their output, ignore SIGTERM,
 * quote the config's secrets back, or print terminal escapes. Each fake is a small bash script on a private PATH.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/commands/doctor.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { CancelledError, UsageError } from '../../src/errors.js';
import { createProcessRunner } from '../../src/tools/process-runner.js';
import { parseTimeoutSeconds, verifyInstallConfig } from '../../src/tools/verify.js';
import { captureContext } from './fakes.js';

const work = mkdtempSync(path.join(tmpdir(), 'hostile-tools-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const AUTH = Buffer.from('leakuser:PULLSECRETMARKER_q8Zr').toString('base64');
const CONFIG = [
  'apiVersion: v1',
  'baseDomain: example.com',
  'metadata:',
  '  name: prod',
  'platform:',
  '  vsphere:',
  '    vcenters:',
  '    - server: vc.example.com',
  '      user: admin',
  '      password: "VSPHEREPWMARKER_7Yt"',
  'proxy:',
  '  httpProxy: http://proxyuser:PROXYPW_SECRET@10.90.0.2:3128',
  `pullSecret: '{"auths":{"quay.io":{"auth":"${AUTH}"}}}'`,
  '',
].join('\n');

let counter = 0;
/** A PATH folder with one fake program made of `body` (bash). */
function fake(name: string, body: string): string {
  const bin = path.join(work, `bin-${counter++}`);
  mkdirSync(bin);
  writeFileSync(path.join(bin, name), `#!/bin/bash\n${body}\n`);
  chmodSync(path.join(bin, name), 0o755);
  return bin;
}

function planDir(): { dir: string; tmpRoot: string } {
  const dir = path.join(work, `plan-${counter++}`);
  const tmpRoot = path.join(work, `tmp-${counter++}`);
  mkdirSync(dir);
  mkdirSync(tmpRoot);
  writeFileSync(path.join(dir, 'install-config.yaml'), CONFIG, { mode: 0o600 });
  return { dir, tmpRoot };
}

/** Still running: it exists and is not a zombie (a killed orphan may wait to be reaped by PID 1). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
};

describe('time limits hold for the whole process group', () => {
  it('stops an installer whose background child holds its output, within the limit, and kills the child', async () => {
    const pidFile = path.join(work, 'child.pid');
    const bin = fake('openshift-install', `sleep 1000 &\necho $! > ${JSON.stringify(pidFile)}\nwait`);
    const { dir, tmpRoot } = planDir();
    const started = Date.now();
    await expect(
      verifyInstallConfig(createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }), dir, {
        timeoutSeconds: 2,
        tmpRoot,
      }),
    ).rejects.toThrow(/did not finish within 2 s/);
    expect(Date.now() - started).toBeLessThan(2000 + 1500);
    const child = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(child)).toBe(false);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('returns at once when the installer exits but leaves a long child behind, with the real exit code', async () => {
    const bin = fake(
      'openshift-install',
      'mkdir -p "$4/manifests"; touch "$4/manifests/a.yaml"\n(sleep 60) &\nexit 0',
    );
    const { dir, tmpRoot } = planDir();
    const started = Date.now();
    const result = await verifyInstallConfig(createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }), dir, {
      timeoutSeconds: 30,
      tmpRoot,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({ valid: true, exitCode: 0, manifests: ['manifests/a.yaml'] });
    expect(readdirSync(tmpRoot)).toEqual([]);
  });

  it('kills a program that ignores SIGTERM with SIGKILL after the grace period', async () => {
    const bin = fake('openshift-install', "trap '' TERM\nwhile :; do sleep 0.1; done");
    const { dir, tmpRoot } = planDir();
    const started = Date.now();
    await expect(
      verifyInstallConfig(createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }), dir, {
        timeoutSeconds: 1,
        tmpRoot,
      }),
    ).rejects.toThrow(/did not finish within 1 s/);
    expect(Date.now() - started).toBeLessThan(1000 + 5000 + 1500);
  }, 15_000);

  it('doctor reports an oc whose child keeps its output open as not answering, within its 10 s', async () => {
    const bin = fake('oc', 'sleep 30 &\nwait');
    const ctx = captureContext();
    const started = Date.now();
    const code = await doctorCommand(
      { ocpVersion: '4.18' },
      ctx,
      createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }),
    );
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(code).toBe(3);
    expect(ctx.out.join('')).toContain('oc: found, but `oc version --client` did not answer within 10 s.');
  }, 20_000);
});

describe('Ctrl-C and SIGTERM during verify', () => {
  it('is a CancelledError (exit 130), the installer stopped and the secret copy removed', async () => {
    const bin = fake('openshift-install', 'exec sleep 1001');
    const { dir, tmpRoot } = planDir();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    await expect(
      verifyInstallConfig(createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }), dir, {
        timeoutSeconds: 300,
        tmpRoot,
        cancelSignal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });
});

describe('what verify prints is masked and inert', () => {
  it('masks the pull secret, its auth, the vCenter and proxy passwords the installer quotes back, in --json too', async () => {
    const bin = fake(
      'openshift-install',
      'echo "level=error msg=\\"failed to parse install-config: $(grep -E \'pullSecret|password|Proxy\' "$4/install-config.yaml" | tr \'\\n\' \' \' | sed \'s/"/\\\\"/g\')\\"" >&2\nexit 1',
    );
    const { dir } = planDir();
    const ctx = captureContext();
    const code = await verifyCommand(
      dir,
      { json: true },
      ctx,
      createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }),
    );
    expect(code).toBe(1);
    const out = ctx.out.join('') + ctx.err.join('');
    expect(out).toContain('<secret masked>');
    expect(out).not.toMatch(/VSPHEREPWMARKER_7Yt|PULLSECRETMARKER|PROXYPW_SECRET/);
    expect(out).not.toContain(AUTH);
  });

  it('shows a tool’s terminal escapes as visible text', async () => {
    const bin = fake(
      'openshift-install',
      `printf 'level=error msg="\\x1b]0;OWNED\\x07\\x1b[31mred\\x1b[0m"\\n' >&2\nexit 1`,
    );
    const { dir } = planDir();
    const ctx = captureContext();
    await verifyCommand(dir, {}, ctx, createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }));
    const text = ctx.out.join('');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('\\x1b]0;OWNED\\x07\\x1b[31mred\\x1b[0m');
  });
});

describe('verify’s inputs and claims', () => {
  it('takes --timeout-seconds as a whole number of seconds that a timer can hold, quoting what was typed', () => {
    expect(parseTimeoutSeconds('2147483')).toBe(2147483);
    expect(parseTimeoutSeconds(undefined)).toBe(300);
    for (const typed of ['2147484', '3000000', '', '0', '-1', 'abc', '1e400', '1.5', ' 5']) {
      expect(() => parseTimeoutSeconds(typed)).toThrow(UsageError);
      expect(() => parseTimeoutSeconds(typed)).toThrow(`not "${typed}"`);
    }
  });

  it('refuses an install-config.yaml that is a symbolic link, a FIFO, a folder or /dev/zero', async () => {
    const runner = createProcessRunner({ PATH: fake('openshift-install', 'exit 0') });
    const cases: [string, (file: string) => void, RegExp][] = [
      ['link', (file) => symlinkSync('/etc/passwd', file), /symbolic link/],
      ['fifo', (file) => execFileSync('mkfifo', [file]), /named pipe/],
      ['folder', (file) => mkdirSync(file), /folder/],
      ['zero', (file) => symlinkSync('/dev/zero', file), /symbolic link/],
    ];
    for (const [, plant, message] of cases) {
      const dir = path.join(work, `bad-${counter++}`);
      mkdirSync(dir);
      plant(path.join(dir, 'install-config.yaml'));
      await expect(verifyInstallConfig(runner, dir, { timeoutSeconds: 5, tmpRoot: work })).rejects.toThrow(
        message,
      );
    }
  });

  it('removes a temporary tree the installer left unwritable, and does not count or follow a manifests link', async () => {
    const outside = path.join(work, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'keep.yaml'), 'keep\n');
    const bin = fake(
      'openshift-install',
      `mkdir -p "$4/openshift/locked"; touch "$4/openshift/locked/x"; chmod 000 "$4/openshift/locked"\nln -s ${JSON.stringify(outside)} "$4/manifests"\nexit 0`,
    );
    const { dir, tmpRoot } = planDir();
    const result = await verifyInstallConfig(createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }), dir, {
      timeoutSeconds: 10,
      tmpRoot,
    });
    expect(result.manifests).toEqual([]);
    expect(readdirSync(tmpRoot)).toEqual([]);
    expect(existsSync(path.join(outside, 'keep.yaml'))).toBe(true);
  });

  it('says DIR was not changed only after comparing its files, and names the files an installer changed', async () => {
    const bin = fake('openshift-install', 'echo tampered >> "$OCP_TARGET/checklist.md"\nexit 0');
    const { dir, tmpRoot } = planDir();
    writeFileSync(path.join(dir, 'checklist.md'), '# checklist\n');
    const runner = createProcessRunner({ PATH: `${bin}:/usr/bin:/bin`, OCP_TARGET: dir });
    const result = await verifyInstallConfig(runner, dir, { timeoutSeconds: 10, tmpRoot });
    expect(result.dirUnchanged).toBe(false);
    expect(result.dirChanged).toEqual(['checklist.md']);
    const clean = await verifyInstallConfig(
      createProcessRunner({ PATH: `${fake('openshift-install', 'exit 0')}:/usr/bin:/bin` }),
      dir,
      { timeoutSeconds: 10, tmpRoot },
    );
    expect(clean).toMatchObject({ dirUnchanged: true, dirChanged: [] });
  });

  it('speaks Korean with --lang ko', async () => {
    const bin = fake('openshift-install', 'exit 0');
    const { dir } = planDir();
    const ctx = captureContext({ lang: 'ko' });
    await verifyCommand(dir, {}, ctx, createProcessRunner({ PATH: `${bin}:/usr/bin:/bin` }));
    expect(ctx.out.join('')).toContain('설치 프로그램이 install-config.yaml을 받아들이고');
    expect(ctx.out.join('')).toContain('바뀌지 않았습니다');
  });
});
