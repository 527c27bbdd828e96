import { YamlError } from './error.js';
import type { YAlias, YDocument, YMapping, YNode, YScalar, YSequence } from './nodes.js';
import { type Mark, Scanner, Style, Tok, type Token, type TokenType } from './scanner.js';

/*
 * The grammar of go-yaml v2's parser (parserc.go, a translation of libyaml's), written as recursive descent over the
 * scanner's tokens, building go-yaml's node tree directly (decode.go `parser`). It reads the first document only, as
 * yaml.Unmarshal does: whatever follows it is never scanned, so a second document cannot make the file unreadable.
 * https://github.com/go-yaml/yaml/blob/v2/parserc.go
 */

/** No install-config nests deeper than about ten levels; deeper input is refused before it can exhaust the stack. */
export const MAX_DEPTH = 100;
/**
 * List entries kept in the node tree; later ones are parsed (so the file is checked for syntax to its end) and
 * counted, not kept. validate checks the first 1000 entries of a list (fields.ts MAX_LIST_ITEMS), so a 1 MiB file of
 * list entries costs no more memory than a real install-config.
 */
export const MAX_RETAINED_ITEMS = 1000;

function addItem(sequence: YSequence, item: YNode): void {
  if (sequence.children.length < MAX_RETAINED_ITEMS) sequence.children.push(item);
  else sequence.skipped = (sequence.skipped ?? 0) + 1;
}

const LONG_TAG_PREFIX = 'tag:yaml.org,2002:';

/** Where a one-character indicator token ("-", "?", ":", ",") ends: empty values are placed there. */
function after(token: Token): Mark {
  return { index: token.start.index + 1, line: token.start.line, column: token.start.column + 1 };
}

export function parseFirstDocument(text: string): YDocument {
  return new Parser(text).parse();
}

class Parser {
  private readonly scanner: Scanner;
  private tagDirectives = new Map<string, string>();
  private anchors = new Map<string, YNode>();
  private depth = 0;
  /** Where the open flow collections ([ or {) start, innermost last. */
  private readonly flowStarts: Array<{ mark: Mark; close: ']' | '}' }> = [];

  constructor(text: string) {
    // go-yaml reads an empty input as a single line break.
    this.scanner = new Scanner(text === '' ? '\n' : text);
  }

  private peek(): Token {
    return this.scanner.peek();
  }
  private skip(): void {
    this.scanner.next();
  }
  private is(token: Token, ...types: TokenType[]): boolean {
    return types.includes(token.type);
  }
  private fail(problem: string, mark: Mark, context = '', contextMark?: Mark): never {
    throw new YamlError('parser', problem, mark, context, contextMark);
  }

  parse(): YDocument {
    const first = this.peek();
    if (first.type !== Tok.StreamStart) this.fail('did not find expected <stream-start>', first.start);
    this.skip();
    let token = this.peek();
    let root: YNode | undefined;
    if (!this.is(token, Tok.VersionDirective, Tok.TagDirective, Tok.DocumentStart, Tok.StreamEnd)) {
      // An implicit document: content without "---".
      this.processDirectives();
      root = this.parseNode(true, false);
    } else if (token.type !== Tok.StreamEnd) {
      this.processDirectives();
      token = this.peek();
      if (token.type !== Tok.DocumentStart) this.fail('did not find expected <document start>', token.start);
      this.skip();
      token = this.peek();
      root = this.is(
        token,
        Tok.VersionDirective,
        Tok.TagDirective,
        Tok.DocumentStart,
        Tok.DocumentEnd,
        Tok.StreamEnd,
      )
        ? this.emptyScalar(token.start)
        : this.parseNode(true, false);
    } else {
      return { root: undefined };
    }
    token = this.peek();
    if (token.type === Tok.DocumentEnd) this.skip();
    return { root, ...this.nextDocument() };
  }

  /**
   * Whether a second document follows. The installer stops after the first document, so this only looks at the next
   * token and never lets anything after it make the file unreadable.
   */
  private nextDocument(): { nextDocument?: Mark } {
    try {
      let token = this.peek();
      while (token.type === Tok.DocumentEnd) {
        this.skip();
        token = this.peek();
      }
      if (this.is(token, Tok.DocumentStart, Tok.VersionDirective, Tok.TagDirective))
        return { nextDocument: token.start };
    } catch {
      // What follows the first document is not read by the installer either.
    }
    return {};
  }

  private processDirectives(): void {
    let version = false;
    let token = this.peek();
    this.tagDirectives = new Map();
    while (this.is(token, Tok.VersionDirective, Tok.TagDirective)) {
      if (token.type === Tok.VersionDirective) {
        if (version) this.fail('found duplicate %YAML directive', token.start);
        // go-yaml v2 reads YAML 1.1 only.
        if (token.major !== 1 || token.minor !== 1)
          this.fail('found incompatible YAML document', token.start);
        version = true;
      } else {
        const handle = token.value ?? '';
        if (this.tagDirectives.has(handle)) this.fail('found duplicate %TAG directive', token.start);
        this.tagDirectives.set(handle, token.suffix ?? '');
      }
      this.skip();
      token = this.peek();
    }
    if (!this.tagDirectives.has('!')) this.tagDirectives.set('!', '!');
    if (!this.tagDirectives.has('!!')) this.tagDirectives.set('!!', LONG_TAG_PREFIX);
  }

  private emptyScalar(mark: Mark): YScalar {
    return { kind: 'scalar', value: '', tag: '', implicit: true, style: Style.Plain, start: mark };
  }

  private enter(mark: Mark): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new YamlError('limit', 'nesting', mark);
  }

  private parseNode(block: boolean, indentlessSequence: boolean): YNode {
    let token = this.peek();
    if (token.type === Tok.Alias) {
      this.skip();
      const name = token.value ?? '';
      const target = this.anchors.get(name);
      if (!target) throw new YamlError('decoder', `unknown anchor '${name}' referenced`, token.start);
      const alias: YAlias = { kind: 'alias', name, target, start: token.start };
      return alias;
    }
    const start = token.start;
    let anchor: string | undefined;
    let tagHandle: string | undefined;
    let tagSuffix = '';
    let tagMark = start;
    if (token.type === Tok.Anchor) {
      anchor = token.value ?? '';
      this.skip();
      token = this.peek();
      if (token.type === Tok.Tag) {
        tagHandle = token.value ?? '';
        tagSuffix = token.suffix ?? '';
        tagMark = token.start;
        this.skip();
        token = this.peek();
      }
    } else if (token.type === Tok.Tag) {
      tagHandle = token.value ?? '';
      tagSuffix = token.suffix ?? '';
      tagMark = token.start;
      this.skip();
      token = this.peek();
      if (token.type === Tok.Anchor) {
        anchor = token.value ?? '';
        this.skip();
        token = this.peek();
      }
    }
    let tag = '';
    if (tagHandle !== undefined) {
      if (tagHandle === '') tag = tagSuffix;
      else {
        const prefix = this.tagDirectives.get(tagHandle);
        if (prefix === undefined)
          this.fail('found undefined tag handle', tagMark, 'while parsing a node', start);
        tag = prefix + tagSuffix;
      }
    }
    const register = <T extends YNode>(node: T): T => {
      // go-yaml registers the anchor when the node starts, before its children are read.
      if (anchor !== undefined) this.anchors.set(anchor, node);
      return node;
    };

    if (indentlessSequence && token.type === Tok.BlockEntry) {
      const node = register<YSequence>({ kind: 'sequence', tag, children: [], start, flow: false });
      this.enter(start);
      this.indentlessSequence(node);
      this.depth--;
      return node;
    }
    if (token.type === Tok.Scalar) {
      this.skip();
      const implicit = (tag === '' && token.style === Style.Plain) || tag === '!';
      return register<YScalar>({
        kind: 'scalar',
        value: token.value ?? '',
        tag,
        implicit,
        style: token.style ?? Style.Plain,
        start,
      });
    }
    if (token.type === Tok.FlowSequenceStart || (block && token.type === Tok.BlockSequenceStart)) {
      const node = register<YSequence>({
        kind: 'sequence',
        tag,
        children: [],
        start,
        flow: token.type === Tok.FlowSequenceStart,
      });
      this.enter(start);
      if (node.flow) this.flowSequence(node);
      else this.blockSequence(node);
      this.depth--;
      return node;
    }
    if (token.type === Tok.FlowMappingStart || (block && token.type === Tok.BlockMappingStart)) {
      const node = register<YMapping>({
        kind: 'mapping',
        tag,
        children: [],
        start,
        flow: token.type === Tok.FlowMappingStart,
      });
      this.enter(start);
      if (node.flow) this.flowMapping(node);
      else this.blockMapping(node);
      this.depth--;
      return node;
    }
    if (anchor !== undefined || tagHandle !== undefined) {
      // An anchor or tag with no content is an empty scalar (go-yaml: implicit unless a tag was given).
      return register<YScalar>({
        kind: 'scalar',
        value: '',
        tag,
        implicit: tag === '',
        style: Style.Plain,
        start,
      });
    }
    // The file ends inside [ … or { …: the mistake is the bracket that is never closed.
    const open = this.flowStarts.at(-1);
    if (token.type === Tok.StreamEnd && open) {
      this.fail(
        `did not find expected ',' or '${open.close}'`,
        token.start,
        'while parsing a flow collection',
        open.mark,
      );
    }
    this.fail(
      'did not find expected node content',
      token.start,
      block ? 'while parsing a block node' : 'while parsing a flow node',
      start,
    );
  }

  private blockSequence(node: YSequence): void {
    const context = this.peek().start;
    this.skip();
    for (;;) {
      let token = this.peek();
      if (token.type === Tok.BlockEntry) {
        const mark = after(token);
        this.skip();
        token = this.peek();
        addItem(
          node,
          this.is(token, Tok.BlockEntry, Tok.BlockEnd) ? this.emptyScalar(mark) : this.parseNode(true, false),
        );
      } else if (token.type === Tok.BlockEnd) {
        this.skip();
        return;
      } else {
        this.fail(
          "did not find expected '-' indicator",
          token.start,
          'while parsing a block collection',
          context,
        );
      }
    }
  }

  private indentlessSequence(node: YSequence): void {
    for (;;) {
      let token = this.peek();
      if (token.type !== Tok.BlockEntry) return;
      const mark = after(token);
      this.skip();
      token = this.peek();
      addItem(
        node,
        this.is(token, Tok.BlockEntry, Tok.Key, Tok.Value, Tok.BlockEnd)
          ? this.emptyScalar(mark)
          : this.parseNode(true, false),
      );
    }
  }

  private blockMapping(node: YMapping): void {
    const context = this.peek().start;
    this.skip();
    for (;;) {
      let token = this.peek();
      if (token.type === Tok.Key) {
        const mark = after(token);
        this.skip();
        token = this.peek();
        node.children.push(
          this.is(token, Tok.Key, Tok.Value, Tok.BlockEnd)
            ? this.emptyScalar(mark)
            : this.parseNode(true, true),
        );
      } else if (token.type === Tok.BlockEnd) {
        this.skip();
        return;
      } else {
        this.fail('did not find expected key', token.start, 'while parsing a block mapping', context);
      }
      token = this.peek();
      if (token.type === Tok.Value) {
        const mark = after(token);
        this.skip();
        token = this.peek();
        node.children.push(
          this.is(token, Tok.Key, Tok.Value, Tok.BlockEnd)
            ? this.emptyScalar(mark)
            : this.parseNode(true, true),
        );
      } else {
        node.children.push(this.emptyScalar(token.start));
      }
    }
  }

  private flowSequence(node: YSequence): void {
    const context = this.peek().start;
    this.flowStarts.push({ mark: context, close: ']' });
    this.skip();
    let first = true;
    for (;;) {
      let token = this.peek();
      if (token.type === Tok.FlowSequenceEnd) break;
      if (!first) {
        if (token.type !== Tok.FlowEntry) {
          this.fail(
            "did not find expected ',' or ']'",
            token.start,
            'while parsing a flow sequence',
            context,
          );
        }
        this.skip();
        token = this.peek();
      }
      first = false;
      if (token.type === Tok.Key) {
        // "[a: b]": a single-pair mapping inside the sequence.
        const pair: YMapping = { kind: 'mapping', tag: '', children: [], start: token.start, flow: true };
        this.skip();
        this.flowSequencePair(pair);
        addItem(node, pair);
      } else if (token.type !== Tok.FlowSequenceEnd) {
        addItem(node, this.parseNode(false, false));
      } else {
        break;
      }
    }
    this.skip();
    this.flowStarts.pop();
  }

  private flowSequencePair(pair: YMapping): void {
    let token = this.peek();
    if (!this.is(token, Tok.Value, Tok.FlowEntry, Tok.FlowSequenceEnd)) {
      pair.children.push(this.parseNode(false, false));
    } else {
      // libyaml consumes the token after an empty key here; go-yaml inherits the quirk.
      const mark = after(token);
      this.skip();
      pair.children.push(this.emptyScalar(mark));
    }
    token = this.peek();
    if (token.type === Tok.Value) {
      this.skip();
      const next = this.peek();
      if (!this.is(next, Tok.FlowEntry, Tok.FlowSequenceEnd)) {
        pair.children.push(this.parseNode(false, false));
        return;
      }
      pair.children.push(this.emptyScalar(next.start));
      return;
    }
    pair.children.push(this.emptyScalar(token.start));
  }

  private flowMapping(node: YMapping): void {
    const context = this.peek().start;
    this.flowStarts.push({ mark: context, close: '}' });
    this.skip();
    let first = true;
    for (;;) {
      let token = this.peek();
      if (token.type === Tok.FlowMappingEnd) break;
      if (!first) {
        if (token.type !== Tok.FlowEntry) {
          this.fail("did not find expected ',' or '}'", token.start, 'while parsing a flow mapping', context);
        }
        this.skip();
        token = this.peek();
      }
      first = false;
      if (token.type === Tok.Key) {
        this.skip();
        token = this.peek();
        node.children.push(
          this.is(token, Tok.Value, Tok.FlowEntry, Tok.FlowMappingEnd)
            ? this.emptyScalar(token.start)
            : this.parseNode(false, false),
        );
        token = this.peek();
        if (token.type === Tok.Value) {
          this.skip();
          token = this.peek();
          node.children.push(
            this.is(token, Tok.FlowEntry, Tok.FlowMappingEnd)
              ? this.emptyScalar(token.start)
              : this.parseNode(false, false),
          );
        } else {
          node.children.push(this.emptyScalar(token.start));
        }
      } else if (token.type !== Tok.FlowMappingEnd) {
        node.children.push(this.parseNode(false, false));
        node.children.push(this.emptyScalar(this.peek().start));
      } else {
        break;
      }
    }
    this.skip();
    this.flowStarts.pop();
  }
}
