import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, tempDir } from './run-cli.js';

/** The real wizard in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen. */
const sessions: string[] = [];

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

function start(name: string, command: string): void {
  sessions.push(name);
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', command);
}

async function waitFor(name: string, text: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = tmux('capture-pane', '-p', '-t', name);
    if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${screen}`);
}

async function answer(name: string, prompt: string | RegExp, ...keys: string[]) {
  await waitFor(name, prompt);
  tmux('send-keys', '-t', name, ...keys);
}

async function waitForFile(file: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (text.endsWith('\n')) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${file} did not appear`);
}

afterEach(() => {
  for (const name of sessions.splice(0)) {
    try {
      tmux('kill-session', '-t', name);
    } catch {
      // already gone
    }
  }
});

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
    tmux(
      'send-keys',
      '-t',
      name,
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
    );
    tmux('send-keys', '-t', name, 'example.org', 'Enter');
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
    tmux('send-keys', '-t', name, 'Enter');
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
