import { UsageError } from '../errors.js';
import { excerpt } from './excerpt.js';
import { type MessageRef, msg, renderMessage } from './messages/index.js';
import { type Decoded, decode } from './yaml/decode.js';
import { diagnose } from './yaml/diagnose.js';
import { YamlError } from './yaml/error.js';
import type { YNode } from './yaml/nodes.js';
import { parseFirstDocument } from './yaml/parser.js';
import type { Mark } from './yaml/scanner.js';

/*
 * Reading install-config.yaml (and agent-config.yaml) the way the installer does — go-yaml v2 through
 * sigs.k8s.io/yaml, first document only — but safely: hostile input (binary data, YAML bombs, huge or deeply nested
 * files) is a usage error (the validation contract, exit 2) with a sentence that says what to fix, never an exception or a hang.
 */

/** the validation contract: larger files are a usage error. Checked before parsing so a huge file costs nothing. */
export const MAX_BYTES = 1024 * 1024;
export { MAX_DEPTH } from './yaml/parser.js';

/** A file that cannot be validated at all: the sentence, and where in the file the problem is. */
export class UnreadableFile extends UsageError {
  constructor(
    readonly text: MessageRef,
    readonly line?: number,
    readonly column?: number,
    readonly excerpt?: string,
  ) {
    super(`${line !== undefined ? `line ${line}, column ${column ?? 1}: ` : ''}${renderMessage(text)}`);
  }
}

export interface ParsedYaml {
  value: Record<string, unknown>;
  root: YNode;
  duplicates: Decoded['duplicates'];
  /** Where a second YAML document starts (the installer ignores it). */
  nextDocument?: Mark;
}

/**
 * The characters go-yaml's reader refuses ("control characters are not allowed"): C0 controls other than tab, LF and
 * CR, DEL, C1 controls other than NEL, U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The file's first YAML document as data, with its node tree for positions; throws UnreadableFile. */
export function readYamlMapping(input: string): ParsedYaml {
  if (Buffer.byteLength(input, 'utf8') > MAX_BYTES) throw new UnreadableFile(msg('file.too-large'));
  // A UTF-8 byte order mark is harmless (editors on Windows write one); the installer's reader skips it too.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(2, '0');
    throw new UnreadableFile(msg('file.control', { code, line: lineOf(text, control.index) }));
  }
  if (text.includes('\uFFFD')) throw new UnreadableFile(msg('file.not-utf8'));
  if (text.trim() === '') throw new UnreadableFile(msg('file.empty'));
  let root: YNode | undefined;
  let nextDocument: Mark | undefined;
  let decoded: Decoded;
  try {
    const document = parseFirstDocument(text);
    root = document.root;
    nextDocument = document.nextDocument;
    if (root === undefined) throw new UnreadableFile(msg('file.empty'));
    decoded = decode(root);
  } catch (error) {
    if (error instanceof YamlError) {
      const found = diagnose(error, text);
      throw new UnreadableFile(
        msg('yaml.invalid', { reason: found.text }),
        found.line,
        found.column,
        excerpt(text, found.line, found.column),
      );
    }
    throw error;
  }
  const value = decoded.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? msg('file.what.list') : msg('file.what.scalar');
    throw new UnreadableFile(msg('file.top-level', { what }));
  }
  return {
    value: value as Record<string, unknown>,
    root,
    duplicates: decoded.duplicates,
    ...(nextDocument ? { nextDocument } : {}),
  };
}
