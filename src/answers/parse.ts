import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { UsageError } from '../errors.js';

/** No answers file nests deeper than a handful of levels; 64 leaves room and stops stack-hungry input. */
const MAX_DEPTH = 64;
/** A real answers file uses a few aliases at most; a limit stops "billion laughs" expansion. */
const MAX_ALIASES = 50;

// Control characters other than tab, LF and CR are not YAML text (YAML 1.2 §5.1 printable set).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Parses the text of an answers file (YAML or JSON, which is YAML) into a plain value. Anything that is not a
 * mapping, or is not YAML at all, is a usage error (exit 2) with one sentence naming the file and the problem.
 * Hostile input (binary data, alias bombs, deep nesting, many duplicate keys) is refused quickly, never a hang.
 */
export function parseAnswersText(text: string, file: string): Record<string, unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (CONTROL.test(source) || source.includes('\uFFFD')) {
    throw new UsageError(
      `${file} holds binary data or control characters; it is not a YAML or JSON answers file.`,
    );
  }
  // yaml's own duplicate-key check is quadratic (engineering.md §5); duplicates are found in one pass below.
  const lines = new LineCounter();
  const doc = parseDocument(source, {
    version: '1.2',
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter: lines,
  });
  const first = doc.errors[0];
  if (first) {
    if (/call stack/i.test(first.message))
      throw new UsageError(`${file} is nested too deeply to be an answers file.`);
    const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line})` : '';
    throw new UsageError(`${file} is not valid YAML or JSON${where}: ${first.message.split('\n')[0]}`);
  }
  const problem = structureProblem(doc.contents as Node | null, 0, lines);
  if (problem) throw new UsageError(`${file} ${problem}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new UsageError(`${file} could not be read as YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined) {
    throw new UsageError(`${file} is empty; it must be a YAML mapping of answers.`);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${file} must be a YAML mapping (key: value lines), not ${Array.isArray(value) ? 'a list' : 'a single value'}.`,
    );
  }
  return value as Record<string, unknown>;
}

/** One walk over the parsed document: nesting depth and duplicate keys, each mapping's keys in a Set. */
function structureProblem(node: Node | null, depth: number, lines: LineCounter): string | undefined {
  if (!node) return undefined;
  if (depth > MAX_DEPTH) return `is nested more than ${MAX_DEPTH} levels deep; it is not an answers file.`;
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (isScalar(pair.key)) {
        const key = String(pair.key.value);
        if (seen.has(key)) {
          const line = pair.key.range ? ` (line ${lines.linePos(pair.key.range[0]).line})` : '';
          return `has the key "${key}" twice${line}; keep one.`;
        }
        seen.add(key);
      }
      const inner = structureProblem(pair.value as Node | null, depth + 1, lines);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = structureProblem(item as Node | null, depth + 1, lines);
      if (inner) return inner;
    }
  }
  return undefined;
}
