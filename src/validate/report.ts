import type { Finding } from '../types.js';
import { minorOf } from './versions.js';

/**
 * What every rule receives: the target release and two ways to report. Rules never print and never throw for bad
 * data; they add findings here and the caller attaches line and column afterwards.
 */
export class Report {
  readonly findings: Finding[] = [];
  readonly minor: number;

  constructor(readonly version: string) {
    this.minor = minorOf(version);
  }

  error(path: string, rule: string, message: string): void {
    this.findings.push({ severity: 'error', path, message, rule });
  }

  warn(path: string, rule: string, message: string): void {
    this.findings.push({ severity: 'warning', path, message, rule });
  }
}
