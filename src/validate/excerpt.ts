import { linesOf } from './yaml/diagnose.js';

/*
 * The line a YAML mistake is on, with a caret under the column, as compilers show it. install-config.yaml holds the
 * pull secret and passwords: a line that carries one shows the key and hides the value, so an excerpt never copies a
 * secret into a terminal or a CI log.
 */

const SECRET_KEY =
  /^(\s*(?:-\s+)?["']?(?:pullSecret|password|auth|token|secret|credentials?)["']?\s*:)(.*)$/i;
const LOOKS_SECRET = /"auths?"\s*:|-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const MAX_WIDTH = 120;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are shown escaped, never printed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function visible(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function maskLine(line: string): string {
  const secret = SECRET_KEY.exec(line);
  if (secret) return `${secret[1]}${(secret[2] ?? '').trim() === '' ? '' : ' <hidden>'}`;
  if (LOOKS_SECRET.test(line)) return `${line.slice(0, line.length - line.trimStart().length)}<hidden>`;
  return line;
}

/** Two lines: the numbered source line (secrets hidden) and a caret under `column` (both 1-based). */
export function excerpt(text: string, line: number, column: number): string {
  const source = linesOf(text)[line - 1];
  if (source === undefined) return '';
  const shown = visible(maskLine(source.replaceAll('\t', ' ')));
  const clipped = shown.length > MAX_WIDTH ? `${shown.slice(0, MAX_WIDTH)}…` : shown;
  const number = String(line);
  const caret = Math.min(Math.max(column, 1), clipped.length + 1);
  return `  ${number} | ${clipped}\n  ${' '.repeat(number.length)} | ${' '.repeat(caret - 1)}^`;
}
