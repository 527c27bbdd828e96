import { UsageError } from '../errors.js';
import { FLOOR_VERSION, type KnownVersion, releaseProblem, releaseStatus } from '../knowledge/releases.js';
import type { Finding } from '../types.js';
import { type MessageRef, renderMessage } from './messages/index.js';
import { readYamlMapping } from './parse.js';
import { isObj } from './read.js';
import { type Installer, type Omitted, type RawFinding, Report } from './report.js';
import { runRules } from './rules/index.js';
import { NEWEST_OCP_VERSION } from './versions.js';
import { locatePath } from './yaml/locate.js';
import type { YNode } from './yaml/nodes.js';

/*
 * `ocp-planner validate` core (the validation contract): the installer's static rules of the target release on any
 * install-config.yaml, with the field path, line and column of each finding. Pure: no I/O, no printing.
 */

export { KNOWN_OCP_VERSIONS, NEWEST_OCP_VERSION } from './versions.js';

export interface ValidateOptions {
  /** "4.14".."4.22", or a newer release (the 4.22 rules apply); default the newest known. Patch levels are ignored. */
  ocpVersion?: string;
  fileName?: string;
  /** The Agent-based installer (`openshift-install agent create image`) instead of `openshift-install create`. */
  installer?: Installer;
}

/** A finding as printed, with its sentence kept as a key and values for other languages. */
export interface ValidatorFinding extends Finding {
  text: MessageRef;
}

export interface ValidateResult {
  findings: ValidatorFinding[];
  valid: boolean;
  /** Findings counted beyond the per-rule cap (see report.ts), by rule. */
  omitted?: Omitted[];
}

/** Rules whose finding points at the key itself (the key is the mistake), not at its value. */
const KEY_RULES = new Set([
  'unknown-field',
  'field-case',
  'duplicate-key',
  'deprecated-field',
  'vip-deprecated',
  'vip-conflict',
  'vsphere-legacy-fields',
  'agent-ignored-field',
]);

/** The release whose rules apply: a known release, or the newest known for a newer one (the validation contract). */
export function rulesRelease(requested: string | undefined): KnownVersion {
  if (requested === undefined) return NEWEST_OCP_VERSION;
  const problem = releaseProblem(requested);
  if (problem) throw new UsageError(`--ocp-version: ${problem.en}.`);
  const status = releaseStatus(requested);
  if (status.kind === 'newer') return status.rulesOf;
  if (status.kind === 'known') return status.version;
  return FLOOR_VERSION;
}

/** Paths the up-conversion (convert.ts) creates, and the legacy field the user actually wrote. */
const LEGACY_ALIASES: Array<[RegExp, string]> = [
  [/\.(api|ingress)VIPs(\[\d+\])?$/, '.$1VIP'],
  [/\.(api|ingress)_vips(\[\d+\])?$/, '.$1_vip'],
  [/^networking\.machineNetwork\[0\]\.cidr$/, 'networking.machineCIDR'],
  [/^networking\.serviceNetwork\[0\]$/, 'networking.serviceCIDR'],
  [/^networking\.clusterNetwork(.*)$/, 'networking.clusterNetworks$1'],
];

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function written(raw: RawFinding, position?: { line: number; column: number }): ValidatorFinding {
  return {
    severity: raw.severity,
    path: raw.path,
    message: renderMessage(raw.text),
    rule: raw.rule,
    text: raw.text,
    ...(position ?? (raw.line !== undefined ? { line: raw.line, column: raw.column ?? 1 } : {})),
  };
}

/** Line and column of the offending node, or of the nearest parent that exists in the file. */
export function placeFinding(raw: RawFinding, root: YNode): { line: number; column: number } {
  if (raw.line !== undefined) return { line: raw.line, column: raw.column ?? 1 };
  let path = raw.path;
  let found = locatePath(root, path);
  if (!found.exact) {
    for (const [pattern, replacement] of LEGACY_ALIASES) {
      const legacy = path.replace(pattern, replacement);
      if (legacy !== path) {
        const candidate = locatePath(root, legacy);
        if (candidate.exact) {
          path = legacy;
          found = candidate;
          break;
        }
      }
    }
  }
  const { place, exact } = found;
  // The node itself for a bad value; its key for a bad key, for a whole mapping or list, and for a missing field's
  // nearest parent.
  const onKey = !exact || place.collection || KEY_RULES.has(raw.rule);
  const mark = onKey ? (place.key ?? place.value) : place.value;
  return { line: mark.line + 1, column: mark.column + 1 };
}

/** What checking one install-config text yields: the result, and what the agent checks and positions need. */
export interface CheckedText {
  result: ValidateResult;
  root: YNode;
  /** The config as the rules read it (canonical keys, deprecated fields converted). */
  config: Record<string, unknown>;
}

/** Findings of a finished report, placed in the file and sorted. */
export function finish(report: Report, root: YNode): ValidateResult {
  const findings = sortFindings(report.findings.map((raw) => written(raw, placeFinding(raw, root))));
  const omitted = report.omitted;
  return { findings, valid: !report.hasErrors, ...(omitted.length > 0 ? { omitted } : {}) };
}

/** Records the YAML reader's own findings: keys set twice, and a second document the installer ignores. */
export function yamlFindings(parsed: ReturnType<typeof readYamlMapping>, report: Report): void {
  for (const duplicate of parsed.duplicates) {
    report.add({
      severity: 'error',
      path: duplicate.path,
      rule: 'duplicate-key',
      text: {
        key: duplicate.merged ? 'yaml.duplicate-merged-key' : 'yaml.duplicate-key',
        values: { key: duplicate.key },
      },
      line: duplicate.mark.line + 1,
      column: duplicate.mark.column + 1,
    });
  }
  if (parsed.nextDocument) {
    report.add({
      severity: 'warning',
      path: '',
      rule: 'yaml-multiple-documents',
      text: { key: 'yaml.multiple-documents', values: { line: parsed.nextDocument.line + 1 } },
      line: parsed.nextDocument.line + 1,
      column: parsed.nextDocument.column + 1,
    });
  }
}

/** Checks one install-config text; throws UnreadableFile (a UsageError) when it cannot be read. */
export function checkInstallConfigText(text: string, opts: ValidateOptions = {}): CheckedText {
  const parsed = readYamlMapping(text);
  const report = new Report(rulesRelease(opts.ocpVersion), opts.installer ?? 'installer');
  yamlFindings(parsed, report);
  const config = runRules(parsed.value, report);
  return { result: finish(report, parsed.root), root: parsed.root, config };
}

export function validateInstallConfigText(text: string, opts: ValidateOptions = {}): ValidateResult {
  return checkInstallConfigText(text, opts).result;
}

/**
 * An install-config the planner rendered: its object checked (no YAML parse), and its text parsed only when there are
 * findings to place in it. The text is the object written as YAML, so it reads back as the same config and the rules
 * find the same of it (test/validate/rendered.test.ts holds every scenario to that); the rules run once.
 */
export function validateRenderedInstallConfig(
  obj: Record<string, unknown>,
  text: string,
  opts: ValidateOptions = {},
): ValidateResult {
  const report = new Report(rulesRelease(opts.ocpVersion), opts.installer ?? 'installer');
  runRules(obj, report);
  if (report.findings.length === 0) return { findings: [], valid: true };
  return finish(report, readYamlMapping(text).root);
}

export function validateInstallConfigObject(obj: unknown, opts: ValidateOptions = {}): ValidatorFinding[] {
  const report = new Report(rulesRelease(opts.ocpVersion), opts.installer ?? 'installer');
  if (!isObj(obj))
    throw new UsageError('An install-config must be a mapping of keys (apiVersion, metadata, platform, …).');
  runRules(obj, report);
  return report.findings.map((raw) => written(raw));
}
