import { isObj, isUnset, type Obj, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * pullSecret and additionalTrustBundle (`validate.ImagePullSecret`, `validate.CABundle`).
 * Messages never repeat the pull secret's content: it is a credential.
 */

/** The registries named in a valid pull secret (used by the mirror rules); undefined when it does not parse. */
export function pullSecretRegistries(config: Obj): string[] | undefined {
  const text = str(config.pullSecret);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObj(parsed) && isObj(parsed.auths) ? Object.keys(parsed.auths) : undefined;
  } catch {
    return undefined;
  }
}

export function checkPullSecret(config: Obj, report: Report): void {
  const raw = config.pullSecret;
  const path = 'pullSecret';
  if (isUnset(raw)) {
    report.error(path, 'pull-secret-required', 'secrets.pull-secret-required');
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(str(raw) ?? '');
  } catch {
    report.error(path, 'pull-secret-format', 'secrets.pull-secret-json');
    return;
  }
  if (!isObj(parsed)) {
    report.error(path, 'pull-secret-format', 'secrets.pull-secret-object');
    return;
  }
  const auths = parsed.auths;
  if (!isObj(auths) || Object.keys(auths).length === 0) {
    report.error(path, 'pull-secret-format', 'secrets.pull-secret-auths');
    return;
  }
  for (const [registry, entry] of Object.entries(auths)) {
    const auth = isObj(entry) ? entry : {};
    if (isUnset(auth.auth) && isUnset(auth.credsStore)) {
      report.error(path, 'pull-secret-format', 'secrets.pull-secret-entry', {
        registry: registry.length > 80 ? `${registry.slice(0, 80)}…` : registry,
      });
    }
  }
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** A DER SEQUENCE whose encoded length matches the data: the outer shape of every X.509 certificate. */
function looksLikeDer(bytes: Buffer): boolean {
  if (bytes.length < 2 || bytes[0] !== 0x30) return false;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return first + 2 === bytes.length;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return false;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  return length + 2 + count === bytes.length;
}

export function checkTrustBundle(config: Obj, report: Report): void {
  const path = 'additionalTrustBundle';
  const policy = str(config.additionalTrustBundlePolicy);
  if (policy !== undefined && policy !== '' && policy !== 'Proxyonly' && policy !== 'Always') {
    report.error('additionalTrustBundlePolicy', 'trust-bundle-policy', 'secrets.trust-policy', {
      value: policy,
    });
  }
  const text = str(config.additionalTrustBundle);
  if (text === undefined || text.trim() === '') return;
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) {
    report.error(path, 'trust-bundle-format', 'secrets.trust-none');
    return;
  }
  blocks.forEach((block, i) => {
    const type = block[1] ?? '';
    const raw = block[2] ?? '';
    const body = raw.replace(/\s+/g, '');
    // The usual real cause of "invalid block": text after "-----BEGIN CERTIFICATE-----" on the same line, or a
    // comment line inside the block.
    const headerText = (raw.split(/\r?\n/)[0] ?? '').trim() !== '' || /^\s*#/m.test(raw);
    const n = i + 1;
    if (type !== 'CERTIFICATE') {
      report.error(path, 'trust-bundle-format', 'secrets.trust-type', { n, type });
    } else if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) {
      report.error(
        path,
        'trust-bundle-format',
        headerText ? 'secrets.trust-header-text' : 'secrets.trust-base64',
        { n },
      );
    } else if (!looksLikeDer(Buffer.from(body, 'base64'))) {
      report.error(path, 'trust-bundle-format', 'secrets.trust-der', { n });
    }
  });
}
