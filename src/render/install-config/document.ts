import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { FieldPath, Note } from './notes.js';

/** Scalar styles that keep the installer's inputs intact: one-line JSON quoted, PEM as a literal block. */
const STYLES: Record<string, Scalar.Type> = {
  pullSecret: Scalar.QUOTE_SINGLE,
  sshKey: Scalar.QUOTE_SINGLE,
  additionalTrustBundle: Scalar.BLOCK_LITERAL,
};

/** `# text` lines as the yaml package prints them: each line of a comment gets one leading space. */
function asComment(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

/** The node that a comment at `path` belongs above: the key of a map entry, or the item of a sequence. */
function anchorOf(doc: Document, path: FieldPath): { commentBefore?: string | null } | undefined {
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
 * The install-config object → YAML text with the yaml Document API (never a string template, ARCHITECTURE.md):
 * YAML 1.1 quoting (strings such as "on" or "1" stay strings for the installer's Go YAML parser), no line folding,
 * a header comment, a comment above each explained field, and a blank line between top-level sections.
 */
export function toYaml(config: Record<string, unknown>, notes: readonly Note[], header: string): string {
  const doc = new Document(config, { version: '1.1' });
  doc.commentBefore = asComment(header);

  const merged = new Map<string, { path: FieldPath; lines: string[] }>();
  for (const note of notes) {
    const key = JSON.stringify(note.path);
    const entry = merged.get(key) ?? { path: note.path, lines: [] };
    entry.lines.push(note.text);
    merged.set(key, entry);
  }
  for (const { path, lines } of merged.values()) {
    const anchor = anchorOf(doc, path);
    if (!anchor)
      throw new Error(`install-config comment for a field that is not rendered: ${path.join('.')}`);
    anchor.commentBefore = asComment(lines.join('\n'));
  }

  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, index) => {
      if (!isScalar(pair.key)) return;
      if (index > 0) pair.key.spaceBefore = true;
      const style = STYLES[String(pair.key.value)];
      if (style && isScalar(pair.value)) pair.value.type = style;
    });
  }
  return doc.toString({ lineWidth: 0 });
}
