import type { Lang } from '../types.js';
import type { VerifyResult } from './verify.js';
import { VERIFY_TEXT as T } from './verify-text.js';

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

/** The terminal form of a verify result: errors, then warnings, then the verdict. Findings are already masked. */
export function formatVerifyResult(result: VerifyResult, color: boolean, lang: Lang = 'en'): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines = [T.header[lang](result.dir)];
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const warnings = result.findings.filter((finding) => finding.severity === 'warning');
  if (errors.length > 0) {
    lines.push('', paint(RED, T.errors[lang](errors.length)));
    for (const finding of errors) lines.push(`  ✗ ${indentContinuation(finding.message)}`);
  }
  if (warnings.length > 0) {
    lines.push('', paint(YELLOW, T.warnings[lang](warnings.length)));
    for (const finding of warnings) lines.push(`  ! ${indentContinuation(finding.message)}`);
  }
  if (result.truncated) lines.push(`  ${T.more[lang](result.truncated)}`);
  lines.push('');
  lines.push(
    result.valid
      ? paint(GREEN, T.accepted[lang](result.manifests.length))
      : paint(RED, T.rejected[lang](result.exitCode)),
  );
  if (result.dirChanged.length > 0) lines.push(T.changed[lang](result.dir, result.dirChanged.join(', ')));
  else if (result.dirUnchanged) lines.push(T.unchanged[lang](result.dir));
  return `${lines.join('\n')}\n`;
}

function indentContinuation(message: string): string {
  return message.replace(/\n/g, '\n    ');
}
