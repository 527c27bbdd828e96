import { describe, expect, it } from 'vitest';
import { validateInstallConfigObject, validateInstallConfigText } from '../../src/validate/index.js';
import { readYamlMapping, UnreadableFile } from '../../src/validate/parse.js';
import { GoNumber } from '../../src/validate/yaml/resolve.js';
import { ED25519, PULL_SECRET } from './helpers.js';

/*
 * The YAML reader against go-yaml v2's behaviour (the installer reads install-config.yaml with it through
 * sigs.k8s.io/yaml): what it accepts, how it types scalars, and what it refuses, with the line a user must fix.
 * https://github.com/go-yaml/yaml/tree/v2 (scannerc.go, parserc.go, resolve.go, decode.go)
 */

const value = (text: string) => readYamlMapping(text).value;

function refused(text: string): UnreadableFile {
  try {
    readYamlMapping(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFile);
    return error as UnreadableFile;
  }
  throw new Error(`expected the reader to refuse:\n${text}`);
}

describe('scalars are typed as go-yaml v2 types them', () => {
  it('YAML 1.1 booleans, nulls, integers in every base, floats', () => {
    const v = value(
      'a: yes\nb: Off\nc: ~\nd:\ne: 0755\nf: 0x1F\ng: 1_000\nh: +12\ni: 08\nj: .5\nk: -.inf\nl: 0b101\nm: 12345678901234567890\n',
    );
    expect(v).toMatchObject({ a: true, b: false, c: null, d: null, e: 493, f: 31, g: 1000, h: 12, l: 5 });
    // 08 is not octal: Go's ParseInt fails and the float rule reads it as 8.
    expect(v.i).toBeInstanceOf(GoNumber);
    expect((v.i as GoNumber).value).toBe(8);
    expect((v.j as GoNumber).value).toBe(0.5);
    expect((v.k as GoNumber).value).toBe(Number.NEGATIVE_INFINITY);
    // A uint64 beyond JavaScript's exact integers keeps its exact digits.
    expect((v.m as GoNumber).text).toBe('12345678901234567890');
  });
  it('no base-60 numbers, no timestamps: colon- and dash-separated decimals stay text', () => {
    expect(value('mac: 52:54:00:12:34:56\ntime: 12:30:00\ndate: 2001-12-14\n')).toEqual({
      mac: '52:54:00:12:34:56',
      time: '12:30:00',
      date: '2001-12-14',
    });
  });
  it('quoted and block scalars are text; tags choose a type', () => {
    const v = value(
      'a: "123"\nb: |\n  yes\nc: !!str 123\nd: !!int "12"\ne: !!float 3\nf: !!binary aGVsbG8=\ng: !local 5\n',
    );
    expect(v).toMatchObject({ a: '123', b: 'yes\n', c: '123', d: 12, f: 'hello', g: '5' });
    expect((v.e as GoNumber).value).toBe(3);
    expect(refused('a: !!int abc\n').message).toContain('cannot decode !!str `abc` as a !!int');
  });
  it('a number or boolean in a string field becomes the text the installer reads', () => {
    const config = {
      apiVersion: 'v1',
      baseDomain: 'example.com',
      metadata: { name: 'prod' },
      platform: { aws: { region: 'us-east-1', userTags: { costCenter: 7536 } } },
      pullSecret: PULL_SECRET,
      sshKey: ED25519,
    };
    expect(validateInstallConfigObject(config)).toEqual([]);
    // metadata.name: 0755 is read as the integer 493 and written into the string field as "493".
    const text = `apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: 0755\nplatform:\n  none: {}\npullSecret: '${PULL_SECRET}'\nsshKey: ${ED25519}\n`;
    expect(validateInstallConfigText(text).findings).toEqual([]);
    const float = text.replace('name: 0755', 'name: 1.5e10');
    expect(validateInstallConfigText(float).findings[0]?.message).toContain('"1.5e+10"');
  });
});

describe('what go-yaml v2 accepts', () => {
  it('quoted scalars folded over lines, with no indentation rule inside the quotes', () => {
    expect(value('a: "one\ntwo\n\n  three"\nb: \'it\'\'s\n  here\'\nc: "joined\\\n  on"\n')).toEqual({
      a: 'one two\nthree',
      b: "it's here",
      c: 'joinedon',
    });
  });
  it('plain scalars continued on more indented lines; block scalars with chomping and folding', () => {
    expect(
      value('a: one\n  two\nb: |-\n  x\n  y\n\nc: >\n  folded\n  text\n\n  para\nd: |+\n  keep\n\n'),
    ).toEqual({
      a: 'one two',
      b: 'x\ny',
      c: 'folded text\npara\n',
      d: 'keep\n\n',
    });
  });
  it('flow collections, colons inside flow values, single-pair mappings in flow lists', () => {
    expect(
      value('a: {b: 1, c: [x, z]}\nmacs: [52:54:00:00:00:01, 52:54:00:00:00:02]\npairs: [k: v]\n'),
    ).toEqual({
      a: { b: 1, c: ['x', 'z'] },
      macs: ['52:54:00:00:00:01', '52:54:00:00:00:02'],
      pairs: [{ k: 'v' }],
    });
  });
  it('anchors, aliases and merge keys; a byte order mark; CRLF; %YAML 1.1; a document end marker', () => {
    expect(value('\uFEFFbase: &b {x: 1}\nuse: *b\nmerged:\n  <<: *b\n  z: 2\n')).toEqual({
      base: { x: 1 },
      use: { x: 1 },
      merged: { x: 1, z: 2 },
    });
    // y, like yes and on, is a YAML 1.1 boolean, also as a key (the installer then reads the key "true").
    expect(value('y: 1\n')).toEqual({ true: 1 });
    expect(value('a: 1\r\nb: 2\r\n')).toEqual({ a: 1, b: 2 });
    expect(value('%YAML 1.1\n---\na: 1\n...\nnot read: [\n')).toEqual({ a: 1 });
  });
  it('a key named __proto__ is an ordinary key', () => {
    const v = value('__proto__: {polluted: true}\n');
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what go-yaml v2 refuses, and the line a user must fix', () => {
  const cases: Array<[string, string, number, number, RegExp]> = [
    ['a tab used for indentation', 'a:\n\tb: 1\n', 2, 1, /indented with a tab/],
    ['a value starting with @', 'a: @home\n', 1, 4, /cannot start with "@"/],
    ['an unclosed flow list', 'a: [1, 2\nb: 3\n', 1, 4, /the \[ that opens here is not closed/],
    ['a key without a colon', 'a: 1\nb\nc: 3\n', 2, 1, /neither "key: value"/],
    ['no space after the colon', 'a: 1\nname:prod\nc: 3\n', 2, 1, /space after its colon/],
    [
      'a key indented like no other',
      'metadata:\n  name: demo\n bad: 1\n',
      3,
      2,
      /starts at column 2, but the keys/,
    ],
    ['a second ": " inside a value', 'description: a: b\n', 1, 15, /contains ": "/],
    ['a list entry on the key line', 'a: - b\n', 1, 4, /cannot start on the same line/],
    ['YAML 1.2 asked for', '%YAML 1.2\n---\na: 1\n', 1, 1, /reads YAML 1\.1/],
    ['an unknown escape', 'a: "\\q"\n', 1, 5, /backslash escape/],
    ['an alias to an anchor defined later', 'a: *b\nb: &b 1\n', 1, 4, /refers to no anchor &b/],
    ['an anchor containing itself', 'a: &x [*x]\n', 1, 8, /contains an alias to itself/],
    ['a merge of a scalar', 'a: &s 1\nb:\n  <<: *s\n', 3, 7, /merge key/],
    ['a null key', '~: 1\n', 1, 1, /key is empty/],
    ['a list as a key', '? [a]\n: 1\n', 1, 3, /single value/],
  ];
  it.each(cases)('%s', (_name, text, line, column, message) => {
    const error = refused(text);
    expect(error.message).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.excerpt).toContain(`${line} | `);
    expect(error.message).not.toMatch(/did not find expected|YAML\.parse|Document/);
  });
  it('the excerpt shows control characters escaped and hides secret values on the line', () => {
    const error = refused('password: "s3cr\u0085et\n');
    expect(error.excerpt).toContain('password: <hidden>');
    expect(error.excerpt).not.toContain('s3cr');
  });
  it('a key set twice is an error finding with its line, not an unreadable file', () => {
    const parsed = readYamlMapping('a: 1\nb: 2\na: 3\n');
    expect(parsed.value).toEqual({ a: 1, b: 2 });
    expect(parsed.duplicates).toEqual([
      { path: 'a', key: 'a', mark: { index: 10, line: 2, column: 0 }, merged: false },
    ]);
  });
});
