import type { YMapping, YNode } from './nodes.js';
import { isMergeKey, keyText, resolveScalar } from './resolve.js';
import type { Mark } from './scanner.js';

/*
 * Where a field path (`networking.clusterNetwork[0].cidr`) is written in the file. Findings carry paths; only the
 * findings that are printed are located, so a huge file costs nothing here. Keys match exactly first, then without
 * regard to case (as Go's JSON decoding matches field names), so `ControlPlane:` is found for `controlPlane`.
 */

export interface Place {
  /** Where the key that introduces the node starts (absent for list items and the root). */
  key?: Mark;
  /** Where the node itself starts. */
  value: Mark;
  /** The node is a mapping or a list (findings on it point at its key, where the user looks). */
  collection: boolean;
}

type Pair = [YNode, YNode];
const pairCache = new WeakMap<YMapping, Map<string, Pair>>();

function deref(node: YNode): YNode {
  let current = node;
  for (let i = 0; i < 100 && current.kind === 'alias'; i++) current = current.target;
  return current;
}

function textOf(node: YNode): string | undefined {
  const target = deref(node);
  if (target.kind !== 'scalar') return undefined;
  const resolved = resolveScalar(target);
  return 'error' in resolved ? undefined : keyText(resolved);
}

/** The mapping's keys (merged ones included, the first occurrence winning), built once per mapping. */
function pairsOf(mapping: YMapping, seen = new Set<YMapping>()): Map<string, Pair> {
  const cached = pairCache.get(mapping);
  if (cached) return cached;
  const pairs = new Map<string, Pair>();
  seen.add(mapping);
  const children = mapping.children;
  for (let i = 0; i + 1 < children.length; i += 2) {
    const key = children[i] as YNode;
    const value = children[i + 1] as YNode;
    if (key.kind === 'scalar' && isMergeKey(key)) {
      const target = deref(value);
      const sources = target.kind === 'sequence' ? target.children.map(deref) : [target];
      for (const source of sources) {
        if (source.kind !== 'mapping' || seen.has(source)) continue;
        for (const [name, pair] of pairsOf(source, seen)) if (!pairs.has(name)) pairs.set(name, pair);
      }
      continue;
    }
    const name = textOf(key);
    if (name !== undefined && !pairs.has(name)) pairs.set(name, [key, value]);
  }
  pairCache.set(mapping, pairs);
  return pairs;
}

/** Keys read by early-exit scans of each mapping whose key table is not built (see findKey). */
const scanned = new WeakMap<YMapping, number>();

/**
 * The key `name` of a mapping without merge keys, found by reading the keys in order up to it. A huge mapping (a
 * file of a hundred thousand unknown keys) is located only for the few findings printed, mostly near its start: reading
 * up to the key costs far less than a table of every key. Once the scans have read twice the mapping, the table is
 * built after all, so many lookups in one mapping still cost little. Undefined when the scan cannot answer.
 */
function scanForKey(mapping: YMapping, name: string): Pair | undefined {
  const children = mapping.children;
  const sofar = scanned.get(mapping) ?? 0;
  if (pairCache.has(mapping) || children.length < 64 || sofar > children.length) return undefined;
  for (let i = 0; i + 1 < children.length; i += 2) {
    const key = children[i] as YNode;
    // A merge key brings keys from elsewhere, with their own precedence: the table answers that.
    if (key.kind === 'scalar' && isMergeKey(key)) break;
    if (textOf(key) === name) {
      scanned.set(mapping, sofar + i + 2);
      return [key, children[i + 1] as YNode];
    }
  }
  scanned.set(mapping, sofar + children.length);
  return undefined;
}

function findKey(mapping: YMapping, name: string): Pair | undefined {
  const found = scanForKey(mapping, name);
  if (found) return found;
  const pairs = pairsOf(mapping);
  const exact = pairs.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, pair] of pairs) if (key.toLowerCase() === lower) return pair;
  return undefined;
}

/** `a.b[0].c` → ['a', 'b', 0, 'c']. */
export function pathParts(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

/**
 * The places along `path`, from the root down to the deepest node that exists. `exact` is true when the whole path
 * exists in the file.
 */
export function locatePath(root: YNode, path: string): { place: Place; exact: boolean } {
  let node = root;
  let place: Place = { value: root.start, collection: true };
  for (const part of pathParts(path)) {
    const target = deref(node);
    let next: Pair | undefined;
    if (typeof part === 'number' && target.kind === 'sequence') {
      const item = target.children[part];
      if (item) next = [item, item];
    } else if (typeof part === 'string' && target.kind === 'mapping') {
      next = findKey(target, part);
    }
    if (!next) return { place, exact: false };
    const [key, value] = next;
    const resolved = deref(value);
    place = {
      ...(key === value ? {} : { key: key.start }),
      value: value.start,
      collection: resolved.kind === 'mapping' || resolved.kind === 'sequence',
    };
    node = value;
  }
  return { place, exact: true };
}
