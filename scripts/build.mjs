#!/usr/bin/env node
// Builds dist/ with esbuild: one entry (src/cli.ts) bundled with its dependencies, one chunk per lazily imported
// command, and the checklist templates precompiled into the bundle. Loading a handful of files instead of hundreds
// of modules, and compiling no template at run time, is what keeps start-up close to bare Node (`npm run bench`
// measures it). Type checking is `npm run typecheck`; esbuild only strips the types.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const root = new URL('../', import.meta.url);
const rootDir = fileURLToPath(root);
// The compile options the engine uses at run time (src/render/checklist/engine.ts reads the same file).
const TEMPLATE_OPTIONS = JSON.parse(readFileSync(new URL('templates/template-options.json', root), 'utf8'));

const precompiled = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /render[\\/]checklist[\\/]precompiled\.ts$/ }, () => {
      const entries = Object.entries(TEMPLATE_OPTIONS).map(([name, options]) => {
        const source = readFileSync(new URL(`templates/${name}`, root), 'utf8');
        return `${JSON.stringify(name)}: ${Handlebars.precompile(source, options)}`;
      });
      return { contents: `export const PRECOMPILED = {${entries.join(',\n')}};`, loader: 'js' };
    });
  },
};

rmSync(new URL('dist/', root), { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Less source text to parse at every start; identifiers keep their names so internal errors stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [precompiled],
  // With every template precompiled the CLI needs only Handlebars' runtime, not its compiler (a third of its size).
  // yaml's ESM build (published for browsers, plain JavaScript) lets esbuild drop the parts the CLI never uses; its
  // node entry is CommonJS and is bundled whole.
  alias: { handlebars: 'handlebars/runtime', yaml: './node_modules/yaml/browser/index.js' },
  // Some bundled dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};
// Each stage a command loads is one self-contained file: a run reads three or four files instead of twenty chunks.
// Stages import each other only through dynamic imports, kept external here so they stay lazy.
const STAGES = [
  'src/cli.ts',
  'src/answers/inquirer-prompter.ts',
  'src/commands/plan.ts',
  'src/commands/plan-stages.ts',
  'src/commands/check.ts',
  'src/commands/recommend.ts',
  'src/commands/validate.ts',
  'src/commands/scenarios.ts',
  'src/commands/schema.ts',
  'src/commands/doctor.ts',
  'src/commands/verify.ts',
  'src/tools/ssh-keygen.ts',
  'src/tools/process-runner.ts',
  'src/checklist/catalog-ko.ts',
  'src/validate/messages/ko.ts',
];
/**
 * Keeps every dynamic import between stages lazy: the import stays in the output, pointing from this stage's file to
 * the file the imported stage is built into. A dynamic import of a module that is not a stage is a build error.
 */
function lazyImports(outfile) {
  return {
    name: 'stages-stay-lazy',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = path
          .relative(rootDir, path.resolve(args.resolveDir, args.path))
          .replace(/\.js$/, '.ts');
        if (!STAGES.includes(source)) {
          return {
            errors: [
              { text: `${source} is imported lazily but is not listed in STAGES (scripts/build.mjs)` },
            ],
          };
        }
        let target = path.relative(
          path.dirname(path.join(rootDir, outfile)),
          path.join(rootDir, outputOf(source)),
        );
        if (!target.startsWith('.')) target = `./${target}`;
        return { path: target, external: true };
      });
    },
  };
}
const outputOf = (entry) => entry.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

await Promise.all(
  STAGES.map((entry) =>
    build({
      ...common,
      entryPoints: [entry],
      outfile: outputOf(entry),
      plugins: [...common.plugins, lazyImports(outputOf(entry))],
    }),
  ),
);
