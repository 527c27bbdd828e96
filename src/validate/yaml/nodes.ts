import type { Mark, ScalarStyle } from './scanner.js';

/** The node tree of one YAML document, as go-yaml v2 builds it before decoding (decode.go `node`). */
export type YNode = YScalar | YMapping | YSequence | YAlias;

export interface YScalar {
  kind: 'scalar';
  value: string;
  /** Resolved tag ("tag:yaml.org,2002:int", "!local", "!"), or "" when none was written. */
  tag: string;
  /** go-yaml's `implicit`: a plain scalar (or the "!" tag), whose type is resolved from its text. */
  implicit: boolean;
  style: ScalarStyle;
  start: Mark;
}

export interface YMapping {
  kind: 'mapping';
  tag: string;
  /** Keys and values in file order: [key0, value0, key1, value1, …]. */
  children: YNode[];
  start: Mark;
  flow: boolean;
}

export interface YSequence {
  kind: 'sequence';
  tag: string;
  children: YNode[];
  /** Entries parsed but not kept (parser.ts MAX_RETAINED_ITEMS). */
  skipped?: number;
  start: Mark;
  flow: boolean;
}

export interface YAlias {
  kind: 'alias';
  name: string;
  target: YNode;
  start: Mark;
}

/** What a file holds: its first document (the only one the installer reads) and where a second one starts. */
export interface YDocument {
  /** Undefined for a stream with no document at all (only comments or blank lines). */
  root: YNode | undefined;
  /** The `---` (or directive) that starts a second document, when there is one. */
  nextDocument?: Mark;
}
