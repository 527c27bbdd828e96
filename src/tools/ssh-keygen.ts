/**
 * SSH key help for the wizard: make a key for the `core` user, or find the public keys the user already has.
 * The install-config's sshKey is the public half (openshift-docs: "SSH public key for user core").
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { lstat, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ToolError, UsageError } from '../errors.js';
import type { ToolRunner } from './tool-runner.js';

/** Goes into the key's comment, so the key is recognisable later in authorized_keys. */
const KEY_COMMENT = 'ocp-planner';
/** A public key line is a few hundred bytes (RSA 4096 ≈ 750); anything much larger is not one. */
const MAX_PUBLIC_KEY_BYTES = 16 * 1024;
const SSH_KEYGEN_TIMEOUT_MS = 60_000;

/**
 * Key types the installer accepts in sshKey. With fips: true it refuses ed25519 ("SSH key type ssh-ed25519
 * unavailable when FIPS is enabled. Please use rsa or ecdsa.").
 */
const KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
] as const;
const FIPS_KEY_TYPES: readonly string[] = [
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
];

/** The ssh-keygen arguments for a new passphrase-less key at `keyPath`. */
export function sshKeygenArgs(keyPath: string, fips: boolean): string[] {
  // ed25519 is the docs’ choice (ssh-keygen -t ed25519 -N '' -f <path>); under FIPS the installer refuses ed25519,
  // so RSA 4096 instead (openshift-docs: FIPS).
  const type = fips ? ['-t', 'rsa', '-b', '4096'] : ['-t', 'ed25519'];
  return [...type, '-N', '', '-f', keyPath, '-C', KEY_COMMENT];
}

/**
 * Creates a key pair with ssh-keygen and returns the path of the public key. Never overwrites: an existing
 * `keyPath` or `keyPath.pub` is a UsageError. The parent folder is created (mode 0700, as ~/.ssh must be).
 */
export async function createSshKey(
  runner: ToolRunner,
  keyPath: string,
  options: { fips: boolean },
): Promise<string> {
  const publicPath = `${keyPath}.pub`;
  for (const candidate of [keyPath, publicPath]) {
    if (await exists(candidate)) {
      throw new UsageError(`${candidate} already exists; choose another file name or use the existing key.`);
    }
  }
  const parent = path.dirname(keyPath);
  const parentStat = await stat(parent).catch(() => undefined);
  if (parentStat && !parentStat.isDirectory()) throw new UsageError(`${parent} is not a folder.`);
  if (!parentStat) await mkdir(parent, { recursive: true, mode: 0o700 });

  const result = await runner.run('ssh-keygen', sshKeygenArgs(keyPath, options.fips), {
    timeoutMs: SSH_KEYGEN_TIMEOUT_MS,
  });
  if (result.notFound) {
    throw new ToolError(
      'ssh-keygen is not on PATH; install the OpenSSH client (openssh-clients on RHEL, openssh-client on Debian/Ubuntu) or give an existing public key.',
    );
  }
  if (result.exitCode !== 0) {
    const detail = (result.stderr || result.stdout).trim() || result.failure || 'no output';
    throw new ToolError(`ssh-keygen could not create ${keyPath}: ${detail}`);
  }
  if (!(await exists(publicPath))) throw new ToolError(`ssh-keygen ran but did not write ${publicPath}.`);
  return publicPath;
}

/**
 * The public keys in `home`/.ssh that the installer would accept as sshKey, sorted by file name. A file counts when
 * it is a regular file of one authorized_keys line whose key blob decodes and names the same type as the line.
 * With fips only RSA and ECDSA keys are listed. Certificates (`*-cert.pub`) are left out.
 */
export function findPublicKeys(home: string, options: { fips?: boolean } = {}): string[] {
  const folder = path.join(home, '.ssh');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const allowed: readonly string[] = options.fips ? FIPS_KEY_TYPES : KEY_TYPES;
  return names
    .filter((name) => name.endsWith('.pub') && !name.endsWith('-cert.pub'))
    .sort()
    .map((name) => path.join(folder, name))
    .filter((file) => {
      const type = publicKeyType(file);
      return type !== undefined && allowed.includes(type);
    });
}

/** The key type of a public key file ("ssh-ed25519"), or undefined when it is not a usable public key. */
export function publicKeyType(file: string): string | undefined {
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > MAX_PUBLIC_KEY_BYTES) return undefined;
    const line = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((text) => text.trim())
      .find((text) => text !== '' && !text.startsWith('#'));
    return line === undefined ? undefined : keyTypeOfLine(line);
  } catch {
    return undefined;
  }
}

/** "ssh-ed25519 AAAAC3… comment" → "ssh-ed25519" when the base64 blob starts with that same type name. */
export function keyTypeOfLine(line: string): string | undefined {
  const [type, blob] = line.split(/\s+/);
  if (!type || !blob || !(KEY_TYPES as readonly string[]).includes(type)) return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob)) return undefined;
  const bytes = Buffer.from(blob, 'base64');
  // SSH wire format: uint32 length, then the key type name again (RFC 4253 §6.6).
  if (bytes.length < 4) return undefined;
  const nameLength = bytes.readUInt32BE(0);
  if (nameLength !== type.length || bytes.length < 4 + nameLength) return undefined;
  return bytes.subarray(4, 4 + nameLength).toString('latin1') === type ? type : undefined;
}

async function exists(file: string): Promise<boolean> {
  // lstat: a dangling symlink at the path still counts as "something is there".
  return (await lstat(file).catch(() => undefined)) !== undefined;
}

/** True when `keyPath` or `keyPath.pub` already exists: for a prompt's synchronous validate callback in the wizard. */
export function keyPathTaken(keyPath: string): boolean {
  for (const candidate of [keyPath, `${keyPath}.pub`]) {
    try {
      lstatSync(candidate);
      return true;
    } catch {
      // not there
    }
  }
  return false;
}
