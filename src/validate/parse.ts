import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import { isTree, resolveKey } from './fields.js';
import { type FieldNode, INSTALL_CONFIG_FIELDS } from './known-fields.js';
import { child } from './path.js';
import type { Report } from './report.js';

/*
 * Reading install-config.yaml the way the installer's loader would, but safely: hostile input (binary data, YAML bombs,
 * huge or deeply nested files) is a usage error (SPEC §5, exit 2), never an exception or a hang.
 */

/** SPEC §5: larger files are a usage error. Checked before parsing so a huge file costs nothing. */
export const MAX_BYTES = 1024 * 1024;
/** No real install-config nests deeper than about 10 levels; 100 leaves room and stops stack-hungry input. */
export const MAX_DEPTH = 100;
/** yaml's own default; a real install-config uses a handful of aliases at most. */
export const MAX_ALIASES = 100;

export interface Position {
  line: number;
  column: number;
}

/** Line and column of each path: `value` for the node itself, `key` for the key that introduces it. */
export interface PathPosition {
  value: Position;
  key?: Position;
}

export interface Parsed {
  value: Record<string, unknown>;
  positions: Map<string, PathPosition>;
}

// Control characters other than tab, LF and CR are not YAML text (YAML 1.2 §5.1 printable set).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/:$/, '');
}

export function parseInstallConfigText(input: string, report: Report): Parsed {
  if (Buffer.byteLength(input, 'utf8') > MAX_BYTES) {
    throw new UsageError(
      'The file is larger than 1 MiB, which no install-config.yaml is; check that it is the right file.',
    );
  }
  // A UTF-8 byte order mark is harmless (editors on Windows write one); the installer's reader skips it too.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(2, '0');
    throw new UsageError(
      `The file contains the control character 0x${code} on line ${lineOf(text, control.index)}; it is binary data, not YAML text.`,
    );
  }
  if (text.includes('\uFFFD')) {
    throw new UsageError('The file contains bytes that are not UTF-8 text; it is not a YAML file.');
  }
  if (text.trim() === '')
    throw new UsageError('The file is empty; an install-config.yaml must be a YAML mapping.');

  const lineCounter = new LineCounter();
  // YAML 1.1 as the installer's Go YAML stack reads it (yes/no are booleans, << merges); our own one-pass duplicate
  // check instead of yaml's quadratic one (engineering.md §5).
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, lineCounter, prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) {
    const message = firstLine(problem.message);
    if (/call stack|too deep/i.test(message)) {
      throw new UsageError(
        `The file nests deeper than ${MAX_DEPTH} levels; it is not an install-config.yaml.`,
      );
    }
    throw new UsageError(`The file is not valid YAML: ${message}.`);
  }
  const root = doc.contents;
  if (!isMap(root)) {
    const what = isSeq(root) ? 'a list' : isScalar(root) ? 'a single value' : 'not a mapping';
    throw new UsageError(
      `The file's top level is ${what}; an install-config.yaml must be a mapping of keys (apiVersion:, metadata:, …).`,
    );
  }
  if (depthOf(root) > MAX_DEPTH) {
    throw new UsageError(`The file nests deeper than ${MAX_DEPTH} levels; it is not an install-config.yaml.`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias/i.test(message)) {
      throw new UsageError('The file expands YAML aliases too many times (a "YAML bomb"); it is refused.');
    }
    throw new UsageError(`The file cannot be read as YAML data: ${firstLine(message)}.`);
  }
  const positions = new Map<string, PathPosition>();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  record(root, INSTALL_CONFIG_FIELDS, '', positions, at, report);
  return { value: value as Record<string, unknown>, positions };
}

/** Depth of the node tree, without recursion (the input may be hostile). */
function depthOf(root: Node): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) return depth;
    if (isMap(node))
      for (const pair of node.items) stack.push([pair.value, depth + 1], [pair.key, depth + 1]);
    else if (isSeq(node)) for (const item of node.items) stack.push([item, depth + 1]);
  }
  return max;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/**
 * Records the position of every path and reports duplicate keys. Keys are resolved against the known fields exactly as
 * `checkFields` resolves them, so a finding on the canonical path `controlPlane.replicas` finds `ControlPlane: replicas:`.
 */
function record(
  node: unknown,
  tree: FieldNode | undefined,
  path: string,
  positions: Map<string, PathPosition>,
  at: (offset: number) => Position,
  report: Report,
): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const raw = keyText(pair.key);
      if (raw === '<<') continue;
      const resolved = tree !== undefined && isTree(tree) ? resolveKey(tree, raw) : undefined;
      const name = resolved?.canonical ?? raw;
      const keyNode = pair.key as Node | null;
      const keyPos = keyNode?.range ? at(keyNode.range[0]) : undefined;
      const valueNode = pair.value as Node | null;
      // A finding on a whole mapping or list points at its key line, which is where the user looks for it.
      const collection = isMap(valueNode) || isSeq(valueNode);
      const valuePos = valueNode?.range && !collection ? at(valueNode.range[0]) : keyPos;
      const childPath = child(path, name);
      if (seen.has(raw)) {
        // Decision: a duplicate key is an error finding, not a usage error. The installer's YAML→JSON converter
        // (sigs.k8s.io/yaml, formerly ghodss/yaml) refuses the file, so it is invalid install-config data (exit 1) —
        // but the file is readable, and a finding can point at the line while the rest of the file is still checked.
        report.findings.push({
          severity: 'error',
          path: childPath,
          rule: 'duplicate-key',
          message: `key "${raw}" appears twice in this mapping; the installer's YAML reader rejects duplicate keys — keep one.`,
          ...(keyPos ? { line: keyPos.line, column: keyPos.column } : {}),
        });
        continue;
      }
      seen.add(raw);
      if (valuePos) positions.set(childPath, { value: valuePos, ...(keyPos ? { key: keyPos } : {}) });
      const next = resolved ? resolved.node : tree === 1 ? 1 : undefined;
      record(pair.value, next, childPath, positions, at, report);
    }
  } else if (isSeq(node)) {
    const inner = Array.isArray(tree) ? (tree[0] as FieldNode) : undefined;
    node.items.forEach((item, i) => {
      const itemNode = item as Node | null;
      const childPath = child(path, i);
      if (itemNode?.range) positions.set(childPath, { value: at(itemNode.range[0]) });
      if (!isAlias(itemNode)) record(item, inner, childPath, positions, at, report);
    });
  }
}
