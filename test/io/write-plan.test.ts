import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_NAME, TEMP_PREFIX } from '../../src/io/gitignore.js';
import { writePlanFolder } from '../../src/io/write-plan.js';
import { markedFiles, render, scenarioPlan } from './plan-fixture.js';

const files = markedFiles();
const work = mkdtempSync(path.join(tmpdir(), 'write-plan-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

const upi = scenarioPlan('baremetal-upi-ha', files);
const artifactsFor = (dir: string) => render(upi, dir).output.artifacts;
const write = (dir: string, force = false) => writePlanFolder(dir, artifactsFor(dir), { force });
/** Every entry below dir, recursively, as relative paths. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('temporary files and the plan .gitignore', () => {
  it('leaves no temporary file and ignores the names it uses, whatever git is asked to stage', () => {
    const dir = path.join(work, 'gitignore');
    write(dir);
    expect(tree(dir).filter((name) => path.basename(name).startsWith(TEMP_PREFIX))).toEqual([]);
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const ignored = (name: string) => {
      try {
        execFileSync('git', ['check-ignore', '-q', name], { cwd: dir });
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('install-config.yaml')).toBe(true);
    expect(ignored(`${TEMP_PREFIX}1a2b3c4d-install-config.yaml`)).toBe(true);
    expect(ignored(`infra/dns/${TEMP_PREFIX}1a2b3c4d-named.conf.zones`)).toBe(true);
    expect(ignored(LOCK_NAME)).toBe(true);
    expect(ignored('checklist.md')).toBe(false);
  });

  it('removes temporary files a killed run left behind', () => {
    const dir = path.join(work, 'stale');
    write(dir);
    const stale = path.join(dir, `${TEMP_PREFIX}deadbeef-install-config.yaml`);
    writeFileSync(stale, 'pullSecret: LEFT_BY_KILL_9\n', { mode: 0o600 });
    write(dir, true);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('nothing is written outside the plan folder, even with --force', () => {
  it('refuses a symlinked sub-folder and leaves its target untouched', () => {
    const dir = path.join(work, 'linked');
    const victim = path.join(work, 'victim');
    mkdirSync(dir);
    mkdirSync(victim);
    writeFileSync(path.join(victim, 'haproxy.cfg'), '# production haproxy config\n');
    symlinkSync('../victim', path.join(dir, 'infra'));
    expect(() => write(dir, true)).toThrow(
      /infra in .* is a symbolic link; the plan writes only inside its folder/,
    );
    expect(readdirSync(victim)).toEqual(['haproxy.cfg']);
    expect(readFileSync(path.join(victim, 'haproxy.cfg'), 'utf8')).toBe('# production haproxy config\n');
    expect(readdirSync(dir)).toEqual(['infra']);
  });

  it('replaces file links and hard links planted at plan files instead of writing through them', () => {
    const dir = path.join(work, 'file-links');
    write(dir);
    const target = path.join(work, 'link-target');
    const hard = path.join(work, 'hard-target');
    writeFileSync(target, 'KEEP ME\n');
    writeFileSync(hard, 'KEEP ME TOO\n');
    rmSync(path.join(dir, 'checklist.md'));
    symlinkSync(target, path.join(dir, 'checklist.md'));
    rmSync(path.join(dir, 'infra', 'haproxy.cfg'));
    linkSync(hard, path.join(dir, 'infra', 'haproxy.cfg'));
    write(dir, true);
    expect(readFileSync(target, 'utf8')).toBe('KEEP ME\n');
    expect(readFileSync(hard, 'utf8')).toBe('KEEP ME TOO\n');
    expect(lstatSync(path.join(dir, 'checklist.md')).isFile()).toBe(true);
  });

  it('writes through --out itself when it is a link to a folder (the user asked for it)', () => {
    const real = path.join(work, 'real-out');
    mkdirSync(real);
    symlinkSync(real, path.join(work, 'out-link'));
    write(path.join(work, 'out-link'));
    expect(readdirSync(real)).toContain('answers.yaml');
  });
});

describe('one run at a time per folder', () => {
  it('refuses a folder another live run is writing, and takes over the lock of a dead one', () => {
    const dir = path.join(work, 'locked');
    mkdirSync(dir);
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dir, LOCK_NAME), `${sleeper.pid}\n`);
      expect(() => write(dir)).toThrow(`another ocp-planner (process ${sleeper.pid}) is writing ${dir}`);
      expect(readdirSync(dir)).toEqual([LOCK_NAME]);
    } finally {
      sleeper.kill('SIGKILL');
    }
    // A process id that no longer runs: the lock is stale (kill -9) and taken over.
    const gone = spawn('true');
    const pid = gone.pid;
    return new Promise<void>((resolve) => {
      gone.on('exit', () => {
        writeFileSync(path.join(dir, LOCK_NAME), `${pid}\n`);
        write(dir);
        expect(readdirSync(dir)).toContain('answers.yaml');
        expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
        resolve();
      });
    });
  });
});

describe('file-system problems are usage errors that name the path', () => {
  it('refuses a folder where plan.json goes before renaming anything', () => {
    const dir = path.join(work, 'eisdir');
    write(dir);
    const before = readFileSync(path.join(dir, 'answers.yaml'), 'utf8');
    rmSync(path.join(dir, 'plan.json'));
    mkdirSync(path.join(dir, 'plan.json', 'x'), { recursive: true });
    const other = scenarioPlan('baremetal-upi-ha', files, (raw) => {
      raw.clusterName = 'other';
    });
    expect(() => writePlanFolder(dir, render(other, dir).output.artifacts, { force: true })).toThrow(
      /plan\.json in .* is a folder where the plan writes a file/,
    );
    expect(readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).toBe(before);
    expect(tree(dir).some((name) => path.basename(name).startsWith(TEMP_PREFIX))).toBe(false);
  });

  it('says that a part of --out is not a folder', () => {
    writeFileSync(path.join(work, 'afile'), 'x');
    expect(() => write(path.join(work, 'afile', 'sub'))).toThrow(
      /cannot create .*afile\/sub: a part of the path is not a folder/,
    );
  });
});

describe('--force replaces only the plan’s own files', () => {
  it('keeps a repository’s .gitignore and appends what the plan needs', () => {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n*.log\n');
    write(dir, true);
    const text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
    expect(text.startsWith('node_modules/\n*.log\n')).toBe(true);
    expect(text).toContain('\ninstall-config.yaml\n');
    expect(text).toContain(`\n${TEMP_PREFIX}*\n`);
    write(dir, true);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe(text);
  });

  it('refuses to replace a hand-written answers.yaml or install-config.yaml, and replaces its own', () => {
    const dir = path.join(work, 'hand-written');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'answers.yaml'), '# rack 4, change CHG-1234\nclusterName: x\n');
    expect(() => write(dir, true)).toThrow(/answers\.yaml in .* was not written by ocp-planner/);
    expect(readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).toContain('CHG-1234');
    rmSync(path.join(dir, 'answers.yaml'));
    writeFileSync(path.join(dir, 'install-config.yaml'), 'apiVersion: v1\n# my own\n');
    expect(() => write(dir, true)).toThrow(/install-config\.yaml in .* was not written by ocp-planner/);
    rmSync(path.join(dir, 'install-config.yaml'));
    write(dir, true);
    write(dir, true);
    expect(readFileSync(path.join(dir, 'answers.yaml'), 'utf8').startsWith('# ocp-planner answers')).toBe(
      true,
    );
  });
});

describe('modes do not follow a loose umask', () => {
  it('creates folders 0755 and install-config.yaml 0600 under umask 000, and warns about a world-writable --out', () => {
    const dir = path.join(work, 'umask');
    const old = process.umask(0);
    try {
      write(dir);
    } finally {
      process.umask(old);
    }
    expect(statSync(dir).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(dir, 'infra')).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(dir, 'install-config.yaml')).mode & 0o777).toBe(0o600);
    execFileSync('chmod', ['777', dir]);
    expect(write(dir, true).warnings).toEqual([
      `warning: ${dir} can be written by every user of this machine, who could replace its files before your next run; consider chmod o-w.`,
    ]);
  });
});
