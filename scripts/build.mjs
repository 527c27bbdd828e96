#!/usr/bin/env node
// Builds dist/ with esbuild: one entry (src/cli.ts) bundled with its dependencies, one chunk per lazily imported
// command. Loading a handful of files instead of hundreds of modules is what keeps start-up close to bare Node
// (`npm run bench` measures it). Type checking is `npm run typecheck`; esbuild only strips the types.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
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
  // Some bundled dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
