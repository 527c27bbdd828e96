import { UsageError } from '../errors.js';
import { releaseProblem, releaseStatus } from '../knowledge/releases.js';
import type { Finding } from '../types.js';
import { type PathPosition, parseInstallConfigText } from './parse.js';
import { parentOf } from './path.js';
import { isObj } from './read.js';
import { Report } from './report.js';
import { runRules } from './rules/index.js';
import { NEWEST_OCP_VERSION } from './versions.js';

/*
 * `ocp-planner validate` core (SPEC §5): the installer's static rules on any install-config.yaml, with the field path,
 * line and column of each finding. Pure: no I/O, no printing.
 */

export { KNOWN_OCP_VERSIONS, NEWEST_OCP_VERSION } from './versions.js';

export interface ValidateOptions {
  /** "4.14".."4.21"; default the newest, "4.21". A patch level ("4.18.3") is accepted and ignored. */
  ocpVersion?: string;
  fileName?: string;
}

export interface ValidateResult {
  findings: Finding[];
  valid: boolean;
  /** Findings left out beyond the cap (report.ts MAX_FINDINGS). */
  truncated?: number;
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
]);

/** The release whose rules apply: a known release, or the newest known for a newer one (SPEC §5). */
function resolveVersion(requested: string | undefined): string {
  if (requested === undefined) return NEWEST_OCP_VERSION;
  const problem = releaseProblem(requested);
  if (problem) throw new UsageError(`--ocp-version: ${problem.en}.`);
  const status = releaseStatus(requested);
  return status.kind === 'newer'
    ? status.rulesOf
    : status.kind === 'known'
      ? status.version
      : NEWEST_OCP_VERSION;
}

function run(config: Record<string, unknown>, report: Report): Finding[] {
  runRules(config, report);
  // The installer de-duplicates identical messages (field.ErrorList.ToAggregate); so do we.
  const seen = new Set<string>();
  return report.findings.filter((f) => {
    const key = `${f.severity}|${f.path}|${f.rule}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateInstallConfigText(text: string, opts: ValidateOptions = {}): ValidateResult {
  const report = new Report(resolveVersion(opts.ocpVersion));
  const parsed = parseInstallConfigText(text, report);
  const findings = run(parsed.value, report).map((f) =>
    f.line === undefined ? locate(f, parsed.positions) : f,
  );
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const valid = report.droppedErrors === 0 && !findings.some((f) => f.severity === 'error');
  return { findings, valid, ...(report.dropped > 0 ? { truncated: report.dropped } : {}) };
}

export function validateInstallConfigObject(obj: unknown, opts: ValidateOptions = {}): Finding[] {
  const report = new Report(resolveVersion(opts.ocpVersion));
  if (!isObj(obj))
    throw new UsageError('An install-config must be a mapping of keys (apiVersion, metadata, platform, …).');
  return run(obj, report);
}

/** Paths the up-conversion (convert.ts) creates, and the legacy field the user actually wrote. */
const LEGACY_ALIASES: Array<[RegExp, string]> = [
  [/\.(api|ingress)VIPs(\[\d+\])?$/, '.$1VIP'],
  [/\.(api|ingress)_vips(\[\d+\])?$/, '.$1_vip'],
  [/^networking\.machineNetwork\[0\]\.cidr$/, 'networking.machineCIDR'],
  [/^networking\.serviceNetwork\[0\]$/, 'networking.serviceCIDR'],
  [/^networking\.clusterNetwork(.*)$/, 'networking.clusterNetworks$1'],
];

/** Line and column of the offending node, or of the nearest parent that exists in the file. */
function locate(finding: Finding, positions: Map<string, PathPosition>): Finding {
  let path = finding.path;
  let exact = true;
  if (!positions.has(path)) {
    for (const [pattern, replacement] of LEGACY_ALIASES) {
      const legacy = path.replace(pattern, replacement);
      if (legacy !== path && positions.has(legacy)) {
        path = legacy;
        break;
      }
    }
  }
  for (;;) {
    const found = positions.get(path);
    if (found) {
      // The node itself for a bad value; its key for a bad key; a missing field's parent is shown by its key line.
      const onKey = !exact || KEY_RULES.has(finding.rule ?? '');
      const chosen = onKey ? (found.key ?? found.value) : found.value;
      return { ...finding, line: chosen.line, column: chosen.column };
    }
    if (path === '') return { ...finding, line: 1, column: 1 };
    path = parentOf(path);
    exact = false;
  }
}
