import { type MessageRef, msg } from '../messages/index.js';
import type { YamlError } from './error.js';
import type { Mark } from './scanner.js';

/*
 * A sentence for a file the installer's YAML reader refuses: where the mistake is (the line where the quote opened,
 * the over-indented key, the unclosed bracket), what it is in plain words, and what to change. go-yaml's own words are
 * not shown as the explanation: they name the parser's state ("did not find expected key"), often at a later line.
 */

export interface Diagnosis {
  text: MessageRef;
  /** 1-based line and column of the mistake. */
  line: number;
  column: number;
}

const BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;

/** The text of each line, split at the line breaks YAML recognises (the same ones the scanner counts). */
export function linesOf(text: string): string[] {
  return text.split(BREAK);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

/** The nearest line above `line` (0-based) that holds content. */
function previousContent(lines: string[], line: number): number | undefined {
  for (let i = line - 1; i >= 0; i--) if (isContent(lines[i] ?? '')) return i;
  return undefined;
}

function at(mark: Mark): { line: number; column: number } {
  return { line: mark.line + 1, column: mark.column + 1 };
}

/** "key: value" on one line, with a scalar value (not a block or flow collection starting there). */
function holdsScalarValue(line: string): boolean {
  const match = /^\s*(?:-\s+)?[^\s#:][^:#]*:\s+(\S.*)$/.exec(line);
  if (!match) return false;
  const value = (match[1] ?? '').trim();
  return !/^[|>[{&*!]/.test(value) && !value.startsWith('#');
}

export function diagnose(error: YamlError, text: string): Diagnosis {
  const lines = linesOf(text);
  const lineText = (line: number) => lines[line] ?? '';
  const here = at(error.mark);
  const problem = error.problem;

  if (error.stage === 'limit') {
    return { text: msg(problem === 'nesting' ? 'yaml.too-deep' : 'yaml.bomb', { max: 100 }), ...here };
  }
  if (error.stage === 'decoder') {
    if (problem.startsWith('unknown anchor')) {
      const name = /'(.*)'/.exec(problem)?.[1] ?? '';
      return { text: msg('yaml.unknown-alias', { name }), ...here };
    }
    if (problem.includes('contains itself')) {
      const name = /'(.*)'/.exec(problem)?.[1] ?? '';
      return { text: msg('yaml.alias-cycle', { name }), ...here };
    }
    if (problem.startsWith('map merge')) return { text: msg('yaml.merge-value'), ...here };
    if (problem === 'invalid map key') return { text: msg('yaml.key-collection'), ...here };
    if (problem === 'null key') return { text: msg('yaml.key-null'), ...here };
    return { text: msg('yaml.tag-value', { installer: problem }), ...here };
  }

  // An unclosed quote: point where it opened, not at the end of the file.
  if (problem === 'found unexpected end of stream' || problem === 'found unexpected document indicator') {
    const opened = error.contextMark ?? error.mark;
    const quote = text.charAt(opened.index) === '"' ? '"' : "'";
    const key =
      problem === 'found unexpected end of stream' ? 'yaml.unclosed-quote' : 'yaml.unclosed-quote-document';
    return { text: msg(key, { quote, line: here.line }), ...at(opened) };
  }

  // A tab where YAML wants indentation spaces.
  const tabAtMark = text.charAt(error.mark.index) === '\t';
  if (
    problem.includes('tab character') ||
    (problem === 'found character that cannot start any token' && tabAtMark)
  ) {
    return { text: msg('yaml.tab'), ...here };
  }
  if (problem === 'found character that cannot start any token') {
    return { text: msg('yaml.bad-start', { char: text.charAt(error.mark.index) }), ...here };
  }

  if (problem === 'mapping values are not allowed in this context') {
    const line = error.mark.line;
    const previous = previousContent(lines, line);
    const current = lineText(line);
    // "  defaultDatastore: ds1" followed by a more indented "    apiVIPs: […]": YAML reads the second line as more
    // text of the value ds1, and then finds a ":" it cannot place.
    if (
      previous !== undefined &&
      indentOf(current) > indentOf(lineText(previous)) &&
      holdsScalarValue(lineText(previous)) &&
      current.trimStart().length > 0
    ) {
      return {
        text: msg('yaml.over-indented', { previous: previous + 1, key: keyOf(lineText(previous)) }),
        line: line + 1,
        column: indentOf(current) + 1,
      };
    }
    return { text: msg('yaml.colon-in-value'), ...here };
  }

  if (problem === "could not find expected ':'") {
    const keyMark = error.contextMark ?? error.mark;
    const line = lineText(keyMark.line);
    if (/^\s*(?:-\s+)?[^\s:#'"]+:[^\s:/]/.test(line)) {
      return { text: msg('yaml.colon-space'), ...at(keyMark) };
    }
    return { text: msg('yaml.missing-colon'), ...at(keyMark) };
  }

  if (problem === 'did not find expected key' || problem === "did not find expected '-' indicator") {
    const context = error.contextMark;
    const line = error.mark.line;
    const current = lineText(line);
    const previous = previousContent(lines, line);
    if (
      problem === 'did not find expected key' &&
      previous !== undefined &&
      indentOf(current) > indentOf(lineText(previous)) &&
      holdsScalarValue(lineText(previous))
    ) {
      return {
        text: msg('yaml.over-indented', { previous: previous + 1, key: keyOf(lineText(previous)) }),
        line: line + 1,
        column: indentOf(current) + 1,
      };
    }
    if (context && isContent(current)) {
      return {
        text: msg(problem === 'did not find expected key' ? 'yaml.misaligned-key' : 'yaml.misaligned-entry', {
          column: indentOf(current) + 1,
          expected: context.column + 1,
          from: context.line + 1,
        }),
        line: line + 1,
        column: indentOf(current) + 1,
      };
    }
  }

  if (problem === "did not find expected ',' or ']'" || problem === "did not find expected ',' or '}'") {
    const opened = error.contextMark ?? error.mark;
    const bracket = problem.endsWith("']'") ? '[' : '{';
    const close = bracket === '[' ? ']' : '}';
    return { text: msg('yaml.unclosed-flow', { bracket, close, line: here.line }), ...at(opened) };
  }

  if (problem === 'block sequence entries are not allowed in this context') {
    return { text: msg('yaml.entry-after-key'), ...here };
  }
  if (problem === 'did not find expected node content') {
    return { text: msg('yaml.missing-value', { char: text.charAt(error.mark.index) || '…' }), ...here };
  }
  if (problem === 'found unknown escape character') {
    return { text: msg('yaml.escape'), ...here };
  }
  if (problem === 'found incompatible YAML document') {
    return { text: msg('yaml.version-directive'), ...here };
  }
  if (problem === 'did not find expected alphabetic or numeric character') {
    return {
      text: msg('yaml.anchor-name', { char: text.charAt(error.contextMark?.index ?? error.mark.index) }),
      ...here,
    };
  }
  return { text: msg('yaml.other', { installer: problem }), ...here };
}

function keyOf(line: string): string {
  return /^\s*(?:-\s+)?([^:]+):/.exec(line)?.[1]?.trim() ?? '';
}
