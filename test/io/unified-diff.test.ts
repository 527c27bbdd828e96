import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/io/compare-plan.js';
import { unifiedDiff } from '../../src/io/unified-diff.js';

describe('unified diff for plan --check', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x')).toBe('');
  });

  it('prints a hunk with three lines of context, deletions before insertions', () => {
    const before = ['1', '2', '3', '4', 'replicas: 4', '6', '7', '8', '9'].join('\n');
    const after = ['1', '2', '3', '4', 'replicas: 3', '6', '7', '8', '9'].join('\n');
    expect(unifiedDiff(before, after, 'a/install-config.yaml', 'b/install-config.yaml')).toBe(
      [
        '--- a/install-config.yaml',
        '+++ b/install-config.yaml',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-replicas: 4',
        '+replicas: 3',
        ' 6',
        ' 7',
        ' 8',
        '',
      ].join('\n'),
    );
  });

  it('masks pull secrets and passwords whatever their value', () => {
    const text = 'pullSecret: \'{"auths":{}}\'\n    password: hunter2\nname: x\nother: s3cr3t-token';
    expect(maskSecrets(text, ['s3cr3t-token'])).toBe(
      'pullSecret: <secret masked>\n    password: <secret masked>\nname: x\nother: <secret masked>',
    );
  });
});
