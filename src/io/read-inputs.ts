import { statSync } from 'node:fs';
import { isScalar, parseDocument } from 'yaml';
import { readPlainYaml } from '../answers/plain-reader.js';
import type { Problem } from '../answers/problems.js';
import type { Inputs, Lang, Plan } from '../types.js';
import { inputProblemKo } from './input-messages.js';
import { type ReadResult, readSmallFile } from './read-file.js';

/**
 * A real pull secret is a few kilobytes (a handful of registries); this bound keeps the rendered install-config well
 * below the 1 MiB that `validate` and `verify` accept.
 */
export const MAX_PULL_SECRET_BYTES = 256 * 1024;

export interface InputsResult {
  inputs: Inputs;
  problems: Problem[];
  /** Keys of the problems that are an unreadable file (permission, FIFO, device, size): a usage error (exit 2). */
  unreadable: string[];
  /** Secret files that other users can read (ssh warns the same way about keys); the run goes on. */
  warnings: string[];
}

const WARNING: Record<Lang, (file: string, mode: string) => string> = {
  en: (file, mode) =>
    `warning: ${file} holds a secret but other users can read it (mode ${mode}); restrict it with chmod 600 ${file}.`,
  ko: (file, mode) =>
    `경고: ${file}에는 비밀 값이 있는데 다른 사용자도 읽을 수 있습니다(권한 ${mode}). chmod 600 ${file}(으)로 제한하십시오.`,
};

/** Credentials file keys: every one of them holds a password. */
export interface CredentialsRef {
  key: string;
  file: string;
}

/** Every credentials file the plan refers to, with its answers key (platform, proxy, each host's BMC). */
export function credentialsFiles(plan: Plan): CredentialsRef[] {
  const refs: CredentialsRef[] = [];
  if (typeof plan.platformConfig.credentialsFile === 'string') {
    refs.push({ key: `${plan.platform}.credentialsFile`, file: plan.platformConfig.credentialsFile });
  }
  if (plan.proxy?.credentialsFile)
    refs.push({ key: 'proxy.credentialsFile', file: plan.proxy.credentialsFile });
  if (plan.mirror?.credentialsFile)
    refs.push({ key: 'mirror.credentialsFile', file: plan.mirror.credentialsFile });
  plan.hosts.forEach((host, i) => {
    if (host.bmc) refs.push({ key: `hosts[${i}].bmc.credentialsFile`, file: host.bmc.credentialsFile });
  });
  return refs;
}

/**
 * Reads every file the plan refers to (pull secret, SSH key, mirror CA, credentials) and checks its shape.
 * Messages name the answers key and never echo a secret's content.
 */
export function readInputs(
  plan: Plan,
  lang: Lang = 'en',
  typed: ReadonlyMap<string, { username: string; password: string }> = new Map(),
): InputsResult {
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  const warnings: string[] = [];
  // Credentials typed into the wizard are known already; their files are written with the plan.
  const inputs: Inputs = { credentials: Object.fromEntries(typed) };
  const read = (key: string, file: string, secret: boolean, limit?: number): string | undefined => {
    const result = readSmallFile(file, limit === undefined ? {} : { limit });
    if (!result.ok) {
      problems.push({ key, message: `${file} ${result.reason}`, ko: `${file}: ${result.why.ko}` });
      if (isUnreadable(result)) unreadable.push(key);
      return undefined;
    }
    if (secret) {
      const mode = exposedMode(file);
      if (mode) warnings.push(WARNING[lang](file, mode));
    }
    return result.text;
  };

  if (plan.secrets.pullSecretFile) {
    const text = read('secrets.pullSecretFile', plan.secrets.pullSecretFile, true, MAX_PULL_SECRET_BYTES);
    if (text !== undefined) {
      const problem = pullSecretProblem(text);
      if (problem)
        problems.push({
          key: 'secrets.pullSecretFile',
          message: `${plan.secrets.pullSecretFile} ${problem}`,
          ko: `${plan.secrets.pullSecretFile}: ${inputProblemKo(problem)}`,
        });
      else inputs.pullSecret = asciiSafeJson(JSON.parse(text));
    }
  }
  if (plan.secrets.sshKeyFile) {
    const text = read('secrets.sshKeyFile', plan.secrets.sshKeyFile, false);
    if (text !== undefined) {
      const problem = sshKeyProblem(text, plan.fips);
      if (problem)
        problems.push({
          key: 'secrets.sshKeyFile',
          message: `${plan.secrets.sshKeyFile} ${problem}`,
          ko: `${plan.secrets.sshKeyFile}: ${inputProblemKo(problem)}`,
        });
      else inputs.sshKey = text.trim();
    }
  }
  // The mirror's CA and a TLS-inspecting proxy's CA both belong in additionalTrustBundle, one PEM after the other.
  const bundles: string[] = [];
  for (const [key, file] of [
    ['mirror.caBundleFile', plan.mirror?.caBundleFile],
    ['proxy.caBundleFile', plan.proxy?.caBundleFile],
  ] as const) {
    if (!file) continue;
    const text = read(key, file, false);
    if (text === undefined) continue;
    if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(text)) {
      const problem = 'holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)';
      problems.push({ key, message: `${file} ${problem}`, ko: `${file}: ${inputProblemKo(problem)}` });
    } else bundles.push(`${text.trim()}\n`);
  }
  if (bundles.length > 0) inputs.caBundle = bundles.join('');
  for (const { key, file } of credentialsFiles(plan)) {
    if (inputs.credentials[file]) continue;
    const text = read(key, file, true);
    if (text === undefined) continue;
    const credentials = parseCredentials(text);
    if ('username' in credentials) inputs.credentials[file] = credentials;
    else
      problems.push({
        key,
        message: `${file} ${credentials.problem}`,
        ko: `${file}: ${inputProblemKo(credentials.problem)}`,
      });
  }
  mergeMirrorCredentials(plan, inputs);
  return { inputs, problems, unreadable, warnings };
}

/**
 * A mirror registry that needs a login gets its entry in the pull secret's `auths` (base64 of user:password, the
 * format of the pull secret's other entries), so the credentials reach install-config.yaml and no other file.
 */
function mergeMirrorCredentials(plan: Plan, inputs: Inputs): void {
  const file = plan.mirror?.credentialsFile;
  const credentials = file ? inputs.credentials[file] : undefined;
  if (!plan.mirror || !credentials) return;
  const host = plan.mirror.registry.replace(/\/+$/, '').split('/')[0] ?? plan.mirror.registry;
  const secret = inputs.pullSecret
    ? (JSON.parse(inputs.pullSecret) as { auths: Record<string, unknown> })
    : { auths: {} };
  secret.auths[host] = {
    auth: Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64'),
  };
  inputs.pullSecret = asciiSafeJson(secret);
}

/**
 * One line of JSON in which every character a YAML 1.1 reader (the installer's go-yaml) could take as a line break
 * or that a terminal would act on is written as a \u escape: the same JSON value, and nothing for a reader to fold.
 */
function asciiSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A file that exists but cannot be used as a file at all: a usage error, not an answer to correct (the command-line contract). */
function isUnreadable(result: Extract<ReadResult, { ok: false }>): boolean {
  return result.problem !== 'missing';
}

/** The file's permission bits as octal when group or others may read it (`mode & 0o077`), else undefined. */
function exposedMode(file: string): string | undefined {
  try {
    // A secret reached through a link is judged by the file it points to, which is what gets read.
    const { mode } = statSync(file);
    return (mode & 0o077) !== 0 ? (mode & 0o777).toString(8).padStart(4, '0') : undefined;
  } catch {
    return undefined;
  }
}

/** The installer's pull-secret rule: a JSON object with a non-empty `auths`, each entry with auth or credsStore. */
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

/** authorized_keys format, one key; with FIPS only RSA or ECDSA. */
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

/**
 * Why a file named under `key` cannot be used, for the wizard's inline validation, in the wizard's language;
 * undefined when it is fine.
 */
export function referencedFileProblem(
  key: string,
  file: string,
  fips: boolean,
  lang: Lang = 'en',
): string | undefined {
  const result = readSmallFile(file, key.endsWith('pullSecretFile') ? { limit: MAX_PULL_SECRET_BYTES } : {});
  if (!result.ok) return lang === 'ko' ? `${file}: ${result.why.ko}` : `${file} ${result.reason}`;
  const problem = contentProblem(key, result.text, fips);
  if (problem === undefined) return undefined;
  return lang === 'ko' ? inputProblemKo(problem) : problem;
}

function contentProblem(key: string, text: string, fips: boolean): string | undefined {
  if (key.endsWith('pullSecretFile')) return pullSecretProblem(text);
  if (key.endsWith('sshKeyFile')) return sshKeyProblem(text, fips);
  if (key.endsWith('caBundleFile') && !text.includes('-----BEGIN CERTIFICATE-----')) {
    return 'holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)';
  }
  if (key.endsWith('credentialsFile')) {
    const parsed = parseCredentials(text);
    if ('problem' in parsed) return parsed.problem;
  }
  return undefined;
}

const CREDENTIALS_SHAPE = 'must be YAML with "username:" and "password:" (both non-empty)';

/**
 * `username:` and `password:` of a credentials file, exactly as written. A plain scalar that YAML would read as a
 * number or boolean (`password: 0123`, `0x1F`, `1e3`, `.inf`, `yes`) is taken as its source text, so the password
 * that reaches install-config.yaml is the one the user typed, not "123" or "Infinity".
 */
export function parseCredentials(text: string): { username: string; password: string } | { problem: string } {
  // A file in the plain shape (what the wizard writes: two one-line scalars) is read without the YAML parser, with
  // the value the parser gives; a whole number or boolean there is its own source text again.
  const plain = readPlainYaml(text);
  if (plain) return credentialsOf(plainField(plain.username), plainField(plain.password));
  return parseCredentialsWithYaml(text);
}

function plainField(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function credentialsOf(
  username: string | undefined,
  password: string | undefined,
): { username: string; password: string } | { problem: string } {
  if (!username || !password) return { problem: CREDENTIALS_SHAPE };
  return { username, password };
}

/** parseCredentials through the yaml package: any shape of YAML, and the message for a broken file. */
export function parseCredentialsWithYaml(
  text: string,
): { username: string; password: string } | { problem: string } {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return { problem: `is not valid YAML; it ${CREDENTIALS_SHAPE}` };
  const field = (name: string): string | undefined => {
    let node: unknown;
    try {
      node = doc.get(name, true);
    } catch {
      return undefined;
    }
    if (!isScalar(node)) return undefined;
    if (typeof node.value === 'string') return node.value;
    if (node.value === null || node.value === undefined) return undefined;
    return typeof node.source === 'string' ? node.source : String(node.value);
  };
  return credentialsOf(field('username'), field('password'));
}
