/**
 * Word wrapping for a terminal: a line longer than the terminal is broken at spaces, never inside a word (a Korean
 * word, "어절", is also kept whole), and the continuation keeps the line's indentation. Hangul and other wide
 * characters take two columns; ANSI colour codes take none. A word longer than the whole width stays on its own line
 * unbroken (a path or URL must stay copyable).
 */

const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*[A-Za-z]`, 'g');

/** East Asian wide and full-width ranges (Hangul, CJK, full-width forms): two terminal columns each. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** The number of terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const indent = /^ */.exec(line)?.[0] ?? '';
  // A list item or finding continues under its text, not under its marker.
  const hanging = /^ *(?:[-*•] |\d+\. )/.exec(line)?.[0].replace(/./g, ' ') ?? indent;
  const words = line.slice(indent.length).split(' ');
  const lines: string[] = [];
  let current = indent;
  let currentWidth = displayWidth(indent);
  let empty = true;
  for (const word of words) {
    const wordWidth = displayWidth(word);
    if (!empty && currentWidth + 1 + wordWidth > width) {
      lines.push(current);
      current = hanging + word;
      currentWidth = displayWidth(hanging) + wordWidth;
      continue;
    }
    current += empty ? word : ` ${word}`;
    currentWidth += (empty ? 0 : 1) + wordWidth;
    empty = false;
  }
  lines.push(current);
  return lines.join('\n');
}

/** `text` with every line no wider than `width` columns where spaces allow it. */
export function wrapText(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}
