// Loads a built stage (dist/**/*.cjs) the way Node loads a CommonJS file, but compiles it with V8's code cache: the
// stage's .cache file, written by `npm run build`, holds the bytecode of the functions a run needs. Without it V8
// parses about a megabyte of JavaScript on every start, which was most of what `plan` cost beyond bare Node.
// A cache V8 rejects (another Node or V8 version, other V8 flags, a changed stage) is ignored and the stage is
// compiled from its source as usual, so a stale or missing cache costs time, never correctness. Nothing is written at
// run time: the installed package may be read-only.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

// One table for the whole process: every bundle carries a copy of this file, and a stage must load only once.
const KEY = Symbol.for('ocp-planner.stages');
const loaded = globalThis[KEY] ?? new Map();
globalThis[KEY] = loaded;

// Set only by scripts/build.mjs, in the runs that record which functions a command compiles.
const recording = process.env.OCP_PLANNER_RECORD_CODE_CACHE === '1';
const scripts = [];
if (recording) {
  process.on('exit', () => {
    for (const { script, file } of scripts) writeFileSync(`${file}.cache`, script.createCachedData());
  });
}

/** The exports of the stage at `relative` (from the dist folder `distDir`), loading it on first use. */
function loadStage(distDir, relative) {
  const file = path.join(distDir, relative);
  const known = loaded.get(file);
  if (known) return known.exports;
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  // The file is one function expression (scripts/build.mjs writes it so): compiled as it is read, with no copy.
  const script = new vm.Script(readFileSync(file, 'utf8'), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  loaded.set(file, module);
  if (recording) scripts.push({ script, file });
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

module.exports = { loadStage };
