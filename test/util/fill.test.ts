/** Placeholder filling (i18n/text.ts): split once and cached, it must fill exactly as a replace over the sentence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/text.js';

function reference(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`missing value for {${key}} in "${template}"`);
    return String(value);
  });
}

describe('fill', () => {
  it('fills every placeholder, leaves braces that are no placeholder, and refuses a missing value', () => {
    expect(fill('{a} and {b}{a}', { a: 'x', b: 2 })).toBe('x and 2x');
    expect(fill('no placeholder', {})).toBe('no placeholder');
    expect(fill('{ not one } {} {a-b}', {})).toBe('{ not one } {} {a-b}');
    expect(fill('cost: {a}', { a: '$&' })).toBe('cost: $&');
    expect(() => fill('{cluster} is up', {})).toThrow('missing value for {cluster} in "{cluster} is up"');
  });
  it('agrees with a replace over the sentence, twice in a row (the second from the cache)', () => {
    const piece = fc.constantFrom('{a}', '{b}', '{', '}', 'x', ' ', '{a', 'b}', '{{a}}', '단');
    const template = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const values = fc.record({ a: fc.string(), b: fc.integer() }, { requiredKeys: [] });
    fc.assert(
      fc.property(template, values, (t, v) => {
        const outcome = (f: typeof fill) => {
          try {
            return f(t, v);
          } catch (error) {
            return (error as Error).message;
          }
        };
        const expected = outcome(reference);
        expect(outcome(fill)).toBe(expected);
        expect(outcome(fill)).toBe(expected);
      }),
    );
  });
});
