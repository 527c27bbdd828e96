import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlanFolder, planSecrets } from '../../src/io/compare-plan.js';
import { MARKERS, planFolders, render } from './plan-fixture.js';

const { work, folder } = planFolders('compare-plan-');

function planFolder(name: string, scenario = 'vsphere-ipi-ha') {
  const { dir, plan, output, inputs } = folder(name, scenario);
  const check = () => comparePlanFolder(dir, output.artifacts, planSecrets(inputs)).join('');
  return { dir, plan, output, inputs, check };
}

describe('plan --check reads plan files only when they are regular files', () => {
  it('does not follow a committed symlink: the target is never printed', () => {
    const { dir, check } = planFolder('symlink');
    const secret = path.join(work, 'docker-config.json');
    writeFileSync(secret, '{"auths":{"ghcr.io":{"auth":"CI_REGISTRY_TOKEN_SECRET"}}}\n');
    unlinkSync(path.join(dir, 'checklist.md'));
    symlinkSync(secret, path.join(dir, 'checklist.md'));
    const diff = check();
    expect(diff).not.toContain('CI_REGISTRY_TOKEN_SECRET');
    expect(diff).toContain(
      '@@ checklist.md is a symbolic link; plan files are regular files; its content is not shown @@',
    );
  });

  it('does not read through a symlinked sub-folder', () => {
    const { dir, check } = planFolder('linked-folder', 'baremetal-upi-ha');
    const elsewhere = path.join(work, 'etc-haproxy');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'haproxy.cfg'), 'PRODUCTION_SECRET_CONFIG\n');
    rmSync(path.join(dir, 'infra'), { recursive: true });
    symlinkSync(elsewhere, path.join(dir, 'infra'));
    const diff = check();
    expect(diff).not.toContain('PRODUCTION_SECRET_CONFIG');
    expect(diff).toContain('infra is a symbolic link; a plan folder holds plain folders and files');
  });

  it('does not hang on a FIFO planted as a plan file, and reports it by type', () => {
    const { dir, check } = planFolder('fifo');
    unlinkSync(path.join(dir, 'plan.json'));
    execFileSync('mkfifo', [path.join(dir, 'plan.json')]);
    expect(check()).toContain(
      'plan.json is a named pipe (FIFO), not a regular file; its content is not shown',
    );
  });

  it('judges each file by what it is when opened: a folder, a file where a folder belongs, a missing file', () => {
    const { dir, check } = planFolder('kinds', 'baremetal-upi-ha');
    unlinkSync(path.join(dir, 'checklist.md'));
    mkdirSync(path.join(dir, 'checklist.md'));
    rmSync(path.join(dir, 'infra', 'dns'), { recursive: true });
    writeFileSync(path.join(dir, 'infra', 'dns'), 'not a folder\n');
    unlinkSync(path.join(dir, 'plan.json'));
    const diff = check();
    expect(diff).toContain('@@ checklist.md is a folder, not a file; its content is not shown @@');
    // Every file of infra/dns/ is refused for its folder, each with the folder named once in its own note.
    const dnsNotes = diff.split('\n').filter((line) => line.startsWith('@@ infra/dns/'));
    expect(dnsNotes.length).toBeGreaterThan(1);
    for (const note of dnsNotes) expect(note).toContain('infra/dns is not a folder');
    // A missing file is shown whole, as a new file.
    expect(diff).toContain('--- /dev/null\n+++ b/plan.json\n');
    expect(diff).not.toContain('not a folder\n+');
  });

  it('is empty for a folder that matches, and a repository .gitignore that ignores what the plan needs is up to date', () => {
    const { dir, check } = planFolder('clean');
    expect(check()).toBe('');
    const ours = readFileSync(path.join(dir, '.gitignore'), 'utf8');
    const lines = ours.split('\n').filter((l) => l && !l.startsWith('#'));
    writeFileSync(path.join(dir, '.gitignore'), `node_modules/\n${lines.join('\n')}\n`);
    expect(check()).toBe('');
  });
});

describe('plan --check masks secrets by YAML path', () => {
  it('hides every line of a changed multi-line password', () => {
    const { dir, output, inputs } = planFolder('multiline');
    const file = path.join(dir, 'install-config.yaml');
    const old = readFileSync(file, 'utf8').replace(
      /^ {8}password: .*$/m,
      '        password: |-\n          OLDPW_line1\n          OLDPW_line2',
    );
    expect(old).toContain('OLDPW_line2');
    writeFileSync(file, old);
    const diff = comparePlanFolder(dir, output.artifacts, planSecrets(inputs)).join('');
    expect(diff).not.toMatch(/OLDPW_line|VSPHEREPWMARKER/);
    // The block scalar is one secret node: masked whole, both sides agree on everything else.
    expect(diff).toBe(
      '--- a/install-config.yaml\n+++ b/install-config.yaml\n@@ a secret value differs (masked) @@\n',
    );
  });

  it('hides an old pull secret under a quoted key, and never the current one', () => {
    const { dir, output, inputs } = planFolder('quoted');
    const file = path.join(dir, 'install-config.yaml');
    const oldAuth = Buffer.from('olduser:OLDPULLSECRET_SECRET').toString('base64');
    const text = readFileSync(file, 'utf8')
      .replace(/^pullSecret: '(.*)'$/m, `"pullSecret": '$1'`)
      .replace(MARKERS.pullAuth, oldAuth);
    writeFileSync(file, text);
    const diff = comparePlanFolder(dir, output.artifacts, planSecrets(inputs)).join('');
    expect(diff).toContain('-"pullSecret": <secret masked>');
    expect(diff).not.toContain(oldAuth);
    expect(diff).not.toContain(MARKERS.pullAuth);
    expect(diff).not.toContain('OLDPULLSECRET_SECRET');
  });

  it('says only that a secret differs when nothing else changed', () => {
    const { dir, output, inputs } = planFolder('only-secret');
    const file = path.join(dir, 'install-config.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(MARKERS.vsphere, 'ANOTHER_PASSWORD_1'));
    expect(comparePlanFolder(dir, output.artifacts, planSecrets(inputs))).toEqual([
      '--- a/install-config.yaml\n+++ b/install-config.yaml\n@@ a secret value differs (masked) @@\n',
    ]);
  });

  it('shows nothing of an install-config that is no longer YAML', () => {
    const { dir, output, inputs } = planFolder('broken');
    const file = path.join(dir, 'install-config.yaml');
    writeFileSync(file, `pullSecret: "${MARKERS.pullAuth}\n: [\n`);
    const diff = comparePlanFolder(dir, output.artifacts, planSecrets(inputs)).join('');
    expect(diff).toContain('install-config.yaml differs and is not valid YAML; its content is not shown');
    expect(diff).not.toContain(MARKERS.pullAuth);
  });

  it('compares a CI checkout without install-config.yaml (git ignores it) and without the secrets', () => {
    const { dir, plan } = planFolder('ci');
    unlinkSync(path.join(dir, 'install-config.yaml'));
    const { output } = render(plan, dir);
    expect(comparePlanFolder(dir, output.artifacts, [])).toEqual([]);
  });
});
