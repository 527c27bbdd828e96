import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TOPOLOGIES } from '../../src/types.js';
import { FILES, ROOT, SCENARIOS } from '../helpers/answers.js';
import { runCli, snapshotFolder, tempDir } from './run-cli.js';

const PULL_TOKEN = 'ZmFrZS11c2VyOmZha2UtdG9rZW4=';
const SECRETS = [PULL_TOKEN, 'fake-vcenter-password', 'fake-bmc-password', 'fake-prism-password'];

describe('ocp-planner plan (built CLI, no terminal)', () => {
  it('writes the plan folder of SPEC §4 with the install-config at mode 0600 and secrets only there', async () => {
    const out = path.join(tempDir(), 'plan');
    const { code, stderr, stdout } = await runCli(['plan', '--scenario', 'vsphere-ipi-ha', '--out', out]);
    expect(code, stderr).toBe(0);
    expect(snapshotFolder(out)).toMatchObject({
      '.gitignore': { mode: 0o644 },
      'answers.yaml': { mode: 0o644 },
      'checklist.html': { mode: 0o644 },
      'checklist.md': { mode: 0o644 },
      'install-config.yaml': { mode: 0o600 },
      'plan.json': { mode: 0o644 },
    });
    expect(readFileSync(path.join(out, '.gitignore'), 'utf8')).toMatch(/^install-config\.yaml$/m);
    const config = parse(readFileSync(path.join(out, 'install-config.yaml'), 'utf8'));
    expect(config.metadata.name).toBe('vsprod');
    expect(JSON.parse(config.pullSecret).auths['cloud.openshift.com'].auth).toBe(PULL_TOKEN);
    expect(config.sshKey).toBe(readFileSync(path.join(FILES, 'id_ed25519.pub'), 'utf8').trim());
    expect(config.platform.vsphere.vcenters[0].password).toBe('fake-vcenter-password');
    for (const file of ['checklist.md', 'checklist.html', 'plan.json', 'answers.yaml', '.gitignore']) {
      const text = readFileSync(path.join(out, file), 'utf8');
      for (const secret of SECRETS) expect(text, `${secret} in ${file}`).not.toContain(secret);
    }
    for (const secret of SECRETS) expect(stderr + stdout).not.toContain(secret);
    const plan = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8'));
    expect(plan).toMatchObject({
      planFormat: 1,
      ocpVersion: '4.18',
      cluster: { name: 'vsprod', baseDomain: 'lab.example.com', platform: 'vsphere', topology: 'ha' },
      recommendation: { method: 'IPI' },
    });
  });

  it('refuses to touch a folder that holds files without --force (exit 2), and overwrites with it', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    const refused = await runCli(['plan', '--scenario', 'aws-ipi-ha', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(snapshotFolder(out)).toEqual({ 'notes.txt': { content: 'mine', mode: 0o644 } });
    const forced = await runCli(['plan', '--scenario', 'aws-ipi-ha', '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(out, 'install-config.yaml'))).toBe(true);
  });

  it('reproduces byte-identical files from answers.yaml, from another working directory', async () => {
    const first = path.join(tempDir(), 'plan');
    expect((await runCli(['plan', '--scenario', 'baremetal-ipi-ha', '--out', first])).code).toBe(0);
    const before = snapshotFolder(first);
    const elsewhere = tempDir();
    const again = await runCli(
      ['plan', '--answers', path.join(first, 'answers.yaml'), '--out', first, '--force'],
      {
        cwd: elsewhere,
      },
    );
    expect(again.code, again.stderr).toBe(0);
    expect(snapshotFolder(first)).toEqual(before);
    // A copy planned into a second folder from the first folder's answers has the same install-config.
    const second = path.join(tempDir(), 'plan');
    expect(
      (await runCli(['plan', '--answers', path.join(first, 'answers.yaml'), '--out', second])).code,
    ).toBe(0);
    expect(readFileSync(path.join(second, 'install-config.yaml'), 'utf8')).toBe(
      before['install-config.yaml']?.content,
    );
  });

  it('exits 2 at once without a terminal, naming every missing key', async () => {
    const out = path.join(tempDir(), 'never');
    const { code, stderr } = await runCli(['plan', '--out', out]);
    expect(code).toBe(2);
    for (const key of ['clusterName', 'baseDomain', 'platform']) expect(stderr).toContain(key);
    expect(existsSync(out)).toBe(false);
  });

  it('names the platform keys vSphere IPI cannot do without (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'clusterName: v\nbaseDomain: example.com\nplatform: vsphere\nvsphere: {vcenter: vc.example.com}\n',
    );
    const { code, stderr } = await runCli([
      'plan',
      '--answers',
      path.join(dir, 'a.yaml'),
      '--out',
      path.join(dir, 'o'),
    ]);
    expect(code).toBe(2);
    for (const key of [
      'vsphere.datacenter',
      'vsphere.cluster',
      'vsphere.datastore',
      'vsphere.network',
      'vsphere.credentialsFile',
      'vips.api',
      'vips.ingress',
    ]) {
      expect(stderr).toContain(key);
    }
    expect(stderr).not.toContain('vsphere.vcenter:');
  });

  it('exits 1 on invalid answers with the key and the fix, never a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'clusterName: Prod\nbaseDomain: example.com\nplatform: aws\nnetworkng: {}\n',
    );
    const { code, stderr } = await runCli([
      'plan',
      '--answers',
      path.join(dir, 'a.yaml'),
      '--out',
      path.join(dir, 'o'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('clusterName');
    expect(stderr).toContain('did you mean "networking"?');
    expect(stderr).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('exits 1 when a referenced file is missing, naming the key', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'clusterName: p\nbaseDomain: example.com\nplatform: aws\nsecrets: {pullSecretFile: ./nope.json}\n',
    );
    const { code, stderr } = await runCli([
      'plan',
      '--answers',
      path.join(dir, 'a.yaml'),
      '--out',
      path.join(dir, 'o'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('secrets.pullSecretFile');
    expect(stderr).toContain('does not exist');
  });

  it.each([
    ['not YAML', 'clusterName: [unclosed\n'],
    ['a list', '- a\n- b\n'],
    ['binary', '\u0000\u0001\u0002'],
    [
      'an alias bomb',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
    ],
    ['nested too deeply', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['full of control characters', 'clusterName: a\u0007b\nbaseDomain: e.com\nplatform: aws\n'],
    ['holding a key twice', 'clusterName: p\nclusterName: q\nbaseDomain: e.com\nplatform: aws\n'],
    ['larger than 1 MiB', `description: ${'a'.repeat(1_100_000)}\n`],
  ])('exits 2 on an answers file that is %s', async (_name, text) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), text);
    const { code, stderr } = await runCli([
      'plan',
      '--answers',
      path.join(dir, 'a.yaml'),
      '--out',
      path.join(dir, 'o'),
    ]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('a.yaml');
  });

  it('exits 2 on an unknown flag and on an unknown scenario', async () => {
    expect((await runCli(['plan', '--frobnicate'])).code).toBe(2);
    const unknown = await runCli(['plan', '--scenario', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ocp-planner scenarios');
  });

  it('keeps an answers file usable with relative paths after it is copied elsewhere', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'files'));
    cpSync(FILES, path.join(dir, 'files'), { recursive: true });
    cpSync(path.join(SCENARIOS, 'none-upi-sno.yaml'), path.join(dir, 'answers.yaml'));
    const { code, stderr } = await runCli(['plan', '--answers', 'answers.yaml', '--out', 'out'], {
      cwd: dir,
    });
    expect(code, stderr).toBe(0);
    expect(statSync(path.join(dir, 'out', 'install-config.yaml')).mode & 0o777).toBe(0o600);
  });
});

describe('the other commands', () => {
  it('lists at least 20 scenarios with a description, platform and topology', async () => {
    const { code, stdout } = await runCli(['scenarios', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as {
      name: string;
      description: string;
      platform: string;
      topology: string;
    }[];
    expect(list.length).toBeGreaterThanOrEqual(20);
    for (const s of list) {
      expect(s.description.length, s.name).toBeGreaterThan(20);
      expect(s.platform, s.name).not.toBe('');
      expect(TOPOLOGIES as readonly string[]).toContain(s.topology);
    }
    const platforms = new Set(list.map((s) => s.platform));
    for (const p of [
      'aws',
      'azure',
      'gcp',
      'vsphere',
      'baremetal',
      'nutanix',
      'openstack',
      'ibmcloud',
      'powervs',
      'ibmz',
      'none',
    ]) {
      expect(platforms.has(p), p).toBe(true);
    }
  });

  it('prints the JSON Schema of the answers file', async () => {
    const { code, stdout } = await runCli(['schema', 'answers']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.properties.platform.enum).toContain('ibmz');
    expect(schema.properties.ownership.properties.loadBalancer.enum).toEqual(['installer', 'customer']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('prints the recommendation alone as JSON', async () => {
    const { code, stdout } = await runCli(['recommend', '--scenario', 'ibmz-upi-ha', '--json']);
    expect(code).toBe(0);
    const rec = JSON.parse(stdout);
    expect(rec.method).toBe('UPI');
    expect(rec.confidence).toBe('forced');
    expect(rec.reasons[0]).toMatchObject({ favours: 'UPI' });
  });

  it('validates its own install-config with exit 0, and a broken one with exit 1', async () => {
    const out = path.join(tempDir(), 'plan');
    expect((await runCli(['plan', '--scenario', 'gcp-ipi-compact', '--out', out])).code).toBe(0);
    const ok = await runCli(['validate', path.join(out, 'install-config.yaml'), '--json']);
    expect(ok.code, ok.stdout).toBe(0);
    expect(JSON.parse(ok.stdout).valid).toBe(true);
    const broken = path.join(out, 'broken.yaml');
    writeFileSync(
      broken,
      readFileSync(path.join(out, 'install-config.yaml'), 'utf8').replace('10.128.0.0/14', '10.0.0.0/14'),
    );
    const bad = await runCli(['validate', broken, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).findings[0].path).toMatch(/^networking\./);
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('plan --check (CI snapshot mode)', () => {
  it('exits 0 on an unchanged plan and 1 with a masked diff on a changed one, writing nothing', async () => {
    const out = path.join(tempDir(), 'plan');
    expect((await runCli(['plan', '--scenario', 'vsphere-ipi-ha', '--out', out])).code).toBe(0);
    const same = await runCli(['plan', '--scenario', 'vsphere-ipi-ha', '--out', out, '--check']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toBe('');
    const edited = readFileSync(path.join(out, 'install-config.yaml'), 'utf8')
      .replace('hostPrefix: 23', 'hostPrefix: 24')
      .replace('fake-vcenter-password', 'other-password');
    writeFileSync(path.join(out, 'install-config.yaml'), edited);
    const before = snapshotFolder(out);
    const changed = await runCli(['plan', '--scenario', 'vsphere-ipi-ha', '--out', out, '--check']);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('--- a/install-config.yaml');
    expect(changed.stdout).toMatch(/^- +hostPrefix: 24$/m);
    expect(changed.stdout).toMatch(/^\+ +hostPrefix: 23$/m);
    for (const secret of [...SECRETS, 'other-password'])
      expect(changed.stdout + changed.stderr).not.toContain(secret);
    expect(snapshotFolder(out)).toEqual(before);
  });

  it('checks a CI checkout without install-config.yaml and without the secret files', async () => {
    const repo = tempDir();
    cpSync(FILES, path.join(repo, 'files'), { recursive: true });
    cpSync(path.join(SCENARIOS, 'vsphere-ipi-ha.yaml'), path.join(repo, 'answers.yaml'));
    expect((await runCli(['plan', '--answers', 'answers.yaml', '--out', 'prod'], { cwd: repo })).code).toBe(
      0,
    );
    // What a clone of the repository has: no install-config.yaml (git ignores it), no pull secret, no passwords.
    for (const file of ['prod/install-config.yaml', 'files/pull-secret.json', 'files/vsphere.yaml']) {
      rmSync(path.join(repo, file));
    }
    const clean = await runCli(['plan', '--answers', 'prod/answers.yaml', '--out', 'prod', '--check'], {
      cwd: repo,
    });
    expect(clean.code, clean.stderr + clean.stdout).toBe(0);
    writeFileSync(
      path.join(repo, 'prod', 'answers.yaml'),
      readFileSync(path.join(repo, 'prod', 'answers.yaml'), 'utf8').replace(
        'computeReplicas: 3',
        'computeReplicas: 4',
      ),
    );
    const stale = await runCli(['plan', '--answers', 'prod/answers.yaml', '--out', 'prod', '--check'], {
      cwd: repo,
    });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('--- a/plan.json');
    // install-config.yaml is not in the checkout, so it has no diff (the checklist may still name the file).
    expect(stale.stdout).not.toContain('a/install-config.yaml');
    // Without --check a missing secret is still an error.
    const real = await runCli(['plan', '--answers', 'prod/answers.yaml', '--out', 'other'], { cwd: repo });
    expect(real.code).toBe(1);
    expect(real.stderr).toContain('secrets.pullSecretFile');
  });
});

describe('doctor and verify with stand-in tools first on PATH', () => {
  const standIns = path.join(ROOT, 'test', 'fixtures', 'bin');
  const env = { PATH: `${standIns}:/usr/bin:/bin` };

  it('verify accepts a good plan and leaves the folder byte-identical', async () => {
    const out = path.join(tempDir(), 'plan');
    expect((await runCli(['plan', '--scenario', 'aws-ipi-ha', '--out', out])).code).toBe(0);
    const before = snapshotFolder(out);
    const result = await runCli(['verify', out, '--json'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).valid).toBe(true);
    expect(snapshotFolder(out)).toEqual(before);
  });

  it('verify exits 3 when openshift-install is not on PATH', async () => {
    const out = path.join(tempDir(), 'plan');
    expect((await runCli(['plan', '--scenario', 'aws-ipi-ha', '--out', out])).code).toBe(0);
    const result = await runCli(['verify', out], { env: { PATH: '/nonexistent' } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('mirror.openshift.com');
  });

  it('doctor finds the stand-ins and reports JSON', async () => {
    const result = await runCli(['doctor', '--ocp-version', '4.18', '--json'], { env });
    const report = JSON.parse(result.stdout);
    expect(report.tools.map((t: { name: string }) => t.name)).toEqual([
      'openshift-install',
      'oc',
      'ssh-keygen',
    ]);
    expect(report.tools[0].found).toBe(true);
  });
});

describe('recommend needs only the answers that decide the method', () => {
  it('recommends vSphere IPI without the vCenter inventory, VIPs or secret files', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'clusterName: v\nbaseDomain: example.com\nplatform: vsphere\nsecrets: {pullSecretFile: ./missing.json}\n',
    );
    const { code, stdout, stderr } = await runCli([
      'recommend',
      '--answers',
      path.join(dir, 'a.yaml'),
      '--json',
    ]);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).method).toBe('IPI');
  });
});

describe('results on stdout, messages on stderr', () => {
  it('prints the recommendation and the scenario list on stdout, the hint on stderr', async () => {
    const rec = await runCli(['recommend', '--scenario', 'aws-ipi-ha', '--lang', 'ko']);
    expect(rec.code).toBe(0);
    expect(rec.stdout).toContain('권장 방식: IPI');
    expect(rec.stderr).toBe('');
    const list = await runCli(['scenarios']);
    expect(list.stdout).toMatch(/^aws-ipi-ha +AWS, installer-provisioned/m);
    expect(list.stdout).not.toContain('--scenario <name>');
    expect(list.stderr).toContain('ocp-planner plan --scenario <name>');
  });
});
