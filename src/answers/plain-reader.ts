/*
 * A reader for the plain shape of YAML that answers.yaml is written in (block mappings and lists, one-line scalars,
 * full-line comments), giving exactly the value the yaml package gives for it as YAML 1.2. `check` reads one
 * answers.yaml per plan folder, and the yaml package's parser was about a tenth of that work. Anything outside that
 * shape (flow collections other than [] and {}, anchors, tags, escapes, block scalars, comments after a value,
 * numbers other than whole ones, nulls, duplicate keys, deep nesting, long lists) returns undefined, and the caller
 * parses with the yaml package, which also gives the messages for broken files. test/answers/plain-reader.test.ts
 * compares the two on every plan's answers.yaml and on random ones.
 */

import { NOT_A_STRING_IN_YAML_1_2 } from './yaml-1-2-scalars.js';

/** Not read here: the caller uses the yaml package. */
class Unread extends Error {}

/** The limits parse.ts checks on the yaml package's result; beyond them that check gives the message. */
const MAX_DEPTH = 32;
const MAX_ITEMS = 1000;

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
/** Where a plain scalar could mean more than its text: indicators, ": ", " #", edge spaces. */
const NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`?:]|^-(?:$|[ \t])|: |:$| #|[\t ]$/;

interface Line {
  indent: number;
  text: string;
}

function scalar(text: string): unknown {
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text.startsWith('"')) {
    // Double quotes without escapes, on one line.
    if (text.length < 2 || !text.endsWith('"') || /[\\"]/.test(text.slice(1, -1))) throw new Unread();
    return text.slice(1, -1);
  }
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || /'(?!')/.test(inner.replaceAll("''", '')))
      throw new Unread();
    return inner.replaceAll("''", "'");
  }
  if (NOT_PLAIN.test(text) || text === '') throw new Unread();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?[1-9][0-9]{0,14}$|^0$/.test(text)) return Number(text);
  if (NOT_A_STRING_IN_YAML_1_2.test(text)) throw new Unread();
  return text;
}

class Reader {
  private at = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.at >= this.lines.length;
  }

  /** A block mapping whose keys sit at `indent`. */
  mapping(indent: number, depth: number, first?: string): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw new Unread();
    const out: Record<string, unknown> = {};
    let pending = first;
    for (;;) {
      let text: string;
      if (pending !== undefined) {
        text = pending;
        pending = undefined;
      } else {
        const line = this.lines[this.at];
        if (!line || line.indent < indent) break;
        if (line.indent > indent) throw new Unread();
        text = line.text;
        this.at++;
      }
      const match = KEY.exec(text);
      if (!match) throw new Unread();
      const key = match[1] as string;
      if (Object.hasOwn(out, key) || key === '__proto__') throw new Unread();
      if (Object.keys(out).length >= MAX_ITEMS) throw new Unread();
      out[key] = match[2] === undefined ? this.nested(indent, depth) : scalar(match[2]);
    }
    return out;
  }

  /** What follows `key:` alone on its line: a mapping or list on the lines below, more indented. */
  private nested(indent: number, depth: number): unknown {
    const next = this.lines[this.at];
    if (!next || next.indent <= indent) throw new Unread();
    return next.text.startsWith('- ') || next.text === '-'
      ? this.list(next.indent, depth + 1)
      : this.mapping(next.indent, depth + 1);
  }

  /** A block list whose dashes sit at `indent`. */
  private list(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw new Unread();
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[this.at];
      if (!line || line.indent < indent) break;
      if (line.indent > indent || !line.text.startsWith('- ')) throw new Unread();
      if (out.length >= MAX_ITEMS) throw new Unread();
      this.at++;
      const item = line.text.slice(2);
      // `- key: value` opens a mapping whose other keys sit under the key, two columns in.
      out.push(KEY.test(item) ? this.mapping(indent + 2, depth + 1, item) : scalar(item));
    }
    return out;
  }
}

/**
 * The value of `text` when it is in the plain shape, exactly as the yaml package reads it (YAML 1.2), else undefined.
 * The top level must be a mapping.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r') || text.includes('\t') || text.startsWith('\uFEFF')) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    // Only spaces indent YAML; any other white space is text and leaves the line to the yaml package.
    const indent = /^ */.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(indent);
    if (body === '' || body.startsWith('#')) continue;
    // Document markers, directives and trailing spaces are for the yaml package.
    if (raw.endsWith(' ') || /^(?:---|\.\.\.)(?:\s|$)|^%/.test(raw)) return undefined;
    lines.push({ indent, text: body });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.mapping(0, 0);
    return reader.done() ? value : undefined;
  } catch (error) {
    if (error instanceof Unread) return undefined;
    throw error;
  }
}
