import { atLeast } from '../knowledge/releases.js';
import type { Finding } from '../types.js';

/**
 * What every rule receives: the target release and two ways to report. Rules never print and never throw for bad
 * data; they add findings here and the caller attaches line and column afterwards.
 */
/**
 * Findings kept at most: a hostile file (348,000 empty failureDomains in 1 MiB) would otherwise produce millions of
 * findings, gigabytes of memory and an out-of-memory abort (hostile-io-review F12). The rest are counted.
 */
export const MAX_FINDINGS = 1000;

export class Report {
  readonly findings: Finding[] = [];
  /** Findings beyond MAX_FINDINGS, counted but not kept; `droppedErrors` of them were errors. */
  dropped = 0;
  droppedErrors = 0;

  constructor(readonly version: string) {}

  private add(finding: Finding): void {
    if (this.findings.length < MAX_FINDINGS) {
      this.findings.push(finding);
      return;
    }
    this.dropped++;
    if (finding.severity === 'error') this.droppedErrors++;
  }

  /** True when the target release is `release` or newer: rules added in a release apply from it on. */
  atLeast(release: string): boolean {
    return atLeast(this.version, release);
  }

  error(path: string, rule: string, message: string): void {
    this.add({ severity: 'error', path, message, rule });
  }

  warn(path: string, rule: string, message: string): void {
    this.add({ severity: 'warning', path, message, rule });
  }
}
