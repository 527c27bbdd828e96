/**
 * Characters that are not text: C0 and C1 controls and DEL (terminal escapes start with ESC or CSI), the Unicode
 * bidirectional controls that reorder what a reader sees ("Trojan Source", CVE-2021-42574) and the line and
 * paragraph separators that some YAML and JavaScript readers treat as line breaks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const NOT_TEXT = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const NOT_TEXT_GLOBAL = new RegExp(NOT_TEXT.source, 'g');
const NOT_TEXT_ALL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `\x1b`, `\u202e`: how a character that is not text is shown, so a reader sees it and a terminal does not act on it. */
export function visibleEscape(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The first character of `text` that is not text (a tab and a line feed count as text when `allow` says so). */
export function firstNonText(
  text: string,
  allow: { tab?: boolean; newline?: boolean } = {},
): string | undefined {
  // Nearly every string is plain text: one test, and the scan only when it fails.
  if (!NOT_TEXT.test(text)) return undefined;
  for (const match of text.matchAll(NOT_TEXT_GLOBAL)) {
    const char = match[0];
    if ((char === '\t' && allow.tab) || (char === '\n' && allow.newline)) continue;
    return char;
  }
  return undefined;
}

/**
 * Text for a terminal: every character that is not text (ESC, BEL, CSI, bidi controls …) written as a visible
 * escape; line feeds and tabs stay, since messages have several lines.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(NOT_TEXT_ALL, visibleEscape);
}

export interface NonTextValue {
  /** Dotted key of the value, e.g. `vsphere.vcenter` or `hosts[2].name`. */
  key: string;
  /** The offending character as a visible escape. */
  char: string;
}

/**
 * Every string (and mapping key) in a parsed value that holds a character that is not text. `allowNewline` names the
 * keys whose values are free text over several lines.
 */
export function findNonText(
  value: unknown,
  allowNewline: ReadonlySet<string> = new Set(),
  key = '',
): NonTextValue[] {
  const found: NonTextValue[] = [];
  const visit = (node: unknown, at: string): void => {
    if (typeof node === 'string') {
      const allowed = allowNewline.has(at);
      const char = firstNonText(node, { tab: allowed, newline: allowed });
      if (char !== undefined) found.push({ key: at || '(top level)', char: visibleEscape(char) });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${at}[${i}]`);
      });
      return;
    }
    if (node && typeof node === 'object') {
      for (const [name, child] of Object.entries(node)) {
        const inner = at === '' ? name : `${at}.${name}`;
        const char = firstNonText(name);
        if (char !== undefined) found.push({ key: inner, char: visibleEscape(char) });
        visit(child, inner);
      }
    }
  };
  visit(value, key);
  return found;
}
