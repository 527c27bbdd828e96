/**
 * Secret masking, one implementation for every place a secret could be printed: the `plan --check` diff, `verify`
 * findings and any message that shows a URL. A secret is masked by where it sits in a YAML document (its key, whatever
 * the quoting or scalar style) and, as a second net, wherever a known secret value appears in any text, in the forms
 * it takes when a program quotes it (JSON or Go escapes, YAML single quotes, URL encoding, line by line).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, visit } from 'yaml';

export const SECRET_MASK = '<secret masked>';
/** Secrets shorter than this are not searched for as text: they would mask ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** install-config keys whose value is a secret (the installer reads keys case-insensitively, as JSON). */
const SECRET_KEYS = new Set(['pullsecret', 'password']);
/** Keys whose value is a URL that may carry `user:password@`. */
const URL_KEYS = new Set(['httpproxy', 'httpsproxy']);

const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:]*):([^\s/?#@]*)@/gi;

/** A URL with its password replaced: `http://proxyuser:***@10.90.0.2:3128`. The user name stays, for recognition. */
export function redactUrl(url: string): string {
  return url.replace(USERINFO, (_, scheme: string, user: string) => `${scheme}${user}:***@`);
}

/**
 * `http://host:3128` with `user:password@` inserted, both percent-encoded as URL userinfo must be (RFC 3986 §3.2.1):
 * the form install-config.yaml's proxy fields take ("Configuring the cluster-wide proxy during installation").
 */
export function withUserinfo(url: string, credentials: { username: string; password: string }): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(.*)$/i.exec(url);
  if (!match) return url;
  return `${match[1]}${encodeURIComponent(credentials.username)}:${encodeURIComponent(credentials.password)}@${match[2]}`;
}

/** The passwords of every `scheme://user:password@` in `text`, raw and percent-decoded. */
export function urlPasswords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(USERINFO)) {
    const password = match[3] ?? '';
    found.push(password);
    try {
      found.push(decodeURIComponent(password));
    } catch {
      // Not valid percent-encoding: the raw form is enough.
    }
  }
  return found;
}

/**
 * The texts to search for when masking `secret`: the value itself, as JSON or Go would escape it, as YAML single
 * quotes write it, URL-encoded, and each of its lines (a multi-line secret is printed line by line).
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  for (const base of [secret, ...secret.split(/\r?\n/).map((line) => line.trim())]) {
    const json = JSON.stringify(base).slice(1, -1);
    forms.add(base);
    forms.add(json);
    // Quoted twice: a JSON message that quotes a JSON string (Go's %q of an unmarshal error, logfmt values).
    forms.add(JSON.stringify(json).slice(1, -1));
    forms.add(base.replaceAll("'", "''"));
    forms.add(encodeURIComponent(base));
  }
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/** A pull secret and what it contains: each registry's `auth`, its decoded `user:password`, the password alone. */
export function pullSecretParts(pullSecret: string): string[] {
  const parts = [pullSecret];
  let value: unknown;
  try {
    value = JSON.parse(pullSecret);
  } catch {
    return parts;
  }
  const auths = (value as { auths?: unknown } | null)?.auths;
  if (!auths || typeof auths !== 'object') return parts;
  for (const entry of Object.values(auths as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object') continue;
    for (const [key, field] of Object.entries(entry as Record<string, unknown>)) {
      if (typeof field !== 'string' || key === 'email' || key === 'username') continue;
      parts.push(field);
      if (key === 'auth') {
        const decoded = Buffer.from(field, 'base64').toString('utf8');
        parts.push(decoded);
        const colon = decoded.indexOf(':');
        if (colon >= 0) parts.push(decoded.slice(colon + 1));
      }
    }
  }
  return parts;
}

/** Every needle for these secrets, longest first (so a secret is masked whole before any of its lines). */
export function maskNeedles(secrets: readonly string[]): string[] {
  const needles = new Set<string>();
  for (const secret of secrets) for (const form of secretForms(secret)) needles.add(form);
  return [...needles].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of a needle, and every URL password, replaced by the mask. */
export function maskText(text: string, needles: readonly string[]): string {
  let masked = redactUrl(text);
  for (const needle of needles) if (masked.includes(needle)) masked = masked.split(needle).join(SECRET_MASK);
  return masked;
}

export interface MaskedYaml {
  /** The text with each secret node replaced by the mask, everything else as it was. */
  text: string;
  /** The secret values found, for masking copies of them elsewhere. */
  secrets: string[];
}

/**
 * Masks the secrets of a YAML document (an install-config, a credentials file) by their keys: the value of every
 * `pullSecret` and `password` key, at any depth and in any scalar style, and the password in proxy URLs. Only the
 * secret spans of the text change, so a diff of two masked texts shows every other change as it was written.
 * Undefined when the text is not YAML: then none of it may be shown.
 */
export function maskYamlSecrets(text: string): MaskedYaml | undefined {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  const spans: [number, number, string][] = [];
  const secrets: string[] = [];
  const secretNode = (node: Node | null | undefined): void => {
    if (!node) return;
    const target = isAlias(node) ? node.resolve(doc) : node;
    if (!target?.range) return;
    spans.push([target.range[0], target.range[1], SECRET_MASK]);
    if (isScalar(target)) secrets.push(String(target.value ?? ''));
    else secrets.push(...stringsIn(target));
    if (isAlias(node) && node.range) spans.push([node.range[0], node.range[1], SECRET_MASK]);
  };
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value).toLowerCase();
      const value = pair.value as Node | null;
      if (SECRET_KEYS.has(key)) {
        secretNode(value);
        return visit.SKIP;
      }
      if (URL_KEYS.has(key) && isScalar(value) && typeof value.value === 'string' && value.range) {
        const passwords = urlPasswords(value.value);
        if (passwords.length > 0) {
          secrets.push(...passwords);
          spans.push([value.range[0], value.range[1], JSON.stringify(redactUrl(value.value))]);
        }
      }
      return undefined;
    },
  });
  // Replace from the end so earlier offsets stay valid; nested or repeated spans keep only the outermost.
  spans.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let masked = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const [start, end, replacement] of spans) {
    if (end > limit) continue;
    masked =
      masked.slice(0, start) + replacement + trailingBreak(masked.slice(start, end)) + masked.slice(end);
    limit = start;
  }
  return { text: masked, secrets: secrets.filter((s) => s.length > 0) };
}

/** A block scalar's span ends with its line break; keep it so the next key stays on its own line. */
function trailingBreak(span: string): string {
  return /\n$/.test(span) ? '\n' : '';
}

function stringsIn(node: Node): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (isScalar(n)) out.push(String(n.value ?? ''));
    else if (isMap(n)) for (const pair of n.items) walk(pair.value);
    else if (isSeq(n)) for (const item of n.items) walk(item);
  };
  walk(node);
  return out;
}

/**
 * Every secret an install-config (or any YAML config) holds, expanded for masking: pull secret with its parts,
 * passwords, proxy URL passwords. For `verify`, which shows what the installer said about a copy it made.
 */
export function secretsOfConfig(text: string): string[] {
  const found = maskYamlSecrets(text)?.secrets ?? secretLines(text);
  return [...found.flatMap(pullSecretParts), ...urlPasswords(text)];
}

/** For text that is not YAML: the rest of every line that looks like a secret key, quotes removed. */
function secretLines(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*["']?(?:pullSecret|password)["']?\s*:\s*(.+?)\s*$/gim)) {
    const value = match[1] ?? '';
    found.push(value, value.replace(/^(['"])(.*)\1$/, '$2'));
  }
  return found;
}
