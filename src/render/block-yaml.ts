import { Document } from 'yaml';

/*
 * The planner's own YAML files (install-config.yaml, agent-config.yaml, answers.yaml) written straight from their
 * objects, byte for byte as the yaml package's Document API writes them with `lineWidth: 0` and YAML 1.1 quoting.
 * Building a Document and printing it was about a sixth of the time of rendering a plan, which `check` does for every
 * folder of a fleet. Only the shapes those files hold are handled here: block mappings and sequences, comments above
 * keys and items, whole numbers, booleans, one-line strings and a top-level literal block of plain lines (a PEM
 * bundle). For anything else (a null, another multi-line or control-character string, an odd key) `blockYaml` returns
 * undefined and yaml-text.ts prints through
 * the Document API (document-yaml.ts), which stays the reference: test/render/block-yaml.test.ts compares the two on
 * every plan and on random objects.
 */

/** Scalar styles a caller may force for a top-level string, as the yaml package names them. */
export type ForcedStyle = 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL';

export interface BlockYamlOptions {
  /** The document's header comment, as the Document API's commentBefore (each line usually with a leading space). */
  header?: string;
  /** Comments above map keys and sequence items, keyed by JSON.stringify(path), as commentBefore text. */
  comments?: ReadonlyMap<string, string>;
  /** A blank line before every top-level key but the first. */
  spaceTopLevel?: boolean;
  /** Forced styles of top-level string values, by key. */
  topLevelStyles?: Readonly<Record<string, ForcedStyle>>;
  /** Strings (keys and values) written in double quotes whatever the plain rules say. */
  forceDouble?: (text: string) => boolean;
}

/** Not handled here: the caller uses the Document API. */
class Unhandled extends Error {}

/** The tags a plain scalar could be read as in YAML 1.1 other than a string (the yaml package's own schema). */
let otherTags: { test: RegExp }[] | undefined;
function readsAsOtherType(text: string): boolean {
  if (!otherTags) {
    const schema = new Document(null, { version: '1.1' }).schema as unknown as {
      tags: { default?: boolean | string; tag: string; test?: RegExp }[];
      compat?: { default?: boolean | string; tag: string; test?: RegExp }[] | null;
    };
    otherTags = [...schema.tags, ...(schema.compat ?? [])].filter(
      (tag): tag is { default: true; tag: string; test: RegExp } =>
        Boolean(tag.default) && tag.tag !== 'tag:yaml.org,2002:str' && tag.test instanceof RegExp,
    );
  }
  const known = OTHER_TYPE.get(text);
  if (known !== undefined) return known;
  const other = otherTags.some((tag) => tag.test.test(text));
  // Keys and values repeat from file to file; the table is bounded, so no input makes it grow without end.
  if (OTHER_TYPE.size < 10_000) OTHER_TYPE.set(text, other);
  return other;
}
const OTHER_TYPE = new Map<string, boolean>();

/** Where the yaml package refuses a plain scalar (its plainString): indicators, ": ", " #", edge spaces. */
const PLAIN_REFUSED = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** What makes the yaml package escape or fold a string; such strings go through the Document API. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const NOT_ONE_PLAIN_LINE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\uD800-\uDFFF]/u;

function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** One line of printable text in double quotes: the yaml package writes JSON's form of it. */
function doubleQuoted(text: string): string {
  return JSON.stringify(text);
}

/** The yaml package's choice of quotes: single when the text holds only double quotes, else double. */
function quoted(text: string): string {
  return text.includes('"') && !text.includes("'") ? singleQuoted(text) : doubleQuoted(text);
}

/**
 * Lines a literal block holds as they are: printable ASCII with no space at either end (a PEM bundle), each line
 * ended by a newline and no empty line. The Document API writes those under `|` with no indentation or chomping
 * indicator; any other text (a blank line, edge spaces, no final newline, a tab) gets one, so it is left to that API.
 */
const PLAIN_LITERAL = /^(?:[!-~](?:[ -~]*[!-~])?\n)+$/;

function literalBlock(text: string, indent: string): string {
  if (!PLAIN_LITERAL.test(text)) throw new Unhandled();
  const inner = `${indent}  `;
  return `|\n${inner}${text.slice(0, -1).split('\n').join(`\n${inner}`)}`;
}

function stringScalar(
  text: string,
  style: ForcedStyle | undefined,
  options: BlockYamlOptions,
  indent = '',
): string {
  // A literal block (a PEM bundle) is written here only in its plainest form.
  if (style === 'BLOCK_LITERAL') return literalBlock(text, indent);
  if (NOT_ONE_PLAIN_LINE.test(text)) throw new Unhandled();
  if (style === 'QUOTE_DOUBLE' || options.forceDouble?.(text)) return doubleQuoted(text);
  if (style === 'QUOTE_SINGLE') return singleQuoted(text);
  if (PLAIN_REFUSED.test(text) || readsAsOtherType(text)) return quoted(text);
  return text;
}

function keyScalar(key: string, options: BlockYamlOptions): string {
  // Plain keys only; a key that needs quotes or could be a document marker is left to the Document API.
  if (
    key === '' ||
    NOT_ONE_PLAIN_LINE.test(key) ||
    PLAIN_REFUSED.test(key) ||
    /^(?:---|\.\.\.|%)/.test(key) ||
    readsAsOtherType(key) ||
    options.forceDouble?.(key) ||
    key.length > 1024
  )
    throw new Unhandled();
  return key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function scalar(
  value: unknown,
  style: ForcedStyle | undefined,
  options: BlockYamlOptions,
  indent = '',
): string {
  if (typeof value === 'string') return stringScalar(value, style, options, indent);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))
    return JSON.stringify(value);
  throw new Unhandled();
}

/** The yaml package's comment lines: `#` before each line, a line of one space becomes `#`, empty lines stay. */
function commentLines(text: string, indent: string): string {
  const marked = text.replace(/^(?!$)(?: $)?/gm, '#');
  if (/^\n+$/.test(marked) || marked.split('\n').some((line) => line === '')) throw new Unhandled();
  return (indent ? marked.replace(/^(?! *$)/gm, indent) : marked).trimStart();
}

interface Walk {
  options: BlockYamlOptions;
  used: Set<string>;
}

/** Lines of a block collection joined as the yaml package joins them (an empty line carries no indent). */
function joined(lines: string[], indent: string): string {
  let text = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    text += line ? `\n${indent}${line}` : '\n';
  }
  return text;
}

/**
 * A path as the comments option names it, JSON.stringify of the list of keys and indexes, kept open-ended (without
 * its closing bracket) so a child's is its parent's plus one element: `["platform"` → `["platform","vsphere"`.
 */
type OpenPath = string;
const ROOT_PATH: OpenPath = '[';

function childPath(path: OpenPath, step: string | number): OpenPath {
  return `${path}${path === ROOT_PATH ? '' : ','}${JSON.stringify(step)}`;
}

function commentAt(walk: Walk, path: OpenPath): string | undefined {
  const comments = walk.options.comments;
  if (!comments || comments.size === 0) return undefined;
  const key = `${path}]`;
  const comment = comments.get(key);
  if (comment !== undefined) walk.used.add(key);
  return comment;
}

/** A collection at `indent` (the indent its lines after the first get). */
function collection(value: unknown, indent: string, path: OpenPath, walk: Walk): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const itemIndent = `${indent}  `;
    const lines: string[] = [];
    value.forEach((item, index) => {
      const itemPath = childPath(path, index);
      const comment = commentAt(walk, itemPath);
      if (comment !== undefined) {
        // The Document API puts an item's comment on the item node, which only a collection is here.
        if (!isPlainObject(item)) throw new Unhandled();
        lines.push(commentLines(comment, indent));
      }
      if (Array.isArray(item) || item === undefined) throw new Unhandled();
      lines.push(
        `- ${isPlainObject(item) ? collection(item, itemIndent, itemPath, walk) : scalar(item, undefined, walk.options)}`,
      );
    });
    return joined(lines, indent);
  }
  if (!isPlainObject(value)) throw new Unhandled();
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const top = path === ROOT_PATH;
  const lines: string[] = [];
  entries.forEach(([key, item], index) => {
    const name = keyScalar(key, walk.options);
    if (top && index > 0 && walk.options.spaceTopLevel) lines.push('');
    const keyPath = childPath(path, key);
    const comment = commentAt(walk, keyPath);
    if (comment !== undefined) lines.push(commentLines(comment, indent));
    const valueIndent = `${indent}  `;
    if (Array.isArray(item) || isPlainObject(item)) {
      const text = collection(item, valueIndent, keyPath, walk);
      lines.push(text === '[]' || text === '{}' ? `${name}: ${text}` : `${name}:\n${valueIndent}${text}`);
    } else {
      const style = top ? walk.options.topLevelStyles?.[key] : undefined;
      lines.push(`${name}: ${scalar(item, style, walk.options, indent)}`);
    }
  });
  return joined(lines, indent);
}

/**
 * `value` (a mapping) as the Document API prints it, or undefined when it holds something this writer leaves to that
 * API. A comment whose path names nothing in `value` is also left to it, which reports it.
 */
export function blockYaml(
  value: Record<string, unknown>,
  options: BlockYamlOptions = {},
): string | undefined {
  const walk: Walk = { options, used: new Set() };
  try {
    const body = collection(value, '', ROOT_PATH, walk);
    if (walk.used.size !== (options.comments?.size ?? 0)) return undefined;
    if (body === '{}') return undefined;
    const header = options.header ? `${commentLines(options.header, '')}\n\n` : '';
    return `${header}${body}\n`;
  } catch (error) {
    if (error instanceof Unhandled) return undefined;
    throw error;
  }
}
