import { describe, expect, it } from 'vitest';
import { codeFence, escapeMarkdown, escapeMarkdownCell } from '../../src/util/markdown.js';

describe('escapeMarkdown', () => {
  it('makes links, images, HTML, emphasis and code inert', () => {
    const hostile =
      '[**Download**](https://evil.example/p) <img src=x onerror=alert(1)> `two words` _x_ & \\';
    expect(escapeMarkdown(hostile)).toBe(
      '\\[\\*\\*Download\\*\\*\\](https://evil.example/p) \\<img src=x onerror=alert(1)\\> \\`two words\\` \\_x\\_ \\& \\\\',
    );
  });

  it('turns line breaks into spaces, so a value cannot start a block or close a fence', () => {
    expect(escapeMarkdown('rg\n```\n\nrm -rf ~')).toBe('rg \\`\\`\\`  rm -rf ~');
    expect(escapeMarkdown('a\r\nb\u2028c')).toBe('a b c');
  });

  it('keeps a code span around one plain word (a file name) and escapes any other backtick', () => {
    expect(escapeMarkdown('Ready file: `infra/haproxy.cfg`, `infra/dns/x.zone`.')).toBe(
      'Ready file: `infra/haproxy.cfg`, `infra/dns/x.zone`.',
    );
    expect(escapeMarkdown('`rm -rf ~` and `a`b`')).toBe('\\`rm -rf ~\\` and `a`b\\`');
  });

  it('leaves ordinary prose unchanged', () => {
    expect(escapeMarkdown('Create api.prod.example.com pointing at 10.0.0.5.')).toBe(
      'Create api.prod.example.com pointing at 10.0.0.5.',
    );
  });
});

describe('escapeMarkdownCell', () => {
  it('also escapes the pipe that would end the cell', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
  });
});

describe('codeFence', () => {
  it('is three backticks for ordinary commands and longer than any backtick run inside', () => {
    expect(codeFence(['dig +short api.example.com'])).toBe('```');
    expect(codeFence(['echo ```', 'x'])).toBe('````');
    expect(codeFence(['a `````` b'])).toBe('```````');
  });
});
