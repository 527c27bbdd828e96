import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ToolError, UsageError } from '../../src/errors.js';
import { createProcessRunner } from '../../src/tools/process-runner.js';
import { createSshKey, findPublicKeys, keyTypeOfLine, sshKeygenArgs } from '../../src/tools/ssh-keygen.js';
import { fakeRunner } from './fakes.js';

/** A syntactically real public key line: SSH wire format (uint32 length + type name) then `rest` bytes. */
function keyLine(type: string, comment = 'me@host', declared = type): string {
  const name = Buffer.from(type, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  const blob = Buffer.concat([length, name, Buffer.alloc(36, 7)]).toString('base64');
  return `${declared} ${blob} ${comment}\n`;
}

let home: string;
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'ssh-home-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** A fake ssh-keygen that writes the two files it was asked for. */
function keygenThatWrites() {
  return fakeRunner({
    'ssh-keygen': (args) => {
      const file = args[args.indexOf('-f') + 1] ?? '';
      writeFileSync(file, 'PRIVATE', { mode: 0o600 });
      writeFileSync(`${file}.pub`, keyLine('ssh-ed25519', 'ocp-planner'));
      return { exitCode: 0 };
    },
  });
}

describe('sshKeygenArgs', () => {
  it('uses ed25519 without a passphrase, as the docs do', () => {
    expect(sshKeygenArgs('/k/id', false)).toEqual([
      '-t',
      'ed25519',
      '-N',
      '',
      '-f',
      '/k/id',
      '-C',
      'ocp-planner',
    ]);
  });

  it('uses RSA 4096 under FIPS, where the installer refuses ed25519', () => {
    expect(sshKeygenArgs('/k/id', true)).toEqual([
      '-t',
      'rsa',
      '-b',
      '4096',
      '-N',
      '',
      '-f',
      '/k/id',
      '-C',
      'ocp-planner',
    ]);
  });
});

describe('createSshKey', () => {
  it('runs ssh-keygen with an argument array and returns the .pub path, creating ~/.ssh as 0700', async () => {
    const runner = keygenThatWrites();
    const keyPath = path.join(home, '.ssh', 'ocp_ed25519');
    await expect(createSshKey(runner, keyPath, { fips: false })).resolves.toBe(`${keyPath}.pub`);
    expect(runner.calls).toHaveLength(1);
    expect(runner.calls[0]?.args).toEqual(['-t', 'ed25519', '-N', '', '-f', keyPath, '-C', 'ocp-planner']);
    expect(statSync(path.join(home, '.ssh')).mode & 0o777).toBe(0o700);
  });

  it('never overwrites: an existing key or .pub is a UsageError and ssh-keygen does not run', async () => {
    const runner = keygenThatWrites();
    mkdirSync(path.join(home, '.ssh'));
    const keyPath = path.join(home, '.ssh', 'id_ed25519');
    writeFileSync(keyPath, 'OLD PRIVATE');
    await expect(createSshKey(runner, keyPath, { fips: false })).rejects.toBeInstanceOf(UsageError);
    const other = path.join(home, '.ssh', 'only_pub');
    writeFileSync(`${other}.pub`, 'OLD PUBLIC');
    await expect(createSshKey(runner, other, { fips: false })).rejects.toBeInstanceOf(UsageError);
    expect(runner.calls).toEqual([]);
    expect(readFileSync(keyPath, 'utf8')).toBe('OLD PRIVATE');
  });

  it('is a ToolError when ssh-keygen is missing or fails', async () => {
    const keyPath = path.join(home, 'key');
    await expect(createSshKey(fakeRunner({}), keyPath, { fips: false })).rejects.toThrow(
      /ssh-keygen is not on PATH/,
    );
    const failing = fakeRunner({
      'ssh-keygen': { exitCode: 1, stderr: 'Saving key failed: Permission denied' },
    });
    const promise = createSshKey(failing, keyPath, { fips: true });
    await expect(promise).rejects.toBeInstanceOf(ToolError);
    await expect(promise).rejects.toThrow('Permission denied');
  });
});

describe('findPublicKeys', () => {
  it('lists the usable public keys in ~/.ssh, sorted, leaving out certificates and junk', () => {
    const ssh = path.join(home, '.ssh');
    mkdirSync(ssh);
    writeFileSync(path.join(ssh, 'id_rsa.pub'), keyLine('ssh-rsa'));
    writeFileSync(path.join(ssh, 'id_ed25519.pub'), keyLine('ssh-ed25519'));
    writeFileSync(path.join(ssh, 'id_ecdsa.pub'), keyLine('ecdsa-sha2-nistp256'));
    writeFileSync(path.join(ssh, 'id_ed25519-cert.pub'), keyLine('ssh-ed25519-cert-v01@openssh.com'));
    writeFileSync(path.join(ssh, 'notes.pub'), 'not a key\n');
    // The blob says ssh-rsa but the line claims ed25519: ssh would refuse it, so do we.
    writeFileSync(path.join(ssh, 'liar.pub'), keyLine('ssh-rsa', 'x', 'ssh-ed25519'));
    writeFileSync(path.join(ssh, 'id_ed25519'), 'PRIVATE');
    mkdirSync(path.join(ssh, 'folder.pub'));
    expect(findPublicKeys(home)).toEqual([
      path.join(ssh, 'id_ecdsa.pub'),
      path.join(ssh, 'id_ed25519.pub'),
      path.join(ssh, 'id_rsa.pub'),
    ]);
    expect(findPublicKeys(home, { fips: true })).toEqual([
      path.join(ssh, 'id_ecdsa.pub'),
      path.join(ssh, 'id_rsa.pub'),
    ]);
  });

  it('is empty without ~/.ssh', () => {
    expect(findPublicKeys(home)).toEqual([]);
  });

  it('checks the type inside the key blob', () => {
    expect(keyTypeOfLine(keyLine('ssh-ed25519').trim())).toBe('ssh-ed25519');
    expect(keyTypeOfLine('ssh-ed25519 AAAA')).toBeUndefined();
    expect(keyTypeOfLine('ssh-dss AAAAB3NzaC1kc3M= old')).toBeUndefined();
  });
});

// ssh-keygen is one of the programs scripts/test-deps.sh installs: a missing one fails, it never skips.
describe('createSshKey with the real ssh-keygen', () => {
  it('writes an ed25519 key the wizard then finds, and refuses a second run', async () => {
    const runner = createProcessRunner({ PATH: process.env.PATH });
    const keyPath = path.join(home, '.ssh', 'id_ed25519');
    const pub = await createSshKey(runner, keyPath, { fips: false });
    const line = readFileSync(pub, 'utf8').trim();
    expect(line.startsWith('ssh-ed25519 ')).toBe(true);
    expect(line.endsWith(' ocp-planner')).toBe(true);
    expect(statSync(keyPath).mode & 0o077).toBe(0);
    expect(findPublicKeys(home)).toEqual([pub]);
    await expect(createSshKey(runner, keyPath, { fips: false })).rejects.toBeInstanceOf(UsageError);
    expect(readFileSync(pub, 'utf8').trim()).toBe(line);
  });

  it('writes an RSA key under FIPS', async () => {
    const runner = createProcessRunner({ PATH: process.env.PATH });
    const pub = await createSshKey(runner, path.join(home, '.ssh', 'id_rsa'), { fips: true });
    expect(readFileSync(pub, 'utf8').startsWith('ssh-rsa ')).toBe(true);
    expect(findPublicKeys(home, { fips: true })).toEqual([pub]);
  });
});
