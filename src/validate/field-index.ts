import { type FieldNode, type FieldTree, INSTALL_CONFIG_FIELDS } from './known-fields.js';

/*
 * Where each key name exists in install-config.yaml, so that a key written in the wrong block can be sent to the block
 * it belongs to ("lbType belongs in platform.aws") instead of being "corrected" into a sibling with a similar name.
 */

export function isTree(node: FieldNode): node is FieldTree {
  return typeof node === 'object' && !Array.isArray(node);
}

let index: Map<string, string[]> | undefined;

function build(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stack: Array<[FieldNode, string]> = [[INSTALL_CONFIG_FIELDS, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [FieldNode, string];
    if (Array.isArray(node)) {
      stack.push([node[0] as FieldNode, `${path}[]`]);
      continue;
    }
    if (!isTree(node)) continue;
    for (const [key, childNode] of Object.entries(node)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      const lower = key.toLowerCase();
      out.set(lower, [...(out.get(lower) ?? []), childPath]);
      stack.push([childNode, childPath]);
    }
  }
  for (const paths of out.values()) paths.sort((a, b) => a.length - b.length || a.localeCompare(b));
  return out;
}

/** Every path (list indexes as `[]`) at which a key of this name (any case) is a field. */
export function placesOf(key: string): readonly string[] {
  index ??= build();
  return index.get(key.toLowerCase()) ?? [];
}

/** The field tree node at a path written with `[]` for list items, or undefined. */
export function nodeAt(path: string): FieldNode | undefined {
  let node: FieldNode = INSTALL_CONFIG_FIELDS;
  for (const part of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    if (part === '[]') {
      if (!Array.isArray(node)) return undefined;
      node = node[0] as FieldNode;
    } else {
      if (!isTree(node) || !Object.hasOwn(node, part)) return undefined;
      node = node[part] as FieldNode;
    }
  }
  return node;
}
