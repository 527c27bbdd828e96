import { YamlError } from './error.js';

/*
 * The tokenizer of the installer's YAML reader. openshift-install parses install-config.yaml with sigs.k8s.io/yaml,
 * which reads YAML with go-yaml v2, a Go translation of libyaml. This scanner follows the same algorithm (indentation
 * stack, simple keys, flow levels, the same indicator rules), so a file is accepted or refused here exactly when the
 * installer accepts or refuses it: quoted scalars may run over several lines without any indentation check, plain
 * scalars continue on more indented lines, tabs may not indent, and so on.
 * https://github.com/go-yaml/yaml/blob/v2/scannerc.go
 */

export const Tok = {
  StreamStart: 0,
  StreamEnd: 1,
  VersionDirective: 2,
  TagDirective: 3,
  DocumentStart: 4,
  DocumentEnd: 5,
  BlockSequenceStart: 6,
  BlockMappingStart: 7,
  BlockEnd: 8,
  FlowSequenceStart: 9,
  FlowSequenceEnd: 10,
  FlowMappingStart: 11,
  FlowMappingEnd: 12,
  BlockEntry: 13,
  FlowEntry: 14,
  Key: 15,
  Value: 16,
  Alias: 17,
  Anchor: 18,
  Tag: 19,
  Scalar: 20,
} as const;
export type TokenType = (typeof Tok)[keyof typeof Tok];

export const Style = { Plain: 0, Single: 1, Double: 2, Literal: 3, Folded: 4 } as const;
export type ScalarStyle = (typeof Style)[keyof typeof Style];

/** A position: 0-based character index, line and column (the installer counts characters, not bytes). */
export interface Mark {
  index: number;
  line: number;
  column: number;
}

export interface Token {
  type: TokenType;
  start: Mark;
  /** Scalar text, anchor or alias name, tag handle, %TAG handle. */
  value?: string;
  /** Tag suffix, %TAG prefix. */
  suffix?: string;
  style?: ScalarStyle;
  major?: number;
  minor?: number;
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const SP = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const NEL = 0x85;
const LS = 0x2028;
const PS = 0x2029;
const BOM = 0xfeff;

/** The most simple-key lookahead YAML allows ("at most 1024 Unicode characters beyond the start of the key"). */
const MAX_SIMPLE_KEY = 1024;

function isAlpha(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2d
  );
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function hexValue(c: number): number {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
}
function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}
function isBreak(c: number): boolean {
  return c === CR || c === LF || c === NEL || c === LS || c === PS;
}

/** The flow indicators and the token each one is. */
const FLOW_INDICATORS = new Map<number, TokenType>([
  [0x5b, Tok.FlowSequenceStart],
  [0x7b, Tok.FlowMappingStart],
  [0x5d, Tok.FlowSequenceEnd],
  [0x7d, Tok.FlowMappingEnd],
  [0x2c, Tok.FlowEntry],
]);

/** Characters that cannot start a plain scalar (some may, when a non-blank follows; see fetchNextToken). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));

/** Characters a tag URI may contain (go-yaml's yaml_parser_scan_tag_uri). */
const URI_CHARS = new Set(";/?:@&=+$,.!~*'()[]%".split('').map((c) => c.charCodeAt(0)));

export class Scanner {
  private pos = 0;
  private line = 0;
  private column = 0;
  private readonly length: number;

  private tokens: Token[] = [];
  private head = 0;
  private tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  private streamEndProduced = false;

  private indent = -1;
  private readonly indents: number[] = [];
  private simpleKeyAllowed = false;
  private readonly simpleKeys: SimpleKey[] = [];
  private readonly simpleKeysByToken = new Map<number, number>();
  private flowLevel = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  // ── character access ────────────────────────────────────────────────────────────────────────────

  /** The code unit `offset` characters ahead; 0 at the end of the text (go-yaml's NUL sentinel). */
  private at(offset = 0): number {
    const i = this.pos + offset;
    return i < this.length ? this.text.charCodeAt(i) : 0;
  }
  private atEnd(): boolean {
    return this.pos >= this.length;
  }
  /** Blank, break or end of text. */
  private isBlankz(offset = 0): boolean {
    const c = this.at(offset);
    return c === 0 || isBlank(c) || isBreak(c);
  }
  private isBreakz(offset = 0): boolean {
    const c = this.at(offset);
    return c === 0 || isBreak(c);
  }
  private mark(): Mark {
    return { index: this.pos, line: this.line, column: this.column };
  }
  /** Advance one character (a surrogate pair is one character). */
  private skip(): void {
    const c = this.text.charCodeAt(this.pos);
    this.pos += c >= 0xd800 && c <= 0xdbff && this.pos + 1 < this.length ? 2 : 1;
    this.column++;
  }
  /** The character at the current position as a string, then advance. */
  private read(): string {
    const start = this.pos;
    this.skip();
    return this.text.slice(start, this.pos);
  }
  private skipLine(): void {
    const c = this.at();
    if (c === CR && this.at(1) === LF) this.pos += 2;
    else if (isBreak(c)) this.pos += 1;
    else return;
    this.column = 0;
    this.line++;
  }
  /** Consume a line break; CR LF, CR, LF and NEL read as "\n", LS and PS as themselves. */
  private readLine(): string {
    const c = this.at();
    if (!isBreak(c)) return '';
    this.skipLine();
    return c === LS || c === PS ? String.fromCharCode(c) : '\n';
  }

  private fail(context: string, contextMark: Mark | undefined, problem: string): never {
    throw new YamlError('scanner', problem, this.mark(), context, contextMark);
  }

  // ── token queue ─────────────────────────────────────────────────────────────────────────────────

  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head] as Token;
  }

  next(): void {
    const token = this.tokens[this.head] as Token;
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = token.type === Tok.StreamEnd;
    this.head++;
    if (this.head === this.tokens.length) {
      this.tokens = [];
      this.head = 0;
    }
  }

  get ended(): boolean {
    return this.streamEndProduced;
  }

  /** Insert a token `offset` places after the queue head (-1: at the end). */
  private insert(offset: number, token: Token): void {
    if (offset < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + offset, 0, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        // A potential simple key at the head may still turn out to be a key: keep scanning until it is decided.
        const index = this.simpleKeysByToken.get(this.tokensParsed);
        if (index === undefined) break;
        if (!this.simpleKeyIsValid(this.simpleKeys[index] as SimpleKey)) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) {
      this.fetchStreamStart();
      return;
    }
    this.scanToNextToken();
    this.unrollIndent(this.column);
    if (this.atEnd()) {
      this.fetchStreamEnd();
      return;
    }
    const c = this.at();
    if (this.column === 0 && c === 0x25 /* % */) {
      this.fetchDirective();
      return;
    }
    if (this.column === 0 && this.isDocumentIndicator()) {
      this.fetchDocumentIndicator(c === 0x2d ? Tok.DocumentStart : Tok.DocumentEnd);
      return;
    }
    const flow = FLOW_INDICATORS.get(c);
    if (flow !== undefined) {
      if (flow === Tok.FlowSequenceStart || flow === Tok.FlowMappingStart)
        this.fetchFlowCollectionStart(flow);
      else if (flow === Tok.FlowEntry) this.fetchFlowEntry();
      else this.fetchFlowCollectionEnd(flow);
      return;
    }
    if (c === 0x2d /* - */ && this.isBlankz(1)) {
      this.fetchBlockEntry();
      return;
    }
    if (c === 0x3f /* ? */ && (this.flowLevel > 0 || this.isBlankz(1))) {
      this.fetchKey();
      return;
    }
    if (c === 0x3a /* : */ && (this.flowLevel > 0 || this.isBlankz(1))) {
      this.fetchValue();
      return;
    }
    if (c === 0x2a /* * */) {
      this.fetchAnchor(Tok.Alias);
      return;
    }
    if (c === 0x26 /* & */) {
      this.fetchAnchor(Tok.Anchor);
      return;
    }
    if (c === 0x21 /* ! */) {
      this.fetchTag();
      return;
    }
    if (c === 0x7c /* | */ && this.flowLevel === 0) {
      this.fetchBlockScalar(true);
      return;
    }
    if (c === 0x3e /* > */ && this.flowLevel === 0) {
      this.fetchBlockScalar(false);
      return;
    }
    if (c === 0x27 /* ' */) {
      this.fetchFlowScalar(true);
      return;
    }
    if (c === 0x22 /* " */) {
      this.fetchFlowScalar(false);
      return;
    }
    // A plain scalar starts with any non-blank character except the indicators; "-", "?" and ":" may start one when
    // a non-blank follows (in flow context "?" and ":" may not).
    const indicator = INDICATORS.has(c);
    if (
      !(this.isBlankz() || indicator) ||
      (c === 0x2d && !isBlank(this.at(1))) ||
      (this.flowLevel === 0 && (c === 0x3f || c === 0x3a) && !this.isBlankz(1))
    ) {
      this.fetchPlainScalar();
      return;
    }
    this.fail(
      'while scanning for the next token',
      this.mark(),
      'found character that cannot start any token',
    );
  }

  private isDocumentIndicator(): boolean {
    const c = this.at();
    return (
      (c === 0x2d || c === 0x2e) &&
      this.at(1) === c &&
      this.at(2) === c &&
      this.isBlankz(3) &&
      this.column === 0
    );
  }

  // ── simple keys and indentation ─────────────────────────────────────────────────────────────────

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    // A simple key is restricted to one line and 1024 characters.
    if (key.mark.line < this.line || key.mark.index + MAX_SIMPLE_KEY < this.pos) {
      if (key.required) this.fail('while scanning a simple key', key.mark, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    // In block context a key is required where the column equals the indentation.
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (!this.simpleKeyAllowed) return;
    const key: SimpleKey = {
      possible: true,
      required,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: this.mark(),
    };
    this.removeSimpleKey();
    this.simpleKeys[this.simpleKeys.length - 1] = key;
    this.simpleKeysByToken.set(key.tokenNumber, this.simpleKeys.length - 1);
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
    if (key.possible) {
      if (key.required) this.fail('while scanning a simple key', key.mark, "could not find expected ':'");
      key.possible = false;
      this.simpleKeysByToken.delete(key.tokenNumber);
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: this.mark(),
    });
    this.flowLevel++;
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel === 0) return;
    this.flowLevel--;
    const key = this.simpleKeys.pop() as SimpleKey;
    this.simpleKeysByToken.delete(key.tokenNumber);
  }

  private rollIndent(column: number, tokenNumber: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      const token: Token = { type, start: mark };
      this.insert(tokenNumber > -1 ? tokenNumber - this.tokensParsed : -1, token);
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      const mark = this.mark();
      this.insert(-1, { type: Tok.BlockEnd, start: mark });
      this.indent = this.indents.pop() as number;
    }
  }

  // ── fetchers ────────────────────────────────────────────────────────────────────────────────────

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: this.mark() });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    const mark = this.mark();
    this.insert(-1, { type: Tok.StreamStart, start: mark });
  }

  private fetchStreamEnd(): void {
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const mark = this.mark();
    this.insert(-1, { type: Tok.StreamEnd, start: mark });
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark();
    this.skip();
    this.skip();
    this.skip();
    this.insert(-1, { type, start });
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    const start = this.mark();
    this.skip();
    this.insert(-1, { type, start });
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    const start = this.mark();
    this.skip();
    this.insert(-1, { type, start });
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = this.mark();
    this.skip();
    this.insert(-1, { type: Tok.FlowEntry, start });
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.fail('', undefined, 'block sequence entries are not allowed in this context');
      }
      this.rollIndent(this.column, -1, Tok.BlockSequenceStart, this.mark());
    }
    // A "-" inside a flow collection is reported by the parser, which knows the context.
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = this.mark();
    this.skip();
    this.insert(-1, { type: Tok.BlockEntry, start });
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail('', undefined, 'mapping keys are not allowed in this context');
      this.rollIndent(this.column, -1, Tok.BlockMappingStart, this.mark());
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    const start = this.mark();
    this.skip();
    this.insert(-1, { type: Tok.Key, start });
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
    if (this.simpleKeyIsValid(key)) {
      // The scalar (or collection) saved as a potential key is a key: insert KEY before it.
      this.insert(key.tokenNumber - this.tokensParsed, { type: Tok.Key, start: key.mark });
      this.rollIndent(key.mark.column, key.tokenNumber, Tok.BlockMappingStart, key.mark);
      key.possible = false;
      this.simpleKeysByToken.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      // The ":" follows a complex key ("? key").
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) {
          this.fail('', undefined, 'mapping values are not allowed in this context');
        }
        this.rollIndent(this.column, -1, Tok.BlockMappingStart, this.mark());
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    const start = this.mark();
    this.skip();
    this.insert(-1, { type: Tok.Value, start });
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanAnchor(type));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insert(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanPlainScalar());
  }

  // ── scanners ────────────────────────────────────────────────────────────────────────────────────

  private scanToNextToken(): void {
    for (;;) {
      if (this.column === 0 && this.at() === BOM) this.skip();
      // Tabs separate tokens in flow context, and in block context anywhere but at the start of a line or after an
      // indicator (where indentation is measured).
      for (;;) {
        const c = this.at();
        if (c === SP || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && c === TAB)) this.skip();
        else break;
      }
      if (this.at() === 0x23 /* # */) {
        while (!this.isBreakz()) this.skip();
      }
      if (isBreak(this.at())) {
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else {
        break;
      }
    }
  }

  private scanDirective(): Token {
    const start = this.mark();
    this.skip();
    let name = '';
    while (isAlpha(this.at())) name += this.read();
    if (name === '') this.fail('while scanning a directive', start, 'could not find expected directive name');
    if (!this.isBlankz()) {
      this.fail('while scanning a directive', start, 'found unexpected non-alphabetical character');
    }
    let token: Token;
    if (name === 'YAML') {
      while (isBlank(this.at())) this.skip();
      const major = this.scanVersionNumber(start);
      if (this.at() !== 0x2e) {
        this.fail('while scanning a %YAML directive', start, "did not find expected digit or '.' character");
      }
      this.skip();
      const minor = this.scanVersionNumber(start);
      token = { type: Tok.VersionDirective, start, major, minor };
    } else if (name === 'TAG') {
      while (isBlank(this.at())) this.skip();
      const handle = this.scanTagHandle(true, start);
      if (!isBlank(this.at())) {
        this.fail('while scanning a %TAG directive', start, 'did not find expected whitespace');
      }
      while (isBlank(this.at())) this.skip();
      const prefix = this.scanTagUri(true, '', start);
      if (!this.isBlankz()) {
        this.fail('while scanning a %TAG directive', start, 'did not find expected whitespace or line break');
      }
      token = { type: Tok.TagDirective, start, value: handle, suffix: prefix };
    } else {
      this.fail('while scanning a directive', start, 'found unknown directive name');
    }
    while (isBlank(this.at())) this.skip();
    if (this.at() === 0x23) {
      while (!this.isBreakz()) this.skip();
    }
    if (!this.isBreakz()) {
      this.fail('while scanning a directive', start, 'did not find expected comment or line break');
    }
    this.skipLine();
    return token;
  }

  private scanVersionNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (isDigit(this.at())) {
      length++;
      if (length > 2)
        this.fail('while scanning a %YAML directive', start, 'found extremely long version number');
      value = value * 10 + (this.at() - 0x30);
      this.skip();
    }
    if (length === 0)
      this.fail('while scanning a %YAML directive', start, 'did not find expected version number');
    return value;
  }

  private scanAnchor(type: TokenType): Token {
    const start = this.mark();
    this.skip();
    const from = this.pos;
    while (isAlpha(this.at())) this.skip();
    const name = this.text.slice(from, this.pos);
    const c = this.at();
    if (name === '' || !(this.isBlankz() || '?:,]}%@`'.includes(String.fromCharCode(c)))) {
      this.fail(
        type === Tok.Anchor ? 'while scanning an anchor' : 'while scanning an alias',
        start,
        'did not find expected alphabetic or numeric character',
      );
    }
    return { type, start, value: name };
  }

  private scanTag(): Token {
    const start = this.mark();
    let handle: string;
    let suffix: string;
    if (this.at(1) === 0x3c /* < */) {
      // Verbatim tag: !<uri>
      this.skip();
      this.skip();
      handle = '';
      suffix = this.scanTagUri(false, '', start);
      if (this.at() !== 0x3e) this.fail('while scanning a tag', start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle.startsWith('!') && handle.endsWith('!')) {
        suffix = this.scanTagUri(false, '', start);
      } else {
        // "!foo": the handle is "!" and "foo" the suffix; a lone "!" is the non-specific tag.
        suffix = this.scanTagUri(false, handle, start);
        handle = '!';
        if (suffix === '') {
          suffix = handle;
          handle = '';
        }
      }
    }
    if (!this.isBlankz())
      this.fail('while scanning a tag', start, 'did not find expected whitespace or line break');
    return { type: Tok.Tag, start, value: handle, suffix };
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    if (this.at() !== 0x21) this.fail(context, start, "did not find expected '!'");
    let handle = this.read();
    while (isAlpha(this.at())) handle += this.read();
    if (this.at() === 0x21) handle += this.read();
    else if (directive && handle !== '!') this.fail(context, start, "did not find expected '!'");
    return handle;
  }

  private scanTagUri(directive: boolean, head: string, start: Mark): string {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    let uri = head.length > 1 ? head.slice(1) : '';
    let hasTag = head.length > 0;
    for (;;) {
      const c = this.at();
      if (!(isAlpha(c) || URI_CHARS.has(c))) break;
      if (c === 0x25 /* % */) uri += this.scanUriEscapes(context, start);
      else uri += this.read();
      hasTag = true;
    }
    if (!hasTag) this.fail(context, start, 'did not find expected tag URI');
    return uri;
  }

  private scanUriEscapes(context: string, start: Mark): string {
    const bytes: number[] = [];
    let width = 0;
    do {
      if (!(this.at() === 0x25 && isHex(this.at(1)) && isHex(this.at(2)))) {
        this.fail(context, start, 'did not find URI escaped octet');
      }
      const octet = (hexValue(this.at(1)) << 4) + hexValue(this.at(2));
      if (bytes.length === 0) {
        width = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : 0;
        if ((octet & 0xf8) === 0xf0) width = 4;
        if (width === 0) this.fail(context, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.fail(context, start, 'found an incorrect trailing UTF-8 octet');
      }
      bytes.push(octet);
      this.skip();
      this.skip();
      this.skip();
    } while (bytes.length < width);
    return Buffer.from(bytes).toString('utf8');
  }

  private scanBlockScalar(literal: boolean): Token {
    const start = this.mark();
    this.skip();
    let chomping = 0;
    let increment = 0;
    const readChomping = (): void => {
      const c = this.at();
      if (c === 0x2b || c === 0x2d) {
        chomping = c === 0x2b ? 1 : -1;
        this.skip();
      }
    };
    const readIncrement = (): void => {
      if (!isDigit(this.at())) return;
      if (this.at() === 0x30) {
        this.fail('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
      }
      increment = this.at() - 0x30;
      this.skip();
    };
    if (this.at() === 0x2b || this.at() === 0x2d) {
      readChomping();
      readIncrement();
    } else if (isDigit(this.at())) {
      readIncrement();
      readChomping();
    }
    while (isBlank(this.at())) this.skip();
    if (this.at() === 0x23) {
      while (!this.isBreakz()) this.skip();
    }
    if (!this.isBreakz()) {
      this.fail('while scanning a block scalar', start, 'did not find expected comment or line break');
    }
    this.skipLine();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    let text = '';
    let leadingBreak = '';
    let trailing = { breaks: '' };
    indent = this.blockScalarBreaks(indent, trailing, start);
    let leadingBlank = false;
    while (this.column === indent && !this.atEnd()) {
      const trailingBlank = isBlank(this.at());
      // A folded scalar turns a single line break between two non-indented lines into a space.
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.startsWith('\n')) {
        if (trailing.breaks === '') text += ' ';
      } else {
        text += leadingBreak;
      }
      leadingBreak = '';
      text += trailing.breaks;
      trailing = { breaks: '' };
      leadingBlank = isBlank(this.at());
      const from = this.pos;
      while (!this.isBreakz()) this.skip();
      text += this.text.slice(from, this.pos);
      leadingBreak = this.readLine();
      indent = this.blockScalarBreaks(indent, trailing, start);
    }
    if (chomping !== -1) text += leadingBreak;
    if (chomping === 1) text += trailing.breaks;
    return {
      type: Tok.Scalar,
      start,
      value: text,
      style: literal ? Style.Literal : Style.Folded,
    };
  }

  /** Consumes the indentation and empty lines of a block scalar; returns the (possibly detected) indentation. */
  private blockScalarBreaks(indent: number, trailing: { breaks: string }, start: Mark): number {
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.column < indent) && this.at() === SP) this.skip();
      if (this.column > maxIndent) maxIndent = this.column;
      if ((indent === 0 || this.column < indent) && this.at() === TAB) {
        this.fail(
          'while scanning a block scalar',
          start,
          'found a tab character where an indentation space is expected',
        );
      }
      if (!isBreak(this.at())) break;
      trailing.breaks += this.readLine();
    }
    if (indent === 0) {
      indent = Math.max(maxIndent, this.indent + 1, 1);
    }
    return indent;
  }

  private scanFlowScalar(single: boolean): Token {
    const start = this.mark();
    this.skip();
    let text = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    for (;;) {
      if (this.column === 0 && this.isDocumentIndicator()) {
        this.fail('while scanning a quoted scalar', start, 'found unexpected document indicator');
      }
      if (this.atEnd()) this.fail('while scanning a quoted scalar', start, 'found unexpected end of stream');
      let leadingBlanks = false;
      while (!this.isBlankz()) {
        const c = this.at();
        if (single && c === 0x27 && this.at(1) === 0x27) {
          text += "'";
          this.skip();
          this.skip();
        } else if (single && c === 0x27) {
          break;
        } else if (!single && c === 0x22) {
          break;
        } else if (!single && c === 0x5c /* \ */ && isBreak(this.at(1))) {
          // An escaped line break joins the lines without a space.
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === 0x5c) {
          text += this.scanEscape(start);
        } else {
          const from = this.pos;
          this.skip();
          for (;;) {
            const d = this.at();
            if (d === 0 || isBlank(d) || isBreak(d) || d === 0x27 || d === 0x22 || d === 0x5c) break;
            this.skip();
          }
          text += this.text.slice(from, this.pos);
        }
      }
      const c = this.at();
      if ((single && c === 0x27) || (!single && c === 0x22)) break;
      // Blanks and line breaks inside the quotes: no indentation rule applies (go-yaml v2 checks none).
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (!leadingBlanks) whitespaces += this.read();
          else this.skip();
        } else if (!leadingBlanks) {
          whitespaces = '';
          leadingBreak = this.readLine();
          leadingBlanks = true;
        } else {
          trailingBreaks += this.readLine();
        }
      }
      if (leadingBlanks) {
        if (leadingBreak.startsWith('\n')) {
          text += trailingBreaks === '' ? ' ' : trailingBreaks;
        } else {
          text += leadingBreak + trailingBreaks;
        }
        leadingBreak = '';
        trailingBreaks = '';
      } else {
        text += whitespaces;
        whitespaces = '';
      }
    }
    this.skip();
    return { type: Tok.Scalar, start, value: text, style: single ? Style.Single : Style.Double };
  }

  private scanEscape(start: Mark): string {
    const code = this.at(1);
    const simple: Record<number, string> = {
      48: '\u0000',
      97: '\u0007',
      98: '\b',
      116: '\t',
      9: '\t',
      110: '\n',
      118: '\v',
      102: '\f',
      114: '\r',
      101: '\u001b',
      32: ' ',
      34: '"',
      39: "'",
      92: '\\',
      78: '\u0085',
      95: '\u00a0',
      76: '\u2028',
      80: '\u2029',
    };
    const length = code === 0x78 ? 2 : code === 0x75 ? 4 : code === 0x55 ? 8 : 0;
    const plain = simple[code];
    if (plain === undefined && length === 0) {
      this.fail('while parsing a quoted scalar', start, 'found unknown escape character');
    }
    this.skip();
    this.skip();
    if (length === 0) return plain as string;
    let value = 0;
    for (let k = 0; k < length; k++) {
      const c = this.at(k);
      if (!isHex(c))
        this.fail('while parsing a quoted scalar', start, 'did not find expected hexdecimal number');
      value = value * 16 + hexValue(c);
    }
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
      this.fail('while parsing a quoted scalar', start, 'found invalid Unicode character escape code');
    }
    for (let k = 0; k < length; k++) this.skip();
    return String.fromCodePoint(value);
  }

  private scanPlainScalar(): Token {
    const start = this.mark();
    const indent = this.indent + 1;
    let text = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    let leadingBlanks = false;
    for (;;) {
      if (this.column === 0 && this.isDocumentIndicator()) break;
      if (this.at() === 0x23) break;
      while (!this.isBlankz()) {
        const c = this.at();
        // ": " ends a plain scalar everywhere; in flow context so do the flow indicators.
        if (c === 0x3a && this.isBlankz(1)) break;
        if (
          this.flowLevel > 0 &&
          (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)
        ) {
          break;
        }
        if (leadingBlanks || whitespaces !== '') {
          if (leadingBlanks) {
            if (leadingBreak.startsWith('\n')) text += trailingBreaks === '' ? ' ' : trailingBreaks;
            else text += leadingBreak + trailingBreaks;
            trailingBreaks = '';
            leadingBreak = '';
            leadingBlanks = false;
          } else {
            text += whitespaces;
            whitespaces = '';
          }
        }
        // Copy the run of characters up to the next blank, break or indicator in one piece.
        const from = this.pos;
        this.skip();
        for (;;) {
          const d = this.at();
          if (d === 0 || isBlank(d) || isBreak(d)) break;
          if (d === 0x3a && this.isBlankz(1)) break;
          if (
            this.flowLevel > 0 &&
            (d === 0x2c || d === 0x3f || d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d)
          ) {
            break;
          }
          this.skip();
        }
        text += this.text.slice(from, this.pos);
      }
      if (!(isBlank(this.at()) || isBreak(this.at()))) break;
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (leadingBlanks && this.column < indent && this.at() === TAB) {
            this.fail(
              'while scanning a plain scalar',
              start,
              'found a tab character that violates indentation',
            );
          }
          if (!leadingBlanks) whitespaces += this.read();
          else this.skip();
        } else if (!leadingBlanks) {
          whitespaces = '';
          leadingBreak = this.readLine();
          leadingBlanks = true;
        } else {
          trailingBreaks += this.readLine();
        }
      }
      // A continuation line must be indented more than the enclosing block.
      if (this.flowLevel === 0 && this.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return { type: Tok.Scalar, start, value: text, style: Style.Plain };
  }
}
