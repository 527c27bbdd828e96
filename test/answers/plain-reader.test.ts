/**
 * The plain reader (plain-reader.ts) must read exactly what the yaml package reads (YAML 1.2), or decline: on every
 * plan's answers.yaml, on random answers written as the planner writes them, and on random text built from YAML's
 * pieces, where it must never accept what the yaml package refuses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseAnswersText } from '../../src/answers/parse.js';
import { readPlainYaml } from '../../src/answers/plain-reader.js';
import { NOT_A_STRING_IN_YAML_1_2 } from '../../src/answers/yaml-1-2-scalars.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { yamlText } from '../../src/render/yaml-text.js';
import { planOf, ROOT, SCENARIOS } from '../helpers/answers.js';

/** What the yaml package makes of `text` as parse.ts asks it, or "refused" when it reports an error. */
function yamlReading(text: string): unknown {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return 'refused';
  return doc.toJS();
}

describe('the plain reader on every plan', () => {
  it.each(listScenarioNames(ROOT))(
    '%s: reads answers.yaml as the yaml package does, in both languages',
    (name) => {
      const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
      const plan = planOf(raw);
      const { inputs } = readInputs(plan);
      for (const lang of ['en', 'ko'] as const) {
        const output = renderPlan(plan, inputs, lang, path.join(ROOT, '.plans', name));
        const text = output.artifacts.find((a) => a.path === 'answers.yaml')?.content ?? '';
        const read = readPlainYaml(text);
        expect(read, `${name} ${lang} was not read`).toBeDefined();
        expect(read).toEqual(yamlReading(text));
      }
    },
  );
});

describe('the plain reader declines what is not its shape', () => {
  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['__proto__', '__proto__: x\n'],
    ['a comment after a value', 'a: b # c\n'],
    ['CRLF line ends', 'a: b\r\n'],
    ['a flow mapping', 'a: {b: c}\n'],
    ['an anchor and an alias', 'a: &x b\nc: *x\n'],
    ['a block scalar', 'a: |\n  b\n'],
    ['an escape', 'a: "b\\n"\n'],
    ['a null', 'a:\nb: c\n'],
    ['a float', 'a: 1.5\n'],
    ['a tab', 'a:\tb\n'],
    ['a list at the top', '- a\n'],
    ['a document marker', '---\na: b\n'],
    ['a continued plain scalar', 'a: b\n  c\n'],
    ['an empty file', ''],
  ])('%s', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});

const key = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/), weight: 10 },
  fc.constantFrom('on', 'null', '1', 'a-b', 'a.b', 'a b', '__proto__'),
);
const text = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z][a-z0-9./:-]{0,12}$/), weight: 6 },
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    'true',
    'False',
    'null',
    '~',
    '',
    '4.18',
    '0o17',
    '1e3',
    '.inf',
    '007',
    '+1',
    '-0',
    "it's",
    'a "b"',
  ),
  fc.constantFrom(
    '- a',
    '? a',
    ': a',
    'a #b',
    'a:',
    ' a',
    'a ',
    '한국어',
    '\u00a0a',
    'a\u3000',
    '#a',
    '[]',
    '{}',
  ),
);
const scalar = fc.oneof(
  { arbitrary: text, weight: 8 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: scalar, weight: 4 },
    { arbitrary: tie('map'), weight: 1 },
    { arbitrary: tie('list'), weight: 1 },
  ),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  list: fc.array(tie('node'), { maxLength: 3 }),
}));

describe('the plain reader on random answers', () => {
  it('reads what the planner writes as the yaml package does', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value.node, { minKeys: 1, maxKeys: 6 }), (object) => {
        const written = yamlText(object, {
          header: ' a header',
          forceDouble: (s) => NOT_A_STRING_IN_YAML_1_2.test(s),
        });
        const mine = readPlainYaml(written);
        if (mine === undefined) return;
        read++;
        expect(mine).toEqual(yamlReading(written));
      }),
      { numRuns: 2000, seed: 20261203 },
    );
    expect(read).toBeGreaterThan(800);
  });

  it('never accepts text the yaml package refuses, and reads the rest as it does', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      'key',
      'a:',
      'a: ',
      'a: b',
      'b: 1',
      '- ',
      '-',
      '- a',
      '- a: b',
      "'x'",
      '"y"',
      "'",
      '"',
      '#',
      ' #c',
      ': ',
      ':',
      '[]',
      '{}',
      '[a]',
      '&x',
      '*x',
      '!t',
      '|',
      '>',
      '%',
      '@',
      '`',
      '?',
      ',',
      '~',
      'true',
      '0',
      '-1',
      '1.0',
      '\u00a0',
      '한',
      ' ',
      '  ',
      '---',
      '...',
      "''",
      '""',
      'a"b',
      "a'b",
      '\\',
    );
    const random = fc
      .tuple(fc.nat(6), fc.array(piece, { maxLength: 4 }))
      .map(([indent, parts]) => ' '.repeat(indent) + parts.join(''));
    // Lines of the plain shape, at even indents, with pieces of text as the value.
    const shaped = fc
      .tuple(
        fc.constantFrom(0, 0, 2, 2, 4),
        fc.constantFrom('a: ', 'b: ', '- ', '- c: ', 'd:', '- e:'),
        fc.array(piece, { maxLength: 2 }),
      )
      .map(
        ([indent, head, parts]) =>
          ' '.repeat(indent) + head + (head.endsWith(':') ? '' : parts.join('') || 'x'),
      );
    const line = fc.oneof({ arbitrary: random, weight: 1 }, { arbitrary: shaped, weight: 3 });
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const source = `${lines.join('\n')}\n`;
        const mine = readPlainYaml(source);
        if (mine === undefined) return;
        read++;
        expect(mine).toEqual(yamlReading(source));
      }),
      { numRuns: 20000, seed: 20261203 },
    );
    expect(read).toBeGreaterThan(150);
  });
});
