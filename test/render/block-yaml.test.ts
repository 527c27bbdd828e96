/**
 * The straight YAML writer (block-yaml.ts) must give exactly the bytes of the Document API (document-yaml.ts), the
 * reference: on the very objects and options every bundled scenario renders (install-config, agent-config and
 * answers.yaml, in English and Korean), and on random objects with random comments.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { type BlockYamlOptions, blockYaml } from '../../src/render/block-yaml.js';
import { documentYaml } from '../../src/render/document-yaml.js';
import { planOf, ROOT, SCENARIOS } from '../helpers/answers.js';

const calls = vi.hoisted(() => [] as [Record<string, unknown>, BlockYamlOptions][]);
vi.mock('../../src/render/yaml-text.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/yaml-text.js')>();
  return {
    ...actual,
    yamlText: (value: Record<string, unknown>, options: BlockYamlOptions) => {
      calls.push([structuredClone(value), options]);
      return actual.yamlText(value, options);
    },
  };
});

describe('the straight writer on every scenario', () => {
  const names = listScenarioNames(ROOT);
  it.each(names)('%s: the same bytes as the Document API, for each YAML file in both languages', (name) => {
    const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
    const plan = planOf(raw);
    const { inputs } = readInputs(plan);
    calls.length = 0;
    for (const lang of ['en', 'ko'] as const) renderPlan(plan, inputs, lang, path.join(ROOT, '.plans', name));
    // install-config.yaml (twice on the Agent path's own check too, at most) and answers.yaml in each language.
    expect(calls.length).toBeGreaterThanOrEqual(4);
    let straight = 0;
    for (const [value, options] of calls) {
      const fast = blockYaml(value, options);
      if (fast !== undefined) {
        straight++;
        expect(fast).toBe(documentYaml(value, options));
      }
    }
    // Every file the scenarios render goes the straight way, a PEM bundle (additionalTrustBundle) included.
    expect(straight).toBe(calls.length);
  });
});

/** Keys as the planner writes them, and a few the straight writer must leave to the Document API. */
const key = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,10}$/), weight: 20 },
  fc.constantFrom('on', 'yes', 'N', 'null', '1', '-x', 'a b', 'a: b', '', '<<', '~', 'key#1'),
);
/** Scalars: every kind of one-line string the yaml package treats specially, numbers, booleans, and some it refuses. */
const text = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z][a-z0-9./-]{0,12}$/), weight: 6 },
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[-?:#&*!|>'"%@`, {}[\]a-z0-9.~ ]{0,8}$/),
  fc.constantFrom(
    'true',
    'Yes',
    'off',
    'null',
    '~',
    '',
    '4.18',
    '0o17',
    '1e3',
    '.inf',
    '.NaN',
    '1_000',
    '1:30',
    '2026-12-03',
    '10.0.0.0/16',
    '52:54:00:aa:bb:cc',
    'ssh-ed25519 AAAA user@host',
    '{"auths":{}}',
    "it's",
    'a "b"',
    `'"`,
    '--- x',
    '...',
    '%x',
    '- a',
    '? a',
    'a #b',
    'a# b',
    'a:',
    ' a',
    'a ',
    'x\ty',
    'x\ny',
    'é',
    '한국어',
    '\u2028',
    '\u0085',
    '\\',
    'a\\"b',
    '\uD83D\uDE00',
    '\uD800',
  ),
);
/** Multi-line texts such as a PEM bundle, and the near misses a literal block writes with an indicator. */
const lines = fc
  .tuple(
    fc.array(fc.oneof(fc.stringMatching(/^[!-~][ -~]{0,10}[!-~]$/), fc.stringMatching(/^[ -~\t]{0,6}$/)), {
      minLength: 1,
      maxLength: 5,
    }),
    fc.constantFrom('\n', '\n', '', '\n\n', ' \n'),
  )
  .map(([body, end]) => `${body.join('\n')}${end}`);
const scalar = fc.oneof(
  { arbitrary: text, weight: 8 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, -0, 1.5, undefined), weight: 1 },
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: scalar, weight: 4 },
    { arbitrary: tie('map'), weight: 1 },
    { arbitrary: tie('list'), weight: 1 },
  ),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  list: fc.array(tie('node'), { maxLength: 4 }),
}));
const comment = fc.oneof(
  { arbitrary: fc.stringMatching(/^ [A-Za-z0-9 .:#-]{0,20}$/), weight: 8 },
  fc.constant(' A comment'),
  fc.constant(' Two\n lines'),
  fc.constant(' '),
  fc.constant(' 한국어 설명'),
  fc.constant('no space'),
  fc.constant(''),
  fc.constant(' a\n\n b'),
);

/** Every path to a map key or a list item of `value`, as the comments option names them. */
function pathsOf(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

describe('the straight writer on random objects', () => {
  it('gives the Document API bytes whenever it writes at all', () => {
    let written = 0;
    fc.assert(
      fc.property(
        fc.dictionary(key, value.node, { minKeys: 1, maxKeys: 6 }),
        fc.array(fc.tuple(fc.nat(), comment), { maxLength: 4 }),
        fc.boolean(),
        fc.option(comment, { nil: undefined }),
        fc.constantFrom(undefined, undefined, undefined, 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL'),
        fc.boolean(),
        (object, picks, space, header, style, double) => {
          const paths = pathsOf(object);
          const comments = new Map<string, string>();
          for (const [n, text] of picks)
            if (paths.length > 0) comments.set(JSON.stringify(paths[n % paths.length]), text);
          const first = Object.keys(object)[0] as string;
          const options: BlockYamlOptions = {
            comments,
            spaceTopLevel: space,
            ...(header !== undefined ? { header } : {}),
            ...(style ? { topLevelStyles: { [first]: style } } : {}),
            ...(double ? { forceDouble: (s: string) => /^[0-9.]+$/.test(s) } : {}),
          };
          const fast = blockYaml(object, options);
          if (fast === undefined) return;
          written++;
          expect(fast).toBe(documentYaml(object, options));
        },
      ),
      { numRuns: 3000, seed: 20261203 },
    );
    // The property means something only if the straight writer took a good share of the objects.
    expect(written).toBeGreaterThan(600);
  });

  it('writes a top-level literal block of plain lines as the Document API does, and leaves any other to it', () => {
    let straight = 0;
    fc.assert(
      fc.property(lines, fc.boolean(), fc.boolean(), (pem, before, space) => {
        const object = { ...(before ? { apiVersion: 'v1' } : {}), additionalTrustBundle: pem, kind: 'x' };
        const options: BlockYamlOptions = {
          spaceTopLevel: space,
          topLevelStyles: { additionalTrustBundle: 'BLOCK_LITERAL' },
        };
        const fast = blockYaml(object, options);
        if (fast === undefined) return;
        straight++;
        expect(fast).toBe(documentYaml(object, options));
      }),
      { numRuns: 1500, seed: 20261204 },
    );
    expect(straight).toBeGreaterThan(100);
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(
      blockYaml(
        { additionalTrustBundle: pem },
        { topLevelStyles: { additionalTrustBundle: 'BLOCK_LITERAL' } },
      ),
    ).toBe('additionalTrustBundle: |\n  -----BEGIN CERTIFICATE-----\n  MIIB\n  -----END CERTIFICATE-----\n');
  });
});
