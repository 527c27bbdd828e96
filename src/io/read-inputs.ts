import { parse } from 'yaml';
import type { Problem } from '../answers/problems.js';
import type { Inputs, Plan } from '../types.js';
import { readSmallFile } from './read-file.js';

export interface InputsResult {
  inputs: Inputs;
  problems: Problem[];
}

/**
 * Reads every file the plan refers to (pull secret, SSH key, mirror CA, credentials) and checks its shape.
 * Messages name the answers key and never echo a secret's content.
 */
export function readInputs(plan: Plan): InputsResult {
  const problems: Problem[] = [];
  const inputs: Inputs = { credentials: {} };
  const read = (key: string, file: string): string | undefined => {
    const result = readSmallFile(file);
    if (!result.ok) {
      problems.push({ key, message: `${file} ${result.reason}` });
      return undefined;
    }
    return result.text;
  };

  if (plan.secrets.pullSecretFile) {
    const text = read('secrets.pullSecretFile', plan.secrets.pullSecretFile);
    if (text !== undefined) {
      const problem = pullSecretProblem(text);
      if (problem)
        problems.push({
          key: 'secrets.pullSecretFile',
          message: `${plan.secrets.pullSecretFile} ${problem}`,
        });
      else inputs.pullSecret = JSON.stringify(JSON.parse(text));
    }
  }
  if (plan.secrets.sshKeyFile) {
    const text = read('secrets.sshKeyFile', plan.secrets.sshKeyFile);
    if (text !== undefined) {
      const problem = sshKeyProblem(text, plan.fips);
      if (problem)
        problems.push({ key: 'secrets.sshKeyFile', message: `${plan.secrets.sshKeyFile} ${problem}` });
      else inputs.sshKey = text.trim();
    }
  }
  if (plan.mirror?.caBundleFile) {
    const text = read('mirror.caBundleFile', plan.mirror.caBundleFile);
    if (text !== undefined) {
      if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(text)) {
        problems.push({
          key: 'mirror.caBundleFile',
          message: `${plan.mirror.caBundleFile} holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)`,
        });
      } else inputs.caBundle = `${text.trim()}\n`;
    }
  }
  const credentialFiles: { key: string; file: string }[] = [];
  if (typeof plan.platformConfig.credentialsFile === 'string') {
    credentialFiles.push({
      key: `${plan.platform}.credentialsFile`,
      file: plan.platformConfig.credentialsFile,
    });
  }
  plan.hosts.forEach((host, i) => {
    if (host.bmc)
      credentialFiles.push({ key: `hosts[${i}].bmc.credentialsFile`, file: host.bmc.credentialsFile });
  });
  for (const { key, file } of credentialFiles) {
    if (inputs.credentials[file]) continue;
    const text = read(key, file);
    if (text === undefined) continue;
    const credentials = parseCredentials(text);
    if (credentials) inputs.credentials[file] = credentials;
    else
      problems.push({
        key,
        message: `${file} must be YAML with "username:" and "password:" (both non-empty strings)`,
      });
  }
  return { inputs, problems };
}

/** The installer's pull-secret rule: a JSON object with a non-empty `auths`, each entry with auth or credsStore (§a.1). */
export function pullSecretProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not JSON; download the pull secret again from console.redhat.com/openshift/install/pull-secret';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'must be a JSON object with "auths"';
  const auths = (value as { auths?: unknown }).auths;
  if (
    typeof auths !== 'object' ||
    auths === null ||
    Array.isArray(auths) ||
    Object.keys(auths).length === 0
  ) {
    return 'needs a non-empty "auths" object';
  }
  for (const [registry, entry] of Object.entries(auths as Record<string, unknown>)) {
    const e = entry as { auth?: unknown; credsStore?: unknown } | null;
    if (!e || typeof e !== 'object' || (typeof e.auth !== 'string' && typeof e.credsStore !== 'string')) {
      return `entry "${registry}" needs "auth" or "credsStore"`;
    }
  }
  return undefined;
}

const KEY_TYPES =
  /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]+=*( .*)?$/;

/** authorized_keys format, one key; with FIPS only RSA or ECDSA (installer-rules §a.1). */
export function sshKeyProblem(text: string, fips: boolean): string | undefined {
  if (text.includes('PRIVATE KEY')) return 'is a private key; give the public key (the .pub file)';
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return 'is empty';
  for (const line of lines) {
    if (!KEY_TYPES.test(line.trim()))
      return 'is not an SSH public key (expected "ssh-ed25519 AAAA…" or "ssh-rsa AAAA…")';
  }
  if (fips && lines.some((line) => line.trim().startsWith('ssh-ed25519') || line.trim().startsWith('sk-'))) {
    return 'holds an ed25519 key, which the installer refuses with FIPS; use an RSA or ECDSA key (ssh-keygen -t rsa -b 4096)';
  }
  return undefined;
}

/** Why a file named under `key` cannot be used, for the wizard's inline validation; undefined when it is fine. */
export function referencedFileProblem(key: string, file: string, fips: boolean): string | undefined {
  const result = readSmallFile(file);
  if (!result.ok) return `${file} ${result.reason}`;
  if (key.endsWith('pullSecretFile')) return pullSecretProblem(result.text);
  if (key.endsWith('sshKeyFile')) return sshKeyProblem(result.text, fips);
  if (key.endsWith('caBundleFile') && !result.text.includes('-----BEGIN CERTIFICATE-----')) {
    return 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)';
  }
  if (key.endsWith('credentialsFile') && !parseCredentials(result.text)) {
    return 'must be YAML with "username:" and "password:"';
  }
  return undefined;
}

function parseCredentials(text: string): { username: string; password: string } | undefined {
  try {
    const value = parse(text) as { username?: unknown; password?: unknown } | null;
    if (!value || typeof value !== 'object') return undefined;
    if (typeof value.username !== 'string' || value.username === '') return undefined;
    const password = typeof value.password === 'number' ? String(value.password) : value.password;
    if (typeof password !== 'string' || password === '') return undefined;
    return { username: value.username, password };
  } catch {
    return undefined;
  }
}
