import { describe, expect, it } from 'vitest';
import { escapeForTerminal, findNonText, firstNonText } from '../../src/util/control-characters.js';

describe('characters that are not text', () => {
  it('finds C0, DEL, C1, bidi controls and line separators', () => {
    for (const char of [
      '\u001b',
      '\u0007',
      '\u0000',
      '\u007f',
      '\u009b',
      '\u202e',
      '\u2066',
      '\u200f',
      '\u2028',
    ]) {
      expect(firstNonText(`a${char}b`)).toBe(char);
    }
    expect(firstNonText('plain ascii, 한국어, ünïcödé')).toBeUndefined();
    expect(firstNonText('a\tb\nc', { tab: true, newline: true })).toBeUndefined();
    expect(firstNonText('a\tb')).toBe('\t');
  });

  it('escapes them visibly for a terminal, keeping lines and tabs', () => {
    expect(escapeForTerminal('\u001b]0;OWNED\u0007\u001b[31mred\u001b[0m\nnext\tcol\r')).toBe(
      '\\x1b]0;OWNED\\x07\\x1b[31mred\\x1b[0m\nnext\tcol\\x0d',
    );
    expect(escapeForTerminal('evil\u202Etxt.exe')).toBe('evil\\u202etxt.exe');
  });

  it('names every offending value by its dotted key, keys included', () => {
    const found = findNonText(
      {
        vsphere: { vcenter: 'vc\u001b[2J' },
        hosts: [{ name: 'ok' }, { name: 'a\u0007' }],
        'ke\u001by': 1,
        description: 'two\nlines',
      },
      new Set(['description']),
    );
    expect(found).toEqual([
      { key: 'vsphere.vcenter', char: '\\x1b' },
      { key: 'hosts[1].name', char: '\\x07' },
      { key: 'ke\u001by', char: '\\x1b' },
    ]);
  });
});
