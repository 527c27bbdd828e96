/**
 * Quoting for the copy-paste commands of the checklist and the infra files. A value reaches a command only through
 * this function, so no answer can add a second command, a substitution or a redirection (P8: values stay inert).
 */

/** Characters that mean nothing to a POSIX shell (sh, bash, zsh) in an unquoted word. */
const PLAIN_WORD = /^[A-Za-z0-9@%+=:,./_^-]+$/;

/**
 * One shell word that reads back as exactly `value`: unchanged when it holds only plain characters, otherwise in
 * single quotes, the one quoting with no special characters inside; a `'` is written as `'\''`.
 */
export function shellQuote(value: string): string {
  return PLAIN_WORD.test(value) ? value : singleQuoted(value);
}

/**
 * Always in single quotes: for variable assignments in generated scripts, where a bare value such as `cp` reads to
 * shellcheck (and to a reader) like a command name (SC2209).
 */
export function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A command line from a template: the literal parts are written as they are, every interpolated value is one quoted
 * word (lists become several words). `sh\`dig +short -x ${ip}\``.
 */
export function sh(
  parts: TemplateStringsArray,
  ...values: readonly (string | number | readonly string[])[]
): string {
  let out = parts[0] ?? '';
  values.forEach((value, i) => {
    const words = typeof value === 'object' ? value.map(shellQuote).join(' ') : shellQuote(String(value));
    out += words + (parts[i + 1] ?? '');
  });
  return out;
}
