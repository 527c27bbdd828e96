import type { Finding } from '../types.js';
import { escapeForTerminal } from '../util/control-characters.js';
import type { ValidateResult } from './index.js';

/*
 * Human output of `validate` (SPEC §5): one line per finding like a compiler, `FILE:LINE:COL: error: message [rule]`,
 * errors first, then warnings, then a count. ANSI colour only when asked (the CLI honours NO_COLOR and TTYs).
 */

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function line(file: string, f: Finding, color: boolean): string {
  const where = f.line === undefined ? file : `${file}:${f.line}:${f.column ?? 1}`;
  const label = color ? `${f.severity === 'error' ? RED : YELLOW}${f.severity}${RESET}` : f.severity;
  const location = color ? `${BOLD}${where}${RESET}` : where;
  const rule = f.rule ? ` [${f.rule}]` : '';
  // A finding quotes values from the file: shown, never acted on by the terminal (F11).
  return `${location}: ${label}: ${escapeForTerminal(f.path)}: ${escapeForTerminal(f.message)}${rule}`;
}

export function formatFindingsHuman(file: string, result: ValidateResult, color: boolean): string {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const lines = [...errors, ...warnings].map((f) => line(file, f, color));
  if (result.truncated)
    lines.push(
      `${file}: … and ${result.truncated} more findings (only the first ${result.findings.length} are listed)`,
    );
  const summary =
    result.findings.length === 0
      ? `${file}: no problems found`
      : `${file}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}${result.valid ? ' (valid)' : ''}`;
  lines.push(color ? `${BOLD}${summary}${RESET}` : summary);
  return `${lines.join('\n')}\n`;
}
