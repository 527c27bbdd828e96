/** `ocp-planner check [ROOT]`: a fleet of plan folders checked in one process (the command-line contract). */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleCpus, threadsAsked, threadsFor } from '../../src/commands/check.js';
import { runCli, tempDir } from '../e2e/run-cli.js';
import { FILES, SCENARIOS } from '../helpers/answers.js';

const repo = tempDir('ocp-planner-fleet-');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const CLUSTERS = ['aws-ipi-ha', 'vsphere-ipi-ha', 'baremetal-upi-ha', 'none-upi-sno'];

beforeAll(async () => {
  // A repository as CI checks it out: answers and plans committed, secrets and install-config.yaml absent.
  cpSync(FILES, path.join(repo, 'files'), { recursive: true });
  for (const name of CLUSTERS) {
    cpSync(path.join(SCENARIOS, `${name}.yaml`), path.join(repo, `${name}.yaml`));
    const result = await runCli(['plan', '--answers', `${name}.yaml`, '--out', `clusters/${name}`], {
      cwd: repo,
    });
    expect(result.code, result.stderr).toBe(0);
    rmSync(path.join(repo, 'clusters', name, 'install-config.yaml'));
  }
  for (const secret of ['pull-secret.json', 'vsphere.yaml', 'bmc.yaml'])
    rmSync(path.join(repo, 'files', secret));
});

describe('check', () => {
  it('exits 0 when every plan folder is up to date, one line per folder on stdout', async () => {
    const result = await runCli(['check'], { cwd: repo });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(
      [...CLUSTERS].sort().map((name) => `ok       clusters/${name}/`),
    );
    expect(result.stderr).toContain('checked 4 plan folders: 4 up to date, 0 differ, 0 invalid, 0 unusable.');
  });

  it('exits 1 with the diffs of a stale folder, named from ROOT, and still reports the others', async () => {
    const answers = path.join(repo, 'clusters', 'aws-ipi-ha', 'answers.yaml');
    const original = readFileSync(answers, 'utf8');
    writeFileSync(answers, original.replace('computeReplicas: 3', 'computeReplicas: 4'));
    try {
      const result = await runCli(['check', '.'], { cwd: repo });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^differs {2}clusters\/aws-ipi-ha\/ \(3 files\)$/m);
      expect(result.stdout).toContain('--- a/clusters/aws-ipi-ha/plan.json');
      expect(result.stdout).toMatch(/^ok {7}clusters\/vsphere-ipi-ha\/$/m);
      const json = JSON.parse((await runCli(['check', '--json'], { cwd: repo })).stdout);
      expect(json.find((r: { folder: string }) => r.folder === 'clusters/aws-ipi-ha/')).toEqual({
        folder: 'clusters/aws-ipi-ha/',
        status: 'differs',
        files: [
          'clusters/aws-ipi-ha/checklist.md',
          'clusters/aws-ipi-ha/checklist.html',
          'clusters/aws-ipi-ha/plan.json',
        ],
      });
    } finally {
      writeFileSync(answers, original);
    }
  });

  it('exits 2 for a folder it cannot check, reports the rest, and never follows links or searches node_modules', async () => {
    const broken = path.join(repo, 'clusters', 'broken');
    mkdirSync(broken);
    writeFileSync(
      path.join(broken, 'answers.yaml'),
      '# ocp-planner answers (format version 1)\nclusterName: [\n',
    );
    const linked = path.join(repo, 'clusters', 'linked');
    mkdirSync(linked);
    symlinkSync('../vsphere-ipi-ha/answers.yaml', path.join(linked, 'answers.yaml'));
    symlinkSync('clusters', path.join(repo, 'loop'));
    mkdirSync(path.join(repo, 'node_modules', 'x'), { recursive: true });
    cpSync(
      path.join(repo, 'clusters', 'aws-ipi-ha', 'answers.yaml'),
      path.join(repo, 'node_modules', 'x', 'answers.yaml'),
    );
    try {
      const result = await runCli(['check'], { cwd: repo });
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(
        /^unusable clusters\/broken\/: clusters\/broken\/answers\.yaml is not valid YAML/m,
      );
      expect(result.stdout).toMatch(/^unusable clusters\/linked\/: answers\.yaml is a symbolic link/m);
      expect(result.stdout).not.toContain('loop/');
      expect(result.stdout).not.toContain('node_modules');
      expect(result.stdout.match(/^ok /gm)).toHaveLength(4);
    } finally {
      for (const dir of [broken, linked, path.join(repo, 'loop'), path.join(repo, 'node_modules')]) {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('exits 2 when ROOT holds no plan folder or is not a folder', async () => {
    const empty = tempDir('ocp-planner-empty-');
    const none = await runCli(['check', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no plan folders under');
    expect((await runCli(['check', path.join(repo, 'aws-ipi-ha.yaml')])).code).toBe(2);
    rmSync(empty, { recursive: true });
  });

  it('speaks Korean with --lang ko and compares each plan in the language it was written in', async () => {
    const result = await runCli(['check', '--lang', 'ko'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('최신');
    expect(result.stderr).toContain('계획 폴더 4개를 확인했습니다');
  });

  it('reports a fleet large enough for worker threads in folder order, the stale folder among them', async () => {
    const fleet = tempDir('ocp-planner-fleet-many-');
    cpSync(path.join(repo, 'files'), path.join(fleet, 'files'), { recursive: true });
    // Copies at the same depth keep the answers' relative file paths; each copy is a plan folder of its own.
    const names = Array.from({ length: 60 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    for (const name of names)
      cpSync(path.join(repo, 'clusters', 'none-upi-sno'), path.join(fleet, 'clusters', name), {
        recursive: true,
      });
    const stale = path.join(fleet, 'clusters', 'c31', 'checklist.md');
    writeFileSync(stale, `${readFileSync(stale, 'utf8')}extra line\n`);
    // A committed link in one folder: however the files are read (this thread, workers, a reading thread), never followed.
    const secret = path.join(fleet, 'docker-config.json');
    writeFileSync(secret, '{"auths":{"ghcr.io":{"auth":"CI_REGISTRY_TOKEN_SECRET"}}}\n');
    const linked = path.join(fleet, 'clusters', 'c07', 'plan.json');
    rmSync(linked);
    symlinkSync(secret, linked);
    // One thread, then three (two of them workers, which only the built CLI starts): the same report.
    const result = await runCli(['check'], { cwd: fleet, env: { OCP_PLANNER_CHECK_THREADS: '1' } });
    const threaded = await runCli(['check'], { cwd: fleet, env: { OCP_PLANNER_CHECK_THREADS: '3' } });
    const measured = await runCli(['check'], { cwd: fleet });
    rmSync(fleet, { recursive: true, force: true });
    expect(threaded).toEqual(result);
    expect(measured).toEqual(result);
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => /^(ok|differs) /.test(l));
    expect(lines).toEqual(
      names.map((name) =>
        name === 'c31' || name === 'c07'
          ? `differs  clusters/${name}/ (1 file)`
          : `ok       clusters/${name}/`,
      ),
    );
    for (const run of [result, threaded, measured])
      expect(run.stdout).not.toContain('CI_REGISTRY_TOKEN_SECRET');
    expect(result.stdout).toContain('plan.json is a symbolic link; plan files are regular files');
    expect(result.stdout).toContain('+++ b/clusters/c31/checklist.md');
    expect(result.stdout).toContain('-extra line');
    expect(result.stderr).toContain(
      'checked 60 plan folders: 58 up to date, 2 differ, 0 invalid, 0 unusable.',
    );
  });
});

describe('OCP_PLANNER_CHECK_THREADS', () => {
  it('asks for a number of threads, and a value that is not one is a usage error naming the variable', async () => {
    expect(threadsAsked({}, 'en')).toBeUndefined();
    expect(threadsAsked({ OCP_PLANNER_CHECK_THREADS: '2' }, 'en')).toBe(2);
    for (const value of ['0', 'two', '1.5', '65', '-1']) {
      expect(() => threadsAsked({ OCP_PLANNER_CHECK_THREADS: value }, 'en'), value).toThrow(
        `OCP_PLANNER_CHECK_THREADS is "${value}": give a whole number of threads from 1 to 64`,
      );
    }
    const result = await runCli(['check'], { cwd: repo, env: { OCP_PLANNER_CHECK_THREADS: 'all' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('OCP_PLANNER_CHECK_THREADS is "all"');
    expect(result.stdout).toBe('');
  });
});

describe('threadsFor', () => {
  const quiet = { usable: 4, idle: 3 };
  it('uses a thread per CPU and a half that the machine leaves idle, at most four', () => {
    expect(threadsFor(200, quiet)).toBe(2);
    expect(threadsFor(200, { usable: 16, idle: 15 })).toBe(4);
    expect(threadsFor(200, { usable: 6, idle: 5 })).toBe(4);
  });
  it('keeps to one thread on two CPUs: V8 optimises on the second while this thread checks', () => {
    expect(threadsFor(200, { usable: 2, idle: 1 })).toBe(1);
    expect(threadsFor(200, { usable: 3, idle: 2 })).toBe(2);
  });
  it('adds a worker only for CPUs that stayed idle while this thread worked', () => {
    expect(threadsFor(200, { usable: 8, idle: 0 })).toBe(1);
    expect(threadsFor(200, { usable: 8, idle: 1.7 })).toBe(1);
    expect(threadsFor(200, { usable: 8, idle: 1.8 })).toBe(2);
    expect(threadsFor(200, { usable: 8, idle: 3.5 })).toBe(3);
  });
  it('checks a small fleet in this thread: a worker costs a start-up of its own', () => {
    expect(threadsFor(49, quiet)).toBe(1);
    expect(threadsFor(50, quiet)).toBe(2);
    expect(threadsFor(1, quiet)).toBe(1);
  });
  it('never starts more threads than the CPUs this process may use allow, however many are idle', () => {
    expect(threadsFor(200, { usable: 2, idle: 30 })).toBe(1);
    expect(threadsFor(200, { usable: 4, idle: 30 })).toBe(2);
  });
});

describe('idleCpus', () => {
  const cpu = (user: number, idle: number) => ({
    model: 'test',
    speed: 1000,
    times: { user, nice: 0, sys: 0, idle, irq: 0 },
  });
  it('sums the share of the window each CPU spent idle', () => {
    // CPU 0 busy the whole 100 ms, CPU 1 idle for 90 of them, CPU 2 idle for half.
    const before = [cpu(1000, 5000), cpu(1000, 5000), cpu(1000, 5000)];
    const after = [cpu(1100, 5000), cpu(1010, 5090), cpu(1050, 5050)];
    expect(idleCpus(before, after)).toBeCloseTo(1.4, 5);
  });
  it('counts a CPU the window did not reach (no ticks) as nothing, and a vanished CPU not at all', () => {
    expect(idleCpus([cpu(10, 10), cpu(10, 10)], [cpu(10, 10)])).toBe(0);
    expect(idleCpus([], [cpu(10, 20)])).toBe(0);
  });
});
