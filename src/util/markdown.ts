/**
 * Escaping for checklist.md. Answers reach the Markdown as plain text: a value must never become emphasis, a link,
 * raw HTML, a new line or the end of a code block (P8).
 */

/** CommonMark lets a backslash escape any ASCII punctuation; these are the ones that start inline syntax or HTML. */
const INLINE_SYNTAX = /[\\`*_[\]<>&]/g;
/** Any character this module changes: most prose has none, and is returned as it is. */
const MARKDOWN_OR_BREAK = /[\\`*_[\]<>&\r\n\u2028\u2029]/;

/**
 * A code span around one plain word (a file name such as `infra/haproxy.cfg`): kept, since its content is inert and
 * cannot hold spaces, markup or another backtick.
 */
const PLAIN_CODE_SPAN = /`[A-Za-z0-9._/:@+=-]+`/g;

/**
 * Text for Markdown prose: inline syntax escaped, line breaks turned into spaces (a newline could start a block).
 * Code spans around a single plain word stay code spans.
 */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_OR_BREAK.test(text)) return text;
  const inert = (part: string) => part.replace(INLINE_SYNTAX, (c) => `\\${c}`);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLAIN_CODE_SPAN)) {
    out += inert(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += inert(text.slice(last));
  return out.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** Text for a Markdown table cell: prose escaping, and `|`, which would end the cell. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text).replaceAll('|', '\\|');
}

/**
 * The fence for a code block holding `lines`: backticks, at least three and one more than the longest run of
 * backticks inside, so no line of the content can close the block early (CommonMark "Fenced code blocks").
 */
export function codeFence(lines: readonly string[]): string {
  let longest = 0;
  for (const line of lines)
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}
