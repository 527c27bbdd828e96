import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QUESTIONS } from '../../src/answers/questions.js';
import { CLI, tempDir } from './run-cli.js';
import { answer, keys, start, waitFor, waitForFile } from './tmux.js';

/**
 * The four ways the wizard used to lose typed work, driven in a real terminal: each run ends with a written plan
 * folder whose install-config.yaml parses and an exit code of 0, and a question asked again shows the earlier answer.
 */

/** The active prompt of question `id` as inquirer draws it ("? <message>"). */
function prompt(id: string): string {
  const question = QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return `? ${question.message}`;
}

/** Waits for question `id` to be asked, then types `sent`. */
const ask = (name: string, id: string, ...sent: string[]) => answer(name, prompt(id), ...sent);

interface Run {
  name: string;
  dir: string;
  out: string;
  exit: string;
}

let counter = 0;

/** Starts `plan` in a fresh folder (its own HOME, so no SSH key is found) with `args` after it. */
function run(label: string, args: (out: string) => string[] = (out) => ['--out', out]): Run {
  const dir = tempDir();
  const out = path.join(dir, 'plan');
  const exit = path.join(dir, 'exit');
  const name = `ocp-lost-${label}-${process.pid}-${counter++}`;
  const command = [`cd ${dir} && HOME=${dir} NO_COLOR=1 node ${CLI} plan`, ...args(out)].join(' ');
  start(name, `${command}; echo $? > ${exit}`);
  return { name, dir, out, exit };
}

/** The platform-agnostic single node up to the machine network prompt (release, names, sno, connected, no FIPS). */
async function singleNodeStart(name: string, cluster = 'tty'): Promise<void> {
  await answer(name, '? Where will the cluster run?', 'Up', 'Enter'); // the list wraps to its last entry: none
  await ask(name, 'ocpVersion', 'Enter');
  await ask(name, 'clusterName', cluster, 'Enter');
  await ask(name, 'baseDomain', 'example.org', 'Enter');
  await ask(name, 'architecture', 'Enter');
  await ask(name, 'installMethod', 'Enter');
  await ask(name, 'topology', 'Down', 'Down', 'Enter');
  await ask(name, 'connectivity', 'Enter');
  await ask(name, 'fips', 'Enter');
}

/** From the pull secret to the review screen: no pull secret, a new SSH key, the one host. */
async function singleNodeEnd(name: string, ip: string): Promise<string> {
  await ask(name, 'secrets.pullSecretFile', 'Enter');
  await answer(name, '? Create an SSH key pair now with ssh-keygen?', 'Enter');
  await answer(name, '? Where should the private key go?', 'Enter');
  await answer(name, '? Host 1 of 1 (control-plane): name', 'Enter');
  await answer(name, '? master-0: IP address', ip, 'Enter');
  await answer(name, '? master-0: installation disk', '/dev/sda', 'Enter');
  return waitFor(name, 'type part of a name to find the answer to change');
}

/** vSphere IPI up to the review screen; `vcenter` is typed first at the vCenter prompt. */
async function vsphereToReview(name: string, vcenter: string): Promise<string> {
  await answer(name, '? Where will the cluster run?', 'Down', 'Down', 'Down', 'Enter');
  await ask(name, 'ocpVersion', 'Enter');
  await ask(name, 'clusterName', 'vs', 'Enter');
  await ask(name, 'baseDomain', 'example.com', 'Enter');
  for (const id of ['architecture', 'installMethod', 'topology', 'computeReplicas'])
    await ask(name, id, 'Enter');
  for (const part of ['machines', 'network', 'dns', 'loadBalancer', 'storage'])
    await ask(name, `ownership.${part}`, 'Enter');
  for (const id of ['installerCredentials', 'autoscaling', 'hardenedInfrastructure'])
    await ask(name, `requirements.${id}`, 'Enter');
  await ask(name, 'connectivity', 'Enter');
  await ask(name, 'fips', 'Enter');
  await ask(name, 'vsphere.vcenter', vcenter, 'Enter');
  if (vcenter.startsWith('https://')) {
    // Refused as typed: the line keeps what was typed, so only the scheme needs erasing.
    const refused = await waitFor(name, 'without "https://"');
    expect(refused).toContain(`${prompt('vsphere.vcenter')} ${vcenter}`);
    keys(name, 'C-u', vcenter.replace('https://', ''), 'Enter');
  }
  await ask(name, 'vsphere.datacenter', 'dc1', 'Enter');
  await ask(name, 'vsphere.cluster', 'c1', 'Enter');
  await ask(name, 'vsphere.datastore', 'ds1', 'Enter');
  await ask(name, 'vsphere.network', 'net', 'Enter');
  await ask(name, 'vsphere.credentialsFile', 'Enter'); // empty: type the login instead
  await answer(name, '? vCenter login: username', 'administrator@vsphere.local', 'Enter');
  await answer(name, '? vCenter login: password', 's3cret', 'Enter');
  await ask(name, 'networking.machineNetwork', 'Enter');
  await ask(name, 'vips.api', '10.0.0.5', 'Enter');
  await ask(name, 'vips.ingress', '10.0.0.6', 'Enter');
  await ask(name, 'secrets.pullSecretFile', 'Enter');
  await answer(name, '? Create an SSH key pair now with ssh-keygen?', 'Enter');
  await answer(name, '? Where should the private key go?', 'Enter');
  return waitFor(name, 'type part of a name to find the answer to change');
}

/** The review screen's "write the plan", then the exit code and the install-config the run wrote. */
async function writeAndRead(r: Run, out = r.out): Promise<Record<string, unknown>> {
  keys(r.name, 'Enter');
  expect((await waitForFile(r.exit, 30_000)).trim()).toBe('0');
  return parse(readFileSync(path.join(out, 'install-config.yaml'), 'utf8'));
}

/** Picks an answer on the review screen by typing part of its name. */
async function change(name: string, filter: string): Promise<void> {
  keys(name, filter);
  await waitFor(name, new RegExp(`❯ Change ${filter}`));
  keys(name, 'Enter');
}

describe('the wizard keeps every answer (tmux)', () => {
  it('asks the pod network when the machine network overlaps its default, and writes a valid plan', async () => {
    const r = run('overlap');
    await singleNodeStart(r.name);
    await ask(r.name, 'networking.machineNetwork', '10.128.0.0/24', 'Enter');
    // Advanced, so asked only now: the default pod network 10.128.0.0/14 holds the machine network.
    const pod = await waitFor(r.name, prompt('networking.clusterNetwork'));
    expect(pod).toContain(`${prompt('networking.clusterNetwork')} (10.132.0.0/14)`);
    keys(r.name, 'Enter');
    const review = await singleNodeEnd(r.name, '10.128.0.20');
    expect(review).toMatch(/Pod network +10\.132\.0\.0\/14/);
    // Asked again from the review screen, the machine network shows the earlier answer.
    await change(r.name, 'Machine network');
    await waitFor(r.name, `${prompt('networking.machineNetwork')} (10.128.0.0/24)`);
    keys(r.name, 'Enter');
    await waitFor(r.name, /❯ Looks good: write the plan/);
    const config = await writeAndRead(r);
    expect(config.networking).toMatchObject({
      machineNetwork: [{ cidr: '10.128.0.0/24' }],
      clusterNetwork: [{ cidr: '10.132.0.0/14', hostPrefix: 23 }],
    });
  });

  it('refuses a vCenter typed with https:// at its prompt and writes a valid plan', async () => {
    const r = run('vcenter');
    await vsphereToReview(r.name, 'https://vc.example.com');
    const config = await writeAndRead(r);
    expect(
      (config.platform as { vsphere: { vcenters: { server: string }[] } }).vsphere.vcenters[0]?.server,
    ).toBe('vc.example.com');
    // The typed login is written to the plan's credentials folder, readable by the user alone.
    expect(readFileSync(path.join(r.out, 'credentials', 'vsphere.yaml'), 'utf8')).toContain('s3cret');
  });

  it('drops the VIPs when the platform changes on the review screen, asks the new questions and exits 0', async () => {
    const r = run('platform');
    await vsphereToReview(r.name, 'vc.example.com');
    await change(r.name, 'Platform');
    // The platform list opens on the earlier answer.
    await waitFor(r.name, /❯ VMware vSphere \(vsphere\)/);
    keys(r.name, 'Up', 'Up', 'Up', 'Enter'); // Amazon Web Services
    for (const part of ['machines', 'network', 'dns', 'loadBalancer', 'storage'])
      await ask(r.name, `ownership.${part}`, 'Enter');
    for (const id of ['installerCredentials', 'autoscaling', 'hardenedInfrastructure'])
      await ask(r.name, `requirements.${id}`, 'Enter');
    await ask(r.name, 'publish', 'Enter');
    await ask(r.name, 'aws.region', 'eu-west-1', 'Enter');
    // The new review screen (the old one's lines may still be above it).
    await waitFor(r.name, /AWS region +eu-west-1/);
    const review = await waitFor(r.name, /❯ Looks good: write the plan/);
    const fresh = review.slice(review.lastIndexOf('Platform details'));
    expect(fresh).toContain('AWS region');
    expect(fresh).not.toContain('API address');
    expect(fresh).not.toContain('vCenter');
    const config = await writeAndRead(r);
    expect(config.platform).toEqual({ aws: { region: 'eu-west-1' } });
    expect(JSON.stringify(config)).not.toContain('10.0.0.5');
    // The vCenter login typed before the change is not written.
    expect(existsSync(path.join(r.out, 'credentials', 'vsphere.yaml'))).toBe(false);
  });

  it('says an --out folder holds files before the first question, and writes nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'plan');
    mkdirSync(out);
    writeFileSync(path.join(out, 'notes.txt'), 'mine\n');
    const exit = path.join(dir, 'exit');
    const name = `ocp-lost-out-${process.pid}`;
    start(name, `cd ${dir} && NO_COLOR=1 node ${CLI} plan --out ${out}; echo $? > ${exit}; sleep 30`);
    expect((await waitForFile(exit)).trim()).toBe('2');
    const screen = await waitFor(name, 'already holds files (notes.txt)');
    expect(screen).not.toContain('Where will the cluster run?');
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('says the default plan folder holds files at the cluster name, keeps the typed name and writes elsewhere', async () => {
    const r = run('named', () => []);
    mkdirSync(path.join(r.dir, 'tty-plan'));
    writeFileSync(path.join(r.dir, 'tty-plan', 'notes.txt'), 'mine\n');
    await answer(r.name, '? Where will the cluster run?', 'Up', 'Enter');
    await ask(r.name, 'ocpVersion', 'Enter');
    await ask(r.name, 'clusterName', 'tty', 'Enter');
    const refused = await waitFor(r.name, 'already holds files (notes.txt)');
    expect(refused).toContain(`${prompt('clusterName')} tty`);
    keys(r.name, '2', 'Enter'); // the typed name stays on the line: "tty" becomes "tty2"
    await ask(r.name, 'baseDomain', 'example.org', 'Enter');
    for (const id of ['architecture', 'installMethod']) await ask(r.name, id, 'Enter');
    await ask(r.name, 'topology', 'Down', 'Down', 'Enter');
    for (const id of ['connectivity', 'fips', 'networking.machineNetwork']) await ask(r.name, id, 'Enter');
    await singleNodeEnd(r.name, '10.0.0.20');
    const config = await writeAndRead(r, path.join(r.dir, 'tty2-plan'));
    expect((config.metadata as { name: string }).name).toBe('tty2');
    expect(readFileSync(path.join(r.dir, 'tty-plan', 'notes.txt'), 'utf8')).toBe('mine\n');
  });
});
