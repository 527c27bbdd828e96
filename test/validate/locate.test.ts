import { describe, expect, it } from 'vitest';
import { readYamlMapping } from '../../src/validate/parse.js';
import { locatePath } from '../../src/validate/yaml/locate.js';
import type { YNode } from '../../src/validate/yaml/nodes.js';

/* Where a finding's path is written: the line a user is sent to, in small and in huge mappings alike. */

const lineOf = (text: string, path: string) => {
  const { place, exact } = locatePath(rootOf(text), path);
  // Marks count lines from 0; users from 1.
  return { line: (place.key ?? place.value).line + 1, exact };
};
const roots = new Map<string, YNode>();
function rootOf(text: string): YNode {
  const known = roots.get(text);
  if (known) return known;
  const { root } = readYamlMapping(text);
  roots.set(text, root);
  return root;
}
const manyKeys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}: v\n`).join('');

describe('locating a path', () => {
  it('finds keys near the start, near the end and missing in a mapping of thousands of keys', () => {
    const text = `${manyKeys(5000)}platform:\n  none: {}\n`;
    expect(lineOf(text, 'k3')).toEqual({ line: 4, exact: true });
    expect(lineOf(text, 'platform.none')).toEqual({ line: 5002, exact: true });
    expect(lineOf(text, 'k4999')).toEqual({ line: 5000, exact: true });
    // Missing: the deepest existing place, the root.
    expect(lineOf(text, 'nothere').exact).toBe(false);
    // Many lookups in the same mapping keep giving the first occurrence of each key.
    for (let i = 0; i < 5000; i += 250) expect(lineOf(text, `k${i}`).line).toBe(i + 1);
  });

  it('a duplicate key is the first one written; a key written in another case still matches', () => {
    const text = `${manyKeys(100)}k5: again\nControlPlane:\n  name: master\n`;
    expect(lineOf(text, 'k5').line).toBe(6);
    expect(lineOf(text, 'controlPlane.name')).toEqual({ line: 103, exact: true });
  });

  it('a merge key before the key gives the merged key its place, as the decoder reads it', () => {
    const text = `base: &b\n  k7: from-anchor\nlist:\n  <<: *b\n${manyKeys(100)
      .split('\n')
      .map((l) => (l ? `  ${l}` : l))
      .join('\n')}`;
    // The merged k7 comes first (first occurrence wins): its place is under the anchor, line 2.
    expect(lineOf(text, 'list.k7').line).toBe(2);
    expect(lineOf(text, 'list.k50').line).toBe(55);
  });
});
