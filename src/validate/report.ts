import { atLeast, type KnownVersion, olderThan } from '../knowledge/releases.js';
import { VERSIONED_RULES, type VersionedRuleId } from '../knowledge/validation-releases.js';
import type { Finding } from '../types.js';
import { type MessageKey, type MessageRef, type MessageValue, msg } from './messages/index.js';

/** A finding with its sentence still to be written (in the user's language, when printed). */
export interface RawFinding {
  severity: Finding['severity'];
  path: string;
  rule: string;
  text: MessageRef;
  line?: number;
  column?: number;
}

/** How many findings of one rule were counted but not kept. */
export interface Omitted {
  rule: string;
  errors: number;
  warnings: number;
}

/** At most this many findings of one rule are kept; the rest are counted (a 1 MiB file can hold millions). */
export const MAX_FINDINGS_PER_RULE = 50;

export type Installer = 'installer' | 'agent';

/**
 * What every rule receives: the release whose rules apply, the install method, and two ways to report. Rules never
 * print and never throw for bad data; they add findings here and the caller attaches line and column afterwards.
 */
export class Report {
  readonly findings: RawFinding[] = [];
  private readonly omittedByRule = new Map<string, Omitted>();
  private readonly perRule = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly renames: Array<[string, string]> = [];
  private readonly applied = new Map<VersionedRuleId, boolean>();
  /** Paths whose value has the wrong type: the value is there, so a rule that finds it missing says nothing new. */
  private readonly mistyped = new Set<string>();

  constructor(
    /** The release whose rules apply (a newer release reads as the newest known). */
    readonly version: KnownVersion,
    readonly installer: Installer = 'installer',
  ) {}

  /** The Agent-based installer (`openshift-install agent`), which calls the same validation with usingAgentMethod. */
  get agent(): boolean {
    return this.installer === 'agent';
  }

  /** True when the target release is `release` or newer: rules added in a release apply from it on. */
  atLeast(release: string): boolean {
    return atLeast(this.version, release);
  }

  /** Whether a rule of knowledge/validation-releases.ts applies to the target release. */
  applies(rule: VersionedRuleId): boolean {
    const known = this.applied.get(rule);
    if (known !== undefined) return known;
    const entry: { since?: string; until?: string } = VERSIONED_RULES[rule];
    const applies =
      !(entry.since !== undefined && olderThan(this.version, entry.since)) &&
      !(entry.until !== undefined && atLeast(this.version, entry.until));
    this.applied.set(rule, applies);
    return applies;
  }

  error(path: string, rule: string, key: MessageKey, values?: Record<string, MessageValue>): void {
    this.add({ severity: 'error', path, rule, text: msg(key, values) });
  }

  warn(path: string, rule: string, key: MessageKey, values?: Record<string, MessageValue>): void {
    this.add({ severity: 'warning', path, rule, text: msg(key, values) });
  }

  /** Whether another finding of `rule` would still be kept (callers skip costly work, such as suggestions, if not). */
  keeps(rule: string): boolean {
    return (this.perRule.get(rule) ?? 0) < MAX_FINDINGS_PER_RULE;
  }

  /**
   * Findings on `from` (and below it) are reported on `to`: a value the up-conversion generated (a vSphere failure
   * domain made from flat fields) is named by the field the user wrote.
   */
  renamePath(from: string, to: string): void {
    this.renames.push([from, to]);
  }

  private renamed(path: string): string {
    for (const [from, to] of this.renames) {
      if (path === from) return to;
      if (path.startsWith(`${from}.`) || path.startsWith(`${from}[`)) return to;
    }
    return path;
  }

  add(input: RawFinding): void {
    const finding = this.renames.length > 0 ? { ...input, path: this.renamed(input.path) } : input;
    // A value of the wrong type is one problem: the installer stops at the type error when it reads the file and
    // never gets to say the field is missing (`pullSecret: {…}` without quotes is a mapping, not a missing secret).
    if (finding.rule === 'field-type') this.mistyped.add(finding.path);
    else if (finding.rule.endsWith('-required') && this.mistyped.has(finding.path)) return;
    const kept = this.perRule.get(finding.rule) ?? 0;
    if (kept >= MAX_FINDINGS_PER_RULE) {
      const omitted = this.omittedByRule.get(finding.rule) ?? { rule: finding.rule, errors: 0, warnings: 0 };
      if (finding.severity === 'error') omitted.errors++;
      else omitted.warnings++;
      this.omittedByRule.set(finding.rule, omitted);
      return;
    }
    // The installer de-duplicates identical messages (field.ErrorList.ToAggregate); so do we.
    const identity = `${finding.severity}|${finding.path}|${finding.rule}|${JSON.stringify(finding.text)}`;
    if (this.seen.has(identity)) return;
    this.seen.add(identity);
    this.perRule.set(finding.rule, kept + 1);
    this.findings.push(finding);
  }

  get omitted(): Omitted[] {
    return [...this.omittedByRule.values()];
  }

  get hasErrors(): boolean {
    return this.findings.some((f) => f.severity === 'error') || this.omitted.some((o) => o.errors > 0);
  }
}
