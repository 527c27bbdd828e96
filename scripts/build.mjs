#!/usr/bin/env node
// Builds dist/ with esbuild: the CLI (src/cli.ts) and each lazily imported stage bundled with its dependencies, the
// checklist templates precompiled into the bundle, then V8 code caches recorded from a few typical runs. Loading a
// handful of files instead of hundreds of modules, compiling no template at run time and parsing no JavaScript that
// a cache already holds is what keeps start-up close to bare Node (`npm run bench` measures it). Type checking is
// `npm run typecheck`; esbuild only strips the types.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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

/**
 * Built-in modules that cost milliseconds to load and that most runs never call: commander requires child_process for
 * executable subcommands (which the CLI has none of), the plan writer wants crypto for one random file name, and
 * fs/promises pulls in readline and streams. Each is replaced by an object of getters that loads the real module
 * the first time one of its exports is read, so a run that never calls them never loads them.
 */
const LAZY_BUILTINS = ['node:child_process', 'node:crypto', 'node:fs/promises'];
const nodeRequire = createRequire(import.meta.url);
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(child_process|crypto|fs\/promises)$/ }, (args) => {
      const name = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
      // The getters' own require() is of the real module.
      if (args.namespace === 'lazy-builtin') return { path: name, external: true };
      if (!LAZY_BUILTINS.includes(name) || args.kind === 'dynamic-import') return undefined;
      return { path: name, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const names = Object.keys(nodeRequire(args.path)).filter((n) => n !== 'default');
      return {
        contents: [
          'let real;',
          `const load = () => (real ??= require(${JSON.stringify(args.path)}));`,
          `for (const name of ${JSON.stringify(names)})`,
          '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

rmSync(new URL('dist/', root), { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Less source text to parse at every start; identifiers keep their names so internal errors stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [precompiled, lazyBuiltins],
  // With every template precompiled the CLI needs only Handlebars' runtime, not its compiler (a third of its size).
  // yaml's ESM build (published for browsers, plain JavaScript) lets esbuild drop the parts the CLI never uses; its
  // node entry is CommonJS and is bundled whole.
  alias: { handlebars: 'handlebars/runtime', yaml: './node_modules/yaml/browser/index.js' },
};
// Each stage a command loads is one self-contained file: a run reads three or four files instead of twenty chunks.
// Stages import each other only through dynamic imports, kept lazy here.
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
// The bin (package.json names dist/cli.js) is a few lines of CommonJS (dist/package.json says so) that hand the CLI
// (dist/cli-main.cjs) to the stage loader; Node then starts without its ES-module loader. Every stage, the CLI
// included, is CommonJS loaded by scripts/stage-loader.cjs with V8's code cache (Node 20 has no code cache for ES
// modules), so its JavaScript is not parsed again at every start; check's worker threads compile check's stage with
// the same cache. A stage listed here would be an ES module (.mjs) instead, imported through ESM_IMPORTS.
const ESM_STAGES = new Set();
const LOADER = path.join(rootDir, 'scripts', 'stage-loader.cjs');
const DIST = path.join(rootDir, 'dist');
/** Stages run by the stage loader: written as one function expression, with a code cache. */
const loaded = (entry) => !ESM_STAGES.has(entry);

const outputOf = (entry) =>
  entry === 'src/cli.ts'
    ? 'dist/cli-main.cjs'
    : entry.replace(/^src\//, 'dist/').replace(/\.ts$/, ESM_STAGES.has(entry) ? '.mjs' : '.cjs');
/** `target` as an import path from the folder of `from` (both relative to the package root). */
function importPath(from, target) {
  const relative = path.relative(path.dirname(path.join(rootDir, from)), path.join(rootDir, target));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * Keeps every dynamic import between stages lazy. An ES-module stage stays an import() of its file; a CommonJS stage
 * becomes a small module that hands the stage loader the stage's file, run when the import() is. A dynamic import of
 * a module that is not a stage is a build error.
 */
function lazyImports(outfile) {
  return {
    name: 'stages-stay-lazy',
    setup(b) {
      // Code compiled by the stage loader has no import(): in a CommonJS stage a lazily imported built-in module
      // is required when the import() runs.
      if (outfile.endsWith('.cjs')) {
        b.onResolve({ filter: /^node:/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, namespace: 'builtin' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(args.path)});`,
          loader: 'js',
        }));
      }
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
        if (ESM_STAGES.has(source)) {
          if (outfile.endsWith('.cjs')) {
            return {
              errors: [
                { text: `${source} is an ES module: import it through ESM_IMPORTS (scripts/build.mjs)` },
              ],
            };
          }
          return { path: importPath(outfile, outputOf(source)), external: true };
        }
        return { path: path.relative('dist', outputOf(source)), namespace: 'stage' };
      });
      b.onLoad({ filter: /.*/, namespace: 'stage' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(LOADER)}).loadStage(__ocpDist, ${JSON.stringify(args.path)});`,
        loader: 'js',
        resolveDir: rootDir,
      }));
    },
  };
}

/**
 * Code compiled by the stage loader cannot run import(), yet the CLI must import check, an ES module. The bin, which
 * Node compiles itself, offers a function that imports a file of dist/ (see its source below); in the CLI's source the
 * import() of check is written as a call of that function.
 */
const ESM_IMPORT = "globalThis[Symbol.for('ocp-planner.import')]";
const ESM_IMPORTS = {};
const esmImports = {
  name: 'esm-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const replacements = ESM_IMPORTS[path.relative(rootDir, args.path)];
      if (!replacements) return undefined;
      let contents = readFileSync(args.path, 'utf8');
      for (const [from, to] of replacements) {
        if (!contents.includes(from)) return { errors: [{ text: `${args.path} no longer has ${from}` }] };
        contents = contents.replaceAll(from, to);
      }
      return { contents, loader: 'ts' };
    });
  },
};

/** What each output starts with: a require() for the CommonJS dependencies, and where the dist folder is. */
function banner(entry) {
  const toDist = path.relative(path.dirname(path.join(rootDir, outputOf(entry))), DIST) || '.';
  if (ESM_STAGES.has(entry)) {
    return [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      `const __ocpDist = __fileURLToPath(new URL(${JSON.stringify(`${toDist}/`)}, import.meta.url));`,
    ].join(' ');
  }
  return [
    // The function the stage loader compiles and calls, written into the file so the loader compiles it as read.
    '(function (exports, require, module, __filename, __dirname) {"use strict";',
    `const __ocpDist = require('node:path').join(__dirname, ${JSON.stringify(toDist)});`,
    "const __ocpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  ].join(' ');
}

await Promise.all(
  STAGES.map((entry) =>
    build({
      ...common,
      entryPoints: [entry],
      outfile: outputOf(entry),
      format: ESM_STAGES.has(entry) ? 'esm' : 'cjs',
      banner: { js: banner(entry) },
      ...(loaded(entry) ? { footer: { js: '})' } } : {}),
      ...(ESM_STAGES.has(entry) ? {} : { define: { 'import.meta.url': '__ocpImportMetaUrl' } }),
      plugins: [...common.plugins, esmImports, lazyImports(outputOf(entry))],
    }),
  ),
);
// The bin: the stage loader, and the CLI handed to it.
await build({
  ...common,
  stdin: {
    contents: [
      "const { pathToFileURL } = require('node:url');",
      `${ESM_IMPORT} = (file) => import(pathToFileURL(require('node:path').join(__dirname, file)).href);`,
      `require(${JSON.stringify(LOADER)}).loadStage(__dirname, 'cli-main.cjs');`,
    ].join('\n'),
    resolveDir: rootDir,
    loader: 'js',
  },
  outfile: 'dist/cli.js',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(path.join(DIST, 'cli.js'), 0o755);
writeFileSync(path.join(DIST, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
for (const entry of STAGES.filter(loaded)) {
  if (/\bimport\(/.test(readFileSync(path.join(rootDir, outputOf(entry)), 'utf8'))) {
    throw new Error(`${outputOf(entry)} still calls import(), which the stage loader cannot run`);
  }
}

// The code caches: a few typical runs of the built CLI, each writing, for every CommonJS stage it loaded, V8's cache
// of the functions compiled so far. A run starts from the caches the runs before it wrote, so the last cache of a
// stage holds what all of them compiled. A failed run leaves that stage without its share, nothing more.
const work = mkdtempSync(path.join(tmpdir(), 'ocp-planner-build-'));
const cli = path.join(DIST, 'cli.js');
const at = (name) => path.join(work, name);
const RECORDED_RUNS = [
  ['plan', '--scenario', 'aws-ipi-ha', '--out', at('aws'), '--force'],
  ['plan', '--scenario', 'agent-baremetal-disconnected', '--out', at('agent'), '--force'],
  ['plan', '--scenario', 'aws-upi-ha', '--out', at('upi'), '--force', '--lang', 'ko'],
  ['plan', '--scenario', 'vsphere-ipi-ha', '--out', at('vsphere'), '--force', '--json'],
  ['recommend', '--scenario', 'aws-ipi-ha'],
  ['recommend', '--scenario', 'baremetal-upi-ha', '--lang', 'ko', '--json'],
  ['check', work],
  ['validate', at('aws/install-config.yaml')],
  ['validate', '--lang', 'ko', at('agent/install-config.yaml'), at('agent/agent-config.yaml')],
  ['scenarios'],
];
for (const args of RECORDED_RUNS) {
  spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    env: { ...process.env, OCP_PLANNER_RECORD_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: 'ignore',
  });
}
rmSync(work, { recursive: true, force: true });
