import { atLeast } from '../knowledge/releases.js';
import type { Finding } from '../types.js';

/**
 * What every rule receives: the target release and two ways to report. Rules never print and never throw for bad
 * data; they add findings here and the caller attaches line and column afterwards.
 */
export class Report {
  readonly findings: Finding[] = [];

  constructor(readonly version: string) {}

  /** True when the target release is `release` or newer: rules added in a release apply from it on. */
  atLeast(release: string): boolean {
    return atLeast(this.version, release);
  }

  error(path: string, rule: string, message: string): void {
    this.findings.push({ severity: 'error', path, message, rule });
  }

  warn(path: string, rule: string, message: string): void {
    this.findings.push({ severity: 'warning', path, message, rule });
  }
}
