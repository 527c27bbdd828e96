import { isUnset, type Obj, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * sshKey: every non-empty line must be an authorized_keys public key (`ssh: no key found`
 * otherwise); with fips only ssh-rsa and ecdsa keys; required on PowerVS. The check is structural: a known key type
 * followed by base64 data whose first field repeats the key type, as golang.org/x/crypto/ssh parses it.
 */

const KEY_TYPES = [
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'sk-ssh-ed25519@openssh.com',
];
const FIPS_TYPES = /^(ssh-rsa|ecdsa-sha2-nistp\d+)$/;

/** The key type of an authorized_keys line, or undefined when it holds no valid public key. */
export function publicKeyType(line: string): string | undefined {
  const fields = line.trim().split(/\s+/);
  // Options may precede the key type (authorized_keys format); try every position.
  for (let i = 0; i < fields.length - 1; i++) {
    const type = fields[i] as string;
    const base = type.replace(/-cert-v01@openssh\.com$/, '');
    if (!KEY_TYPES.includes(base)) continue;
    const blob = fields[i + 1] as string;
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob) || blob.length % 4 !== 0) return undefined;
    const bytes = Buffer.from(blob, 'base64');
    if (bytes.length < 4) return undefined;
    const length = bytes.readUInt32BE(0);
    if (bytes.toString('latin1', 4, 4 + length) !== type) return undefined;
    return type;
  }
  return undefined;
}

export function checkSshKey(config: Obj, platform: string | undefined, report: Report): void {
  const raw = config.sshKey;
  if (isUnset(raw)) {
    if (platform === 'powervs') report.error('sshKey', 'ssh-key-required', 'ssh.required');
    return;
  }
  const text = str(raw) ?? '';
  const fips = config.fips === true;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const shown = trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
    if (/PRIVATE KEY/.test(trimmed)) {
      report.error('sshKey', 'ssh-key-format', 'ssh.private');
      return;
    }
    const type = publicKeyType(trimmed);
    if (type === undefined) {
      report.error('sshKey', 'ssh-key-format', 'ssh.no-key', { shown });
    } else if (fips && !FIPS_TYPES.test(type)) {
      report.error('sshKey', 'ssh-key-fips', 'ssh.fips', { type });
    }
  }
}
