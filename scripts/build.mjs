#!/usr/bin/env node
// Builds dist/ with esbuild: one entry (src/cli.ts) bundled with its dependencies, one chunk per lazily imported
// command, and the checklist templates precompiled into the bundle. Loading a handful of files instead of hundreds
// of modules, and compiling no template at run time, is what keeps start-up close to bare Node (`npm run bench`
// measures it). Type checking is `npm run typecheck`; esbuild only strips the types.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const root = new URL('../', import.meta.url);
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
await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
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
  alias: { handlebars: 'handlebars/runtime' },
  // Some bundled dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
