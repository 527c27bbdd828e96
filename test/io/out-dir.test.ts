import { describe, expect, it } from 'vitest';
import { shown } from '../../src/commands/plan.js';
import { UsageError } from '../../src/errors.js';
import { outDirProblem } from '../../src/io/out-dir.js';

describe('--out as typed', () => {
  it('refuses bytes that were not UTF-8 and a literal ~, in both languages', () => {
    expect(() => outDirProblem('plan-\uFFFD', 'en')).toThrow(UsageError);
    expect(() => outDirProblem('plan-\uFFFD', 'ko')).toThrow('UTF-8');
    expect(() => outDirProblem('~', 'en')).toThrow('holds a literal ~');
    expect(() => outDirProblem('~/plans', 'en')).toThrow('holds a literal ~');
    expect(() => outDirProblem('plans/~', 'ko')).toThrow('~');
    expect(() => outDirProblem('my ~plan', 'en')).not.toThrow();
    expect(() => outDirProblem('/tmp/a b/$(x)/`y`', 'en')).not.toThrow();
  });

  it('shows a folder relative below the working folder and absolute from the root or outside it', () => {
    expect(shown('/work', '/work/prod-plan')).toBe('prod-plan');
    expect(shown('/work', '/work')).toBe('.');
    expect(shown('/work/a', '/work/b')).toBe('/work/b');
    expect(shown('/', '/prod-plan')).toBe('/prod-plan');
  });
});
