import type { Finding, Lang } from '../types.js';
import { escapeForTerminal } from '../util/control-characters.js';
import { type MessageRef, type MessageValue, msg, renderMessage } from './messages/index.js';
import type { Omitted } from './report.js';

/*
 * Human output of `validate` (the validation contract): one line per finding like a compiler, `FILE:LINE:COL: error: path: message
 * [rule]`, errors first, then warnings, then a count. At most MAX_FINDINGS_PER_RULE findings of one rule are kept
 * (report.ts); the rest are summed up in one line. ANSI colour only when asked (the CLI honours NO_COLOR and TTYs).
 */

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** The summary line's message: by whether the file is valid, then by whether the release is named. */
const SUMMARY = {
  true: { true: 'format.summary-valid-release', false: 'format.summary-valid' },
  false: { true: 'format.summary-release', false: 'format.summary' },
} as const;

export interface FormattableResult {
  findings: ReadonlyArray<Finding & { text?: MessageRef }>;
  valid: boolean;
  omitted?: readonly Omitted[];
}

/** The finding's sentence in `lang` when its key is known, else the English text it carries. */
export function findingMessage(f: Finding & { text?: MessageRef }, lang: Lang): string {
  return f.text ? renderMessage(f.text, lang) : f.message;
}

function line(file: string, f: Finding & { text?: MessageRef }, color: boolean, lang: Lang): string {
  const where = f.line === undefined ? file : `${file}:${f.line}:${f.column ?? 1}`;
  const severity = renderMessage(msg(f.severity === 'error' ? 'format.error' : 'format.warning'), lang);
  const label = color ? `${f.severity === 'error' ? RED : YELLOW}${severity}${RESET}` : severity;
  const location = color ? `${BOLD}${where}${RESET}` : where;
  const rule = f.rule ? ` [${f.rule}]` : '';
  // A finding quotes values from the file: shown, never acted on by the terminal.
  const path = f.path === '' ? '' : `${escapeForTerminal(f.path)}: `;
  return `${location}: ${label}: ${path}${escapeForTerminal(findingMessage(f, lang))}${rule}`;
}

/**
 * `release`, when given, is the release whose rules were applied; the summary names it, so a reader of the output
 * knows which installer it speaks for (without --ocp-version that is the newest known release).
 */
export function formatFindingsHuman(
  file: string,
  result: FormattableResult,
  color: boolean,
  lang: Lang = 'en',
  release?: string,
): string {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const lines = [...errors, ...warnings].map((f) => line(file, f, color, lang));
  let errorCount = errors.length;
  let warningCount = warnings.length;
  for (const o of result.omitted ?? []) {
    errorCount += o.errors;
    warningCount += o.warnings;
    lines.push(
      renderMessage(msg('format.omitted', { file, count: o.errors + o.warnings, rule: o.rule }), lang),
    );
  }
  const named: Record<string, MessageValue> = release === undefined ? {} : { release };
  const summary =
    errorCount + warningCount === 0
      ? renderMessage(
          msg(release === undefined ? 'format.clean' : 'format.clean-release', { file, ...named }),
          lang,
        )
      : renderMessage(
          msg(SUMMARY[`${result.valid}`][`${release !== undefined}`], {
            file,
            errors: msg(errorCount === 1 ? 'format.one-error' : 'format.errors', { n: errorCount }),
            warnings: msg(warningCount === 1 ? 'format.one-warning' : 'format.warnings', { n: warningCount }),
            ...named,
          }),
          lang,
        );
  lines.push(color ? `${BOLD}${summary}${RESET}` : summary);
  return `${lines.join('\n')}\n`;
}
