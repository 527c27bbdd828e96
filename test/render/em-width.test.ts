/** The width guess behind the SVG labels' textLength (render/checklist/html.ts): its fast path changes no number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emWidth } from '../../src/render/checklist/html.js';

const WIDE = /[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u;
/** The rule as written: glyph by glyph, 1 em for a wide glyph, 0.6 em for any other. */
function reference(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em;
}

describe('emWidth', () => {
  it('counts 0.6 em per narrow glyph and 1 em per wide one', () => {
    expect(emWidth('')).toBe(0);
    expect(emWidth('api')).toBeCloseTo(1.8, 10);
    expect(emWidth('단일')).toBe(2);
    // An emoji is one glyph in two code units: 0.6 em, not 1.2.
    expect(emWidth('a😀')).toBeCloseTo(1.2, 10);
    expect(emWidth('노드 · 192.168.50.10')).toBeCloseTo(2 + 0.6 * 16, 10);
  });
  it('gives exactly the glyph-by-glyph sum on any text (the printed textLength must not move)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme-ascii' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', '.', '단', '일', '😀', '\u10ff', '\u1100', 'Ｆ') }),
    );
    fc.assert(fc.property(text, (t) => emWidth(t) === reference(t)));
  });
});
