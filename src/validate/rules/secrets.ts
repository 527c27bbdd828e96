import { isObj, isUnset, type Obj, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * pullSecret and additionalTrustBundle (installer-rules §a.1, `validate.ImagePullSecret`, `validate.CABundle`).
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
    report.error(
      path,
      'pull-secret-required',
      'pullSecret is required: paste your pull secret from https://console.redhat.com/openshift/install/pull-secret in single quotes.',
    );
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(str(raw) ?? '');
  } catch {
    report.error(
      path,
      'pull-secret-format',
      'pullSecret is not valid JSON; paste the pull secret exactly as downloaded, on one line inside single quotes.',
    );
    return;
  }
  if (!isObj(parsed)) {
    report.error(
      path,
      'pull-secret-format',
      'pullSecret must be a JSON object of the form {"auths": {"<registry>": {"auth": "…"}}}.',
    );
    return;
  }
  const auths = parsed.auths;
  if (!isObj(auths) || Object.keys(auths).length === 0) {
    report.error(
      path,
      'pull-secret-format',
      'auths required: pullSecret must contain a non-empty "auths" object with one entry per registry.',
    );
    return;
  }
  for (const [registry, entry] of Object.entries(auths)) {
    const auth = isObj(entry) ? entry : {};
    if (isUnset(auth.auth) && isUnset(auth.credsStore)) {
      report.error(
        path,
        'pull-secret-format',
        `"${registry}" requires either auth or credsStore in pullSecret.auths; add the registry's base64 "user:password" as "auth".`,
      );
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
    report.error(
      'additionalTrustBundlePolicy',
      'trust-bundle-policy',
      `"${policy}" is not a trust bundle policy: supported values "Proxyonly", "Always" (Proxyonly is the default).`,
    );
  }
  const text = str(config.additionalTrustBundle);
  if (text === undefined || text.trim() === '') return;
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) {
    report.error(
      path,
      'trust-bundle-format',
      'additionalTrustBundle holds no PEM block; paste the CA certificate(s) from "-----BEGIN CERTIFICATE-----" to "-----END CERTIFICATE-----".',
    );
    return;
  }
  blocks.forEach((block, i) => {
    const type = block[1] ?? '';
    const body = (block[2] ?? '').replace(/\s+/g, '');
    const n = i + 1;
    if (type !== 'CERTIFICATE') {
      report.error(
        path,
        'trust-bundle-format',
        `PEM block ${n} is a "${type}", not a CERTIFICATE; additionalTrustBundle may hold only X.509 certificates (never a key).`,
      );
    } else if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) {
      report.error(
        path,
        'trust-bundle-format',
        `invalid block: PEM block ${n} is not base64 data; paste the certificate file unchanged.`,
      );
    } else if (!looksLikeDer(Buffer.from(body, 'base64'))) {
      report.error(
        path,
        'trust-bundle-format',
        `PEM block ${n} does not hold an X.509 certificate (DER); paste the real CA certificate.`,
      );
    }
  });
}
