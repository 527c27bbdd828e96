import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, tempDir } from './run-cli.js';
import { answer, erase, keys, start, waitFor, waitForFile } from './tmux.js';

describe('the wizard in a real terminal (tmux)', () => {
  it('asks, shows the review screen and writes a single-node plan', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'plan');
    const exit = path.join(dir, 'exit');
    const name = `ocp-wizard-${process.pid}`;
    start(name, `cd ${dir} && HOME=${dir} NO_COLOR=1 node ${CLI} plan --out ${out}; echo $? > ${exit}`);
    await answer(name, 'Where will the cluster run?', 'Up', 'Enter'); // the list wraps to its last entry: none
    await answer(name, 'Which OpenShift release?', 'Enter');
    await answer(name, 'Cluster name', 'tty', 'Enter');
    await answer(name, 'Base domain', 'Example.org', 'Enter');
    await waitFor(name, 'lower-case DNS domain'); // inline validation by the answers schema
    erase(name, 11);
    keys(name, 'example.org', 'Enter');
    await answer(name, 'CPU architecture', 'Enter');
    await answer(name, 'Which installer should the plan use?', 'Enter'); // auto
    await answer(name, 'How highly available', 'Down', 'Down', 'Enter');
    await answer(name, 'How do the nodes reach the internet?', 'Enter');
    await answer(name, 'Enable FIPS mode?', 'Enter');
    await answer(name, 'Machine network', 'Enter');
    await answer(name, 'Pull secret file', 'Enter');
    // HOME has no ~/.ssh: the wizard offers to create a key with the real ssh-keygen.
    await answer(name, 'Create an SSH key pair now with ssh-keygen?', 'Enter');
    await answer(name, 'Where should the private key go?', 'Enter');
    await waitFor(name, 'It has no passphrase');
    await answer(name, 'Host 1 of 1 (control-plane): name', 'Enter');
    await answer(name, 'master-0: IP address', '10.0.0.20', 'Enter');
    await answer(name, 'master-0: installation disk', '/dev/disk/by-id/wwn-0x5000c500a0b1c2d3', 'Enter');
    const review = await waitFor(name, 'type part of a name to find the answer to change');
    expect(review).toMatch(/Cluster name +tty/);
    keys(name, 'Enter');
    expect((await waitForFile(exit)).trim()).toBe('0');
    const config = parse(readFileSync(path.join(out, 'install-config.yaml'), 'utf8'));
    expect(config.metadata.name).toBe('tty');
    expect(config.baseDomain).toBe('example.org');
    expect(config.controlPlane.replicas).toBe(1);
    expect(config.platform).toEqual({ none: {} });
    expect(config.sshKey).toBe(readFileSync(path.join(dir, '.ssh', 'id_ed25519.pub'), 'utf8').trim());
    expect(config.sshKey).toMatch(/^ssh-ed25519 /);
    expect(config.bootstrapInPlace).toEqual({ installationDisk: '/dev/disk/by-id/wwn-0x5000c500a0b1c2d3' });
  });

  it('exits 130 on Ctrl-C and writes nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'plan');
    const exit = path.join(dir, 'exit');
    const name = `ocp-wizard-cancel-${process.pid}`;
    start(name, `cd ${dir} && HOME=${dir} NO_COLOR=1 node ${CLI} plan --out ${out}; echo $? > ${exit}`);
    await answer(name, 'Where will the cluster run?', 'Enter');
    await answer(name, 'Which OpenShift release?', 'C-c');
    expect((await waitForFile(exit)).trim()).toBe('130');
    expect(existsSync(out)).toBe(false);
  });
});
