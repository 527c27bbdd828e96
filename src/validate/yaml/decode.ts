import { child } from '../path.js';
import { YamlError } from './error.js';
import type { YAlias, YMapping, YNode, YScalar } from './nodes.js';
import { type GoNumber, isMergeKey, keyText, resolveScalar } from './resolve.js';
import type { Mark } from './scanner.js';

/*
 * The node tree → data, as sigs.k8s.io/yaml's UnmarshalStrict does it with go-yaml v2 (decode.go): anchors and
 * aliases expanded, merge keys (<<) applied, mapping keys turned into JSON strings. Strict decoding refuses a key set
 * twice in one mapping (merged keys included): the installer stops with "key … already set in map", so each one is
 * reported. Alias expansion is bounded the way go-yaml bounds it ("document contains excessive aliasing").
 */

/** A scalar as the rules read it: YAML null, booleans, integers, and GoNumber for floats and very large integers. */
export type ScalarValue = null | boolean | number | string | GoNumber;

export interface Duplicate {
  path: string;
  key: string;
  mark: Mark;
  /** One of the two came from a merge key (<<:). */
  merged: boolean;
}

export interface Decoded {
  value: unknown;
  duplicates: Duplicate[];
}

/** Nesting allowed through aliases (the parser already refuses more than 100 levels written out). */
const MAX_DECODE_DEPTH = 200;
/** Work allowed in total, aliases expanded: well above any install-config, far below what exhausts memory. */
const MAX_DECODE_COUNT = 2_000_000;

/** go-yaml v2's allowedAliasRatio: generous for small documents, 10% for large ones. */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

export function decode(root: YNode): Decoded {
  const decoder = new Decoder();
  const value = decoder.decode(root, []);
  return { value, duplicates: decoder.duplicates };
}

class Decoder {
  readonly duplicates: Duplicate[] = [];
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private depth = 0;
  private readonly expanding = new Set<YAlias>();

  private count(node: YNode): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (
      this.aliasCount > 100 &&
      this.decodeCount > 1000 &&
      this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)
    ) {
      throw new YamlError('limit', 'aliases', node.start);
    }
    if (this.decodeCount > MAX_DECODE_COUNT) throw new YamlError('limit', 'aliases', node.start);
  }

  decode(node: YNode, path: Array<string | number>): unknown {
    this.count(node);
    switch (node.kind) {
      case 'alias':
        return this.throughAlias(node, () => this.decode(node.target, path));
      case 'scalar':
        return this.scalar(node);
      case 'sequence': {
        this.enter(node);
        const out: unknown[] = [];
        node.children.forEach((item, i) => {
          path.push(i);
          out.push(this.decode(item, path));
          path.pop();
        });
        // Entries the parser did not keep are nulls here: the list keeps its length for the "too long" warning.
        if (node.skipped) {
          const kept = out.length;
          out.length = kept + node.skipped;
          out.fill(null, kept);
        }
        this.depth--;
        return out;
      }
      case 'mapping': {
        this.enter(node);
        const out: Record<string, unknown> = {};
        this.fill(node, out, path);
        this.depth--;
        return out;
      }
    }
  }

  private enter(node: YNode): void {
    this.depth++;
    if (this.depth > MAX_DECODE_DEPTH) throw new YamlError('limit', 'nesting', node.start);
  }

  private throughAlias<T>(alias: YAlias, run: () => T): T {
    if (this.expanding.has(alias)) {
      throw new YamlError('decoder', `anchor '${alias.name}' value contains itself`, alias.start);
    }
    this.expanding.add(alias);
    this.aliasDepth++;
    try {
      return run();
    } finally {
      this.aliasDepth--;
      this.expanding.delete(alias);
    }
  }

  private scalar(node: YScalar): ScalarValue {
    const resolved = resolveScalar(node);
    if ('error' in resolved) throw new YamlError('decoder', resolved.error, node.start);
    return resolved.value;
  }

  private key(node: YNode): string {
    if (node.kind === 'alias') return this.throughAlias(node, () => this.key(node.target));
    if (node.kind !== 'scalar') throw new YamlError('decoder', 'invalid map key', node.start);
    const resolved = resolveScalar(node);
    if ('error' in resolved) throw new YamlError('decoder', resolved.error, node.start);
    const text = keyText(resolved);
    if (text === undefined) throw new YamlError('decoder', 'null key', node.start);
    return text;
  }

  /** Keys set through a merge, per mapping being filled. */
  private readonly mergedKeys = new WeakMap<Record<string, unknown>, Set<string>>();
  private merging = 0;

  private fill(node: YMapping, out: Record<string, unknown>, path: Array<string | number>): void {
    const children = node.children;
    for (let i = 0; i + 1 < children.length; i += 2) {
      const keyNode = children[i] as YNode;
      const valueNode = children[i + 1] as YNode;
      if (keyNode.kind === 'scalar' && isMergeKey(keyNode)) {
        this.merge(valueNode, out, path);
        continue;
      }
      this.count(keyNode);
      const key = this.key(keyNode);
      path.push(key);
      const value = this.decode(valueNode, path);
      const merged = this.mergedKeys.get(out);
      if (Object.hasOwn(out, key)) {
        const fromMerge = this.merging > 0 || merged?.has(key) === true;
        this.duplicates.push({ path: joinPath(path), key, mark: keyNode.start, merged: fromMerge });
      } else {
        setKey(out, key, value);
        if (this.merging > 0) {
          const set = merged ?? new Set<string>();
          set.add(key);
          this.mergedKeys.set(out, set);
        }
      }
      path.pop();
    }
  }

  /** `<<: *base` or `<<: [*a, *b]`: the merged mappings' keys, later sources first (decode.go merge). */
  private merge(node: YNode, out: Record<string, unknown>, path: Array<string | number>): void {
    const wrong = () =>
      new YamlError('decoder', 'map merge requires map or sequence of maps as the value', node.start);
    this.count(node);
    this.merging++;
    try {
      this.mergeInto(node, out, path, wrong);
    } finally {
      this.merging--;
    }
  }

  private mergeInto(
    node: YNode,
    out: Record<string, unknown>,
    path: Array<string | number>,
    wrong: () => YamlError,
  ): void {
    if (node.kind === 'mapping') {
      this.fill(node, out, path);
      return;
    }
    if (node.kind === 'alias') {
      if (node.target.kind !== 'mapping') throw wrong();
      const target = node.target;
      this.throughAlias(node, () => this.fill(target, out, path));
      return;
    }
    if (node.kind !== 'sequence') throw wrong();
    for (let i = node.children.length - 1; i >= 0; i--) {
      const item = node.children[i] as YNode;
      this.count(item);
      if (item.kind === 'alias') {
        if (item.target.kind !== 'mapping') throw wrong();
        const target = item.target;
        this.throughAlias(item, () => this.fill(target, out, path));
      } else if (item.kind === 'mapping') {
        this.fill(item, out, path);
      } else {
        throw wrong();
      }
    }
  }
}

/** Sets a key on a plain object, "__proto__" included (plain assignment would replace the prototype). */
export function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

function joinPath(parts: Array<string | number>): string {
  let path = '';
  for (const part of parts) path = child(path, part);
  return path;
}
