import type { VerifyResult } from './verify.js';

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

/** The terminal form of a verify result: errors, then warnings, then the verdict. */
export function formatVerifyResult(result: VerifyResult, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines = [`${result.dir}: openshift-install create manifests (on a temporary copy)`];
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const warnings = result.findings.filter((finding) => finding.severity === 'warning');
  if (errors.length > 0) {
    lines.push('', paint(RED, `Errors (${errors.length}):`));
    for (const finding of errors) lines.push(`  ✗ ${indentContinuation(finding.message)}`);
  }
  if (warnings.length > 0) {
    lines.push('', paint(YELLOW, `Warnings (${warnings.length}):`));
    for (const finding of warnings) lines.push(`  ! ${indentContinuation(finding.message)}`);
  }
  lines.push('');
  if (result.valid) {
    lines.push(
      paint(
        GREEN,
        `The installer accepted install-config.yaml and created ${result.manifests.length} manifest files (discarded).`,
      ),
    );
  } else {
    lines.push(paint(RED, `The installer rejected install-config.yaml (exit code ${result.exitCode}).`));
  }
  lines.push(`${result.dir} was not changed.`);
  return `${lines.join('\n')}\n`;
}

function indentContinuation(message: string): string {
  return message.replace(/\n/g, '\n    ');
}
