import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { BlockYamlOptions } from './block-yaml.js';

type Path = readonly (string | number)[];

/** The node that a comment at `path` belongs above: the key of a map entry, or the item of a sequence. */
function anchorOf(doc: Document, path: Path): { commentBefore?: string | null } | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    return item && typeof item === 'object' ? (item as { commentBefore?: string | null }) : undefined;
  }
  return undefined;
}

/**
 * `value` as YAML text through the yaml package's Document API (never a string template, ARCHITECTURE.md): YAML 1.1
 * quoting (strings such as "on" or "1" stay strings for the installer's Go YAML parser), no line folding, and the
 * header, comments, blank lines and styles of `options`. A comment whose path names nothing in `value` is an error.
 */
export function documentYaml(value: Record<string, unknown>, options: BlockYamlOptions = {}): string {
  const doc = new Document(value, { version: '1.1' });
  if (options.header) doc.commentBefore = options.header;
  for (const [key, text] of options.comments ?? []) {
    const path = JSON.parse(key) as Path;
    const anchor = anchorOf(doc, path);
    if (!anchor) throw new Error(`YAML comment for a field that is not rendered: ${path.join('.')}`);
    anchor.commentBefore = text;
  }
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, index) => {
      if (!isScalar(pair.key)) return;
      if (index > 0 && options.spaceTopLevel) pair.key.spaceBefore = true;
      const style = options.topLevelStyles?.[String(pair.key.value)];
      if (style && isScalar(pair.value)) pair.value.type = Scalar[style];
    });
  }
  const forceDouble = options.forceDouble;
  if (forceDouble) {
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === 'string' && forceDouble(node.value)) node.type = 'QUOTE_DOUBLE';
      },
    });
  }
  return doc.toString({ lineWidth: 0 });
}
